/**
 * The stop-on-pay consumer of `payment.posted`. Each event's job claims its event in
 * `stop_on_pay_processed` and cancels the account's pending contacts. Under load the jobs
 * queue up behind each other, so every job that gets the tenant's sweep lock also claims
 * every other committed, unclaimed payment.posted event of the tenant after its watermark
 * (up to `sweepLimit`) and cancels all of them in one set-based pass: the latency from
 * payment to cancellation then stays bounded by one sweep, not by the queue's length. The
 * later jobs of claimed events find them claimed and do nothing more (idempotent).
 */
import { sql } from 'kysely';
import type { Db, Database } from '../platform/db-types.ts';
import type { Kysely } from 'kysely';
import { cancelPendingContacts, type StopRequest } from './stop-contact.ts';
import './tables.ts';

export type PaymentPostedEvent = { eventId: number; tenantId: string; accountId: number | null };

/** Events committed after the watermark moved past their id are still found within this margin (and by their own job in any case). */
const MARGIN = 5_000;

/**
 * Handles one payment.posted event and, when it gets the tenant's sweep lock, every other
 * committed and unclaimed one after the tenant's watermark (up to `sweepLimit`). Every
 * job sweeps, so under load new payments are picked up by whichever job runs next instead
 * of waiting for their own job's turn in the queue.
 * @returns how many events this call claimed
 */
export async function stopOnPay(db: Kysely<Database>, e: PaymentPostedEvent, opts: { sweepLimit?: number } = {}): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const lock = await sql<{ ok: boolean }>`SELECT pg_try_advisory_xact_lock(hashtext('stop_on_pay:' || ${e.tenantId})) AS ok`.execute(tx);
    const events: PaymentPostedEvent[] = lock.rows[0].ok ? await findBacklog(tx, e.tenantId, opts.sweepLimit ?? 20_000) : [];
    if (!events.some((x) => x.eventId === e.eventId)) events.push(e);
    const claimed = await sql<{ event_id: number }>`
      INSERT INTO stop_on_pay_processed (event_id, tenant_id)
      SELECT unnest(${events.map((x) => x.eventId)}::bigint[]), ${e.tenantId}::uuid
      ON CONFLICT DO NOTHING RETURNING event_id`.execute(tx);
    if (claimed.rows.length === 0) return 0;
    const ids = new Set(claimed.rows.map((r) => r.event_id));
    const requests: StopRequest[] = events
      .filter((x) => ids.has(x.eventId) && x.accountId !== null)
      .map((x) => ({ tenantId: x.tenantId, accountId: x.accountId as number, reason: 'payment.posted', eventId: x.eventId }));
    await cancelPendingContacts(tx, requests);
    if (lock.rows[0].ok) {
      await sql`INSERT INTO stop_on_pay_watermarks (tenant_id, last_event_id) VALUES (${e.tenantId}::uuid, ${Math.max(...ids)})
                ON CONFLICT (tenant_id) DO UPDATE SET last_event_id = greatest(stop_on_pay_watermarks.last_event_id, EXCLUDED.last_event_id)`.execute(tx);
    }
    return ids.size;
  });
}

async function findBacklog(tx: Db, tenantId: string, limit: number): Promise<PaymentPostedEvent[]> {
  const r = await sql<{ id: number; account_id: string | null }>`
    SELECT e.id, e.payload->>'accountId' AS account_id FROM domain_events e
     WHERE e.tenant_id = ${tenantId}::uuid AND e.name = 'payment.posted'
       AND e.id > coalesce((SELECT last_event_id FROM stop_on_pay_watermarks WHERE tenant_id = ${tenantId}::uuid), 0) - ${MARGIN}
       AND NOT EXISTS (SELECT 1 FROM stop_on_pay_processed s WHERE s.event_id = e.id)
     ORDER BY e.id LIMIT ${limit}`.execute(tx);
  return r.rows.map((x) => ({ eventId: x.id, tenantId, accountId: x.account_id === null ? null : Number(x.account_id) }));
}
