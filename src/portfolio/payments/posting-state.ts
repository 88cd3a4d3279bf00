/** What posting needs to know, loaded in three round trips: the accounts (locked FOR UPDATE), prior payments with new ids, schedules. */
import { sql } from 'kysely';
import type { Db } from '../../platform/db-types.ts';
import type { InstallmentBalance } from '../allocation.ts';
import type { Component } from '../tables.ts';
import type { PaymentToPost, PostPaymentResult } from './post-payments.ts';

export type AccountForPosting = { id: number; externalId: string; status: string; currency: string; waterfall: Component[]; openedOn: string };

export type PostingState = {
  accounts: Map<string, AccountForPosting>;
  /** Payments or suspense rows that already exist for these external ids. */
  existing: Map<string, Omit<PostPaymentResult, 'externalId' | 'outcome'>>;
  /** Per account id, the open installments the batch's money can reach (oldest first), with what is due and paid. */
  installments: Map<number, InstallmentBalance[]>;
  /** Ids drawn from the payments' sequence for the new payments, one per input payment, ascending. */
  newPaymentIds: number[];
};

/** An installment row as posting reads it. */
export type InstallmentRow = {
  id: number; seq: number; due_on: string;
  principal_due: number; interest_due: number; fee_due: number; penalty_due: number;
  principal_paid: number; interest_paid: number; fee_paid: number; penalty_paid: number;
};

/** An installment row as allocation sees it. */
export function toBalance(i: InstallmentRow): InstallmentBalance {
  return {
    id: i.id, seq: i.seq, dueOn: i.due_on,
    due: { principal: i.principal_due, interest: i.interest_due, fee: i.fee_due, penalty: i.penalty_due },
    paid: { principal: i.principal_paid, interest: i.interest_paid, fee: i.fee_paid, penalty: i.penalty_paid },
  };
}

type InstRow = InstallmentRow & { account_id: number };

/** Loads (and locks) the accounts, prior payments and schedules a batch of payments touches. */
export async function loadPostingState(tx: Db, tenantId: string, payments: readonly PaymentToPost[], releasing: number | null = null): Promise<PostingState> {
  const accountExt = [...new Set(payments.map((p) => p.accountExternalId))];
  const paymentExt = [...new Set(payments.map((p) => p.externalId))];
  // Locking the accounts serialises concurrent postings to the same account (allocation reads then writes balances).
  const acc = await sql<{ id: number; external_id: string; status: string; currency: string; waterfall: Component[] | string; opened_on: string }>`
    SELECT a.id, a.external_id, a.status, a.currency, p.waterfall, a.opened_on FROM accounts a JOIN portfolios p ON p.id = a.portfolio_id
    WHERE a.tenant_id = ${tenantId}::uuid AND a.external_id = ANY(${accountExt}::text[]) ORDER BY a.id FOR UPDATE OF a`.execute(tx);
  const accounts = new Map(acc.rows.map((r) => [r.external_id, { id: r.id, externalId: r.external_id, status: r.status, currency: r.currency.trim(), waterfall: parseTextArray(r.waterfall), openedOn: r.opened_on }]));
  // After the lock: claim every external id (see the payment_receipts migration; sorted, so
  // that two batches claim in one order), then read prior and held payments and draw ids for
  // the new ones (one per input; unused ones are a harmless gap), in one round trip.
  const sorted = [...paymentExt].sort();
  const r = await sql<PriorRows & { ids: number[]; unclaimed: string[] }>`
    WITH claim AS (
      INSERT INTO payment_receipts (tenant_id, external_id)
      SELECT ${tenantId}::uuid, e FROM unnest(${sorted}::text[]) WITH ORDINALITY AS u(e, k) ORDER BY k
      ON CONFLICT DO NOTHING RETURNING external_id)
    SELECT ${priorPayments(tenantId, paymentExt, releasing)},
      ARRAY(SELECT nextval(pg_get_serial_sequence('payments', 'id')) FROM generate_series(1, ${paymentExt.length}::int)) AS ids,
      ARRAY(SELECT e FROM unnest(${sorted}::text[]) AS e EXCEPT SELECT external_id FROM claim) AS unclaimed`.execute(tx);
  const { ids, unclaimed } = r.rows[0];
  const existing = new Map<string, Omit<PostPaymentResult, 'externalId' | 'outcome'>>();
  addPrior(existing, r.rows[0]);
  // An id this call did not claim was received before, or by a transaction that committed
  // while the claim waited for it: that row is not in this statement's snapshot, so read
  // it again (rare; an id whose claim has no row, such as the held row being released, is new).
  const unseen = unclaimed.filter((e) => !existing.has(e));
  if (unseen.length) {
    const again = await sql<PriorRows>`SELECT ${priorPayments(tenantId, unseen, releasing)}`.execute(tx);
    addPrior(existing, again.rows[0]);
  }
  const totals = new Map<number, number>();
  for (const p of payments) {
    const a = accounts.get(p.accountExternalId);
    if (a) totals.set(a.id, (totals.get(a.id) ?? 0) + p.amountMinor);
  }
  const installments = await loadInstallments(tx, totals);
  return { accounts, existing, installments, newPaymentIds: ids.map(Number) };
}

