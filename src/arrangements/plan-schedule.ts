/**
 * Payment-plan schedules (pure): generation with exact rounding and validation of
 * hand-made schedules. Amounts are integer minor units; the installments always sum to
 * the plan total exactly (the remainder of the division goes, one minor unit each, to the
 * first installments).
 */
import { AppError } from '../platform/errors.ts';
import { addDays } from './promise-rules.ts';

export type Frequency = 'weekly' | 'biweekly' | 'monthly';
export type PlanInstallment = { seq: number; dueOn: string; amountMinor: number };

/** Adds `n` months to a date, keeping the day of `anchorDay` where the month has it (Jan 31 → Feb 28/29 → Mar 31). */
export function addMonths(date: string, n: number, anchorDay?: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = anchorDay ?? d;
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The due date of the `i`-th (0-based) regular installment. */
export function nthDueDate(firstDueOn: string, frequency: Frequency, i: number): string {
  switch (frequency) {
    case 'weekly':
      return addDays(firstDueOn, 7 * i);
    case 'biweekly':
      return addDays(firstDueOn, 14 * i);
    case 'monthly':
      return addMonths(firstDueOn, i, Number(firstDueOn.slice(8, 10)));
  }
}

/** Splits `total` into `count` integer parts that differ by at most one and sum exactly to `total`. */
export function splitEvenly(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const rest = total - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < rest ? 1 : 0));
}

/**
 * Generates a plan schedule: an optional down payment (seq 0, due on `startOn`) then
 * `count` regular installments from `firstDueOn`.
 * @throws AppError INVALID_INPUT when the numbers cannot make a schedule
 */
export function generateSchedule(input: {
  totalMinor: number;
  downPaymentMinor: number;
  count: number;
  frequency: Frequency;
  startOn: string;
  firstDueOn: string;
}): PlanInstallment[] {
  const { totalMinor, downPaymentMinor, count } = input;
  const problems: { path: string; message: string }[] = [];
  if (!Number.isSafeInteger(totalMinor) || totalMinor <= 0) problems.push({ path: 'totalMinor', message: 'must be a positive integer of minor units' });
  if (!Number.isSafeInteger(downPaymentMinor) || downPaymentMinor < 0 || downPaymentMinor >= totalMinor) {
    problems.push({ path: 'downPaymentMinor', message: 'must be ≥ 0 and less than the total' });
  }
  if (!Number.isInteger(count) || count < 1 || count > 120) problems.push({ path: 'installmentCount', message: 'must be 1–120' });
  if (input.firstDueOn < input.startOn) problems.push({ path: 'firstDueOn', message: 'must not be before the start date' });
  if (problems.length === 0 && totalMinor - downPaymentMinor < count) problems.push({ path: 'installmentCount', message: 'more installments than minor units to pay' });
  if (problems.length) throw new AppError('INVALID_INPUT', { message: 'the plan cannot be scheduled', details: problems });
  const out: PlanInstallment[] = [];
  if (downPaymentMinor > 0) out.push({ seq: 0, dueOn: input.startOn, amountMinor: downPaymentMinor });
  splitEvenly(totalMinor - downPaymentMinor, count).forEach((amountMinor, i) => {
    out.push({ seq: i + 1, dueOn: nthDueDate(input.firstDueOn, input.frequency, i), amountMinor });
  });
  return out;
}

/**
 * Checks a hand-made schedule: positive amounts, dates in order, and a sum equal to the total.
 * @throws AppError INVALID_INPUT naming each bad installment, or the sum and the total when they differ
 */
export function validateSchedule(totalMinor: number, installments: readonly PlanInstallment[]): void {
  const problems: { path: string; message: string }[] = [];
  installments.forEach((it, i) => {
    if (!Number.isSafeInteger(it.amountMinor) || it.amountMinor <= 0) problems.push({ path: `installments[${i}].amountMinor`, message: 'must be a positive integer of minor units' });
    if (i > 0 && it.dueOn < installments[i - 1].dueOn) problems.push({ path: `installments[${i}].dueOn`, message: 'dates must not go backwards' });
  });
  const sum = installments.reduce((s, it) => s + it.amountMinor, 0);
  if (sum !== totalMinor) {
    const by = Math.abs(sum - totalMinor);
    problems.push({ path: 'installments', message: `installments sum to ${sum}, ${by} ${sum > totalMinor ? 'more' : 'less'} than the plan total ${totalMinor}` });
  }
  if (installments.length === 0) problems.push({ path: 'installments', message: 'at least one installment is needed' });
  if (problems.length) throw new AppError('INVALID_INPUT', { message: "the plan's installments do not add up", details: problems });
}

/** Plan length in months (a weekly plan of 8 installments ≈ 2 months), for the authority check. */
export function planLengthMonths(count: number, frequency: Frequency): number {
  switch (frequency) {
    case 'weekly':
      return Math.ceil((count * 7) / 30);
    case 'biweekly':
      return Math.ceil((count * 14) / 30);
    case 'monthly':
      return count;
  }
}
