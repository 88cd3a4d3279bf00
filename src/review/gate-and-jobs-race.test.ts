/**
 * Review: "no debtor is ever contacted twice for one task, even when a worker dies mid-way",
 * against real PostgreSQL with real concurrency: gateContact racing on one task id, a gate
 * transaction rolled back or whose connection is killed, the stop-on-pay sweep run
 * concurrently and killed mid-run, and the nightly promise evaluation run twice at once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { insertBorrower, insertPortfolio, type FixtureBorrower } from '../compliance/gate/fixtures.ts';
import { gateContact, type GateInput } from '../compliance/gate/gate-contact.ts';
import { evaluatePromises } from '../arrangements/promises.ts';
import { addDays } from '../arrangements/promise-rules.ts';
import { sweepPaymentsPosted } from '../arrangements/stop-on-pay.ts';
import { seedAccount, seedPortfolio, todayShanghai, type SeededAccount } from '../arrangements/test-fixtures.ts';
import { isAppError } from '../platform/errors.ts';

let h: TestApp;
let usPortfolio: string;
let cnPortfolio: string;
before(async () => {
  h = await createTestApp();
  usPortfolio = await insertPortfolio(h.t.db, { tenantId: h.tenantId, rulePack: 'US_REG_F', code: 'RV-US' });
  cnPortfolio = await seedPortfolio(h.t.db, h.tenantId, { code: 'RV-CN' });
});
after(() => h.close());

const AT = '2026-11-18T15:00:00Z'; // Wednesday 10:00 in New York
const call = (b: FixtureBorrower, taskId: string, actor = 'robot:w'): GateInput =>
  ({ tenantId: h.tenantId, borrowerId: b.borrowerId, accountIds: [b.accountIds[0]], actor, record: true, proposed: { channel: 'agent_call', at: AT, party: 'debtor', contactPointId: b.mobileId, taskId } });

async function attempts(taskId: string): Promise<{ events: number; outbox: number }> {
  const e = await sql<{ n: string }>`SELECT count(*) AS n FROM contact_events WHERE tenant_id = ${h.tenantId}::uuid AND task_id = ${taskId}`.execute(h.t.db);
  const o = await sql<{ n: string }>`SELECT count(*) AS n FROM domain_events WHERE name = 'contact.attempted' AND payload->>'taskId' = ${taskId}`.execute(h.t.db);
  return { events: Number(e.rows[0].n), outbox: Number(o.rows[0].n) };
}

describe('gateContact: one task id from several transactions at once', () => {
  it('6 workers gate the same task together: one attempt recorded, the others duplicate_task', async () => {
    for (let round = 0; round < 3; round++) {
      const b = await insertBorrower(h.t.db, { tenantId: h.tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
      const task = `rv-task-${round}`;
      const ds = await Promise.all(Array.from({ length: 6 }, (_, k) => h.t.db.transaction().execute((tx) => gateContact(tx, call(b, task, `robot:w${k}`)))));
      assert.equal(ds.filter((d) => d.allowed).length, 1, `round ${round}: ${ds.map((d) => d.outcome).join(',')}`);
      assert.deepEqual(ds.filter((d) => !d.allowed).map((d) => d.outcome), Array(5).fill('duplicate_task'));
      const id = ds.find((d) => d.allowed)?.contactEventId;
      for (const d of ds) assert.equal(d.contactEventId, id, 'every answer names the one recorded attempt');
      assert.deepEqual(await attempts(task), { events: 1, outbox: 1 });
    }
  });

  it('the same task id for two borrowers at once: one recorded, the other a CONFLICT error', async () => {
    const b1 = await insertBorrower(h.t.db, { tenantId: h.tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    const b2 = await insertBorrower(h.t.db, { tenantId: h.tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    const rs = await Promise.allSettled([b1, b2].map((b) => h.t.db.transaction().execute((tx) => gateContact(tx, call(b, 'rv-shared')))));
    const ok = rs.filter((r) => r.status === 'fulfilled' && r.value.allowed);
    const refused = rs.filter((r) => r.status === 'rejected');
    assert.equal(ok.length, 1);
    assert.equal(refused.length, 1);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    assert.ok(isAppError(reason) && reason.code === 'CONFLICT', String(reason));
    assert.deepEqual(await attempts('rv-shared'), { events: 1, outbox: 1 });
  });

  it('an attempt recorded in a transaction that rolls back leaves nothing; the task may then be gated again', async () => {
    const b = await insertBorrower(h.t.db, { tenantId: h.tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    await assert.rejects(h.t.db.transaction().execute(async (tx) => {
      const d = await gateContact(tx, call(b, 'rv-rollback'));
      assert.equal(d.allowed, true);
      throw new Error('the dialer failed before the call');
    }), /dialer failed/);
    assert.deepEqual(await attempts('rv-rollback'), { events: 0, outbox: 0 });
    const again = await h.t.db.transaction().execute((tx) => gateContact(tx, call(b, 'rv-rollback')));
    assert.equal(again.allowed, true);
    assert.deepEqual(await attempts('rv-rollback'), { events: 1, outbox: 1 });
  });

  it('a worker whose connection dies after gating (before commit) leaves no attempt, and a waiting worker then records it once', async () => {
    const b = await insertBorrower(h.t.db, { tenantId: h.tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    const dying = await h.t.pool.connect();
    let dyingPid = 0;
    try {
      await dying.query('BEGIN');
      dyingPid = Number((await dying.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
      // The same gate call on the dying connection, through a Kysely bound to that one client.
      const { kyselyOnClient } = await import('../portfolio/import/client-db.ts');
      const d = await gateContact(kyselyOnClient(dying), call(b, 'rv-killed'));
      assert.equal(d.allowed, true);
      // A second worker now waits on the debtor lock.
      const waiting = h.t.db.transaction().execute((tx) => gateContact(tx, call(b, 'rv-killed', 'robot:second')));
      await new Promise((r) => setTimeout(r, 200));
      await sql`SELECT pg_terminate_backend(${dyingPid}::int)`.execute(h.t.db);
      const second = await waiting;
      assert.equal(second.allowed, true, `after the first worker died the task was never attempted: ${second.outcome}`);
    } finally {
      dying.release(true);
    }
    assert.deepEqual(await attempts('rv-killed'), { events: 1, outbox: 1 });
  });
});

describe('stop-on-pay sweep: concurrent and killed runs', () => {
  async function schedule(a: SeededAccount, taskId: string): Promise<void> {
    await h.t.db.insertInto('contact_events').values({ tenant_id: h.tenantId, borrower_id: a.borrowerId, account_id: a.id, at: new Date(Date.now() + 3_600_000), channel: 'phone', kind: 'call_attempt', actor: 'robot:voice-1', actor_kind: 'robot', task_id: taskId, outcome: 'scheduled' }).execute();
  }
  const pay = (externalId: string, accountExternalId: string) =>
    h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: { externalId, accountExternalId, amountMinor: 10_00, currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank_transfer' } });

  async function seedPaid(prefix: string, n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const a = await seedAccount(h.t.db, h.tenantId, cnPortfolio, { ext: `${prefix}-${i}` });
      await schedule(a, `${prefix}-task-${i}`);
      await schedule(a, `${prefix}-task-${i}-b`);
    }
    for (let i = 0; i < n; i++) assert.equal((await pay(`${prefix}-${i}-p`, `${prefix}-${i}`)).statusCode, 201);
  }

  async function cancellations(prefix: string): Promise<{ rows: number; distinct: number; cancelledEvents: number }> {
    const c = await sql<{ n: string; d: string }>`SELECT count(*) AS n, count(DISTINCT task_id) AS d FROM contact_task_cancellations WHERE task_id LIKE ${`${prefix}-task-%`}`.execute(h.t.db);
    const e = await sql<{ n: string }>`SELECT count(*) AS n FROM contact_events WHERE task_id LIKE ${`${prefix}-task-%`} AND outcome = 'cancelled'`.execute(h.t.db);
    return { rows: Number(c.rows[0].n), distinct: Number(c.rows[0].d), cancelledEvents: Number(e.rows[0].n) };
  }

  it('three sweeps of one tenant at once: every pending task cancelled once, every event claimed once', async () => {
    await seedPaid('SPC', 12);
    const rs = await Promise.all([0, 1, 2].map(() => sweepPaymentsPosted(h.t.db, { tenantId: h.tenantId, limit: 5 })));
    // Drain what the limited sweeps left.
    for (let i = 0; i < 10; i++) if (!(await sweepPaymentsPosted(h.t.db, { tenantId: h.tenantId })).taken) break;
    assert.ok(rs.every((r) => r.claimed <= r.taken));
    assert.deepEqual(await cancellations('SPC'), { rows: 24, distinct: 24, cancelledEvents: 24 });
    const claimed = await sql<{ n: string; d: string }>`SELECT count(*) AS n, count(DISTINCT event_id) AS d FROM stop_on_pay_processed s JOIN domain_events e ON e.id = s.event_id WHERE e.payload->>'externalId' LIKE 'SPC-%'`.execute(h.t.db);
    assert.deepEqual([Number(claimed.rows[0].n), Number(claimed.rows[0].d)], [12, 12]);
  });

  it('a sweep whose connection is killed mid-run (after taking the inbox rows) leaves its events waiting; the next sweep handles them once', async () => {
    await seedPaid('SPK', 6);
    const first = await h.t.db.selectFrom('accounts').select('id').where('external_id', '=', 'SPK-0').executeTakeFirstOrThrow();
    const blocker = await h.t.pool.connect();
    const victim = await h.t.pool.connect();
    try {
      // The blocker holds an uncommitted stop marker for one account: the sweep takes the inbox rows, claims, then waits on it.
      await blocker.query('BEGIN');
      await blocker.query(`INSERT INTO contact_stops (tenant_id, account_id, reason, since) VALUES ($1, $2, 'review-blocker', now())`, [h.tenantId, first.id]);
      const victimPid = Number((await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
      const { kyselyOnClient } = await import('../portfolio/import/client-db.ts');
      const sweeping = sweepPaymentsPosted(kyselyOnClient(victim), { tenantId: h.tenantId });
      let waited = false;
      for (let i = 0; i < 400 && !waited; i++) {
        const w = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity WHERE pid = ${victimPid}::int AND wait_event_type = 'Lock'`.execute(h.t.db);
        waited = Number(w.rows[0].n) > 0;
        if (!waited) await new Promise((r) => setTimeout(r, 25));
      }
      assert.ok(waited, 'the sweep reached the blocked statement');
      const inboxMid = await sql<{ n: string }>`SELECT count(*) AS n FROM event_inbox WHERE task = 'arrangements_payments_sweep' AND tenant_id = ${h.tenantId}::uuid`.execute(h.t.db);
      assert.ok(Number(inboxMid.rows[0].n) >= 6, 'uncommitted takes still show the rows to others');
      await sql`SELECT pg_terminate_backend(${victimPid}::int)`.execute(h.t.db);
      await assert.rejects(sweeping);
      await blocker.query('ROLLBACK');
    } finally {
      victim.release(true);
      blocker.release();
    }
    assert.deepEqual(await cancellations('SPK'), { rows: 0, distinct: 0, cancelledEvents: 0 });
    for (let i = 0; i < 10; i++) if (!(await sweepPaymentsPosted(h.t.db, { tenantId: h.tenantId })).taken) break;
    assert.deepEqual(await cancellations('SPK'), { rows: 12, distinct: 12, cancelledEvents: 12 });
    const again = await sweepPaymentsPosted(h.t.db, { tenantId: h.tenantId });
    assert.equal(again.claimed, 0);
    assert.deepEqual(await cancellations('SPK'), { rows: 12, distinct: 12, cancelledEvents: 12 });
  });
});

describe('promise evaluation run twice at once', () => {
  it('every due promise is decided once, with one promise.* event each', async () => {
    const today = await todayShanghai(h.t.db);
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) {
      const a = await seedAccount(h.t.db, h.tenantId, cnPortfolio, { ext: `PE-${i}` });
      const r = await h.app.inject({ method: 'POST', url: '/v1/promises', headers: { authorization: h.auth }, payload: { accountId: a.id, amountMinor: 50_00, promisedOn: today, channel: 'phone', takenByKind: 'agent', takenBy: 'agent:wang' } });
      assert.equal(r.statusCode, 201, r.body);
      ids.push(r.json().id);
    }
    const asOf = new Date(Date.parse(`${addDays(today, 2)}T00:00:00+08:00`));
    const [x, y, z] = await Promise.all([
      evaluatePromises(h.t.db, { asOf, tenantId: h.tenantId, chunk: 4, parallel: 2 }),
      evaluatePromises(h.t.db, { asOf, tenantId: h.tenantId, chunk: 3, parallel: 3 }),
      evaluatePromises(h.t.db, { asOf, tenantId: h.tenantId, chunk: 7, parallel: 1 }),
    ]);
    assert.equal(x.evaluated + y.evaluated + z.evaluated, 30);
    const pending = await h.t.db.selectFrom('promises').select('id').where('id', 'in', ids).where('state', '=', 'pending').execute();
    assert.equal(pending.length, 0);
    const ev = await sql<{ n: string; d: string }>`SELECT count(*) AS n, count(DISTINCT aggregate_id) AS d FROM domain_events
      WHERE aggregate_type = 'promise' AND name IN ('promise.kept', 'promise.partially_kept', 'promise.broken') AND aggregate_id = ANY(${ids.map(String)}::text[])`.execute(h.t.db);
    assert.deepEqual([Number(ev.rows[0].n), Number(ev.rows[0].d)], [30, 30]);
  });
});
