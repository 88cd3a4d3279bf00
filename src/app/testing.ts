/**
 * Test support for HTTP and use-case tests: a fresh migrated database, an AppContext over
 * it with the test PII key, a tenant, an admin user and API key, and the Fastify app for
 * `inject`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

const bin = fileURLToPath(new URL('../../bin/recoup.js', import.meta.url));

/** Runs the real `recoup` CLI against the test app's database (data folder `dataDir`, the test PII key). */
export function runRecoupCli(h: TestApp, dataDir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: h.t.url, RECOUP_DATA_DIR: dataDir, RECOUP_ENCRYPTION_KEY: TEST_MASTER_KEY.toString('hex'), LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
