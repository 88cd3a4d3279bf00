/**
 * The stop-on-pay consumer of `payment.posted`, a sweep consumer (see the platform's
 * `event_consumers.delivery`): every INSERT of payment.posted events appends them to the
 * tenant's inbox and queues one `arrangements_payments_sweep` job per tenant. The job
 * (`sweepPaymentsPosted`) takes the waiting events out of the inbox, claims them in
 * `stop_on_pay_processed`, cancels the accounts' pending contacts and queues one
 * `arrangements_apply_payment` job for each payment whose account has an open promise,
 * plan or settlement — all in one transaction, so an event is handled exactly when that
 * transaction commits (a worker that dies leaves the events waiting for the next sweep).
 * Under load one sweep cancels thousands of accounts in a few set-based statements: the
 * latency from payment to cancellation stays bounded by one sweep, not by a queue of jobs.
 *
 * `stopOnPay` handles one event by itself: the per-event jobs queued before the sweep
 * consumer existed, and tests.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Db, Database } from '../platform/db-types.ts';
import { queueSweep, takeInboxEvents } from '../platform/events.ts';
import { cancelPendingContacts, type StopRequest } from './stop-contact.ts';
import './tables.ts';

export type PaymentPostedEvent = { eventId: number; tenantId: string; accountId: number | null };

/** The sweep consumer's task name (its row in event_consumers). */
export const SWEEP_TASK = 'arrangements_payments_sweep';
/** The per-payment task that applies a payment to the account's open arrangements. */
export const APPLY_TASK = 'arrangements_apply_payment';

/** Delay of the follow-up pass after a sweep. */
const FOLLOW_UP_MS = 1000;

export type SweepResult = { taken: number; claimed: number; cancelledTasks: number; arrangementJobs: number; more: boolean };

