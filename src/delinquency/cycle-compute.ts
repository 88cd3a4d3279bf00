/**
 * Compute steps of the nightly cycle: fold the streamed installments into the accounts'
 * slots (accruing penalty interest where due), then decide per account what changes.
 */
import type pg from 'pg';
import { bucketOf } from './bucket-schemes.ts';
import { paymentDeadline } from './business-calendar.ts';
import { addDecision, emptyChangeSet, impliedStatus, type ChangeSet, type DelinquencyRow, type RollRateRow } from './change-set.ts';
import { copyOutIntegers } from './copy-io.ts';
import { accountStatuses, type CycleAccounts, type CyclePortfolio } from './cycle-load.ts';
import { fromDayNumber } from './day-number.ts';
import { createFold, daysPastDueOf, foldInstallment, NO_DAY, type DelinquencyFold } from './delinquency-fold.ts';
import { penaltyToAccrue } from './penalty.ts';
import { reconcileState, type StoredState } from './reconcile-state.ts';

export type FoldResult = { fold: DelinquencyFold; installments: number; penaltyInstallments: number[]; penaltyAmounts: number[] };

/** Streams the unpaid installments of the loaded accounts into a fold. */
export async function foldCycleInstallments(
  client: pg.PoolClient,
  portfolios: CyclePortfolio[],
  acc: CycleAccounts,
  filter: string,
  asOf: number,
): Promise<FoldResult> {
  const fold = createFold(acc.n);
  const penaltyInstallments: number[] = [];
  const penaltyAmounts: number[] = [];
  const query = `SELECT i.account_id, i.id, i.due_on - DATE '1970-01-01',
      greatest(i.principal_due - i.principal_paid, 0), greatest(i.interest_due - i.interest_paid, 0),
      greatest(i.fee_due - i.fee_paid, 0), greatest(i.penalty_due - i.penalty_paid, 0)
    FROM installments i
    WHERE ${filter} AND (i.principal_paid < i.principal_due OR i.interest_paid < i.interest_due
      OR i.fee_paid < i.fee_due OR i.penalty_paid < i.penalty_due)`;
  const installments = await copyOutIntegers(client, query, 7, (r) => {
    const s = acc.slotOf(r[0]);
    if (s < 0 || (acc.storedAsOf[s] !== NO_DAY && acc.storedAsOf[s] > asOf)) return;
    const rules = portfolios[acc.portfolio[s]].rules;
    const due = r[2];
    let penalty = r[6];
    if (acc.penaltyBps[s] > 0 && acc.status[s] <= 1 && due <= rules.cutoff && r[3] > 0) {
      const amount = penaltyToAccrue({
        principalOverdue: r[3],
        bpsPerDay: acc.penaltyBps[s],
        deadline: paymentDeadline(due, rules.graceDays, rules.calendar),
        penaltyGraceDays: acc.penaltyGrace[s],
        asOf,
        penaltyThrough: acc.storedPenaltyThrough[s] === NO_DAY ? null : acc.storedPenaltyThrough[s],
      });
      if (amount > 0) {
        penalty += amount;
        penaltyInstallments.push(r[1]);
        penaltyAmounts.push(amount);
      }
    }
    foldInstallment(fold, s, due, r[3], r[4], r[5], penalty, rules.cutoff);
  });
  return { fold, installments, penaltyInstallments, penaltyAmounts };
}

function storedStateOf(acc: CycleAccounts, s: number): StoredState | null {
  if (acc.storedAsOf[s] === NO_DAY) return null;
  return {
    asOf: acc.storedAsOf[s],
    bucket: acc.storedBucket[s],
    prevBucket: acc.storedPrevBucket[s],
    dpd: acc.storedDpd[s],
    overduePrincipal: acc.storedOverdue[s * 4],
    overdueInterest: acc.storedOverdue[s * 4 + 1],
    overdueFee: acc.storedOverdue[s * 4 + 2],
    overduePenalty: acc.storedOverdue[s * 4 + 3],
    outstanding: acc.storedOutstanding[s],
    oldestUnpaidDue: acc.storedOldest[s],
  };
}

