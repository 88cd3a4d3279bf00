/**
 * The generator's own view of one account's repayments, as a core banking system keeps
 * it: cumulative amounts due per installment against cumulative amounts paid (oldest
 * installment first), and penalty interest accrued per installment on its overdue
 * principal after the product's penalty grace (a day d accrues when d − due > grace, at
 * `round(principal × bps / 10 000)` per day, as Recoup's engine does). A payment pays
 * outstanding penalty first, then installments. It tells the simulation how far behind a
 * borrower is and what a cure costs; the accrued penalties go out in the schedule's
 * `penalty` column. Recoup's delinquency engine recomputes all of this from the files.
 */
import type { DemoInstallment } from './annuity-schedule.ts';

export type PenaltyTerms = { bpsPerDay: number; graceDays: number };

/** Cumulative view of one schedule. Amounts in minor units, dates as day numbers. */
export class RepaymentLedger {
  readonly schedule: readonly DemoInstallment[];
  private readonly cumDue: number[];
  private readonly terms: PenaltyTerms;
  /** Penalty accrued per installment, and the day through which it has accrued. */
  readonly penalty: number[];
  private readonly through: number[];
  private penaltyAccrued = 0;
  private penaltyPaid = 0;
  /** Paid towards installments (penalty excluded), cumulative. */
  paid = 0;
  /** Installments fully paid (a prefix of the schedule). */
  fullyPaid = 0;

  constructor(schedule: readonly DemoInstallment[], terms: PenaltyTerms = { bpsPerDay: 0, graceDays: 0 }) {
    this.schedule = schedule;
    this.terms = terms;
    this.cumDue = [];
    let s = 0;
    for (const i of schedule) {
      s += i.principal + i.interest + i.fee;
      this.cumDue.push(s);
    }
    this.penalty = schedule.map(() => 0);
    this.through = schedule.map((i) => i.dueDay + terms.graceDays);
  }

  /**
   * The same account on a revised schedule (an early payoff): what was paid and the
   * penalties accrued on the kept installments carry over.
   */
  revise(schedule: readonly DemoInstallment[]): RepaymentLedger {
    const next = new RepaymentLedger(schedule, this.terms);
    for (let i = 0; i < schedule.length && i < this.penalty.length; i++) {
      next.penalty[i] = this.penalty[i];
      next.through[i] = this.through[i];
    }
    next.penaltyAccrued = this.penaltyAccrued;
    next.penaltyPaid = this.penaltyPaid;
    next.applyToInstallments(this.paid);
    return next;
  }

  /** Total of the whole schedule (without penalty). */
  get total(): number {
    return this.cumDue.length === 0 ? 0 : this.cumDue[this.cumDue.length - 1];
  }

  /** True when everything scheduled and all penalty accrued is paid. */
  get isPaidOff(): boolean {
    return this.paid >= this.total && this.penaltyPaid >= this.penaltyAccrued;
  }

  /** Unpaid amount of the installments due on or before `day` (without penalty). */
  unpaidDue(day: number): number {
    let n = this.fullyPaid;
    while (n < this.schedule.length && this.schedule[n].dueDay <= day) n++;
    return n === 0 ? 0 : Math.max(0, this.cumDue[n - 1] - this.paid);
  }

  /** The due day of the oldest installment not fully paid, or null. */
  oldestUnpaidDueDay(): number | null {
    return this.fullyPaid < this.schedule.length ? this.schedule[this.fullyPaid].dueDay : null;
  }

  /** Amount of the oldest installment still unpaid (without penalty). */
  oldestUnpaid(): number {
    if (this.fullyPaid >= this.schedule.length) return 0;
    return this.cumDue[this.fullyPaid] - this.paid;
  }

  private perDay(i: number): number {
    const inst = this.schedule[i];
    const unpaid = Math.min(inst.principal + inst.interest + inst.fee, this.cumDue[i] - this.paid);
    return Math.floor((Math.min(inst.principal, unpaid) * this.terms.bpsPerDay + 5000) / 10_000);
  }

  /** Penalty that would be outstanding on `day` (accrued so far plus what accrues up to `day`), without changing anything. */
  penaltyOutstandingAt(day: number): number {
    let more = 0;
    if (this.terms.bpsPerDay > 0) {
      for (let i = this.fullyPaid; i < this.schedule.length && this.schedule[i].dueDay < day; i++) {
        if (day > this.through[i]) more += (day - this.through[i]) * this.perDay(i);
      }
    }
    return this.penaltyAccrued - this.penaltyPaid + more;
  }

  /** Accrues penalty on overdue principal through `day`. */
  accrueTo(day: number): void {
    if (this.terms.bpsPerDay === 0) return;
    for (let i = this.fullyPaid; i < this.schedule.length && this.schedule[i].dueDay < day; i++) {
      if (day <= this.through[i]) continue;
      const amount = (day - this.through[i]) * this.perDay(i);
      this.penalty[i] += amount;
      this.penaltyAccrued += amount;
      this.through[i] = day;
    }
  }

  /** Applies a payment received on `day`: accrues to that day, pays penalty first, then installments. Returns the part that went to installments. */
  pay(day: number, amount: number): number {
    this.accrueTo(day);
    const toPenalty = Math.min(amount, this.penaltyAccrued - this.penaltyPaid);
    this.penaltyPaid += toPenalty;
    this.applyToInstallments(amount - toPenalty);
    return amount - toPenalty;
  }

  private applyToInstallments(amount: number): void {
    this.paid += amount;
    while (this.fullyPaid < this.cumDue.length && this.cumDue[this.fullyPaid] <= this.paid) this.fullyPaid++;
  }

  /** Days past due on `day` when `paidByThen` had been paid to installments (0 when current). */
  daysPastDueWith(day: number, paidByThen: number): number {
    for (let i = 0; i < this.cumDue.length; i++) {
      if (this.cumDue[i] > paidByThen) return this.schedule[i].dueDay < day ? day - this.schedule[i].dueDay : 0;
    }
    return 0;
  }
}
