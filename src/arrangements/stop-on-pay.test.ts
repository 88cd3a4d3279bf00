import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { arrangementTasks } from './jobs.ts';
import { findContactStop, isContactAllowed, liftContactStop, registerContactCanceller } from './stop-contact.ts';
import { sweepPaymentsPosted } from './stop-on-pay.ts';
import { seedAccount, seedPortfolio, type SeededAccount } from './test-fixtures.ts';

let h: TestApp;
let portfolioId: string;

before(async () => {
  h = await createTestApp();
  portfolioId = await seedPortfolio(h.t.db, h.tenantId);
});
after(() => h.close());

const pay = (externalId: string, accountExternalId: string, amountMinor = 100_00) =>
  h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: { externalId, accountExternalId, amountMinor, currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank_transfer' } });
const work = () => runOnce({ pgPool: h.t.pool, taskList: arrangementTasks, noPreparedStatements: true });

async function schedule(a: SeededAccount, taskId: string, at = new Date(Date.now() + 3_600_000)) {
  await h.t.db.insertInto('contact_events').values({ tenant_id: h.tenantId, borrower_id: a.borrowerId, account_id: a.id, at, channel: 'phone', kind: 'call_attempt', actor: 'robot:voice-1', actor_kind: 'robot', task_id: taskId, outcome: 'scheduled' }).execute();
}

test('a payment cancels the account’s pending contacts, marks the account stopped, and blocks a further attempt for the task', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'S-1' });
  const other = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'S-2' });
  const plannedAt = new Date(Date.now() - 1000);
  await schedule(a, 'task-s1-a');
  await schedule(a, 'task-s1-b');
  await schedule(other, 'task-s2-a');
  assert.equal((await isContactAllowed(h.t.db, { tenantId: h.tenantId, accountId: a.id, taskId: 'task-s1-a', plannedAt })).allowed, true);
  assert.equal((await pay('S-1-p1', 'S-1')).statusCode, 201);
  await work();
  const rows = await h.t.db.selectFrom('contact_events').select(['task_id', 'outcome']).where('tenant_id', '=', h.tenantId).orderBy('task_id').execute();
  assert.deepEqual(rows.map((r) => [r.task_id, r.outcome]), [['task-s1-a', 'cancelled'], ['task-s1-b', 'cancelled'], ['task-s2-a', 'scheduled']]);
  const cancelled = await h.t.db.selectFrom('contact_task_cancellations').select(['task_id', 'reason', 'canceller']).where('account_id', '=', a.id).orderBy('task_id').execute();
  assert.deepEqual(cancelled.map((c) => c.task_id), ['task-s1-a', 'task-s1-b']);
  assert.equal(cancelled[0].reason, 'payment.posted');
  const gate = await isContactAllowed(h.t.db, { tenantId: h.tenantId, accountId: a.id, taskId: 'task-s1-a', plannedAt });
  assert.equal(gate.allowed, false);
  assert.match(gate.reason ?? '', /task cancelled/);
  const untracked = await isContactAllowed(h.t.db, { tenantId: h.tenantId, accountId: a.id, plannedAt });
  assert.equal(untracked.allowed, false, 'a task planned before the stop is refused by the account marker');
  assert.ok(await findContactStop(h.t.db, { tenantId: h.tenantId, accountId: a.id }));
  // The task id is taken by the cancelled row: no further attempt can be recorded for it.
  await assert.rejects(schedule(a, 'task-s1-a', new Date()), /duplicate key|unique/);
  // A task planned after the stop, or after the stop is lifted, may go ahead.
  assert.equal((await isContactAllowed(h.t.db, { tenantId: h.tenantId, accountId: a.id, plannedAt: new Date(Date.now() + 1000) })).allowed, true);
  await liftContactStop(h.t.db, { tenantId: h.tenantId, accountId: a.id, actor: 'system:test' });
  assert.equal((await isContactAllowed(h.t.db, { tenantId: h.tenantId, accountId: a.id, plannedAt })).allowed, true);
});

