/**
 * Hardship relief programmes as data (pure): eligibility rules over an account's facts,
 * and the relief (defer N installments, freeze interest, waive penalties, extend the term)
 * applied to a repayment schedule. The use case loads the facts and the installments,
 * calls these, and writes back what changed.
 */
import { z } from 'zod';
import { addMonths, splitEvenly } from './plan-schedule.ts';

export const eligibilityRule = z.object({
  fact: z.string().min(1).describe('dpd, outstandingMinor, overdueMinor (whole numbers), bucket, accountStatus, portfolioCode, productKind, borrowerLocale, currency (text: eq, ne, in, not_in, exists), openedOn (YYYY-MM-DD), or flag:<name> (borrower flag)'),
  op: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'not_in', 'exists']),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]).optional().describe('one value of the fact’s type; a non-empty list for in / not_in; none for exists'),
  label: z.string().optional().describe('what the rule means, shown to reviewers'),
});
export type EligibilityRule = z.infer<typeof eligibilityRule>;

export const reliefSpec = z
  .object({
    deferInstallments: z.number().int().min(1).max(12).optional(),
    freezeInterest: z.boolean().optional(),
    freezeMonths: z.number().int().min(1).max(24).optional(),
    waivePenalties: z.boolean().optional(),
    extendTermInstallments: z.number().int().min(1).max(60).optional(),
  })
  .refine((r) => r.deferInstallments || r.freezeInterest || r.waivePenalties || r.extendTermInstallments, { message: 'a programme must grant at least one relief' });
export type ReliefSpec = z.infer<typeof reliefSpec>;

export type FactValue = string | number | boolean | null | undefined;
export type AccountFacts = Record<string, FactValue>;
export type RuleResult = { rule: EligibilityRule; passed: boolean; actual: FactValue };

function compare(op: EligibilityRule['op'], actual: FactValue, value: EligibilityRule['value']): boolean {
  if (op === 'exists') return actual !== null && actual !== undefined && actual !== false;
  if (actual === null || actual === undefined) return false;
  switch (op) {
    case 'eq':
      return actual === value;
    case 'ne':
      return actual !== value;
    case 'lt':
      return actual < (value as number | string);
    case 'lte':
      return actual <= (value as number | string);
    case 'gt':
      return actual > (value as number | string);
    case 'gte':
      return actual >= (value as number | string);
    case 'in':
      return Array.isArray(value) && value.some((v) => v === actual);
    case 'not_in':
      return Array.isArray(value) && !value.some((v) => v === actual);
  }
}

/** Evaluates every rule (all must pass) and says which failed. */
export function evaluateEligibility(rules: readonly EligibilityRule[], facts: AccountFacts): { eligible: boolean; results: RuleResult[] } {
  const results = rules.map((rule) => {
    const actual = facts[rule.fact];
    return { rule, passed: compare(rule.op, actual, rule.value), actual };
  });
  return { eligible: results.every((r) => r.passed), results };
}

export type ScheduleRow = {
  id: number | null;
  seq: number;
  dueOn: string;
  principalDue: number;
  interestDue: number;
  feeDue: number;
  penaltyDue: number;
  principalPaid: number;
  interestPaid: number;
  feePaid: number;
  penaltyPaid: number;
};
export type ReliefChange = { kind: 'defer' | 'freeze_interest' | 'waive_penalties' | 'extend_term'; installmentId: number | null; seq: number; before: Partial<ScheduleRow>; after: Partial<ScheduleRow> };

const isOpen = (r: ScheduleRow) =>
  r.principalDue + r.interestDue + r.feeDue + r.penaltyDue > r.principalPaid + r.interestPaid + r.feePaid + r.penaltyPaid;

/**
 * Applies relief to a schedule as of a business date. Order: waive penalties, freeze
 * future interest, defer the open installments by N months, then extend the term by
 * spreading the unpaid principal over M more monthly installments (exact to the minor unit).
 * @returns the new schedule (new installments have `id: null`) and every change made
 */
export function applyRelief(schedule: readonly ScheduleRow[], relief: ReliefSpec, asOf: string): { schedule: ScheduleRow[]; changes: ReliefChange[] } {
  const rows = schedule.map((r) => ({ ...r })).sort((a, b) => a.seq - b.seq);
  const changes: ReliefChange[] = [];
  const change = (kind: ReliefChange['kind'], r: ScheduleRow, before: Partial<ScheduleRow>, after: Partial<ScheduleRow>) =>
    changes.push({ kind, installmentId: r.id, seq: r.seq, before, after });
  for (const r of rows) {
    if (relief.waivePenalties && r.penaltyDue > r.penaltyPaid) {
      change('waive_penalties', r, { penaltyDue: r.penaltyDue }, { penaltyDue: r.penaltyPaid });
      r.penaltyDue = r.penaltyPaid;
    }
    if (relief.freezeInterest && r.dueOn >= asOf && r.interestDue > r.interestPaid) {
      change('freeze_interest', r, { interestDue: r.interestDue }, { interestDue: r.interestPaid });
      r.interestDue = r.interestPaid;
    }
  }
  if (relief.deferInstallments) {
    for (const r of rows.filter(isOpen)) {
      const dueOn = addMonths(r.dueOn, relief.deferInstallments);
      change('defer', r, { dueOn: r.dueOn }, { dueOn });
      r.dueOn = dueOn;
    }
  }
  if (relief.extendTermInstallments) extendTerm(rows, relief.extendTermInstallments, asOf, change);
  return { schedule: rows, changes };
}

function extendTerm(rows: ScheduleRow[], extra: number, asOf: string, change: (k: ReliefChange['kind'], r: ScheduleRow, b: Partial<ScheduleRow>, a: Partial<ScheduleRow>) => void): void {
  const open = rows.filter((r) => isOpen(r) && r.dueOn >= asOf);
  const unpaid = open.reduce((s, r) => s + (r.principalDue - r.principalPaid), 0);
  const last = rows[rows.length - 1];
  if (!last || unpaid <= 0) return;
  const added: ScheduleRow[] = Array.from({ length: extra }, (_, i) => ({
    id: null, seq: last.seq + i + 1, dueOn: addMonths(last.dueOn, i + 1),
    principalDue: 0, interestDue: 0, feeDue: 0, penaltyDue: 0, principalPaid: 0, interestPaid: 0, feePaid: 0, penaltyPaid: 0,
  }));
  const targets = [...open, ...added];
  const shares = splitEvenly(unpaid, targets.length);
  targets.forEach((r, i) => {
    const principalDue = r.principalPaid + shares[i];
    if (principalDue !== r.principalDue || r.id === null) change('extend_term', r, { principalDue: r.principalDue }, { principalDue, dueOn: r.dueOn });
    r.principalDue = principalDue;
  });
  rows.push(...added.filter((r) => r.principalDue > 0));
}
