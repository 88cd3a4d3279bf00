/**
 * Compares an account's stored delinquency state with a new assessment: whether the row
 * must be written, the bucket it was in on the previous business date, the transition,
 * and whether a `account.delinquency_changed` event is due. Pure.
 */
import { classifyTransition, type TransitionKind } from './transition.ts';

/** The stored state (a row of account_delinquency) in day numbers and bucket indexes. */
export type StoredState = {
  asOf: number;
  /** -1 when the stored label is not in the portfolio's scheme (scheme changed). */
  bucket: number;
  prevBucket: number;
  dpd: number;
  overduePrincipal: number;
  overdueInterest: number;
  overdueFee: number;
  overduePenalty: number;
  outstanding: number;
  /** NO_DAY when none. */
  oldestUnpaidDue: number;
};

export type NewState = Omit<StoredState, 'asOf' | 'prevBucket'>;

export type Reconciled = {
  /** The row differs and must be written. */
  write: boolean;
  /** Bucket on the previous business date (-1 = none): stored as `prev_bucket`. */
  yesterday: number;
  kind: TransitionKind;
  /** The bucket differs from the last stored one (or the account appears past due). */
  emitEvent: boolean;
  /** No stored state: the account's first assessment (its row is inserted, not updated). */
  first: boolean;
};

/**
 * Reconciles. A stored row of the same as-of date is a re-run: "yesterday" is then the
 * row's `prevBucket`, so that re-running a date reproduces the same transition and, when
 * nothing changed, writes nothing and emits nothing.
 * @throws Error when the stored state is newer than `asOf` (the caller refuses that run)
 */
export function reconcileState(stored: StoredState | null, next: NewState, asOf: number): Reconciled {
  if (stored === null) {
    return { write: true, yesterday: -1, kind: classifyTransition(-1, next.bucket), emitEvent: next.bucket > 0, first: true };
  }
  if (stored.asOf > asOf) throw new Error('stored delinquency state is newer than the as-of date');
  const yesterday = stored.asOf === asOf ? stored.prevBucket : stored.bucket;
  const same =
    stored.bucket === next.bucket &&
    stored.dpd === next.dpd &&
    stored.overduePrincipal === next.overduePrincipal &&
    stored.overdueInterest === next.overdueInterest &&
    stored.overdueFee === next.overdueFee &&
    stored.overduePenalty === next.overduePenalty &&
    stored.outstanding === next.outstanding &&
    stored.oldestUnpaidDue === next.oldestUnpaidDue;
  return {
    write: !same,
    yesterday,
    kind: classifyTransition(yesterday, next.bucket),
    emitEvent: stored.bucket !== next.bucket,
    first: false,
  };
}
