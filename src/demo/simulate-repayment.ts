/**
 * Simulates one account's repayment history up to the as-of date from the borrower's
 * hidden willingness and ability to pay. Month by month (one cycle per due date) the
 * borrower pays on time, pays late in the cycle (a cure within M1), pays part, pays one
 * installment while behind (holds or rolls back), cures everything, prepays the loan, or
 * pays nothing (rolls forward). Hardship spells (job loss, illness) cut ability for a few
 * months and drive most roll-forwards; willingness decides who pays anyway.
 */
import { addMonths } from './civil-date.ts';
import { payOffAt, type DemoInstallment } from './annuity-schedule.ts';
import { RepaymentLedger } from './repayment-ledger.ts';
import { sigmoid, type Rng } from './prng.ts';

/** One generated payment. */
export type DemoPayment = { day: number; amount: number; /** minutes after midnight, local */ minute: number };

export type RepaymentInput = {
  rng: Rng;
  schedule: DemoInstallment[];
  asOfDay: number;
  /**
   * The last local day a payment may be received (default: the day before `asOfDay`). The
   * as-of date is Shanghai's; in New York that date's eve can still be in the future.
   */
  lastPaymentDay?: number;
  willingness: number;
  ability: number;
  /** True on days the borrower is in a hardship spell. */
  isHardship: (day: number) => boolean;
  penaltyBpsPerDay: number;
  /** Days after the due date before penalty starts to accrue. */
  penaltyGraceDays: number;
  /** Late and partial payments are rounded up to this many minor units. */
  roundTo: number;
  /** Days past due at which the lender charges the account off, or null. */
  chargeOffDpd: number | null;
  /** Monthly probability of an early payoff for a borrower of ability 1. */
  prepayRate: number;
};

export type RepaymentResult = {
  schedule: DemoInstallment[];
  payments: DemoPayment[];
  /** What each payment put towards installments (without penalty), parallel to payments. */
  applied: number[];
  chargedOffDay: number | null;
  paidOff: boolean;
  ledger: RepaymentLedger;
};

type Cycle = { due: number; next: number; index: number };

/** Runs the simulation (deterministic for a given rng state). */
export function simulateRepayment(input: RepaymentInput): RepaymentResult {
  const { rng, asOfDay } = input;
  let ledger = new RepaymentLedger(input.schedule, { bpsPerDay: input.penaltyBpsPerDay, graceDays: input.penaltyGraceDays });
  const payments: DemoPayment[] = [];
  const applied: number[] = [];
  let chargedOffDay: number | null = null;
  let lastDay = -Infinity;
  const n = input.schedule.length;
  const first = input.schedule[0].dueDay;
  let nextDue = first;
  for (let c = 0; c < n + 60 && !ledger.isPaidOff; c++) {
    const due = nextDue;
    nextDue = c + 1 < n ? input.schedule[c + 1].dueDay : addMonths(first, c + 1);
    const cycle: Cycle = { due, next: nextDue, index: c };
    if (cycle.due - 4 > asOfDay) break;
    const oldest = ledger.oldestUnpaidDueDay();
    if (input.chargeOffDpd !== null && chargedOffDay === null && oldest !== null && cycle.due - oldest >= input.chargeOffDpd) {
      chargedOffDay = oldest + input.chargeOffDpd;
    }
    const behind = Math.max(0, Math.min(c, n) - ledger.fullyPaid);
    const pay = behind === 0
      ? decideCurrent(input, ledger, cycle)
      : decideBehind(input, ledger, cycle, behind, chargedOffDay !== null);
    if (pay === null) continue;
    pay.day = Math.max(pay.day, lastDay + 1);
    // No payment is received in the future (see lastPaymentDay).
    if (pay.day > (input.lastPaymentDay ?? asOfDay - 1)) continue;
    lastDay = pay.day;
    if (pay.payoffSeq !== undefined) {
      ledger = ledger.revise(payOffAt(ledger.schedule, pay.payoffSeq));
      pay.amount = ledger.total - ledger.paid + ledger.penaltyOutstandingAt(pay.day);
      if (pay.amount <= 0) continue;
    }
    payments.push({ day: pay.day, amount: pay.amount, minute: rng.int(7 * 60, 22 * 60 + 59) });
    applied.push(ledger.pay(pay.day, pay.amount));
  }
  // the core system's schedule carries the penalty accrued through the day before the as-of date
  ledger.accrueTo(asOfDay - 1);
  const oldest = ledger.oldestUnpaidDueDay();
  if (input.chargeOffDpd !== null && chargedOffDay === null && oldest !== null && asOfDay - oldest >= input.chargeOffDpd) {
    chargedOffDay = oldest + input.chargeOffDpd;
  }
  return { schedule: [...ledger.schedule], payments, applied, chargedOffDay, paidOff: ledger.isPaidOff, ledger };
}

