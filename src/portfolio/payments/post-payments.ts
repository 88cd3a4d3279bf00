/**
 * Posts payments (idempotent by external id): each new payment is allocated over its
 * account's schedule by the portfolio's waterfall (oldest installment first), written with
 * its allocation rows and installment `*_paid` updates, a `payment.posted` event and an
 * evidence fact — all inside the caller's transaction, with set-based statements so that a
 * batch of thousands costs a handful of round trips. Payments for unknown, closed or sold
 * accounts, in another currency than the account, or received before the account was
 * opened, go to `suspense_payments` (kept,
 * never dropped).
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db-types.ts';
import { appendEvidenceBatch } from '../../evidence/index.ts';
import { allocateSequence, type AllocationLine } from '../allocation.ts';
import type { Component } from '../tables.ts';
import { runAfterPaymentsHook } from './after-payments-hook.ts';
import { loadPostingState, type AccountForPosting } from './posting-state.ts';

export type PaymentToPost = {
  externalId: string;
  accountExternalId: string;
  amountMinor: number;
  currency: string;
  /** ISO 8601 instant with offset, or a Date. */
  receivedAt: string | Date;
  channel: string;
};

export type SuspenseReason = 'unknown_account' | 'closed_account' | 'currency_mismatch' | 'before_account_opened';

export type PostPaymentResult = {
  externalId: string;
  /**
   * posted: new payment; duplicate: this external id was already posted or held (or came
   * earlier in the batch) with the same amount, currency and account; conflict: it was, with
   * another amount, currency or account (nothing is written: the fields are the stored ones);
   * suspense: held in suspense now.
   */
  outcome: 'posted' | 'duplicate' | 'conflict' | 'suspense';
  paymentId: number | null;
  suspenseId: number | null;
  accountId: number | null;
  accountExternalId: string;
  amountMinor: number;
  currency: string;
  reason: SuspenseReason | null;
  allocatedMinor: number;
  unallocatedMinor: number;
  /** For a payment first held in suspense and then posted: the account external id the payer gave. */
  heldAsAccountExternalId?: string;
};

/** Who posts: the tenant and the actor reference stored on every row (`apikey:rk_…`, `system:import`). */
export type PostingContext = {
  tenantId: string;
  actor: string;
  source?: string;
  /**
   * Bulk callers (the payments import) post many chunks in one transaction and run the
   * after-payments hook once for every account at the end instead of once per chunk.
   */
  deferAfterPaymentsHook?: boolean;
  /** The suspense row being posted now (postSuspenseToAccount): not a duplicate of itself. */
  releasingSuspenseId?: number;
};

const CLOSED = new Set(['closed', 'sold']);

function suspenseReason(p: PaymentToPost, a: AccountForPosting | undefined): SuspenseReason | null {
  if (!a) return 'unknown_account';
  if (CLOSED.has(a.status)) return 'closed_account';
  if (a.currency !== p.currency) return 'currency_mismatch';
  // Received before the loan existed (a day's slack for time zones): not this account's money, or a wrong date.
  if (Date.parse(isoOf(p.receivedAt)) < Date.parse(`${a.openedOn}T00:00:00Z`) - DAY_MS) return 'before_account_opened';
  return null;
}

const DAY_MS = 24 * 3600 * 1000;

function isoOf(d: string | Date): string {
  return typeof d === 'string' ? d : d.toISOString();
}

/**
 * Posts a batch of payments inside `tx`.
 * @returns one result per input payment, in input order
 * @throws RangeError for an amount that is not a positive integer of minor units
 */
