/**
 * The per-account fold of the nightly cycle over typed arrays: installments arrive in any
 * order, each is folded into its account's slot, then each account is finished into days
 * past due and a bucket. `assessAccount` runs the same functions for one account, so the
 * table-driven tests of the rules exercise exactly what the cycle runs.
 */
import type { BucketScheme } from './bucket-schemes.ts';
import { overdueCutoff, paymentDeadline, type BusinessCalendar } from './business-calendar.ts';

/** "No day": an account with no unpaid installment. */
export const NO_DAY = 2147483647;

/** The rules of one portfolio on one as-of date. */
export type PortfolioRules = {
  asOf: number;
  graceDays: number;
  calendar: BusinessCalendar;
  scheme: BucketScheme;
  /** Installments due on or before this day are past their deadline on `asOf`. */
  cutoff: number;
};

/** Prepares a portfolio's rules for an as-of date. */
export function portfolioRules(asOf: number, graceDays: number, calendar: BusinessCalendar, scheme: BucketScheme): PortfolioRules {
  return { asOf, graceDays, calendar, scheme, cutoff: overdueCutoff(asOf, graceDays, calendar) };
}

/** Per-slot accumulators (money in minor units; doubles are exact below 2^53). */
export type DelinquencyFold = {
  /** Due day of the oldest unpaid installment (any due date), NO_DAY when none. */
  oldestUnpaidDue: Int32Array;
  /** Due day of the oldest installment past its deadline, NO_DAY when none. */
  oldestOverdueDue: Int32Array;
  overduePrincipal: Float64Array;
  overdueInterest: Float64Array;
  overdueFee: Float64Array;
  overduePenalty: Float64Array;
  /** Everything unpaid, due or not yet due. */
  outstanding: Float64Array;
};

/** Empty accumulators for `n` accounts. */
export function createFold(n: number): DelinquencyFold {
  return {
    oldestUnpaidDue: new Int32Array(n).fill(NO_DAY),
    oldestOverdueDue: new Int32Array(n).fill(NO_DAY),
    overduePrincipal: new Float64Array(n),
    overdueInterest: new Float64Array(n),
    overdueFee: new Float64Array(n),
    overduePenalty: new Float64Array(n),
    outstanding: new Float64Array(n),
  };
}

/**
 * Folds one installment's unpaid components into its account. An installment counts as
 * unpaid while any component is unpaid (a partial payment leaves it unpaid).
 */
export function foldInstallment(
  f: DelinquencyFold,
  slot: number,
  due: number,
  principal: number,
  interest: number,
  fee: number,
  penalty: number,
  cutoff: number,
): void {
  const unpaid = principal + interest + fee + penalty;
  if (unpaid <= 0) return;
  f.outstanding[slot] += unpaid;
  if (due < f.oldestUnpaidDue[slot]) f.oldestUnpaidDue[slot] = due;
  if (due > cutoff) return;
  if (due < f.oldestOverdueDue[slot]) f.oldestOverdueDue[slot] = due;
  f.overduePrincipal[slot] += principal;
  f.overdueInterest[slot] += interest;
  f.overdueFee[slot] += fee;
  f.overduePenalty[slot] += penalty;
}

/**
 * Days past due of a slot: calendar days from the payment deadline of the oldest unpaid
 * installment to the as-of date; 0 when nothing is past its deadline.
 */
export function daysPastDueOf(f: DelinquencyFold, slot: number, rules: PortfolioRules): number {
  const oldest = f.oldestOverdueDue[slot];
  if (oldest === NO_DAY) return 0;
  return rules.asOf - paymentDeadline(oldest, rules.graceDays, rules.calendar);
}