type PriorRows = { paid: PaidRow[]; held: HeldRow[] };

/** The select list that reads, as two JSON arrays, the payments and held rows stored under `ext`. */
function priorPayments(tenantId: string, ext: string[], releasing: number | null) {
  return sql<PriorRows>`
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'external_id', p.external_id, 'account_id', p.account_id, 'account_external_id', a.external_id,
                 'amount_minor', p.amount_minor, 'currency', p.currency, 'unallocated_minor', p.unallocated_minor)), '[]')
         FROM payments p JOIN accounts a ON a.id = p.account_id
        WHERE p.tenant_id = ${tenantId}::uuid AND p.external_id = ANY(${ext}::text[])) AS paid,
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'external_id', s.external_id, 'account_external_id', s.account_external_id,
                 'amount_minor', s.amount_minor, 'currency', s.currency, 'reason', s.reason)), '[]')
         FROM suspense_payments s
        WHERE s.tenant_id = ${tenantId}::uuid AND s.external_id = ANY(${ext}::text[]) AND s.id IS DISTINCT FROM ${releasing}::bigint) AS held`;
}

/** Adds the stored payments and held rows to `existing`, by external id. */
function addPrior(existing: Map<string, Omit<PostPaymentResult, 'externalId' | 'outcome'>>, { paid, held }: PriorRows): void {
  for (const x of paid) {
    existing.set(x.external_id, {
      paymentId: x.id, suspenseId: null, accountId: x.account_id, accountExternalId: x.account_external_id, amountMinor: x.amount_minor,
      currency: x.currency.trim(), reason: null, allocatedMinor: x.amount_minor - x.unallocated_minor, unallocatedMinor: x.unallocated_minor,
    });
  }
  // Held rows, open or resolved (a payment returned to the payer stays "received": its
  // external id can never be posted again); a held row that was posted names the account
  // the payer first gave, so that a replay of the original request is recognised.
  for (const x of held) {
    const posted = existing.get(x.external_id);
    if (posted) {
      posted.heldAsAccountExternalId = x.account_external_id;
      continue;
    }
    existing.set(x.external_id, {
      paymentId: null, suspenseId: x.id, accountId: null, accountExternalId: x.account_external_id, amountMinor: x.amount_minor,
      currency: x.currency, reason: x.reason as PostPaymentResult['reason'], allocatedMinor: 0, unallocatedMinor: 0,
    });
  }
}

type PaidRow = { id: number; external_id: string; account_id: number; account_external_id: string; amount_minor: number; currency: string; unallocated_minor: number };
type HeldRow = { id: number; external_id: string; account_external_id: string; amount_minor: number; currency: string; reason: string };

/**
 * The open installments that the batch's money can reach: oldest first, per account, up
 * to the first one at which the outstanding amounts before it cover every payment of the
 * batch for that account (the waterfall never gets further). Fully paid installments and
 * the far future of long schedules stay in the database.
 */
async function loadInstallments(tx: Db, totals: Map<number, number>): Promise<Map<number, InstallmentBalance[]>> {
  const out = new Map<number, InstallmentBalance[]>();
  if (!totals.size) return out;
  const r = await sql<InstRow>`
    SELECT x.id, x.account_id, x.seq, x.due_on, x.principal_due, x.interest_due, x.fee_due, x.penalty_due,
           x.principal_paid, x.interest_paid, x.fee_paid, x.penalty_paid
      FROM (SELECT i.*, sum(greatest(i.penalty_due - i.penalty_paid, 0) + greatest(i.fee_due - i.fee_paid, 0) + greatest(i.interest_due - i.interest_paid, 0)
                            + greatest(i.principal_due - i.principal_paid, 0))
                          OVER (PARTITION BY i.account_id ORDER BY i.due_on, i.seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
              FROM installments i
             WHERE i.account_id = ANY(${[...totals.keys()]}::bigint[])
               AND (i.penalty_paid < i.penalty_due OR i.fee_paid < i.fee_due OR i.interest_paid < i.interest_due OR i.principal_paid < i.principal_due)) x
      JOIN unnest(${[...totals.keys()]}::bigint[], ${[...totals.values()]}::bigint[]) AS t(account_id, total) ON t.account_id = x.account_id
     WHERE coalesce(x.before, 0) < t.total
     ORDER BY x.account_id, x.due_on, x.seq`.execute(tx);
  for (const i of r.rows) {
    const list = out.get(i.account_id) ?? [];
    list.push(toBalance(i));
    out.set(i.account_id, list);
  }
  return out;
}

/** pg returns text[] as an array, but through some paths as a `{a,b}` literal. */
export function parseTextArray(v: Component[] | string): Component[] {
  if (Array.isArray(v)) return v;
  return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean) as Component[];
}
