/**
 * The pool's client prepares parameterised statements once per connection (named after
 * their text) and leaves the rest alone; results are those of unnamed statements.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type pg from 'pg';
import { PreparingClient } from './db.ts';
import { createTestDb, type TestDb } from './testing.ts';

let t: TestDb;
let client: pg.PoolClient;

before(async () => {
  t = await createTestDb();
  client = await t.pool.connect();
});
after(async () => {
  client.release();
  await t.close();
});

const prepared = async () =>
  (await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements ORDER BY prepare_time')).rows.map((r) => r.statement);

test('the pool hands out PreparingClients', () => {
  assert.ok(client instanceof PreparingClient);
});

test('a parameterised statement is prepared once and answers like an unnamed one', async () => {
  const text = 'SELECT $1::int + $2::int AS n';
  for (let i = 0; i < 3; i++) assert.equal((await client.query<{ n: number }>(text, [i, 10])).rows[0].n, i + 10);
  assert.deepEqual((await prepared()).filter((s) => s === text), [text]);
});

test('statements without parameters, or with more than 64, stay unnamed', async () => {
  await client.query('SELECT 1 AS plain');
  const many = Array.from({ length: 65 }, (_, i) => i);
  const text = `SELECT ${many.map((i) => `$${i + 1}::int`).join(' + ')} AS total`;
  assert.equal((await client.query<{ total: number }>(text, many)).rows[0].total, (64 * 65) / 2);
  const names = await prepared();
  assert.ok(!names.includes('SELECT 1 AS plain'));
  assert.ok(!names.includes(text));
});

test('Kysely queries through the pool are prepared too, inside transactions as well', async () => {
  await t.db.transaction().execute(async (tx) => {
    const r = await sql<{ v: string }>`SELECT ${'x'}::text || 'y' AS v`.execute(tx);
    assert.equal(r.rows[0].v, 'xy');
    // Same connection (the transaction's): the statement is among its prepared ones.
    const mine = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = ${"SELECT $1::text || 'y' AS v"}`.execute(tx);
    assert.equal(mine.rows[0].n, 1);
  });
});