type Decision = { day: number; amount: number; payoffSeq?: number };

function effectiveAbility(input: RepaymentInput, day: number): number {
  return input.isHardship(day) ? input.ability * 0.2 : input.ability;
}

/** Nothing overdue before this due date: pay on time, late, part, prepay, or miss. */
function decideCurrent(input: RepaymentInput, ledger: RepaymentLedger, cycle: Cycle): Decision | null {
  const { rng, willingness: w } = input;
  if (cycle.index >= ledger.schedule.length) {
    const left = ledger.penaltyOutstandingAt(cycle.due);
    return left > 0 ? { day: cycle.due, amount: left } : null;
  }
  const a = effectiveAbility(input, cycle.due);
  const q = 0.55 * w + 0.45 * a;
  const n = ledger.schedule.length;
  if (cycle.index >= 2 && cycle.index < n - 1 && rng.chance(input.prepayRate * a)) {
    return { day: cycle.due - rng.int(0, 3), amount: 0, payoffSeq: cycle.index + 1 };
  }
  if (!rng.chance(sigmoid(2.2 + 9 * (q - 0.6)))) return null;
  if (rng.chance(sigmoid(1.2 + 6 * (w - 0.6)))) {
    const day = cycle.due - rng.int(0, 4);
    const amount = ledger.unpaidDue(cycle.due) + ledger.penaltyOutstandingAt(day);
    return amount > 0 ? { day, amount } : null;
  }
  const lateBy = 1 + Math.floor(-(1.5 + 9 * (1 - w)) * Math.log(1 - rng.next()));
  const day = Math.min(cycle.due + lateBy, cycle.next - 5);
  const due = ledger.unpaidDue(day) + ledger.penaltyOutstandingAt(day);
  const partial = rng.chance(0.25 * (1 - a));
  const amount = partial ? roundUp(due * (0.3 + 0.5 * rng.next()), input.roundTo) : roundUp(due, input.roundTo);
  return { day, amount: partial ? Math.min(amount, Math.max(due, input.roundTo)) : amount };
}

/** Already behind: cure, pay one installment, pay part, or pay nothing. */
function decideBehind(input: RepaymentInput, ledger: RepaymentLedger, cycle: Cycle, behind: number, chargedOff: boolean): Decision | null {
  const { rng, willingness: w } = input;
  const a = effectiveAbility(input, cycle.due);
  const q = 0.6 * w + 0.4 * a;
  const pAny = sigmoid(1.6 + 9 * (q - 0.5) - 0.7 * (behind - 1)) * (chargedOff ? 0.25 : 1);
  if (!rng.chance(pAny)) return null;
  // collectors work the arrears before the next due date; a cure then covers that installment too
  const day = Math.min(cycle.due + rng.int(-12, 14), cycle.next - 5);
  const penalty = ledger.penaltyOutstandingAt(day);
  const due = ledger.unpaidDue(Math.max(day, cycle.due)) + penalty;
  const r = rng.next();
  const pCure = chargedOff ? 0.1 : sigmoid(0.9 + 7 * (a - 0.5) + 2 * (w - 0.5) - 0.6 * (behind - 1));
  if (r < pCure) return { day, amount: roundUp(due, input.roundTo) };
  if (r < pCure + (1 - pCure) * 0.55) {
    const one = Math.min(due, ledger.oldestUnpaid() + penalty);
    return { day, amount: roundUp(one, input.roundTo) };
  }
  const part = roundUp(ledger.oldestUnpaid() * (0.15 + 0.5 * rng.next()), input.roundTo * 10);
  return { day, amount: Math.max(input.roundTo, Math.min(part, due)) };
}

function roundUp(amount: number, unit: number): number {
  return Math.max(unit, Math.ceil(amount / unit) * unit);
}
