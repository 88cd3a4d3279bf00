/**
 * Re-application after a reversal (冲正后重新冲抵). The waterfall pays the oldest
 * installment first, so every payment allocated after a reversed one was allocated as if
 * the reversed money had been there: it paid later installments than it should have. When
 * a payment is reversed, ALL the account's remaining posted payments are taken back out of
 * the schedule and allocated again in received order over the schedule as it stands: a
 * payment received early but posted late (e.g. released from suspense) then takes its
 * rightful place too. Each payment whose allocation changed gets a `payment.reapplied`
 * event and an evidence fact with its lines before and after. Runs inside the reversal's
 * transaction, with the account locked like a posting. Paid amounts that did not come from
 * allocations (e.g. imported with a schedule) stay where they are.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db-types.ts';
import { recordEvents } from '../../platform/events.ts';
import { appendEvidenceBatch } from '../../evidence/index.ts';
import { allocatePayment, applyAllocation, type AllocationLine, type InstallmentBalance } from '../allocation.ts';
import type { Component } from '../tables.ts';
import { parseTextArray, toBalance } from './posting-state.ts';

type Posted = { id: number; external_id: string; amount_minor: number; unallocated_minor: number };
type Line = { payment_id: number; installment_id: number; component: Component; amount_minor: number };
/** Allocation lines as stored, without their payment. */
export type StoredLine = Omit<Line, 'payment_id'>;

export type Reapplied = { paymentId: number; externalId: string; before: AllocationLine[]; after: AllocationLine[]; unallocatedMinor: number };

/** Re-allocates the account's posted payments in received order; returns those whose allocation changed. */
export async function reapplyPayments(
  tx: Db,
  ctx: { tenantId: string; actor: string },
  p: { accountId: number; reversedPaymentId: number },
): Promise<Reapplied[]> {
  const acc = await sql<{ waterfall: Component[] | string }>`
    SELECT pf.waterfall FROM accounts a JOIN portfolios pf ON pf.id = a.portfolio_id WHERE a.id = ${p.accountId} AND a.tenant_id = ${ctx.tenantId}::uuid FOR UPDATE OF a`.execute(tx);
  if (!acc.rows[0]) return [];
  const posted = (await sql<Posted>`
    SELECT id, external_id, amount_minor, unallocated_minor FROM payments
     WHERE account_id = ${p.accountId} AND tenant_id = ${ctx.tenantId}::uuid AND status = 'posted'
     ORDER BY received_at, id`.execute(tx)).rows;
  if (!posted.length) return [];
  const ids = posted.map((x) => x.id);
  const old = (await sql<Line>`
    SELECT payment_id, installment_id, component, amount_minor FROM payment_allocations WHERE payment_id = ANY(${ids}::bigint[])
     ORDER BY payment_id, installment_id, component`.execute(tx)).rows;
  await takeBack(tx, old);
  await sql`DELETE FROM payment_allocations WHERE payment_id = ANY(${ids}::bigint[])`.execute(tx);
  let schedule = await loadSchedule(tx, p.accountId);
  const waterfall = parseTextArray(acc.rows[0].waterfall);
  const results: Reapplied[] = [];
  const fresh: Line[] = [];
  for (const pay of posted) {
    const a = allocatePayment({ amount: pay.amount_minor, installments: schedule, waterfall });
    schedule = applyAllocation(schedule, a.lines);
    for (const l of a.lines) fresh.push({ payment_id: pay.id, installment_id: l.installmentId, component: l.component, amount_minor: l.amountMinor });
    const before = old.filter((l) => l.payment_id === pay.id).map(toLine);
    if (!sameLines(before, a.lines) || pay.unallocated_minor !== a.unallocatedMinor) {
      results.push({ paymentId: pay.id, externalId: pay.external_id, before, after: a.lines, unallocatedMinor: a.unallocatedMinor });
    }
  }
  await apply(tx, ctx.tenantId, fresh);
  await writeOutcome(tx, ctx, p.reversedPaymentId, results);
  return results;
}

function toLine(l: Line): AllocationLine {
  return { installmentId: l.installment_id, component: l.component, amountMinor: l.amount_minor };
}

