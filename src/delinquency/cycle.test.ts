import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../platform/testing.ts';
import { recomputeDelinquency } from './recompute-delinquency.ts';
import { runDelinquencyCycle } from './run-delinquency-cycle.ts';
import { addAccount, payInFull, seedPortfolio } from './test-fixtures.ts';

let t: TestDb;
let f: Awaited<ReturnType<typeof seedPortfolio>>;
const ids: Record<string, number> = {};

before(async () => {
  t = await createTestDb();
  f = await seedPortfolio(t.db, { slug: 'cn-lender', calendar: 'CN', scheme: 'CN_M', penaltyBps: 10, penaltyGraceDays: 0 });
  // as of 2026-03-05 (Thu)
  ids.late1 = await addAccount(t.db, f, 'A-late-1', [{ due: '2026-03-04' }, { due: '2026-04-04' }]);
  ids.current = await addAccount(t.db, f, 'B-current', [{ due: '2026-02-04', paid: 11000 }, { due: '2026-03-05' }, { due: '2026-04-05' }]);
  ids.m3 = await addAccount(t.db, f, 'C-m3', [{ due: '2025-12-30' }, { due: '2026-01-30' }, { due: '2026-02-27' }]);
  ids.edge = await addAccount(t.db, f, 'D-29', [{ due: '2026-02-04' }]); // 29 DPD on 03-05, 31 on 03-07
});
after(async () => {
  await t.close();
});

