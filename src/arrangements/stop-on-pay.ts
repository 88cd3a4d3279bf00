/**
 * The stop-on-pay consumer of `payment.posted`. Each event's job claims its event in
 * `stop_on_pay_processed` and cancels the account's pending contacts. Under load the jobs
 * queue up behind each other, so the first job that gets the tenant's sweep lock also
 * claims every other committed, unclaimed payment.posted event of the tenant (up to
 * `sweepLimit`) and cancels all of them in one set-based pass: the latency from payment to
 * cancellation then stays bounded by one sweep, not by the queue's length. The later jobs
 * of claimed events find them claimed and return at once (idempotent).
 */
import { sql } from 'kysely';
import type { Db, Database } from '../platform/db-types.ts';
import type { Kysely } from 'kysely';
import { cancelPendingContacts, type StopRequest } from './stop-contact.ts';
import './tables.ts';

export type PaymentPostedEvent = { eventId: number; tenantId: string; accountId: number | null };

/** How far back (in event ids) a sweep looks for unclaimed events. */
const LOOKBACK = 200_000;

/**
 * Handles one payment.posted event (and sweeps its tenant's backlog when it can).
 * @returns how many events this call claimed
 */
export async function stopOnPay(db: Kysely<Database>, e: PaymentPostedEvent, opts: { sweepLimit?: number } = {}): Promise<number> {
  const done = await db.selectFrom('stop_on_pay_processed').select('event_id').where('event_id', '=', e.eventId).executeTakeFirst();
  if (done) return 0;
  return db.transaction().execute(async (tx) => {
    const lock = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(hashtext('stop_on_pay:' || ${e.tenantId})) AS ok`.execute(tx);
    const events: PaymentPostedEvent[] = [e];
    if (lock.rows[0].ok) events.push(...(await findBacklog(tx, e.tenantId, e.eventId, opts.sweepLimit ?? 20_000)));
    const claimed = await sql<{ event_id: number }>`
      INSERT INTO stop_on_pay_processed (event_id, tenant_id)
      SELECT unnest(${events.map((x) => x.eventId)}::bigint[]), ${e.tenantId}::uuid
      ON CONFLICT DO NOTHING RETURNING event_id`.execute(tx);
    const ids = new Set(claimed.rows.map((r) => r.event_id));
    const requests: StopRequest[] = events
      .filter((x) => ids.has(x.eventId) && x.accountId !== null)
      .map((x) => ({ tenantId: x.tenantId, accountId: x.accountId as number, reason: 'payment.posted', eventId: x.eventId }));
    await cancelPendingContacts(tx, requests);
    return ids.size;
  });
}

async function findBacklog(tx: Db, tenantId: string, ownId: number, limit: number): Promise<PaymentPostedEvent[]> {
  const r = await sql<{ id: number; account_id: string | null }>`
    SELECT e.id, e.payload->>'accountId' AS account_id FROM domain_events e
     WHERE e.tenant_id = ${tenantId}::uuid AND e.name = 'payment.posted' AND e.id <> ${ownId}
       AND e.id > coalesce((SELECT max(event_id) FROM stop_on_pay_processed WHERE tenant_id = ${tenantId}::uuid), 0) - ${LOOKBACK}
       AND NOT EXISTS (SELECT 1 FROM stop_on_pay_processed s WHERE s.event_id = e.id)
     ORDER BY e.id LIMIT ${limit}`.execute(tx);
  return r.rows.map((x) => ({ eventId: x.id, tenantId, accountId: x.account_id === null ? null : Number(x.account_id) }));
}
