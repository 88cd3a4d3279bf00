/** Read side of accounts: filtered lists, and one account with its schedule, payments and allocations. */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';
import { decodeCursor, pageOf } from '../platform/cursor.ts';
import type { AccountStatus } from './tables.ts';

export type AccountView = {
  id: number; externalId: string; portfolioId: string; borrowerId: number; productId: number | null; currency: string; principalMinor: number;
  rateBps: number; feesMinor: number; openedOn: string; status: AccountStatus; chargedOffOn: string | null; coreOutstandingMinor: number | null;
};

function baseQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'external_id', 'portfolio_id', 'borrower_id', 'product_id', 'currency', 'principal_minor', 'rate_bps', 'fees_minor', 'opened_on', 'status', 'charged_off_on', 'core_outstanding_minor'])
    .where('tenant_id', '=', tenantId);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function view(r: Row): AccountView {
  return {
    id: r.id, externalId: r.external_id, portfolioId: r.portfolio_id, borrowerId: r.borrower_id, productId: r.product_id, currency: r.currency.trim(),
    principalMinor: r.principal_minor, rateBps: r.rate_bps, feesMinor: r.fees_minor, openedOn: r.opened_on, status: r.status, chargedOffOn: r.charged_off_on,
    coreOutstandingMinor: r.core_outstanding_minor,
  };
}

/** A page of accounts, optionally filtered by status, portfolio, borrower and external id. */
export async function listAccounts(
  db: Db,
  q: { tenantId: string; status?: AccountStatus; portfolioId?: string; borrowerId?: number; externalId?: string; cursor?: string; limit: number },
): Promise<{ items: AccountView[]; nextCursor: string | null }> {
  const rows = await baseQuery(db, q.tenantId)
    .where('id', '>', decodeCursor(q.cursor))
    .$if(q.status !== undefined, (b) => b.where('status', '=', q.status ?? 'current'))
    .$if(q.portfolioId !== undefined, (b) => b.where('portfolio_id', '=', q.portfolioId ?? ''))
    .$if(q.borrowerId !== undefined, (b) => b.where('borrower_id', '=', q.borrowerId ?? 0))
    .$if(q.externalId !== undefined, (b) => b.where('external_id', '=', q.externalId ?? ''))
    .orderBy('id')
    .limit(q.limit + 1)
    .execute();
  const page = pageOf(rows, q.limit);
  return { items: page.items.map(view), nextCursor: page.nextCursor };
}

/**
 * One account with its schedule (what is due and paid per component), payments and allocations.
 * @throws AppError NOT_FOUND (also for another tenant's account)
 */
export async function getAccount(db: Db, tenantId: string, id: number) {
  const r = await baseQuery(db, tenantId).where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { message: `account ${id} not found` });
  const schedule = await db
    .selectFrom('installments')
    .select(['id', 'seq', 'due_on', 'principal_due', 'interest_due', 'fee_due', 'penalty_due', 'principal_paid', 'interest_paid', 'fee_paid', 'penalty_paid'])
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', id)
    .orderBy('seq')
    .execute();
  const payments = await db
    .selectFrom('payments')
    .select(['id', 'external_id', 'amount_minor', 'currency', 'received_at', 'channel', 'status', 'unallocated_minor'])
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', id)
    .orderBy('received_at')
    .execute();
  const allocations = await sql<{ payment_id: number; installment_id: number; component: string; amount_minor: number }>`
    SELECT pa.payment_id, pa.installment_id, pa.component, pa.amount_minor FROM payment_allocations pa JOIN payments p ON p.id = pa.payment_id
    WHERE p.account_id = ${id} AND p.tenant_id = ${tenantId}::uuid ORDER BY pa.payment_id, pa.installment_id`.execute(db);
  const outstandingMinor = schedule.length
    ? schedule.reduce((s, i) => s + i.principal_due + i.interest_due + i.fee_due + i.penalty_due - i.principal_paid - i.interest_paid - i.fee_paid - i.penalty_paid, 0)
    : r.principal_minor + r.fees_minor;
  return {
    ...view(r),
    outstandingMinor,
    schedule: schedule.map((i) => ({
      id: i.id, seq: i.seq, dueOn: i.due_on,
      due: { principal: i.principal_due, interest: i.interest_due, fee: i.fee_due, penalty: i.penalty_due },
      paid: { principal: i.principal_paid, interest: i.interest_paid, fee: i.fee_paid, penalty: i.penalty_paid },
    })),
    payments: payments.map((p) => ({
      id: p.id, externalId: p.external_id, amountMinor: p.amount_minor, currency: p.currency.trim(), receivedAt: p.received_at, channel: p.channel, status: p.status,
      unallocatedMinor: p.unallocated_minor,
      allocations: allocations.rows.filter((a) => a.payment_id === p.id).map((a) => ({ installmentId: a.installment_id, component: a.component, amountMinor: a.amount_minor })),
    })),
  };
}
