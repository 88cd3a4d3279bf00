/**
 * Test support for HTTP and use-case tests: a fresh migrated database, an AppContext over
 * it with the test PII key, a tenant, an admin user and API key, and the Fastify app for
 * `inject`.
 */
import { createFieldCipher, TEST_MASTER_KEY } from '../platform/crypto.ts';
import type { ZodApp } from '../platform/http.ts';
import { createTestDb, type TestDb } from '../platform/testing.ts';
import { createApiKey, createTenant, createUser } from '../identity/index.ts';
import { buildApp } from './build-app.ts';
import type { AppContext } from './context.ts';

export type TestApp = {
  t: TestDb;
  ctx: AppContext;
  app: ZodApp;
  tenantId: string;
  userId: string;
  /** `Authorization` header value of an admin API key. */
  auth: string;
  /** Creates another user with the given roles and returns its auth header. */
  authFor: (roles: string[], email?: string) => Promise<{ auth: string; userId: string }>;
  close: () => Promise<void>;
};

/** Sets up a fresh app for one test file. */
export async function createTestApp(): Promise<TestApp> {
  const t = await createTestDb();
  const ctx: AppContext = { db: t.db, pool: t.pool, cipher: createFieldCipher(TEST_MASTER_KEY), log: () => {} };
  const tenant = await createTenant(t.db, { slug: 'acme', name: 'Acme Consumer Finance' });
  const user = await createUser(t.db, { tenantId: tenant.id, email: 'admin@acme.test', displayName: 'Admin', roles: ['admin'] });
  const key = await createApiKey(t.db, { tenantId: tenant.id, userId: user.id, name: 'test' });
  const app = await buildApp(ctx, { logLevel: 'silent' });
  let n = 0;
  return {
    t,
    ctx,
    app,
    tenantId: tenant.id,
    userId: user.id,
    auth: `Bearer ${key.token}`,
    authFor: async (roles, email) => {
      const u = await createUser(t.db, { tenantId: tenant.id, email: email ?? `user${++n}@acme.test`, displayName: `User ${n}`, roles });
      const k = await createApiKey(t.db, { tenantId: tenant.id, userId: u.id, name: 'test' });
      return { auth: `Bearer ${k.token}`, userId: u.id };
    },
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}
