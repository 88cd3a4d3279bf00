/** What posting needs to know, loaded in three set-based queries (accounts locked FOR UPDATE). */
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
  /** Installments per account id, with what is due and paid. */
  installments: Map<number, InstallmentBalance[]>;
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
  const existing = new Map<string, Omit<PostPaymentResult, 'externalId' | 'outcome'>>();
  const paid = await sql<{ id: number; external_id: string; account_id: number; account_external_id: string; amount_minor: number; currency: string; unallocated_minor: number }>`
    SELECT p.id, p.external_id, p.account_id, a.external_id AS account_external_id, p.amount_minor, p.currency, p.unallocated_minor
    FROM payments p JOIN accounts a ON a.id = p.account_id
    WHERE p.tenant_id = ${tenantId}::uuid AND p.external_id = ANY(${paymentExt}::text[])`.execute(tx);
  for (const r of paid.rows) {
    existing.set(r.external_id, {
      paymentId: r.id, suspenseId: null, accountId: r.account_id, accountExternalId: r.account_external_id, amountMinor: r.amount_minor,
      currency: r.currency.trim(), reason: null, allocatedMinor: r.amount_minor - r.unallocated_minor, unallocatedMinor: r.unallocated_minor,
    });
  }
  const held = await sql<{ id: number; external_id: string; account_external_id: string; amount_minor: number; currency: string; reason: string }>`
    SELECT id, external_id, account_external_id, amount_minor, currency, reason FROM suspense_payments
    WHERE tenant_id = ${tenantId}::uuid AND external_id = ANY(${paymentExt}::text[]) AND resolved_at IS NULL`.execute(tx);
  for (const r of held.rows) {
    if (existing.has(r.external_id)) continue;
    existing.set(r.external_id, {
      paymentId: null, suspenseId: r.id, accountId: null, accountExternalId: r.account_external_id, amountMinor: r.amount_minor,
      currency: r.currency, reason: r.reason as PostPaymentResult['reason'], allocatedMinor: 0, unallocatedMinor: 0,
    });
  }
  return { accounts, existing, installments: await loadInstallments(tx, [...accounts.values()].map((a) => a.id)) };
}

async function loadInstallments(tx: Db, accountIds: number[]): Promise<Map<number, InstallmentBalance[]>> {
  const out = new Map<number, InstallmentBalance[]>();
  if (!accountIds.length) return out;
  const r = await sql<InstRow>`SELECT id, account_id, seq, due_on, principal_due, interest_due, fee_due, penalty_due,
      principal_paid, interest_paid, fee_paid, penalty_paid
    FROM installments WHERE account_id = ANY(${accountIds}::bigint[]) ORDER BY account_id, due_on, seq`.execute(tx);
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