function sameLines(a: AllocationLine[], b: AllocationLine[]): boolean {
  const key = (x: AllocationLine[]) => x.map((l) => `${l.installmentId}:${l.component}:${l.amountMinor}`).sort().join(',');
  return key(a) === key(b);
}

async function loadSchedule(tx: Db, accountId: number): Promise<InstallmentBalance[]> {
  const r = await tx.selectFrom('installments')
    .select(['id', 'seq', 'due_on', 'principal_due', 'interest_due', 'fee_due', 'penalty_due', 'principal_paid', 'interest_paid', 'fee_paid', 'penalty_paid'])
    .where('account_id', '=', accountId).orderBy('due_on').orderBy('seq').execute();
  return r.map(toBalance);
}

/** Adds (sign 1) or removes (sign -1) allocation lines from the installments' paid amounts. */
async function shift(tx: Db, lines: readonly StoredLine[], sign: 1 | -1): Promise<void> {
  if (!lines.length) return;
  await sql`UPDATE installments i SET
      penalty_paid = i.penalty_paid + ${sign} * d.pe, fee_paid = i.fee_paid + ${sign} * d.fe,
      interest_paid = i.interest_paid + ${sign} * d.it, principal_paid = i.principal_paid + ${sign} * d.pr
    FROM (SELECT u.i AS installment_id,
            coalesce(sum(u.m) FILTER (WHERE u.c = 'penalty'), 0) AS pe, coalesce(sum(u.m) FILTER (WHERE u.c = 'fee'), 0) AS fe,
            coalesce(sum(u.m) FILTER (WHERE u.c = 'interest'), 0) AS it, coalesce(sum(u.m) FILTER (WHERE u.c = 'principal'), 0) AS pr
          FROM unnest(${lines.map((l) => l.installment_id)}::bigint[], ${lines.map((l) => l.component)}::text[], ${lines.map((l) => l.amount_minor)}::bigint[]) AS u(i, c, m)
          GROUP BY u.i) d
    WHERE i.id = d.installment_id`.execute(tx);
}

/** Takes allocation lines back out of the installments' paid amounts (a reversal, a re-application). */
export const takeBack = (tx: Db, lines: readonly StoredLine[]) => shift(tx, lines, -1);

async function apply(tx: Db, tenantId: string, lines: Line[]): Promise<void> {
  await shift(tx, lines, 1);
  if (!lines.length) return;
  await sql`INSERT INTO payment_allocations (payment_id, installment_id, tenant_id, component, amount_minor)
    SELECT u.p, u.i, ${tenantId}::uuid, u.c, u.m
      FROM unnest(${lines.map((l) => l.payment_id)}::bigint[], ${lines.map((l) => l.installment_id)}::bigint[], ${lines.map((l) => l.component)}::text[],
                  ${lines.map((l) => l.amount_minor)}::bigint[]) AS u(p, i, c, m)`.execute(tx);
}

async function writeOutcome(tx: Db, ctx: { tenantId: string; actor: string }, reversedPaymentId: number, results: Reapplied[]): Promise<void> {
  if (!results.length) return;
  await sql`UPDATE payments p SET unallocated_minor = u.un FROM unnest(${results.map((r) => r.paymentId)}::bigint[], ${results.map((r) => r.unallocatedMinor)}::bigint[]) AS u(id, un)
    WHERE p.id = u.id`.execute(tx);
  const facts = results.map((r) => ({ paymentId: r.paymentId, externalId: r.externalId, because: { reversedPaymentId }, before: r.before, after: r.after, unallocatedMinor: r.unallocatedMinor }));
  await recordEvents(tx, facts.map((f) => ({ tenantId: ctx.tenantId, name: 'payment.reapplied', aggregateType: 'payment', aggregateId: f.paymentId, payload: f, actor: ctx.actor })));
  await appendEvidenceBatch(tx, facts.map((f) => ({ tenantId: ctx.tenantId, kind: 'payment.reapplied', subjectType: 'payment', subjectId: f.paymentId, actor: ctx.actor, fact: f })));
}
