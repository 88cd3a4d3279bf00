/**
 * The generator's own view of one account's repayments: cumulative amounts due per
 * installment against cumulative amounts paid (oldest installment first), with a
 * conservative estimate of penalty interest on overdue principal. It tells the
 * simulation how far behind a borrower is and what a cure costs; Recoup's delinquency
 * engine recomputes all of this from the imported files.
 */
import type { DemoInstallment } from './annuity-schedule.ts';

/** Cumulative view of one schedule. Amounts in minor units, dates as day numbers. */
export class RepaymentLedger {
  readonly schedule: readonly DemoInstallment[];
  private readonly cumDue: number[];
  /** Paid towards installments (penalty excluded), cumulative. */
  paid = 0;
  /** Installments fully paid (a prefix of the schedule). */
  fullyPaid = 0;

  constructor(schedule: readonly DemoInstallment[]) {
    this.schedule = schedule;
    this.cumDue = [];
    let s = 0;
    for (const i of schedule) {
      s += i.principal + i.interest + i.fee;
      this.cumDue.push(s);
    }
  }

  /** Total of the whole schedule. */
  get total(): number {
    return this.cumDue.length === 0 ? 0 : this.cumDue[this.cumDue.length - 1];
  }

  /** True when everything scheduled is paid. */
  get isPaidOff(): boolean {
    return this.paid >= this.total;
  }

  /** Number of installments due on or before `day`. */
  dueCount(day: number): number {
    let n = 0;
    while (n < this.schedule.length && this.schedule[n].dueDay <= day) n++;
    return n;
  }

  /** Unpaid amount of the installments due on or before `day` (without penalty). */
  unpaidDue(day: number): number {
    const n = this.dueCount(day);
    return n === 0 ? 0 : Math.max(0, this.cumDue[n - 1] - this.paid);
  }

  /** The due day of the oldest installment not fully paid, or null. */
  oldestUnpaidDueDay(): number | null {
    return this.fullyPaid < this.schedule.length ? this.schedule[this.fullyPaid].dueDay : null;
  }

  /** Amount of one installment still unpaid (the oldest one). */
  oldestUnpaid(): number {
    if (this.fullyPaid >= this.schedule.length) return 0;
    return this.cumDue[this.fullyPaid] - this.paid;
  }

  /**
   * Penalty on overdue principal accrued up to `day` (rounded up to a minor unit), at
   * `bpsPerDay`, counting every calendar day since each installment's due date.
   */
  penaltyAt(day: number, bpsPerDay: number): number {
    if (bpsPerDay === 0) return 0;
    let sum = 0;
    for (let i = this.fullyPaid; i < this.schedule.length && this.schedule[i].dueDay < day; i++) {
      const inst = this.schedule[i];
      const unpaid = Math.min(inst.principal + inst.interest + inst.fee, this.cumDue[i] - this.paid);
      sum += Math.min(inst.principal, unpaid) * (day - inst.dueDay);
    }
    return Math.ceil((sum * bpsPerDay) / 10_000);
  }

  /** Applies a payment's part that goes to installments. */
  apply(amount: number): void {
    this.paid += amount;
    while (this.fullyPaid < this.cumDue.length && this.cumDue[this.fullyPaid] <= this.paid) this.fullyPaid++;
  }

  /** Days past due on `day` when `paidByThen` had been paid (0 when current). */
  daysPastDueWith(day: number, paidByThen: number): number {
    for (let i = 0; i < this.cumDue.length; i++) {
      if (this.cumDue[i] > paidByThen) return this.schedule[i].dueDay < day ? day - this.schedule[i].dueDay : 0;
    }
    return 0;
  }
}
