/** The tenant lookup the portfolio domain needs for API callers (the CLI's is the identity domain's `resolveTenant`). */
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';

/**
 * The tenant of an authenticated caller.
 * @throws AppError NOT_FOUND
 */
export async function findTenantById(db: Db, id: string): Promise<{ id: string; slug: string }> {
  const t = await db.selectFrom('tenants').select(['id', 'slug']).where('id', '=', id).executeTakeFirst();
  if (!t) throw new AppError('NOT_FOUND', { message: `tenant ${id} not found` });
  return t;
}