/** Decides, for every loaded account, what to write; accumulates the roll-rate snapshot. */
export function decideCycle(
  portfolios: CyclePortfolio[],
  acc: CycleAccounts,
  folded: FoldResult,
  asOf: number,
  actor: string,
): { changes: ChangeSet; rollRates: RollRateRow[] } {
  const asOfText = fromDayNumber(asOf);
  const cs = emptyChangeSet(asOfText);
  cs.penaltyInstallments = folded.penaltyInstallments;
  cs.penaltyAmounts = folded.penaltyAmounts;
  const f = folded.fold;
  const texts = new Map<number, string>();
  const dateText = (d: number) => {
    let t = texts.get(d);
    if (t === undefined) texts.set(d, (t = fromDayNumber(d)));
    return t;
  };
  const roll = new Map<number, number[]>();
  for (let s = 0; s < acc.n; s++) {
    if (acc.storedAsOf[s] !== NO_DAY && acc.storedAsOf[s] > asOf) {
      cs.skippedNewer++;
      continue;
    }
    const p = portfolios[acc.portfolio[s]];
    const dpd = daysPastDueOf(f, s, p.rules);
    const bucket = bucketOf(dpd, p.scheme);
    const stored = storedStateOf(acc, s);
    const next = {
      bucket,
      dpd,
      overduePrincipal: f.overduePrincipal[s],
      overdueInterest: f.overdueInterest[s],
      overdueFee: f.overdueFee[s],
      overduePenalty: f.overduePenalty[s],
      outstanding: f.outstanding[s],
      oldestUnpaidDue: f.oldestUnpaidDue[s],
    };
    const rec = reconcileState(stored, next, asOf);
    const key = acc.portfolio[s] * 4096 + (rec.yesterday + 1) * 64 + bucket;
    const agg = roll.get(key);
    const overdue = next.overduePrincipal + next.overdueInterest + next.overdueFee + next.overduePenalty;
    if (agg) {
      agg[0]++;
      agg[1] += next.outstanding;
      agg[2] += overdue;
    } else roll.set(key, [1, next.outstanding, overdue]);
    const statusNow = accountStatuses[acc.status[s]];
    const implied = impliedStatus(statusNow, dpd);
    if (implied && implied !== statusNow) cs.statusChanges.push({ accountId: acc.id[s], from: statusNow as 'current', to: implied });
    if (!rec.write) continue;
    const accrues = acc.penaltyBps[s] > 0 && acc.status[s] <= 1;
    const storedThrough = acc.storedPenaltyThrough[s];
    const from = rec.yesterday < 0 ? null : p.scheme.labels[rec.yesterday];
    const row: DelinquencyRow = {
      accountId: acc.id[s],
      tenantId: p.tenantId,
      portfolioId: p.id,
      asOf: asOfText,
      dpd,
      bucket: p.scheme.labels[bucket],
      prevBucket: from,
      overduePrincipal: next.overduePrincipal,
      overdueInterest: next.overdueInterest,
      overdueFee: next.overdueFee,
      overduePenalty: next.overduePenalty,
      outstanding: next.outstanding,
      oldestUnpaidDueOn: next.oldestUnpaidDue === NO_DAY ? null : dateText(next.oldestUnpaidDue),
      penaltyThrough: accrues ? asOfText : storedThrough === NO_DAY ? null : dateText(storedThrough),
    };
    addDecision(cs, rec, row, stored && stored.bucket >= 0 ? p.scheme.labels[stored.bucket] : null, actor);
  }
  return { changes: cs, rollRates: rollRateRows(portfolios, roll) };
}

function rollRateRows(portfolios: CyclePortfolio[], roll: Map<number, number[]>): RollRateRow[] {
  const out: RollRateRow[] = [];
  for (const [key, [accounts, balance, overdue]] of roll) {
    const p = portfolios[Math.floor(key / 4096)];
    const from = Math.floor((key % 4096) / 64) - 1;
    const to = key % 64;
    out.push({ tenantId: p.tenantId, portfolioId: p.id, fromBucket: from < 0 ? 'new' : p.scheme.labels[from], toBucket: p.scheme.labels[to], accounts, balance, overdue });
  }
  return out;
}
