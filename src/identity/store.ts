/** SQL of the identity domain: tenants, users, roles, API keys. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';
import './tables.ts';

export type Tenant = { id: string; slug: string; name: string };
export type User = { id: string; tenantId: string; email: string; displayName: string; locale: 'en' | 'zh-CN' };

/**
 * Creates a tenant (a lender).
 * @throws AppError CONFLICT when the slug is taken
 */
export async function createTenant(db: Db, t: { slug: string; name: string }): Promise<Tenant> {
  const existing = await db.selectFrom('tenants').select('id').where('slug', '=', t.slug).executeTakeFirst();
  if (existing) throw new AppError('CONFLICT', { message: `tenant ${t.slug} already exists` });
  const row = await db.insertInto('tenants').values(t).returning(['id', 'slug', 'name']).executeTakeFirstOrThrow();
  return row;
}

/**
 * The tenant a command names by `slug`, or the only tenant when it names none (CLI commands
 * on a one-lender installation need no --tenant).
 * @throws AppError NOT_FOUND for an unknown slug; INVALID_INPUT when several tenants exist and none is named, or none exists
 */
export async function resolveTenant(db: Db, slug: string | undefined): Promise<{ id: string; slug: string }> {
  if (slug) {
    const t = await findTenantBySlug(db, slug);
    if (!t) throw new AppError('NOT_FOUND', { message: `tenant ${slug} not found / 租户 ${slug} 不存在` });
    return { id: t.id, slug: t.slug };
  }
  const all = await db.selectFrom('tenants').select(['id', 'slug']).orderBy('slug').limit(2).execute();
  if (all.length === 1) return all[0];
  throw new AppError('INVALID_INPUT', {
    message: all.length ? 'several tenants exist: name one with --tenant SLUG / 存在多个租户，请用 --tenant 指定' : 'no tenant exists yet: run `recoup start` once (it creates the demo tenant) / 尚无租户',
  });
}

/** Finds a tenant by slug, or null. */
export async function findTenantBySlug(db: Db, slug: string): Promise<Tenant | null> {
  return (await db.selectFrom('tenants').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst()) ?? null;
}

/**
 * Creates a user with built-in or tenant roles by name.
 * @throws AppError INVALID_INPUT for an unknown role
 */
export async function createUser(
  db: Db,
  u: { tenantId: string; email: string; displayName: string; locale?: 'en' | 'zh-CN'; kind?: 'human' | 'robot' | 'system' | 'integration'; roles: string[] },
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ tenant_id: u.tenantId, email: u.email, display_name: u.displayName, locale: u.locale ?? 'en', kind: u.kind ?? 'human' })
    .returning(['id', 'tenant_id', 'email', 'display_name', 'locale'])
    .executeTakeFirstOrThrow();
  for (const name of u.roles) {
    const role = await db
      .selectFrom('roles')
      .select('id')
      .where('name', '=', name)
      .where((eb) => eb.or([eb('tenant_id', 'is', null), eb('tenant_id', '=', u.tenantId)]))
      .executeTakeFirst();
    if (!role) throw new AppError('INVALID_INPUT', { message: `unknown role ${name}` });
    await db.insertInto('user_roles').values({ tenant_id: u.tenantId, user_id: row.id, role_id: role.id }).execute();
  }
  return { id: row.id, tenantId: row.tenant_id, email: row.email, displayName: row.display_name, locale: row.locale };
}

/** The union of a user's role permissions. */
export async function getUserPermissions(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('roles', 'roles.id', 'user_roles.role_id')
    .select('roles.permissions')
    .where('user_roles.user_id', '=', userId)
    .execute();
  return [...new Set(rows.flatMap((r) => r.permissions))];
}

/**
 * Issues an API key for a user. The secret is returned once and only its hash is kept.
 * `permissions` narrows the user's permissions (never widens them).
 */
export async function createApiKey(
  db: Db,
  k: { tenantId: string; userId: string; name: string; permissions?: string[] },
): Promise<{ id: string; token: string; prefix: string }> {
  const prefix = `rk_${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(24).toString('base64url');
  const row = await db
    .insertInto('api_keys')
    .values({
      tenant_id: k.tenantId,
      user_id: k.userId,
      name: k.name,
      prefix,
      secret_hash: sha256(secret),
      permissions: k.permissions ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token: `${prefix}.${secret}`, prefix };
}

/**
 * Resolves an API key token (`rk_xxxxxxxx.secret`) to an actor, or null when it is unknown,
 * revoked, malformed, or its user is inactive.
 */
export async function authenticateApiKey(db: Db, token: string): Promise<Actor | null> {
  const m = /^(rk_[0-9a-f]{8})\.([A-Za-z0-9_-]{16,})$/.exec(token.trim());
  if (!m) return null;
  // One round trip: the key, its user, the user's role permissions, and whether the
  // last-used stamp is due (it is written at most once a minute: busy integrations share a
  // key, and a write per request would serialise them on the key's row).
  const r = await sql<{ id: string; tenant_id: string; user_id: string; secret_hash: string; permissions: string[] | null; revoked_at: Date | null; active: boolean; stale: boolean; user_permissions: string[] }>`
    SELECT k.id, k.tenant_id, k.user_id, k.secret_hash, k.permissions, k.revoked_at, u.active,
           (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute') AS stale,
           coalesce((SELECT array_agg(DISTINCT p) FROM user_roles ur JOIN roles ro ON ro.id = ur.role_id CROSS JOIN unnest(ro.permissions) p
                      WHERE ur.user_id = k.user_id), '{}') AS user_permissions
      FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.prefix = ${m[1]}`.execute(db);
  const row = r.rows[0];
  if (!row || row.revoked_at || !row.active) return null;
  const a = Buffer.from(row.secret_hash, 'hex');
  const b = Buffer.from(sha256(m[2]), 'hex');
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const userPerms = row.user_permissions;
  const permissions = row.permissions ? row.permissions.filter((p) => userPerms.includes('*') || userPerms.includes(p)) : userPerms;
  if (row.stale) {
    await db
      .updateTable('api_keys')
      .set({ last_used_at: new Date() })
      .where('id', '=', row.id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(Date.now() - 60_000))]))
      .execute();
  }
  return { kind: 'apikey', id: m[1], tenantId: row.tenant_id, permissions, userId: row.user_id };
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
