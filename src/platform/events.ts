/**
 * The domain_events outbox. Write an event in the same transaction as the change it
 * describes; consumers (jobs, webhooks) pick it up after commit. Names are
 * `<domain-noun>.<past-verb>` (ARCHITECTURE.md): payment.posted, promise.broken, hold.set …
 * Consumers are queued by the outbox's dispatch trigger (graphile-worker wakes its workers);
 * no NOTIFY is sent from here: a NOTIFY serialises the commits of concurrent writers.
 */
import { sql } from 'kysely';
import type { Db } from './db-types.ts';
import './tables.ts';

export type DomainEvent = {
  tenantId: string;
  name: string;
  aggregateType: string;
  aggregateId: string | number;
  payload: Record<string, unknown>;
  actor: string;
};

/** The event names in use; consumers may subscribe to any of them. */
export const eventNames = [
  'payment.posted',
  'payment.reversed',
  'payment.reapplied',
  'account.delinquency_changed',
  'account.status_changed',
  'score.assigned',
  'strategy.assigned',
  'task.planned',
  'contact.attempted',
  'contact.outcome_recorded',
  'hold.set',
  'hold.released',
  'promise.made',
  'promise.kept',
  'promise.partially_kept',
  'promise.broken',
  'plan.activated',
  'plan.completed',
  'plan.broken',
  'settlement.accepted',
  'settlement.paid',
  'hardship.applied',
  'hardship.decided',
  'import.completed',
  'conversation.handover_requested',
  'scorecard.drift_alerted',
] as const;

/** Inserts one event into the outbox inside `tx`; returns its id. */
export async function recordEvent(tx: Db, e: DomainEvent): Promise<number> {
  const row = await tx
    .insertInto('domain_events')
    .values({
      tenant_id: e.tenantId,
      name: e.name,
      aggregate_type: e.aggregateType,
      aggregate_id: String(e.aggregateId),
      payload: JSON.stringify(e.payload),
      actor: e.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts many events in one statement (bulk paths: nightly cycle, imports). */
export async function recordEvents(tx: Db, events: DomainEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 5000) {
    const chunk = events.slice(i, i + 5000);
    await tx
      .insertInto('domain_events')
      .values(
        chunk.map((e) => ({
          tenant_id: e.tenantId,
          name: e.name,
          aggregate_type: e.aggregateType,
          aggregate_id: String(e.aggregateId),
          payload: JSON.stringify(e.payload),
          actor: e.actor,
        })),
      )
      .execute();
  }
}

/**
 * Takes up to `limit` of a sweep consumer's waiting events for one tenant (oldest first)
 * out of `event_inbox`, inside `tx`: they count as consumed exactly when `tx` commits, and
 * go back to waiting when it rolls back. Rows another transaction is taking are skipped.
 * @returns the event ids taken, ascending
 */
export async function takeInboxEvents(tx: Db, q: { task: string; tenantId: string; limit: number }): Promise<number[]> {
  // One index probe per picked row whatever the statistics say (a fresh, never-analysed inbox
  // made a join form plan a nested loop over both sides).
  const r = await sql<{ event_id: number }>`
    WITH picked AS (
      SELECT event_id FROM event_inbox WHERE task = ${q.task} AND tenant_id = ${q.tenantId}::uuid
       ORDER BY event_id LIMIT ${q.limit} FOR UPDATE SKIP LOCKED)
    DELETE FROM event_inbox
     WHERE task = ${q.task} AND tenant_id = ${q.tenantId}::uuid AND event_id = ANY(ARRAY(SELECT event_id FROM picked))
    RETURNING event_id`.execute(tx);
  return r.rows.map((x) => Number(x.event_id)).sort((a, b) => a - b);
}

/**
 * Queues the sweep job of `task` for a tenant, inside `tx`: at once (`after` omitted; a
 * waiting job is reset to run now), e.g. when a sweep stopped at its limit with events
 * left; or as a follow-up pass `after` ms from now unless a job already waits (whose
 * earlier run time is kept), which picks up rows whose commit raced the sweep.
 */
export async function queueSweep(tx: Db, q: { task: string; tenantId: string; after?: number; payload?: Record<string, unknown> }): Promise<void> {
  const payload = JSON.stringify({ ...q.payload, tenantId: q.tenantId });
  const key = `${q.task}:${q.tenantId}`;
  if (q.after === undefined) {
    await sql`SELECT graphile_worker.add_job(${q.task}, ${payload}::json, job_key := ${key}, max_attempts := 25)`.execute(tx);
  } else {
    await sql`SELECT graphile_worker.add_job(${q.task}, ${payload}::json, run_at := clock_timestamp() + ${q.after} * interval '1 millisecond',
      job_key := ${key}, max_attempts := 25, job_key_mode := 'preserve_run_at')`.execute(tx);
  }
}

/** Queues a sweep job for every sweep consumer and tenant with events waiting (the periodic safety net). @returns how many were queued */
export async function kickEventInbox(db: Db): Promise<number> {
  const r = await sql<{ n: number }>`SELECT recoup_kick_event_inbox() AS n`.execute(db);
  return r.rows[0]?.n ?? 0;
}