const cycle = (asOf: string) => runDelinquencyCycle({ ctx: t, asOf, tenantId: f.tenantId, trigger: 'test' });
const state = (id: number) => t.db.selectFrom('account_delinquency').selectAll().where('account_id', '=', id).executeTakeFirstOrThrow();
const status = async (id: number) => (await t.db.selectFrom('accounts').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const eventCount = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM domain_events WHERE name = 'account.delinquency_changed'`.execute(t.db)).rows[0].n);
const transitionsOf = (asOf: string) =>
  t.db.selectFrom('delinquency_transitions').select(['account_id', 'from_bucket', 'to_bucket', 'kind', 'dpd']).where('as_of', '=', asOf).orderBy('account_id').execute();

test('first cycle: DPD, buckets, amounts, statuses, transitions and events of new accounts', async () => {
  const s = await cycle('2026-03-05');
  assert.equal(s.accounts, 4);
  assert.equal(s.changed, 4);
  const late = await state(ids.late1);
  assert.equal(late.dpd, 1);
  assert.equal(late.bucket, 'M1');
  assert.equal(late.overdue_principal, 10000);
  assert.equal(late.overdue_interest, 1000);
  // first sight accrues the as-of day only: 10 bps of 10,000 = 10
  assert.equal(late.overdue_penalty, 10);
  assert.equal(late.penalty_through, '2026-03-05');
  assert.equal((await state(ids.current)).bucket, 'M0');
  assert.equal((await state(ids.current)).overdue_principal, 0);
  const m3 = await state(ids.m3);
  assert.equal(m3.dpd, 65); // 2025-12-30 (Tue) → 2026-03-05
  assert.equal(m3.bucket, 'M3');
  assert.equal((await state(ids.edge)).dpd, 29);
  assert.equal(await status(ids.late1), 'delinquent');
  assert.equal(await status(ids.current), 'current');
  assert.deepEqual(
    (await transitionsOf('2026-03-05')).map((x) => [x.account_id, x.from_bucket, x.to_bucket, x.kind]),
    [[ids.late1, null, 'M1', 'new'], [ids.m3, null, 'M3', 'new'], [ids.edge, null, 'M1', 'new']],
  );
  assert.equal(await eventCount(), 3);
  assert.equal(s.buckets.M0.accounts, 1);
  assert.equal(s.buckets.M1.accounts, 2);
});

test('re-running the same date changes nothing and emits no event', async () => {
  const before = await t.db.selectFrom('account_delinquency').selectAll().orderBy('account_id').execute();
  const penaltyBefore = await t.db.selectFrom('installments').select(['id', 'penalty_due']).orderBy('id').execute();
  const s = await cycle('2026-03-05');
  assert.equal(s.changed, 0);
  assert.equal(s.events, 0);
  assert.equal(s.penaltyAccruals, 0);
  assert.deepEqual(await t.db.selectFrom('account_delinquency').selectAll().orderBy('account_id').execute(), before);
  assert.deepEqual(await t.db.selectFrom('installments').select(['id', 'penalty_due']).orderBy('id').execute(), penaltyBefore);
  assert.equal(await eventCount(), 3);
  assert.equal((await transitionsOf('2026-03-05')).length, 3);
});

test('next day: a cure after payment, a stay, and penalty accrued once more', async () => {
  await payInFull(t.db, ids.late1, '2026-03-04');
  await payInFull(t.db, ids.current, '2026-03-05'); // paid on the due date: never late
  const s = await cycle('2026-03-06');
  assert.equal(s.events, 1);
  assert.deepEqual(
    (await transitionsOf('2026-03-06')).map((x) => [x.account_id, x.from_bucket, x.to_bucket, x.kind]),
    [[ids.late1, 'M1', 'M0', 'cure']],
  );
  assert.equal(await status(ids.late1), 'current');
  const m3 = await state(ids.m3);
  assert.equal(m3.dpd, 66);
  assert.equal(m3.prev_bucket, 'M3');
  // C: 30,000 principal overdue across three installments → 10 + 10 + 10 per day; 2 days so far
  assert.equal(m3.overdue_penalty, 60);
  const rr = await t.db.selectFrom('roll_rate_snapshots').select(['from_bucket', 'to_bucket', 'accounts']).where('as_of', '=', '2026-03-06').orderBy(['from_bucket', 'to_bucket']).execute();
  assert.deepEqual(rr.map((r) => [r.from_bucket, r.to_bucket, r.accounts]), [['M0', 'M0', 1], ['M1', 'M0', 1], ['M1', 'M1', 1], ['M3', 'M3', 1]]);
});

test('roll forward at the 30/31 boundary, with skipped nights caught up for penalties', async () => {
  const s = await cycle('2026-03-08'); // 03-07 skipped
  const edge = await state(ids.edge);
  assert.equal(edge.dpd, 32);
  assert.equal(edge.bucket, 'M2');
  assert.deepEqual((await transitionsOf('2026-03-08')).map((x) => [x.account_id, x.kind, x.from_bucket, x.to_bucket]), [[ids.edge, 'roll_forward', 'M1', 'M2']]);
  assert.equal(s.events, 1);
  // C accrues 03-07 and 03-08: 60 + 2 × 30
  assert.equal((await state(ids.m3)).overdue_penalty, 120);
  const runs = await t.db.selectFrom('delinquency_cycle_runs').select(['status', 'as_of']).orderBy('id').execute();
  assert.deepEqual(runs.map((r) => r.status), ['succeeded', 'succeeded', 'succeeded', 'succeeded']);
});

test('recomputeDelinquency after a payment: roll back once, idempotent', async () => {
  await payInFull(t.db, ids.m3, '2026-01-30'); // only 2026-02-27 remains: 9 DPD → M1
  const r1 = await t.db.transaction().execute((tx) => recomputeDelinquency(tx, [ids.m3, ids.current], '2026-03-08'));
  assert.equal(r1.changed, 1);
  assert.equal(r1.events, 1);
  const m3 = await state(ids.m3);
  assert.equal(m3.dpd, 9);
  assert.equal(m3.bucket, 'M1');
  const tr = await transitionsOf('2026-03-08');
  assert.deepEqual(tr.filter((x) => x.account_id === ids.m3).map((x) => [x.from_bucket, x.to_bucket, x.kind]), [['M3', 'M1', 'roll_back']]);
  const r2 = await t.db.transaction().execute((tx) => recomputeDelinquency(tx, [ids.m3], '2026-03-08'));
  assert.deepEqual([r2.changed, r2.events], [0, 0]);
  // the nightly re-run of that date agrees and adds nothing
  const s = await cycle('2026-03-08');
  assert.deepEqual([s.changed, s.events, s.penaltyAccruals], [0, 0, 0]);
});

test('an earlier as-of leaves newer state untouched', async () => {
  const s = await cycle('2026-03-01');
  assert.equal(s.skippedNewer, 4);
  assert.equal(s.changed, 0);
  assert.equal((await state(ids.edge)).as_of, '2026-03-08');
});