/** Serialises a tenant's stop-on-pay transactions (their cancellations touch the same accounts). */
async function lockTenant(tx: Db, tenantId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('stop_on_pay:' || ${tenantId}))`.execute(tx);
}

/** Claims events not yet handled and cancels their accounts' pending contacts; returns how many were claimed and tasks cancelled. */
async function claimAndCancel(tx: Db, tenantId: string, events: readonly PaymentPostedEvent[]): Promise<{ claimed: number; cancelledTasks: number }> {
  if (!events.length) return { claimed: 0, cancelledTasks: 0 };
  const claimed = await sql<{ event_id: number }>`
    INSERT INTO stop_on_pay_processed (event_id, tenant_id)
    SELECT unnest(${events.map((x) => x.eventId)}::bigint[]), ${tenantId}::uuid
    ON CONFLICT DO NOTHING RETURNING event_id`.execute(tx);
  const ids = new Set(claimed.rows.map((r) => Number(r.event_id)));
  const requests: StopRequest[] = events
    .filter((x) => ids.has(x.eventId) && x.accountId !== null)
    .map((x) => ({ tenantId, accountId: x.accountId as number, reason: 'payment.posted', eventId: x.eventId }));
  const cancelled = await cancelPendingContacts(tx, requests);
  return { claimed: ids.size, cancelledTasks: cancelled.length };
}

/**
 * Handles one payment.posted event (idempotent: a claimed event is not handled again).
 * @returns how many events this call claimed (0 or 1)
 */
export async function stopOnPay(db: Kysely<Database>, e: PaymentPostedEvent): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await lockTenant(tx, e.tenantId);
    return (await claimAndCancel(tx, e.tenantId, [e])).claimed;
  });
}

/**
 * One sweep over a tenant's waiting payment.posted events (up to `limit`), in one
 * transaction: claim, cancel pending contacts, queue the arrangement jobs; when the limit
 * was reached, queue the next sweep before committing.
 */
export async function sweepPaymentsPosted(db: Kysely<Database>, q: { tenantId: string; limit?: number; followUp?: boolean }): Promise<SweepResult> {
  const limit = q.limit ?? 20_000;
  return db.transaction().execute(async (tx) => {
    await lockTenant(tx, q.tenantId);
    const ids = await takeInboxEvents(tx, { task: SWEEP_TASK, tenantId: q.tenantId, limit });
    if (!ids.length) {
      if (!q.followUp) await queueFollowUp(tx, q.tenantId, false);
      return { taken: 0, claimed: 0, cancelledTasks: 0, arrangementJobs: 0, more: false };
    }
    const r = await sql<{ id: number; account_id: string | null; payment_id: string | null }>`
      SELECT e.id, e.payload->>'accountId' AS account_id, coalesce(e.payload->>'paymentId', e.aggregate_id) AS payment_id
        FROM domain_events e WHERE e.id = ANY(${ids}::bigint[]) AND e.tenant_id = ${q.tenantId}::uuid ORDER BY e.id`.execute(tx);
    const events = r.rows.map((x) => ({ eventId: Number(x.id), tenantId: q.tenantId, accountId: x.account_id === null ? null : Number(x.account_id) }));
    const { claimed, cancelledTasks } = await claimAndCancel(tx, q.tenantId, events);
    const paymentIds = r.rows.flatMap((x) => (x.payment_id !== null && /^\d+$/.test(x.payment_id) ? [Number(x.payment_id)] : []));
    const arrangementJobs = await queueArrangementJobs(tx, q.tenantId, paymentIds);
    const more = ids.length >= limit;
    await queueFollowUp(tx, q.tenantId, more);
    return { taken: ids.length, claimed, cancelledTasks, arrangementJobs, more };
  });
}

/**
 * Queues the next pass, last thing before the sweep commits: at once when the sweep stopped
 * at its limit; else a follow-up a second later, which picks up the events of a writer whose
 * commit raced this sweep (a follow-up that finds nothing ends the chain; the worker's minute
 * kick is the last net). Last, because the job row it writes stays locked until the commit,
 * and a writer committing payments meanwhile (its wake trigger queues the same job key)
 * would wait for the whole sweep, where now it waits for the commit at most.
 */
async function queueFollowUp(tx: Db, tenantId: string, more: boolean): Promise<void> {
  if (more) await queueSweep(tx, { task: SWEEP_TASK, tenantId });
  else await queueSweep(tx, { task: SWEEP_TASK, tenantId, after: FOLLOW_UP_MS, payload: { followUp: true } });
}

/** Queues `arrangements_apply_payment` for the posted payments whose account has a pending promise, an open plan or an accepted settlement. */
async function queueArrangementJobs(tx: Db, tenantId: string, paymentIds: readonly number[]): Promise<number> {
  if (!paymentIds.length) return 0;
  const open = await sql<{ id: number }>`
    SELECT p.id FROM payments p
     WHERE p.tenant_id = ${tenantId}::uuid AND p.id = ANY(${paymentIds}::bigint[]) AND p.status = 'posted'
       AND (EXISTS (SELECT 1 FROM promises x WHERE x.account_id = p.account_id AND x.state = 'pending')
         OR EXISTS (SELECT 1 FROM payment_plans x WHERE x.account_id = p.account_id AND x.state IN ('proposed', 'active'))
         OR EXISTS (SELECT 1 FROM settlements x WHERE x.account_id = p.account_id AND x.state = 'accepted'))
     ORDER BY p.id`.execute(tx);
  const ids = open.rows.map((x) => Number(x.id));
  if (!ids.length) return 0;
  await sql`SELECT count(*) FROM graphile_worker.add_jobs((
      SELECT array_agg(ROW(${APPLY_TASK}::text, json_build_object('tenantId', ${tenantId}::text, 'paymentId', u.id), NULL, NULL, 25,
               ${APPLY_TASK}::text || ':' || u.id, NULL, NULL)::graphile_worker.job_spec ORDER BY u.id)
        FROM unnest(${ids}::bigint[]) AS u(id)))`.execute(tx);
  return ids.length;
}
