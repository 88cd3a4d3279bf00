/**
 * Review: a real graphile-worker process (child) SIGKILLed in the middle of the stop-on-pay
 * sweep job. The events it had taken out of the inbox must come back; a later worker must
 * handle every event once (each pending task cancelled once), with no help but the
 * periodic inbox kick.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { arrangementTasks } from '../arrangements/jobs.ts';
import { seedAccount, seedPortfolio } from '../arrangements/test-fixtures.ts';
import { kickEventInbox } from '../platform/events.ts';

let h: TestApp;
let portfolioId: string;
before(async () => {
  h = await createTestApp();
  portfolioId = await seedPortfolio(h.t.db, h.tenantId, { code: 'WK' });
});
after(() => h.close());

const child = fileURLToPath(new URL('./review-worker-child.ts', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function cancellations(): Promise<{ rows: number; distinct: number; cancelledEvents: number }> {
  const c = await sql<{ n: string; d: string }>`SELECT count(*) AS n, count(DISTINCT task_id) AS d FROM contact_task_cancellations WHERE task_id LIKE 'WK-task-%'`.execute(h.t.db);
  const e = await sql<{ n: string }>`SELECT count(*) AS n FROM contact_events WHERE task_id LIKE 'WK-task-%' AND outcome = 'cancelled'`.execute(h.t.db);
  return { rows: Number(c.rows[0].n), distinct: Number(c.rows[0].d), cancelledEvents: Number(e.rows[0].n) };
}

test('a worker killed with SIGKILL mid-sweep: nothing half-done, and the next worker cancels every task once', async () => {
  const ids: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: `WK-${i}` });
    ids.push(a.id);
    await h.t.db.insertInto('contact_events').values({ tenant_id: h.tenantId, borrower_id: a.borrowerId, account_id: a.id, at: new Date(Date.now() + 3_600_000), channel: 'phone', kind: 'call_attempt', actor: 'robot:voice-1', actor_kind: 'robot', task_id: `WK-task-${i}`, outcome: 'scheduled' }).execute();
  }
  // An uncommitted stop marker on the last account makes the sweep wait inside its transaction, after it took the inbox rows.
  const blocker = await h.t.pool.connect();
  await blocker.query('BEGIN');
  await blocker.query(`INSERT INTO contact_stops (tenant_id, account_id, reason, since) VALUES ($1, $2, 'review-blocker', now())`, [h.tenantId, ids[4]]);
  for (let i = 0; i < 5; i++) {
    const r = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: { externalId: `WK-${i}-p`, accountExternalId: `WK-${i}`, amountMinor: 10_00, currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank_transfer' } });
    assert.equal(r.statusCode, 201, r.body);
  }
  const proc = spawn(process.execPath, ['--import', 'tsx', child], { env: { ...process.env, DATABASE_URL: h.t.url }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let waiting = false;
    for (let i = 0; i < 600 && !waiting; i++) {
      const w = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'review-worker-child' AND wait_event_type = 'Lock'`.execute(h.t.db);
      waiting = Number(w.rows[0].n) > 0;
      if (!waiting) await sleep(50);
    }
    assert.ok(waiting, 'the child worker reached the blocked statement of its sweep');
    const took = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE a.application_name = 'review-worker-child' AND l.relation = 'event_inbox'::regclass AND l.mode = 'RowExclusiveLock'`.execute(h.t.db);
    assert.equal(Number(took.rows[0].n), 1, 'the sweep had already taken (deleted) its inbox rows when it was killed');
    proc.kill('SIGKILL');
    await new Promise<void>((r) => (proc.exitCode !== null || proc.signalCode !== null ? r() : proc.on('exit', () => r())));
  } finally {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    await blocker.query('ROLLBACK');
    blocker.release();
  }
  // The dead worker's backend ends (its transaction rolled back) once it can no longer answer.
  for (let i = 0; i < 200; i++) {
    const r = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'review-worker-child' AND state <> 'idle'`.execute(h.t.db);
    if (Number(r.rows[0].n) === 0) break;
    await sleep(50);
  }
  assert.deepEqual(await cancellations(), { rows: 0, distinct: 0, cancelledEvents: 0 }, 'nothing of the killed sweep was committed');
  const inbox = await sql<{ n: string }>`SELECT count(*) AS n FROM event_inbox WHERE tenant_id = ${h.tenantId}::uuid AND task = 'arrangements_payments_sweep'`.execute(h.t.db);
  assert.equal(Number(inbox.rows[0].n), 5, 'the events taken by the killed sweep are waiting again');
  // What a live worker would do: the minute kick, then the jobs it queues (the dead worker's job stays locked).
  await kickEventInbox(h.t.db);
  await runOnce({ pgPool: h.t.pool, taskList: arrangementTasks, noPreparedStatements: true });
  assert.deepEqual(await cancellations(), { rows: 5, distinct: 5, cancelledEvents: 5 });
  await kickEventInbox(h.t.db);
  await runOnce({ pgPool: h.t.pool, taskList: arrangementTasks, noPreparedStatements: true });
  assert.deepEqual(await cancellations(), { rows: 5, distinct: 5, cancelledEvents: 5 });
});