export async function postPayments(tx: Db, ctx: PostingContext, payments: readonly PaymentToPost[]): Promise<PostPaymentResult[]> {
  for (const p of payments) {
    if (!Number.isSafeInteger(p.amountMinor) || p.amountMinor <= 0) throw new RangeError(`payment ${p.externalId}: amount must be a positive integer of minor units`);
  }
  // A Date (the import's staged rows) becomes its ISO text once, not at each of its four uses.
  payments = payments.map((p) => (typeof p.receivedAt === 'string' ? p : { ...p, receivedAt: p.receivedAt.toISOString() }));
  const state = await loadPostingState(tx, ctx.tenantId, payments, ctx.releasingSuspenseId ?? null);
  const results = new Map<string, PostPaymentResult>();
  const toPost: PaymentToPost[] = [];
  const toSuspend: { p: PaymentToPost; reason: SuspenseReason }[] = [];
  for (const p of payments) {
    if (results.has(p.externalId)) continue;
    const prior = state.existing.get(p.externalId);
    if (prior) {
      results.set(p.externalId, { ...prior, externalId: p.externalId, outcome: 'duplicate' });
      continue;
    }
    const reason = suspenseReason(p, state.accounts.get(p.accountExternalId));
    results.set(p.externalId, blank(p, reason ? 'suspense' : 'posted', reason));
    if (reason) toSuspend.push({ p, reason });
    else toPost.push(p);
  }
  await insertSuspense(tx, ctx, toSuspend, results);
  const accountIds = await insertPosted(tx, ctx, toPost, state, results);
  if (!ctx.deferAfterPaymentsHook) await runAfterPaymentsHook(tx, { tenantId: ctx.tenantId, accountIds, cause: 'payment.posted', actor: ctx.actor });
  // Each occurrence is compared with what was stored before, or else with the first
  // occurrence in this batch (which this call posted or held): the same → a duplicate.
  const first = new Map<string, PaymentToPost>();
  return payments.map((p) => {
    const r = results.get(p.externalId);
    if (!r) throw new Error(`no result for payment ${p.externalId}`);
    const earlier = first.get(p.externalId);
    if (!earlier) first.set(p.externalId, p);
    if (r.outcome === 'duplicate') return sameRequest(p, r) ? r : { ...r, outcome: 'conflict' };
    if (earlier) return { ...r, outcome: sameRequest(p, earlier) ? 'duplicate' : 'conflict' };
    return r;
  });
}

/** What a person reads about a `conflict` outcome (the API's 409 and batch answers, the import's row error). */
export function conflictMessage(externalId: string): string {
  return `payment ${externalId} was already received with another amount, currency or account / 该还款编号已用于金额、币种或账户不同的另一笔还款`;
}

/** True when `p` asks for what `r` (a stored or earlier payment with that external id) is: same amount, currency and account. */
function sameRequest(p: PaymentToPost, r: { amountMinor: number; currency: string; accountExternalId: string; heldAsAccountExternalId?: string }): boolean {
  const account = p.accountExternalId === r.accountExternalId || p.accountExternalId === r.heldAsAccountExternalId;
  return p.amountMinor === r.amountMinor && p.currency === r.currency && account;
}

function blank(p: PaymentToPost, outcome: PostPaymentResult['outcome'], reason: SuspenseReason | null): PostPaymentResult {
  return {
    externalId: p.externalId, outcome, paymentId: null, suspenseId: null, accountId: null, accountExternalId: p.accountExternalId,
    amountMinor: p.amountMinor, currency: p.currency, reason, allocatedMinor: 0, unallocatedMinor: 0,
  };
}

async function insertSuspense(tx: Db, ctx: PostingContext, rows: { p: PaymentToPost; reason: SuspenseReason }[], results: Map<string, PostPaymentResult>): Promise<void> {
  if (!rows.length) return;
  const r = await sql<{ id: number; external_id: string }>`
    INSERT INTO suspense_payments (tenant_id, external_id, account_external_id, amount_minor, currency, received_at, channel, reason, source)
    SELECT ${ctx.tenantId}::uuid, u.e, u.a, u.m, u.c, u.r, u.ch, u.why, ${ctx.source ?? ctx.actor}
    FROM unnest(${rows.map((x) => x.p.externalId)}::text[], ${rows.map((x) => x.p.accountExternalId)}::text[], ${rows.map((x) => x.p.amountMinor)}::bigint[],
      ${rows.map((x) => x.p.currency)}::text[], ${rows.map((x) => isoOf(x.p.receivedAt))}::timestamptz[], ${rows.map((x) => x.p.channel)}::text[],
      ${rows.map((x) => x.reason)}::text[]) AS u(e, a, m, c, r, ch, why)
    ON CONFLICT (tenant_id, external_id) DO NOTHING
    RETURNING id, external_id`.execute(tx);
  for (const row of r.rows) {
    const res = results.get(row.external_id);
    if (res) res.suspenseId = row.id;
  }
  // a concurrent request held the same external id first (ON CONFLICT DO NOTHING skipped it):
  // answer with the stored row, a duplicate or (fields differing) a conflict, never "held" without a row
  const skipped = rows.filter((x) => results.get(x.p.externalId)?.suspenseId == null).map((x) => x.p.externalId);
  if (!skipped.length) return;
  const held = await sql<{ id: number; external_id: string; account_external_id: string; amount_minor: string | number; currency: string }>`
    SELECT id, external_id, account_external_id, amount_minor, currency FROM suspense_payments
     WHERE tenant_id = ${ctx.tenantId}::uuid AND external_id = ANY(${skipped}::text[])`.execute(tx);
  for (const row of held.rows) {
    const res = results.get(row.external_id);
    // the suspense row being released (postSuspenseToAccount) stays held: it is not a duplicate of itself
    if (!res || Number(row.id) === ctx.releasingSuspenseId) continue;
    Object.assign(res, { outcome: 'duplicate', suspenseId: row.id, accountExternalId: row.account_external_id, amountMinor: Number(row.amount_minor), currency: row.currency });
  }
}

