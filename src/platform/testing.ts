/**
 * Test support: every test file gets its own database, created from a template that
 * `scripts/test.ts` migrated once, on the one real PostgreSQL server of the test run.
 * Never a mock.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type DbHandle } from './db.ts';

export type TestDb = DbHandle & { url: string };

/**
 * Creates a fresh, migrated database for one test file.
 * @throws Error when not run under `npm test` (no RECOUP_TEST_SERVER_URL)
 */
export async function createTestDb(): Promise<TestDb> {
  const server = process.env.RECOUP_TEST_SERVER_URL;
  const template = process.env.RECOUP_TEST_TEMPLATE ?? 'recoup_template';
  if (!server) throw new Error('RECOUP_TEST_SERVER_URL is not set: run tests through `npm test`');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = `${server}/${name}`;
  const handle = openDb(url, 20);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: `${server}/postgres` });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await a.end();
    },
  };
}
