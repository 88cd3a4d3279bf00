/**
 * The state write of the cycle: first-assessment rows go straight in by COPY; when one of
 * them was meanwhile written by someone else (a payment's recompute), the COPY is undone
 * to its savepoint and every row is merged instead — same end state, transaction intact.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type pg from 'pg';
import { createTestDb, type TestDb } from '../platform/testing.ts';
import { emptyChangeSet, type DelinquencyRow } from './change-set.ts';
import { writeStateBulk } from './cycle-write.ts';

let t: TestDb;
let client: pg.PoolClient;
const tenantId = randomUUID();
const portfolioId = randomUUID();

before(async () => {
  t = await createTestDb();
  client = await t.pool.connect();
});
after(async () => {
  client.release();
  await t.close();
});

function row(accountId: number, dpd: number, bucket: string): DelinquencyRow {
  return {
    accountId, tenantId, portfolioId, asOf: '2026-03-10', dpd, bucket, prevBucket: null, overduePrincipal: dpd * 100, overdueInterest: 0,
    overdueFee: 0, overduePenalty: 0, outstanding: 10_000, oldestUnpaidDueOn: dpd ? '2026-03-01' : null, penaltyThrough: null,
  };
}

async function stored(ids: number[]) {
  const r = await client.query<{ account_id: number; dpd: number; bucket: string }>(
    'SELECT account_id, dpd, bucket FROM account_delinquency WHERE account_id = ANY($1::bigint[]) ORDER BY account_id', [ids]);
  return r.rows.map((x) => [x.account_id, x.dpd, x.bucket]);
}

test('first-assessment rows are inserted; changed rows merged; transitions written', async () => {
  await client.query('BEGIN');
  const cs = emptyChangeSet('2026-03-10');
  cs.rows.push(row(1, 0, 'current'), row(2, 9, 'M1'));
  cs.firstAssessed.push(true, true);
  cs.transitions.push({ accountId: 2, tenantId, portfolioId, fromBucket: null, toBucket: 'M1', kind: 'new', dpd: 9 });
  await writeStateBulk(client, cs);
  await client.query('COMMIT');
  assert.deepEqual(await stored([1, 2]), [[1, 0, 'current'], [2, 9, 'M1']]);
  const tr = await client.query('SELECT account_id, kind FROM delinquency_transitions WHERE account_id = 2');
  assert.deepEqual(tr.rows, [{ account_id: 2, kind: 'new' }]);
});

test('a "first" row that already exists: the COPY is undone and all rows merge, in the same transaction', async () => {
  // Account 3 was assessed by a payment after the cycle read its (absent) state.
  await client.query(`INSERT INTO account_delinquency (account_id, tenant_id, portfolio_id, as_of, dpd, bucket) VALUES (3, $1, $2, '2026-03-10', 0, 'current')`, [tenantId, portfolioId]);
  await client.query('BEGIN');
  const cs = emptyChangeSet('2026-03-10');
  cs.rows.push(row(3, 12, 'M1'), row(4, 40, 'M2'), row(1, 5, 'M1'));
  cs.firstAssessed.push(true, true, false);
  await writeStateBulk(client, cs);
  // The transaction is still usable after the failed COPY.
  const ok = await client.query<{ n: number }>('SELECT 1 AS n');
  assert.equal(ok.rows[0].n, 1);
  await client.query('COMMIT');
  assert.deepEqual(await stored([1, 3, 4]), [[1, 5, 'M1'], [3, 12, 'M1'], [4, 40, 'M2']]);
});
