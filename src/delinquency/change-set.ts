/**
 * What one assessment run changes: rows of account_delinquency to write, transitions,
 * events, account status changes and penalty accruals. Built by the cycle (typed arrays)
 * and by `recomputeDelinquency` (a few accounts), written by `cycle-write.ts` (COPY) or
 * `writeChangeSet` (plain statements).
 */
import type { DomainEvent } from '../platform/events.ts';
import type { Reconciled } from './reconcile-state.ts';
import type { TransitionKind } from './transition.ts';

export type DelinquencyRow = {
  accountId: number;
  tenantId: string;
  portfolioId: string;
  asOf: string;
  dpd: number;
  bucket: string;
  prevBucket: string | null;
  overduePrincipal: number;
  overdueInterest: number;
  overdueFee: number;
  overduePenalty: number;
  outstanding: number;
  oldestUnpaidDueOn: string | null;
  penaltyThrough: string | null;
};

export type TransitionRow = {
  accountId: number;
  tenantId: string;
  portfolioId: string;
  fromBucket: string | null;
  toBucket: string;
  kind: Exclude<TransitionKind, 'stay'>;
  dpd: number;
};

export type StatusChange = { accountId: number; from: 'current' | 'delinquent'; to: 'current' | 'delinquent' };

export type RollRateRow = {
  tenantId: string;
  portfolioId: string;
  fromBucket: string;
  toBucket: string;
  accounts: number;
  balance: number;
  overdue: number;
};

export type ChangeSet = {
  asOf: string;
  rows: DelinquencyRow[];
  /** Parallel to `rows`: true when the account had no stored state (its first assessment). */
  firstAssessed: boolean[];
  transitions: TransitionRow[];
  events: DomainEvent[];
  statusChanges: StatusChange[];
  /** Installment ids and amounts (minor units) to add to penalty_due. */
  penaltyInstallments: number[];
  penaltyAmounts: number[];
  /** Accounts whose stored state is newer than the as-of date: left untouched. */
  skippedNewer: number;
};

/** An empty change set for `asOf`. */
export function emptyChangeSet(asOf: string): ChangeSet {
  return { asOf, rows: [], firstAssessed: [], transitions: [], events: [], statusChanges: [], penaltyInstallments: [], penaltyAmounts: [], skippedNewer: 0 };
}

/** The account status the delinquency state implies, or null when the status is not ours to set. */
export function impliedStatus(status: string, dpd: number): 'current' | 'delinquent' | null {
  if (status !== 'current' && status !== 'delinquent') return null;
  return dpd > 0 ? 'delinquent' : 'current';
}

/** The `account.delinquency_changed` event of a written row. */
export function delinquencyEvent(row: DelinquencyRow, from: string | null, kind: TransitionKind, actor: string): DomainEvent {
  return {
    tenantId: row.tenantId,
    name: 'account.delinquency_changed',
    aggregateType: 'account',
    aggregateId: row.accountId,
    actor,
    payload: {
      accountId: row.accountId,
      portfolioId: row.portfolioId,
      asOf: row.asOf,
      fromBucket: from,
      toBucket: row.bucket,
      kind,
      dpd: row.dpd,
      overdueMinor: row.overduePrincipal + row.overdueInterest + row.overdueFee + row.overduePenalty,
      outstandingMinor: row.outstanding,
    },
  };
}

/**
 * Adds a reconciled account to the change set: its row, its transition (none for a stay, or
 * for a first assessment that finds it current) and its event when the bucket changed.
 */
export function addDecision(cs: ChangeSet, rec: Reconciled, row: DelinquencyRow, storedBucket: string | null, actor: string): void {
  if (!rec.write) return;
  cs.rows.push(row);
  cs.firstAssessed.push(rec.first);
  if (rec.kind !== 'stay' && !(rec.kind === 'new' && row.dpd === 0)) {
    cs.transitions.push({
      accountId: row.accountId,
      tenantId: row.tenantId,
      portfolioId: row.portfolioId,
      fromBucket: row.prevBucket,
      toBucket: row.bucket,
      kind: rec.kind,
      dpd: row.dpd,
    });
  }
  if (rec.emitEvent) cs.events.push(delinquencyEvent(row, storedBucket, rec.kind, actor));
}
