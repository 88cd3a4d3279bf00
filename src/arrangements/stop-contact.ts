/**
 * Stop-on-pay: the interface the contact engine plugs into.
 *
 * - `cancelPendingContacts(tx, requests)` sets the account-level stop marker
 *   (`contact_stops`) and asks every registered canceller to cancel that account's
 *   pending contact tasks, recording each cancelled task in `contact_task_cancellations`.
 * - A canceller is `{ name, cancel(tx, requests) → cancelled tasks }`, registered with
 *   `registerContactCanceller`. Until the orchestration domain brings its task table, the
 *   built-in `contact_events` canceller treats a `contact_events` row with outcome
 *   `scheduled` as a pending task and marks it `cancelled` (its task_id stays taken, so no
 *   further attempt can be recorded for that task: contact_events has a unique task_id).
 *   Orchestration will register its own canceller over its task table.
 * - `isContactAllowed(tx, {tenantId, accountId, taskId?, plannedAt})` is what the
 *   compliance gate reads before an attempt: refused when the task was cancelled, or when
 *   the account has an active stop marker set after the task was planned.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import './tables.ts';
import '../compliance/tables.ts';

export type StopRequest = { tenantId: string; accountId: number; reason: string; eventId: number | null };
export type CancelledTask = { tenantId: string; accountId: number; taskId: string };
export type ContactCanceller = { name: string; cancel: (tx: Db, requests: readonly StopRequest[]) => Promise<CancelledTask[]> };

const cancellers = new Map<string, ContactCanceller>();

/** Registers (or replaces) a canceller of pending contact tasks. */
export function registerContactCanceller(c: ContactCanceller): void {
  cancellers.set(c.name, c);
}

/** The registered cancellers' names. */
export function listContactCancellers(): string[] {
  return [...cancellers.keys()];
}

/** Built-in canceller over `contact_events` rows with outcome `scheduled` (see the module comment). */
export const contactEventsCanceller: ContactCanceller = {
  name: 'contact_events',
  cancel: async (tx, requests) => {
    const out: CancelledTask[] = [];
    for (const [tenantId, ids] of groupByTenant(requests)) {
      const r = await sql<{ id: number; task_id: string | null; account_id: number }>`
        UPDATE contact_events SET outcome = 'cancelled'
         WHERE tenant_id = ${tenantId} AND account_id = ANY(${ids}::bigint[]) AND outcome = 'scheduled'
        RETURNING id, task_id, account_id`.execute(tx);
      for (const row of r.rows) out.push({ tenantId, accountId: row.account_id, taskId: row.task_id ?? `contact_event:${row.id}` });
    }
    return out;
  },
};
registerContactCanceller(contactEventsCanceller);

function groupByTenant(requests: readonly StopRequest[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const r of requests) {
    const ids = m.get(r.tenantId);
    if (ids) ids.push(r.accountId);
    else m.set(r.tenantId, [r.accountId]);
  }
  return m;
}

/**
 * Stops contact on the accounts and cancels their pending tasks, in `tx`. Idempotent: a
 * second call cancels nothing more and keeps the marker.
 * @returns the tasks cancelled by this call
 */
export async function cancelPendingContacts(tx: Db, requests: StopRequest | readonly StopRequest[]): Promise<CancelledTask[]> {
  const reqs = Array.isArray(requests) ? (requests as readonly StopRequest[]) : [requests as StopRequest];
  if (reqs.length === 0) return [];
  const byAccount = new Map(reqs.map((r) => [r.accountId, r]));
  const uniq = [...byAccount.values()];
  await sql`
    INSERT INTO contact_stops (tenant_id, account_id, reason, event_id, since)
    SELECT t, a, r, e, clock_timestamp() FROM unnest(${uniq.map((r) => r.tenantId)}::uuid[], ${uniq.map((r) => r.accountId)}::bigint[],
      ${uniq.map((r) => r.reason)}::text[], ${uniq.map((r) => r.eventId)}::bigint[]) AS x(t, a, r, e)
    ON CONFLICT (account_id) DO UPDATE SET reason = EXCLUDED.reason, event_id = EXCLUDED.event_id, since = EXCLUDED.since, lifted_at = NULL, lifted_by = NULL`.execute(tx);
  const all: CancelledTask[] = [];
  for (const c of cancellers.values()) {
    const tasks = await c.cancel(tx, uniq);
    if (tasks.length) {
      await sql`
        INSERT INTO contact_task_cancellations (tenant_id, canceller, task_id, account_id, reason, event_id)
        SELECT t, ${c.name}, k, a, r, e FROM unnest(${tasks.map((x) => x.tenantId)}::uuid[], ${tasks.map((x) => x.taskId)}::text[], ${tasks.map((x) => x.accountId)}::bigint[],
          ${tasks.map((x) => byAccount.get(x.accountId)?.reason ?? 'stop')}::text[], ${tasks.map((x) => byAccount.get(x.accountId)?.eventId ?? null)}::bigint[]) AS x(t, k, a, r, e)
        ON CONFLICT DO NOTHING`.execute(tx);
    }
    all.push(...tasks);
  }
  return all;
}

export type ContactStop = { accountId: number; reason: string; eventId: number | null; since: Date; liftedAt: Date | null };

/** The account's stop marker (lifted or not), or null. */
export async function findContactStop(db: Db, q: { tenantId: string; accountId: number }): Promise<ContactStop | null> {
  const r = await db.selectFrom('contact_stops').selectAll().where('tenant_id', '=', q.tenantId).where('account_id', '=', q.accountId).executeTakeFirst();
  return r ? { accountId: r.account_id, reason: r.reason, eventId: r.event_id, since: r.since, liftedAt: r.lifted_at } : null;
}

/** Lifts the stop marker (the strategy decided to resume contact after re-planning). */
export async function liftContactStop(db: Db, q: { tenantId: string; accountId: number; actor: string }): Promise<void> {
  await db.updateTable('contact_stops').set({ lifted_at: new Date(), lifted_by: q.actor }).where('tenant_id', '=', q.tenantId).where('account_id', '=', q.accountId).where('lifted_at', 'is', null).execute();
}

/**
 * The gate's question: may this task still be attempted? No when the task was cancelled,
 * or when an active stop marker on the account is newer than the moment the task was planned.
 */
export async function isContactAllowed(db: Db, q: { tenantId: string; accountId: number; taskId?: string; plannedAt: Date }): Promise<{ allowed: boolean; reason: string | null }> {
  if (q.taskId) {
    const c = await db.selectFrom('contact_task_cancellations').select(['reason']).where('tenant_id', '=', q.tenantId).where('task_id', '=', q.taskId).executeTakeFirst();
    if (c) return { allowed: false, reason: `task cancelled: ${c.reason}` };
  }
  const stop = await findContactStop(db, q);
  if (stop && !stop.liftedAt && stop.since >= q.plannedAt) return { allowed: false, reason: `contact stopped on the account since ${stop.since.toISOString()}: ${stop.reason}` };
  return { allowed: true, reason: null };
}
