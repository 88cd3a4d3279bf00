/** Tenant lookups the portfolio domain needs (by id for API callers, by slug for the CLI). */
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';
import { findTenantBySlug } from '../identity/index.ts';

/**
 * The tenant of an authenticated caller.
 * @throws AppError NOT_FOUND
 */
export async function findTenantById(db: Db, id: string): Promise<{ id: string; slug: string }> {
  const t = await db.selectFrom('tenants').select(['id', 'slug']).where('id', '=', id).executeTakeFirst();
  if (!t) throw new AppError('NOT_FOUND', { message: `tenant ${id} not found` });
  return t;
}

/**
 * The tenant named by `slug`, or the only tenant when no slug is given.
 * @throws AppError NOT_FOUND for an unknown slug; INVALID_INPUT when several tenants exist and none is named
 */
export async function resolveTenant(db: Db, slug: string | undefined): Promise<{ id: string; slug: string }> {
  if (slug) {
    const t = await findTenantBySlug(db, slug);
    if (!t) throw new AppError('NOT_FOUND', { message: `tenant ${slug} not found` });
    return { id: t.id, slug: t.slug };
  }
  const all = await db.selectFrom('tenants').select(['id', 'slug']).limit(2).execute();
  if (all.length === 1) return all[0];
  throw new AppError('INVALID_INPUT', { message: all.length ? 'several tenants exist: name one with --tenant SLUG' : 'no tenant exists yet: run `recoup start` once (it creates the demo tenant)' });
}
