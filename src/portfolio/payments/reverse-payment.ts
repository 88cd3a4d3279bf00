/**
 * Reverses a posted payment (bounced transfer, chargeback): takes its allocations back out
 * of the installments, marks it `reversed` or `charged_back`, and records a
 * `payment.reversed` event and an evidence fact in the caller's transaction; then the
 * account's remaining payments are re-applied in received order (see reapply-payments.ts). Reversing a payment
 * twice with the same status returns it unchanged.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { runAfterPaymentsHook } from './after-payments-hook.ts';
import type { PostingContext } from './post-payments.ts';
import { reapplyPayments, takeBack, type Reapplied, type StoredLine } from './reapply-payments.ts';

export type ReversePaymentInput = {
  /** The payment's id or its external id. */
  paymentId?: number;
  externalId?: string;
  status: 'reversed' | 'charged_back';
  reason: string;
};

export type ReversedPayment = {
  paymentId: number; externalId: string; accountId: number; status: 'reversed' | 'charged_back'; unallocatedMinor: number; changed: boolean;
  /** Later payments of the account whose allocation changed when they were re-applied. */
  reapplied: Reapplied[];
};

/**
 * @throws AppError NOT_FOUND when the tenant has no such payment
 * @throws AppError CONFLICT when the payment was already reversed with another status
 */
export async function reversePayment(tx: Db, ctx: PostingContext, input: ReversePaymentInput): Promise<ReversedPayment> {
  const found = await tx.selectFrom('payments').select(['id', 'account_id']).where('tenant_id', '=', ctx.tenantId)
    .$if(input.paymentId !== undefined, (q) => q.where('id', '=', input.paymentId ?? 0))
    .$if(input.paymentId === undefined, (q) => q.where('external_id', '=', input.externalId ?? ''))
    .executeTakeFirst();
  if (!found) throw new AppError('NOT_FOUND', { message: `payment ${input.paymentId ?? input.externalId} not found` });
  // The account first, as every posting does: two reversals (or a reversal and a posting) on
  // one account then queue instead of deadlocking over its installments.
  await sql`SELECT 1 FROM accounts WHERE id = ${found.account_id} FOR UPDATE`.execute(tx);
  const p = await tx.selectFrom('payments').select(['id', 'external_id', 'account_id', 'status', 'amount_minor']).where('id', '=', found.id).forUpdate()
    .executeTakeFirstOrThrow();
  const base = { paymentId: p.id, externalId: p.external_id, accountId: p.account_id, status: input.status, unallocatedMinor: 0 };
  if (p.status === input.status) return { ...base, changed: false, reapplied: [] };
  if (p.status !== 'posted') throw new AppError('CONFLICT', { message: `payment ${p.external_id} is already ${p.status}` });
  const lines = await sql<StoredLine>`
    SELECT installment_id, component, amount_minor FROM payment_allocations WHERE payment_id = ${p.id} ORDER BY installment_id, component`.execute(tx);
  await takeBack(tx, lines.rows);
  await sql`DELETE FROM payment_allocations WHERE payment_id = ${p.id}`.execute(tx);
  // Nothing of a reversed payment is held for the account: no allocation, and no unallocated credit either.
  await tx.updateTable('payments').set({ status: input.status, unallocated_minor: 0 }).where('id', '=', p.id).execute();
  const payload = { paymentId: p.id, externalId: p.external_id, accountId: p.account_id, status: input.status, reason: input.reason, amountMinor: p.amount_minor, unallocated: lines.rows };
  await recordEvent(tx, { tenantId: ctx.tenantId, name: 'payment.reversed', aggregateType: 'payment', aggregateId: p.id, payload, actor: ctx.actor });
  await appendEvidence(tx, { tenantId: ctx.tenantId, kind: 'payment.reversed', subjectType: 'payment', subjectId: p.id, actor: ctx.actor, fact: payload });
  const reapplied = await reapplyPayments(tx, ctx, { accountId: p.account_id, reversedPaymentId: p.id });
  await runAfterPaymentsHook(tx, { tenantId: ctx.tenantId, accountIds: [p.account_id], cause: 'payment.reversed', actor: ctx.actor });
  return { ...base, changed: true, reapplied };
}