test('the consumer is idempotent and sweeps a backlog of payment events in one pass', async () => {
  const accounts: SeededAccount[] = [];
  for (let i = 0; i < 5; i++) {
    const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: `SW-${i}` });
    await schedule(a, `task-sw-${i}`);
    accounts.push(a);
  }
  for (let i = 0; i < 5; i++) assert.equal((await pay(`SW-${i}-p`, `SW-${i}`)).statusCode, 201);
  await work();
  await work();
  const n = await h.t.db.selectFrom('contact_events').select(['outcome']).where('task_id', 'like', 'task-sw-%').execute();
  assert.deepEqual(n.map((r) => r.outcome), Array(5).fill('cancelled'));
  const c = await h.t.db.selectFrom('contact_task_cancellations').select('task_id').where('task_id', 'like', 'task-sw-%').execute();
  assert.equal(c.length, 5, 'each task cancelled once');
});

test('registered cancellers are called with the account (the contact engine’s plug-in point)', async () => {
  const seen: number[] = [];
  registerContactCanceller({ name: 'test_engine', cancel: async (_tx, reqs) => {
    seen.push(...reqs.map((r) => r.accountId));
    return reqs.map((r) => ({ tenantId: r.tenantId, accountId: r.accountId, taskId: `engine-${r.accountId}` }));
  } });
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'S-ENG' });
  await pay('S-ENG-p', 'S-ENG');
  await work();
  assert.ok(seen.includes(a.id));
  const c = await h.t.db.selectFrom('contact_task_cancellations').select('canceller').where('task_id', '=', `engine-${a.id}`).executeTakeFirst();
  assert.equal(c?.canceller, 'test_engine');
});

test('bad payment input: the same external id twice is one payment; unknown or closed accounts go to suspense', async () => {
  await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'S-DUP' });
  await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'S-CLOSED', status: 'closed' });
  const first = await pay('DUP-1', 'S-DUP');
  const second = await pay('DUP-1', 'S-DUP');
  assert.equal(first.statusCode, 201);
  assert.equal(second.statusCode, 200);
  assert.equal(second.json().paymentId, first.json().paymentId);
  const n = await h.t.db.selectFrom('payments').select('id').where('external_id', '=', 'DUP-1').execute();
  assert.equal(n.length, 1);
  for (const [ext, acct, reason] of [['SUS-1', 'NO-SUCH', 'unknown_account'], ['SUS-2', 'S-CLOSED', 'closed_account']]) {
    const r = await pay(ext, acct);
    assert.equal(r.statusCode, 202, r.body);
    const s = await h.t.db.selectFrom('suspense_payments').select(['reason', 'amount_minor']).where('external_id', '=', ext).executeTakeFirstOrThrow();
    assert.equal(s.reason, reason);
    assert.equal(s.amount_minor, 100_00);
  }
});

test('a sweep that fails leaves its events waiting; the next one cancels them (nothing accepted is lost when a worker dies)', async () => {
  await work(); // earlier tests' events
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'S-CRASH' });
  await schedule(a, 'task-crash');
  let failures = 1;
  registerContactCanceller({ name: 'flaky_engine', cancel: async () => {
    if (failures-- > 0) throw new Error('worker died mid-sweep');
    return [];
  } });
  assert.equal((await pay('S-CRASH-p', 'S-CRASH')).statusCode, 201);
  await assert.rejects(sweepPaymentsPosted(h.t.db, { tenantId: h.tenantId }), /worker died/);
  const still = await h.t.db.selectFrom('contact_events').select('outcome').where('task_id', '=', 'task-crash').executeTakeFirstOrThrow();
  assert.equal(still.outcome, 'scheduled');
  const again = await sweepPaymentsPosted(h.t.db, { tenantId: h.tenantId });
  assert.equal(again.claimed, 1);
  const done = await h.t.db.selectFrom('contact_events').select('outcome').where('task_id', '=', 'task-crash').executeTakeFirstOrThrow();
  assert.equal(done.outcome, 'cancelled');
  assert.equal((await sweepPaymentsPosted(h.t.db, { tenantId: h.tenantId })).taken, 0, 'consumed once');
  await work();
});

