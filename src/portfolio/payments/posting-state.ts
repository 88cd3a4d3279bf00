/** What posting needs to know, loaded in three round trips: the accounts (locked FOR UPDATE), prior payments with new ids, schedules. */
import { sql } from 'kysely';
import type { Db } from '../../platform/db-types.ts';
import type { InstallmentBalance } from '../allocation.ts';
import type { Component } from '../tables.ts';
import type { PaymentToPost, PostPaymentResult } from './post-payments.ts';

export type AccountForPosting = { id: number; externalId: string; status: string; currency: string; waterfall: Component[] };

export type PostingState = {
  accounts: Map<string, AccountForPosting>;
  /** Payments or suspense rows that already exist for these external ids. */
  existing: Map<string, Omit<PostPaymentResult, 'externalId' | 'outcome'>>;
  /** Installments with something still open, per account id, with what is due and paid. */
  installments: Map<number, InstallmentBalance[]>;
  /** Ids drawn from the payments' sequence for the new payments, one per input payment, ascending. */
  newPaymentIds: number[];
};

type InstRow = {
  id: number; account_id: number; seq: number; due_on: string;
  principal_due: number; interest_due: number; fee_due: number; penalty_due: number;
  principal_paid: number; interest_paid: number; fee_paid: number; penalty_paid: number;
};

/** Loads (and locks) the accounts, prior payments and schedules a batch of payments touches. */
export async function loadPostingState(tx: Db, tenantId: string, payments: readonly PaymentToPost[]): Promise<PostingState> {
  const accountExt = [...new Set(payments.map((p) => p.accountExternalId))];
  const paymentExt = [...new Set(payments.map((p) => p.externalId))];
  // Locking the accounts serialises concurrent postings to the same account (allocation reads then writes balances).
  const acc = await sql<{ id: number; external_id: string; status: string; currency: string; waterfall: Component[] | string }>`
    SELECT a.id, a.external_id, a.status, a.currency, p.waterfall FROM accounts a JOIN portfolios p ON p.id = a.portfolio_id
    WHERE a.tenant_id = ${tenantId}::uuid AND a.external_id = ANY(${accountExt}::text[]) ORDER BY a.id FOR UPDATE OF a`.execute(tx);
  const accounts = new Map(acc.rows.map((r) => [r.external_id, { id: r.id, externalId: r.external_id, status: r.status, currency: r.currency.trim(), waterfall: parseTextArray(r.waterfall) }]));
  // After the lock (a new snapshot in READ COMMITTED): prior and held payments, and ids
  // for the new payments (one per input; unused ones are a harmless gap), in one round trip.
  const r = await sql<{ paid: PaidRow[]; held: HeldRow[]; ids: number[] }>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'external_id', p.external_id, 'account_id', p.account_id, 'account_external_id', a.external_id,
                 'amount_minor', p.amount_minor, 'currency', p.currency, 'unallocated_minor', p.unallocated_minor)), '[]')
         FROM payments p JOIN accounts a ON a.id = p.account_id
        WHERE p.tenant_id = ${tenantId}::uuid AND p.external_id = ANY(${paymentExt}::text[])) AS paid,
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'external_id', s.external_id, 'account_external_id', s.account_external_id,
                 'amount_minor', s.amount_minor, 'currency', s.currency, 'reason', s.reason)), '[]')
         FROM suspense_payments s
        WHERE s.tenant_id = ${tenantId}::uuid AND s.external_id = ANY(${paymentExt}::text[]) AND s.resolved_at IS NULL) AS held,
      ARRAY(SELECT nextval(pg_get_serial_sequence('payments', 'id')) FROM generate_series(1, ${paymentExt.length}::int)) AS ids`.execute(tx);
  const { paid, held, ids } = r.rows[0];
  const existing = new Map<string, Omit<PostPaymentResult, 'externalId' | 'outcome'>>();
  for (const x of paid) {
    existing.set(x.external_id, {
      paymentId: x.id, suspenseId: null, accountId: x.account_id, accountExternalId: x.account_external_id, amountMinor: x.amount_minor,
      currency: x.currency.trim(), reason: null, allocatedMinor: x.amount_minor - x.unallocated_minor, unallocatedMinor: x.unallocated_minor,
    });
  }
  for (const x of held) {
    if (existing.has(x.external_id)) continue;
    existing.set(x.external_id, {
      paymentId: null, suspenseId: x.id, accountId: null, accountExternalId: x.account_external_id, amountMinor: x.amount_minor,
      currency: x.currency, reason: x.reason as PostPaymentResult['reason'], allocatedMinor: 0, unallocatedMinor: 0,
    });
  }
  const installments = await loadInstallments(tx, [...accounts.values()].map((x) => x.id));
  return { accounts, existing, installments, newPaymentIds: ids.map(Number) };
}

type PaidRow = { id: number; external_id: string; account_id: number; account_external_id: string; amount_minor: number; currency: string; unallocated_minor: number };
type HeldRow = { id: number; external_id: string; account_external_id: string; amount_minor: number; currency: string; reason: string };

async function loadInstallments(tx: Db, accountIds: number[]): Promise<Map<number, InstallmentBalance[]>> {
  const out = new Map<number, InstallmentBalance[]>();
  if (!accountIds.length) return out;
  const r = await sql<InstRow>`SELECT id, account_id, seq, due_on, principal_due, interest_due, fee_due, penalty_due,
      principal_paid, interest_paid, fee_paid, penalty_paid
    FROM installments WHERE account_id = ANY(${accountIds}::bigint[])
      -- Fully paid installments take nothing in the waterfall: leave them in the database.
      AND (penalty_paid < penalty_due OR fee_paid < fee_due OR interest_paid < interest_due OR principal_paid < principal_due)
    ORDER BY account_id, due_on, seq`.execute(tx);
  for (const i of r.rows) {
    const list = out.get(i.account_id) ?? [];
    list.push({
      id: i.id, seq: i.seq, dueOn: i.due_on,
      due: { principal: i.principal_due, interest: i.interest_due, fee: i.fee_due, penalty: i.penalty_due },
      paid: { principal: i.principal_paid, interest: i.interest_paid, fee: i.fee_paid, penalty: i.penalty_paid },
    });
    out.set(i.account_id, list);
  }
  return out;
}

/** pg returns text[] as an array, but through some paths as a `{a,b}` literal. */
export function parseTextArray(v: Component[] | string): Component[] {
  if (Array.isArray(v)) return v;
  return v.replace(/^\{|\}$/g, '').split(',').filter(Boolean) as Component[];
}
