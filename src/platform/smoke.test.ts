import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from './testing.ts';
import { listMigrations } from './migrate.ts';

let t: TestDb;
before(async () => {
  t = await createTestDb();
});
after(async () => {
  await t.close();
});

test('the test database is a migrated clone of the template', async () => {
  const applied = await sql<{ n: number }>`SELECT count(*)::int AS n FROM recoup_migrations`.execute(t.db);
  const files = await listMigrations();
  assert.equal(applied.rows[0].n, files.length);
  const worker = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'graphile_worker'`.execute(t.db);
  assert.equal(worker.rows[0].n, 1);
});