test('a sweep stops at its limit and queues the next one, which finishes the backlog', async () => {
  for (let i = 0; i < 3; i++) {
    const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: `S-LIM-${i}` });
    await schedule(a, `task-lim-${i}`);
    assert.equal((await pay(`S-LIM-${i}-p`, `S-LIM-${i}`)).statusCode, 201);
  }
  const first = await sweepPaymentsPosted(h.t.db, { tenantId: h.tenantId, limit: 2 });
  assert.deepEqual([first.taken, first.more], [2, true]);
  await work();
  const rows = await h.t.db.selectFrom('contact_events').select('outcome').where('task_id', 'like', 'task-lim-%').execute();
  assert.deepEqual(rows.map((r) => r.outcome), ['cancelled', 'cancelled', 'cancelled']);
});

test('a per-event job queued before the sweep consumer existed is still handled, once', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'S-LEGACY' });
  await schedule(a, 'task-legacy');
  const payload = { eventId: 987_654_321, tenantId: h.tenantId, name: 'payment.posted', aggregateType: 'payment', aggregateId: '0', payload: { accountId: a.id, paymentId: 0 }, occurredAt: new Date().toISOString() };
  await sql`SELECT graphile_worker.add_job('arrangements_payment_posted', ${JSON.stringify(payload)}::json)`.execute(h.t.db);
  await sql`SELECT graphile_worker.add_job('arrangements_payment_posted', ${JSON.stringify(payload)}::json)`.execute(h.t.db);
  await work();
  const c = await h.t.db.selectFrom('contact_task_cancellations').select('event_id').where('task_id', '=', 'task-legacy').execute();
  assert.deepEqual(c.map((x) => x.event_id), [987_654_321]);
});

test('a payment committed while a sweep runs does not wait for that sweep; the next pass handles it', async () => {
  await work();
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'S-RACE-1' });
  const b = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'S-RACE-2' });
  await schedule(a, 'task-race-1');
  await schedule(b, 'task-race-2');
  let entered!: () => void;
  let release!: () => void;
  const inside = new Promise<void>((r) => (entered = r));
  const gate = new Promise<void>((r) => (release = r));
  let armed = true;
  registerContactCanceller({ name: 'paused_engine', cancel: async () => {
    if (armed) {
      armed = false;
      entered();
      await gate;
    }
    return [];
  } });
  assert.equal((await pay('S-RACE-1-p', 'S-RACE-1')).statusCode, 201);
  // As the worker does: the sweep job it runs is locked (so a writer's wake trigger queues a new one).
  const key = `arrangements_payments_sweep:${h.tenantId}`;
  await sql`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'test-worker' WHERE key = ${key}`.execute(h.t.db);
  const sweep = sweepPaymentsPosted(h.t.db, { tenantId: h.tenantId });
  await inside;
  const second = await Promise.race([pay('S-RACE-2-p', 'S-RACE-2'), new Promise<'waited'>((r) => setTimeout(() => r('waited'), 3000))]);
  release();
  const first = await sweep;
  assert.notEqual(second, 'waited', 'the payment waited for the sweep in progress');
  assert.equal(second === 'waited' ? 0 : second.statusCode, 201);
  assert.equal(first.claimed, 1, 'the sweep in progress took only the payment committed before it');
  await work();
  const rows = await h.t.db.selectFrom('contact_events').select(['task_id', 'outcome']).where('task_id', 'like', 'task-race-%').orderBy('task_id').execute();
  assert.deepEqual(rows.map((r) => r.outcome), ['cancelled', 'cancelled']);
  await sql`DELETE FROM graphile_worker._private_jobs WHERE locked_by = 'test-worker'`.execute(h.t.db);
});