type Allocated = { p: PaymentToPost; account: AccountForPosting; lines: AllocationLine[]; unallocated: number };

/** Allocates in received order per account, then writes payments, allocations and installment updates set-based. */
async function insertPosted(
  tx: Db,
  ctx: PostingContext,
  rows: PaymentToPost[],
  state: Awaited<ReturnType<typeof loadPostingState>>,
  results: Map<string, PostPaymentResult>,
): Promise<number[]> {
  if (!rows.length) return [];
  const at = new Map(rows.map((p) => [p, typeof p.receivedAt === 'string' ? Date.parse(p.receivedAt) : p.receivedAt.getTime()]));
  const ordered = [...rows].sort((a, b) => (at.get(a) ?? 0) - (at.get(b) ?? 0) || (a.externalId < b.externalId ? -1 : 1));
  // Each account's payments in received order, allocated as one sequence over its schedule.
  const byAccount = new Map<AccountForPosting, PaymentToPost[]>();
  for (const p of ordered) {
    const account = state.accounts.get(p.accountExternalId);
    if (!account) continue;
    const list = byAccount.get(account);
    if (list) list.push(p);
    else byAccount.set(account, [p]);
  }
  const allocated = new Map<PaymentToPost, Allocated>();
  for (const [account, list] of byAccount) {
    const r = allocateSequence({ amounts: list.map((p) => p.amountMinor), installments: state.installments.get(account.id) ?? [], waterfall: account.waterfall });
    state.installments.set(account.id, r.installments);
    list.forEach((p, k) => allocated.set(p, { p, account, lines: r.allocations[k].lines, unallocated: r.allocations[k].unallocatedMinor }));
  }
  const done = ordered.flatMap((p) => allocated.get(p) ?? []);
  // Ids ascending in received order, as the database would have assigned them.
  const idOf = new Map(done.map((d, i) => [d.p.externalId, state.newPaymentIds[i]]));
  await writePosted(tx, ctx, done, idOf);
  for (const d of done) {
    const res = results.get(d.p.externalId);
    if (!res) continue;
    res.paymentId = idOf.get(d.p.externalId) ?? null;
    res.accountId = d.account.id;
    res.unallocatedMinor = d.unallocated;
    res.allocatedMinor = d.p.amountMinor - d.unallocated;
  }
  await appendEvidenceBatch(tx, done.flatMap((d) => {
    const id = idOf.get(d.p.externalId);
    return id === undefined ? [] : [{ tenantId: ctx.tenantId, kind: 'payment.posted', subjectType: 'payment', subjectId: id, actor: ctx.actor, fact: { paymentId: id, ...factOf(d) } }];
  }));
  return [...new Set(done.map((d) => d.account.id))];
}

/** The payment.posted payload (and evidence fact) without the payment id, which the database assigns. */
function factOf(d: Allocated): Record<string, unknown> {
  return {
    externalId: d.p.externalId, accountId: d.account.id, accountExternalId: d.p.accountExternalId, amountMinor: d.p.amountMinor,
    currency: d.p.currency, receivedAt: isoOf(d.p.receivedAt), channel: d.p.channel, allocatedMinor: d.p.amountMinor - d.unallocated,
    unallocatedMinor: d.unallocated, allocations: d.lines,
  };
}

