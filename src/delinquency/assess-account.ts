/**
 * Assesses one account as of a business date: the pure rule that the nightly cycle applies
 * to every account (through the same fold functions).
 */
import { bucketOf } from './bucket-schemes.ts';
import { paymentDeadline } from './business-calendar.ts';
import { createFold, daysPastDueOf, foldInstallment, NO_DAY, type PortfolioRules } from './delinquency-fold.ts';
import { penaltyToAccrue } from './penalty.ts';

export type InstallmentFacts = {
  id: number;
  /** Due date as a day number. */
  dueOn: number;
  principalDue: number;
  interestDue: number;
  feeDue: number;
  penaltyDue: number;
  principalPaid: number;
  interestPaid: number;
  feePaid: number;
  penaltyPaid: number;
};

export type PenaltyTerms = {
  bpsPerDay: number;
  graceDays: number;
  /** Day number through which penalties have accrued, null when never. */
  penaltyThrough: number | null;
};

export type AccountAssessment = {
  dpd: number;
  bucket: number;
  bucketLabel: string;
  overdue: { principal: number; interest: number; fee: number; penalty: number };
  outstanding: number;
  /** Oldest unpaid installment's due day (due or not yet due), null when all is paid. */
  oldestUnpaidDueOn: number | null;
  /** Penalty to add to installments now (already included in `overdue.penalty`). */
  penaltyAccruals: { installmentId: number; amount: number }[];
};

/** The unpaid part of a component (never negative: an overpayment does not count as credit). */
export function unpaid(due: number, paid: number): number {
  return due > paid ? due - paid : 0;
}

/**
 * Computes DPD, bucket, overdue amounts by component and the penalty to accrue for one
 * account. Pass `penalty` only when penalties accrue for this account (product configured,
 * account open for accrual).
 */
export function assessAccount(p: {
  rules: PortfolioRules;
  installments: readonly InstallmentFacts[];
  penalty?: PenaltyTerms;
}): AccountAssessment {
  const { rules } = p;
  const f = createFold(1);
  const penaltyAccruals: AccountAssessment['penaltyAccruals'] = [];
  for (const i of p.installments) {
    const principal = unpaid(i.principalDue, i.principalPaid);
    let penalty = unpaid(i.penaltyDue, i.penaltyPaid);
    if (p.penalty && p.penalty.bpsPerDay > 0 && i.dueOn <= rules.cutoff && principal > 0) {
      const amount = penaltyToAccrue({
        principalOverdue: principal,
        bpsPerDay: p.penalty.bpsPerDay,
        deadline: paymentDeadline(i.dueOn, rules.graceDays, rules.calendar),
        penaltyGraceDays: p.penalty.graceDays,
        asOf: rules.asOf,
        penaltyThrough: p.penalty.penaltyThrough,
      });
      if (amount > 0) {
        penalty += amount;
        penaltyAccruals.push({ installmentId: i.id, amount });
      }
    }
    foldInstallment(f, 0, i.dueOn, principal, unpaid(i.interestDue, i.interestPaid), unpaid(i.feeDue, i.feePaid), penalty, rules.cutoff);
  }
  const dpd = daysPastDueOf(f, 0, rules);
  const bucket = bucketOf(dpd, rules.scheme);
  return {
    dpd,
    bucket,
    bucketLabel: rules.scheme.labels[bucket],
    overdue: { principal: f.overduePrincipal[0], interest: f.overdueInterest[0], fee: f.overdueFee[0], penalty: f.overduePenalty[0] },
    outstanding: f.outstanding[0],
    oldestUnpaidDueOn: f.oldestUnpaidDue[0] === NO_DAY ? null : f.oldestUnpaidDue[0],
    penaltyAccruals,
  };
}
