/**
 * What a posted or reversed payment does to the account's arrangements: re-decides its
 * pending promise, pays its plan's installments, counts toward its accepted settlement.
 * Idempotent per payment (arrangement_payment_applications).
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { applyPaymentsToPromise } from './promises.ts';
import { applyPaymentToPlan } from './plans.ts';
import { applyPaymentToSettlement } from './settlements.ts';
import './tables.ts';
import '../portfolio/tables.ts';

const ACTOR = 'system:arrangements';

export type PaymentForArrangements = { tenantId: string; accountId: number; paymentId: number; amountMinor: number; actor: string };

/** The posted payment when its account has an open arrangement (pending promise, open plan, accepted settlement); else null. One query, no transaction. */
export async function findPaymentForArrangements(db: Db, q: { tenantId: string; paymentId: number }): Promise<PaymentForArrangements | null> {
  const r = await sql<{ account_id: number; amount_minor: number; status: string; open: boolean }>`
    SELECT p.account_id, p.amount_minor, p.status,
           (EXISTS (SELECT 1 FROM promises x WHERE x.account_id = p.account_id AND x.state = 'pending')
            OR EXISTS (SELECT 1 FROM payment_plans x WHERE x.account_id = p.account_id AND x.state IN ('proposed', 'active'))
            OR EXISTS (SELECT 1 FROM settlements x WHERE x.account_id = p.account_id AND x.state = 'accepted')) AS open
      FROM payments p WHERE p.tenant_id = ${q.tenantId} AND p.id = ${q.paymentId}`.execute(db);
  const p = r.rows[0];
  if (!p || p.status !== 'posted' || !p.open) return null;
  return { tenantId: q.tenantId, accountId: p.account_id, paymentId: q.paymentId, amountMinor: p.amount_minor, actor: ACTOR };
}

/** Applies a posted payment to the account's open arrangements, in `tx` (no-op when it has none or the payment is not posted). */
export async function applyPostedPayment(tx: Db, q: { tenantId: string; paymentId: number }): Promise<void> {
  const args = await findPaymentForArrangements(tx, q);
  if (!args) return;
  await applyPaymentsToPromise(tx, args);
  await applyPaymentToPlan(tx, args);
  await applyPaymentToSettlement(tx, args);
}

/**
 * Takes a reversed payment back out of the arrangements it paid: plan installments (latest
 * first), an accepted settlement's paid amount; a kept promise is re-decided.
 */
export async function applyReversedPayment(tx: Db, q: { tenantId: string; paymentId: number }): Promise<void> {
  const apps = await tx.deleteFrom('arrangement_payment_applications').where('tenant_id', '=', q.tenantId).where('payment_id', '=', q.paymentId).returningAll().execute();
  for (const a of apps) {
    if (a.subject_type === 'settlement') {
      await tx.updateTable('settlements').set((eb) => ({ paid_minor: eb('paid_minor', '-', a.amount_minor) })).where('id', '=', a.subject_id).where('state', '=', 'accepted').execute();
    } else if (a.subject_type === 'plan') {
      let left = a.amount_minor;
      const inst = await tx.selectFrom('plan_installments').select(['seq', 'paid_minor']).where('plan_id', '=', a.subject_id).where('paid_minor', '>', 0).orderBy('seq', 'desc').execute();
      for (const i of inst) {
        if (left <= 0) break;
        const back = Math.min(left, i.paid_minor);
        left -= back;
        await tx.updateTable('plan_installments').set({ paid_minor: i.paid_minor - back }).where('plan_id', '=', a.subject_id).where('seq', '=', i.seq).execute();
      }
    }
  }
  const p = await tx.selectFrom('payments').select(['account_id']).where('id', '=', q.paymentId).executeTakeFirst();
  if (!p) return;
  // A promise kept by the reversed payment goes back to pending when its window is still open.
  await sql`UPDATE promises SET state = 'pending', decided_at = NULL WHERE account_id = ${p.account_id} AND state = 'kept' AND window_end_at > now()
            AND NOT EXISTS (SELECT 1 FROM promises o WHERE o.account_id = ${p.account_id} AND o.state = 'pending')
            AND id = (SELECT max(id) FROM promises WHERE account_id = ${p.account_id})`.execute(tx);
  await applyPaymentsToPromise(tx, { tenantId: q.tenantId, accountId: p.account_id, actor: ACTOR });
}