/**
 * Writes the payments (with the ids drawn in loadPostingState), their allocation rows, the
 * installments' paid amounts and one payment.posted event each, in ONE statement
 * (data-modifying CTEs, no joins): one round trip whatever the batch size. Scalars travel
 * as arrays; the payloads as ONE jsonb array expanded by `jsonb_array_elements` (one native
 * JSON.stringify here, one parse there), because pg's element-by-element escaping of a
 * jsonb[] literal cost more than the statement itself for a batch of 5,000. The outbox's
 * statement trigger sees the events as it sees recordEvents' rows.
 */
async function writePosted(tx: Db, ctx: PostingContext, done: Allocated[], idOf: Map<string, number>): Promise<void> {
  const pid = (d: Allocated) => idOf.get(d.p.externalId) ?? 0;
  const lines: { p: number; i: number; c: Component; m: number }[] = [];
  const delta = new Map<number, Record<Component, number>>();
  for (const d of done) {
    for (const l of d.lines) {
      lines.push({ p: pid(d), i: l.installmentId, c: l.component, m: l.amountMinor });
      const cur = delta.get(l.installmentId) ?? { penalty: 0, fee: 0, interest: 0, principal: 0 };
      cur[l.component] += l.amountMinor;
      delta.set(l.installmentId, cur);
    }
  }
  const inst = [...delta.entries()];
  const paid = (c: Component) => inst.map(([, v]) => v[c]);
  const payloads = JSON.stringify(done.map((d) => ({ paymentId: pid(d), ...factOf(d) })));
  // Ids ascend in received order (see insertPosted): ORDER BY id keeps the events in that order.
  await sql`
    WITH u AS MATERIALIZED (
      SELECT * FROM ROWS FROM (
        unnest(${done.map(pid)}::bigint[]), unnest(${done.map((d) => d.account.id)}::bigint[]), unnest(${done.map((d) => d.p.externalId)}::text[]),
        unnest(${done.map((d) => d.p.amountMinor)}::bigint[]), unnest(${done.map((d) => d.p.currency)}::text[]),
        unnest(${done.map((d) => isoOf(d.p.receivedAt))}::timestamptz[]), unnest(${done.map((d) => d.p.channel)}::text[]),
        unnest(${done.map((d) => d.unallocated)}::bigint[]), jsonb_array_elements(${payloads}::jsonb)) AS u(id, a, e, m, c, r, ch, un, f)),
    pay AS (
      INSERT INTO payments (id, tenant_id, account_id, external_id, amount_minor, currency, received_at, channel, unallocated_minor, actor) OVERRIDING SYSTEM VALUE
      SELECT u.id, ${ctx.tenantId}::uuid, u.a, u.e, u.m, u.c, u.r, u.ch, u.un, ${ctx.actor} FROM u),
    alloc AS (
      INSERT INTO payment_allocations (payment_id, installment_id, tenant_id, component, amount_minor)
      SELECT x.p, x.i, ${ctx.tenantId}::uuid, x.c, x.m
        FROM unnest(${lines.map((l) => l.p)}::bigint[], ${lines.map((l) => l.i)}::bigint[], ${lines.map((l) => l.c)}::text[], ${lines.map((l) => l.m)}::bigint[]) AS x(p, i, c, m)),
    inst AS (
      UPDATE installments i SET penalty_paid = i.penalty_paid + x.pe, fee_paid = i.fee_paid + x.fe,
          interest_paid = i.interest_paid + x.it, principal_paid = i.principal_paid + x.pr
        FROM unnest(${inst.map(([id]) => id)}::bigint[], ${paid('penalty')}::bigint[], ${paid('fee')}::bigint[], ${paid('interest')}::bigint[], ${paid('principal')}::bigint[])
          AS x(id, pe, fe, it, pr)
       WHERE i.id = x.id AND i.tenant_id = ${ctx.tenantId}::uuid)
    INSERT INTO domain_events (tenant_id, name, aggregate_type, aggregate_id, payload, actor)
    SELECT ${ctx.tenantId}::uuid, 'payment.posted', 'payment', u.id::text, u.f, ${ctx.actor} FROM u ORDER BY u.id`.execute(tx);
}
