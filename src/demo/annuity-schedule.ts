/**
 * Level-payment (annuity) repayment schedules in integer minor units: each installment
 * pays the interest on the balance and the rest of a fixed payment as principal; the
 * last installment takes whatever principal is left, so the principal parts sum to the
 * loan exactly.
 */
import { addMonths } from './civil-date.ts';

/** One installment of a generated schedule (amounts in minor units). */
export type DemoInstallment = {
  seq: number;
  /** Due date as a day number. */
  dueDay: number;
  principal: number;
  interest: number;
  fee: number;
};

export type AnnuityInput = {
  /** Loan amount in minor units. */
  principal: number;
  /** Annual rate in basis points. */
  rateBps: number;
  termMonths: number;
  /** The first due date (day number); later ones fall on the same day of month. */
  firstDueDay: number;
  /** A fixed fee charged with every installment, in minor units. */
  monthlyFee?: number;
};

/**
 * Builds the schedule.
 * @example annuitySchedule({ principal: 1_000_000, rateBps: 1200, termMonths: 12, firstDueDay: 20_000 })
 */
export function annuitySchedule(input: AnnuityInput): DemoInstallment[] {
  const { principal, rateBps, termMonths, firstDueDay } = input;
  const fee = input.monthlyFee ?? 0;
  const r = rateBps / 10_000 / 12;
  const payment = r === 0
    ? Math.ceil(principal / termMonths)
    : Math.round((principal * r) / (1 - Math.pow(1 + r, -termMonths)));
  const out: DemoInstallment[] = [];
  let balance = principal;
  for (let seq = 1; seq <= termMonths; seq++) {
    const interest = Math.round(balance * r);
    const principalPart = seq === termMonths ? balance : Math.max(0, Math.min(balance, payment - interest));
    balance -= principalPart;
    out.push({ seq, dueDay: addMonths(firstDueDay, seq - 1), principal: principalPart, interest, fee });
  }
  return out;
}

/**
 * The schedule after an early payoff on installment `seq`'s due date: that installment
 * also takes all the principal still outstanding, and the later ones are dropped.
 */
export function payOffAt(schedule: readonly DemoInstallment[], seq: number): DemoInstallment[] {
  const kept = schedule.slice(0, seq).map((i) => ({ ...i }));
  const rest = schedule.slice(seq).reduce((s, i) => s + i.principal, 0);
  kept[kept.length - 1].principal += rest;
  return kept;
}
