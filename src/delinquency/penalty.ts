/**
 * Penalty interest (罚息 / late interest) on overdue principal, configured per product as
 * basis points per day (`products.penalty_bps_per_day`) after a penalty grace
 * (`products.penalty_grace_days`, counted from the installment's payment deadline).
 *
 * A day `d` accrues for an installment when it is overdue on `d` by more than the penalty
 * grace: d − deadline > penaltyGraceDays. The nightly cycle accrues the days after the
 * account's watermark (`penaltyThrough`) up to and including the as-of date, and moves the
 * watermark to the as-of date in the same transaction: a re-run for the same date (or an
 * earlier one) accrues nothing. When no watermark exists yet (first assessment of the
 * account), only the as-of day accrues — earlier penalties are the core system's and come
 * in with the imported `penalty_due`.
 */

/** One day's penalty on `principalOverdue` minor units, rounded half up to a minor unit. */
export function penaltyPerDay(principalOverdue: number, bpsPerDay: number): number {
  if (principalOverdue <= 0 || bpsPerDay <= 0) return 0;
  return Math.floor((principalOverdue * bpsPerDay + 5000) / 10000);
}

/** The number of days to accrue now for one installment (0 when none). */
export function penaltyDays(p: {
  deadline: number;
  penaltyGraceDays: number;
  asOf: number;
  /** Day number through which the account has accrued, or null when never. */
  penaltyThrough: number | null;
}): number {
  const firstDay = p.deadline + p.penaltyGraceDays + 1;
  const start = Math.max(firstDay, p.penaltyThrough === null ? p.asOf : p.penaltyThrough + 1);
  return Math.max(0, p.asOf - start + 1);
}

/** The penalty to add now to one installment's `penalty_due`. */
export function penaltyToAccrue(p: {
  principalOverdue: number;
  bpsPerDay: number;
  deadline: number;
  penaltyGraceDays: number;
  asOf: number;
  penaltyThrough: number | null;
}): number {
  return penaltyDays(p) * penaltyPerDay(p.principalOverdue, p.bpsPerDay);
}
