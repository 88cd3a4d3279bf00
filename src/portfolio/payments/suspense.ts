/**
 * Suspense: payments held because they could not be posted (unknown or closed account,
 * currency mismatch). Someone who identifies the account posts the held payment to it,
 * through the same `postPayments` as every payment (allocation, event, evidence,
 * delinquency); or records that the money went back to the payer. Either way the row stays,
 * marked resolved, with who did it and why, and an audit entry.
 */
import { sql } from 'kysely';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';
import { decodeCursor, pageOf } from '../../platform/cursor.ts';
import { postPayments, type PostPaymentResult, type SuspenseReason } from './post-payments.ts';

export type SuspenseView = {
  id: number;
  externalId: string;
  accountExternalId: string;
  amountMinor: number;
  currency: string;
  receivedAt: string;
  channel: string;
  reason: string;
  source: string;
  heldAt: string;
  resolution: 'posted' | 'returned' | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolvedPaymentId: number | null;
  note: string | null;
};

type Row = {
  id: number; external_id: string; account_external_id: string; amount_minor: number; currency: string; received_at: Date; channel: string;
  reason: string; source: string; created_at: Date; resolution: 'posted' | 'returned' | null; resolved_at: Date | null; resolved_by: string | null;
  resolved_payment_id: number | null; resolution_note: string | null;
};

function view(r: Row): SuspenseView {
  return {
    id: r.id, externalId: r.external_id, accountExternalId: r.account_external_id, amountMinor: r.amount_minor, currency: r.currency.trim(),
    receivedAt: r.received_at.toISOString(), channel: r.channel, reason: r.reason, source: r.source, heldAt: r.created_at.toISOString(),
    resolution: r.resolution, resolvedAt: r.resolved_at?.toISOString() ?? null, resolvedBy: r.resolved_by, resolvedPaymentId: r.resolved_payment_id,
    note: r.resolution_note,
  };
}

const REASON_TEXT: Record<SuspenseReason, (currency: string) => string> = {
  unknown_account: () => 'does not exist for this tenant',
  closed_account: () => 'is closed or sold',
  currency_mismatch: (c) => `is not kept in ${c}, the currency of this payment`,
  before_account_opened: () => 'was opened after this payment was received',
};

/** A page of a tenant's suspense payments, oldest first: `open` (default) or `resolved` ones, or `all`. */
export async function listSuspense(db: Db, q: { tenantId: string; state: 'open' | 'resolved' | 'all'; cursor?: string; limit: number }) {
  const rows = await db
    .selectFrom('suspense_payments')
    .selectAll()
    .where('tenant_id', '=', q.tenantId)
    .where('id', '>', decodeCursor(q.cursor))
    .$if(q.state === 'open', (b) => b.where('resolved_at', 'is', null))
    .$if(q.state === 'resolved', (b) => b.where('resolved_at', 'is not', null))
    .orderBy('id')
    .limit(q.limit + 1)
    .execute();
  const page = pageOf(rows as Row[], q.limit);
  return { items: page.items.map(view), nextCursor: page.nextCursor };
}

/** Locks an open suspense row of the tenant. */
async function lockOpen(tx: Db, tenantId: string, id: number): Promise<Row> {
  const r = await sql<Row>`SELECT * FROM suspense_payments WHERE tenant_id = ${tenantId}::uuid AND id = ${id} FOR UPDATE`.execute(tx);
  const row = r.rows[0];
  if (!row) throw new AppError('NOT_FOUND', { message: `suspense payment ${id} not found` });
  if (row.resolved_at) {
    throw new AppError('CONFLICT', { message: `suspense payment ${id} was already resolved (${row.resolution}) by ${row.resolved_by ?? 'unknown'}` });
  }
  return row;
}

/**
 * Posts a held payment to the account someone identified, inside `tx`.
 * @throws AppError NOT_FOUND, CONFLICT (already resolved), RULE_VIOLATION (that account
 * is unknown, closed or sold, or in another currency: nothing changes)
 */
export async function postSuspenseToAccount(
  tx: Db,
  by: { tenantId: string; actor: string },
  p: { id: number; accountExternalId: string; note: string },
): Promise<{ suspense: SuspenseView; payment: PostPaymentResult }> {
  const row = await lockOpen(tx, by.tenantId, p.id);
  // Resolved first (the check constraint wants who and when with the resolution); postPayments is told which held row it is releasing.
  await tx.updateTable('suspense_payments').set({ resolved_at: new Date(), resolution: 'posted', resolved_by: by.actor, resolution_note: p.note, resolved_payment_id: null })
    .where('id', '=', row.id).execute();
  const [payment] = await postPayments(tx, { tenantId: by.tenantId, actor: by.actor, source: 'suspense', releasingSuspenseId: row.id }, [
    { externalId: row.external_id, accountExternalId: p.accountExternalId, amountMinor: row.amount_minor, currency: row.currency.trim(), receivedAt: row.received_at, channel: row.channel },
  ]);
  if (payment.outcome !== 'posted' || payment.paymentId === null) {
    const why = payment.outcome === 'duplicate' || payment.outcome === 'conflict'
      ? `a payment with external id ${row.external_id} is already posted`
      : `account ${p.accountExternalId} ${REASON_TEXT[payment.reason ?? 'unknown_account'](row.currency.trim())} (${payment.reason})`;
    throw new AppError('RULE_VIOLATION', { message: `suspense payment ${p.id} cannot be posted: ${why}`, details: [{ path: 'body.accountExternalId', message: why }] });
  }
  const done = await tx.updateTable('suspense_payments').set({ resolved_payment_id: payment.paymentId }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
  await writeAudit(tx, {
    tenantId: by.tenantId, actor: by.actor, action: 'payment.suspense_posted', subjectType: 'suspense_payment', subjectId: row.id,
    detail: { paymentId: payment.paymentId, accountExternalId: p.accountExternalId, heldFor: row.account_external_id, reason: row.reason, note: p.note },
  });
  return { suspense: view(done as Row), payment };
}

/**
 * Records that a held payment was returned to the payer, inside `tx`.
 * @throws AppError NOT_FOUND, CONFLICT (already resolved)
 */
export async function returnSuspense(tx: Db, by: { tenantId: string; actor: string }, p: { id: number; note: string }): Promise<SuspenseView> {
  const row = await lockOpen(tx, by.tenantId, p.id);
  const done = await tx.updateTable('suspense_payments').set({ resolved_at: new Date(), resolution: 'returned', resolved_by: by.actor, resolution_note: p.note })
    .where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
  await writeAudit(tx, {
    tenantId: by.tenantId, actor: by.actor, action: 'payment.suspense_returned', subjectType: 'suspense_payment', subjectId: row.id,
    detail: { externalId: row.external_id, amountMinor: row.amount_minor, currency: row.currency.trim(), reason: row.reason, note: p.note },
  });
  return view(done as Row);
}
