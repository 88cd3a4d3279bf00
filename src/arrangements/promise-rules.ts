/**
 * Promise-to-pay rules (pure): when is a promise kept, partially kept or broken.
 * A promise of `amount` counts the payments received from the moment it was made until the
 * end of its window (promised date + grace days, in the portfolio's zone). It is kept as
 * soon as those payments reach `amount − tolerance` (even before the date); once the
 * window has ended it is partially kept when something but not enough was paid, broken
 * when nothing was.
 */
import type { PromiseState } from './tables.ts';

/** The tolerance of a promise: the larger of a fixed amount and a share of the promise, never the whole promise. */
export function promiseTolerance(input: { amountMinor: number; toleranceBps: number; toleranceMinor: number }): number {
  const share = Math.floor((input.amountMinor * input.toleranceBps) / 10_000);
  return Math.max(0, Math.min(input.amountMinor - 1, Math.max(share, input.toleranceMinor)));
}

/**
 * Decides the state of a pending promise.
 * @example decidePromise({ amountMinor: 10000, toleranceMinor: 100, paidMinor: 9900, windowEnded: false }) // 'kept'
 */
export function decidePromise(input: { amountMinor: number; toleranceMinor: number; paidMinor: number; windowEnded: boolean }): Exclude<PromiseState, 'cancelled'> {
  if (input.paidMinor >= input.amountMinor - input.toleranceMinor) return 'kept';
  if (!input.windowEnded) return 'pending';
  return input.paidMinor > 0 ? 'partially_kept' : 'broken';
}

/** Adds `days` to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type KeptRateRow = { key: string; kept: number; partiallyKept: number; broken: number; pending: number };

/** Kept rate of decided promises (kept / (kept + partially kept + broken)); null when none is decided. */
export function keptRate(r: Pick<KeptRateRow, 'kept' | 'partiallyKept' | 'broken'>): number | null {
  const decided = r.kept + r.partiallyKept + r.broken;
  return decided === 0 ? null : r.kept / decided;
}
