/**
 * After an import grows a table a lot, its planner statistics are refreshed (a table
 * analysed while empty would keep its sequential-scan plans); small imports and imports
 * into big tables leave them alone; a failure never throws (the import is committed).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type pg from 'pg';
import { createTestDb, type TestDb } from '../../platform/testing.ts';
import { refreshStatistics } from './run-import.ts';

let t: TestDb;
let client: pg.PoolClient;
const logged: string[] = [];
const log = (m: string) => logged.push(m);

before(async () => {
  t = await createTestDb();
  client = await t.pool.connect();
  await client.query('CREATE TABLE stats_small (id int); CREATE TABLE stats_big (id int)');
  await client.query('ANALYZE stats_small, stats_big');
  await client.query('INSERT INTO stats_big SELECT g FROM generate_series(1, 100000) g');
  await client.query('ANALYZE stats_big');
});
after(async () => {
  client.release();
  await t.close();
});

const tuples = async (table: string) =>
  (await client.query<{ n: number }>(`SELECT reltuples::float8 AS n FROM pg_class WHERE relname = $1`, [table])).rows[0].n;

test('a table that grew from empty is analysed: the planner sees its rows', async () => {
  await client.query('INSERT INTO stats_small SELECT g FROM generate_series(1, 5000) g');
  assert.equal(await tuples('stats_small'), 0);
  await refreshStatistics(client, ['stats_small'], 5000, log);
  assert.equal(await tuples('stats_small'), 5000);
  assert.match(logged.at(-1) ?? '', /^analysed stats_small after the import/);
});

test('fewer than 1,000 new rows, or under a fifth of a big table: statistics left as they are', async () => {
  const before = logged.length;
  await client.query('INSERT INTO stats_small SELECT g FROM generate_series(1, 900) g');
  await refreshStatistics(client, ['stats_small'], 900, log);
  assert.equal(await tuples('stats_small'), 5000);
  await client.query('INSERT INTO stats_big SELECT g FROM generate_series(1, 19000) g');
  await refreshStatistics(client, ['stats_big'], 19000, log);
  assert.equal(await tuples('stats_big'), 100000);
  assert.equal(logged.length, before);
  // A fifth of the table is enough.
  await client.query('INSERT INTO stats_big SELECT g FROM generate_series(1, 1000) g');
  await refreshStatistics(client, ['stats_big'], 20000, log);
  assert.equal(await tuples('stats_big'), 120000);
});

test('a table it cannot analyse is logged, not thrown', async () => {
  await refreshStatistics(client, ['no_such_table'], 5000, log);
  assert.match(logged.at(-1) ?? '', /^could not analyse no_such_table after the import/);
});
