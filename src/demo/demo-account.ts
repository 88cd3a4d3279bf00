/**
 * One demo account: its product, amount, term, rate and opening date drawn from the
 * borrower's observable profile (and, as in real books, a little from what the lender
 * cannot see: weaker borrowers take more cash loans), its schedule, and its simulated
 * repayment history up to the as-of date.
 */
import { addMonths } from './civil-date.ts';
import { annuitySchedule } from './annuity-schedule.ts';
import { demoProducts, type DemoProduct } from './demo-portfolios.ts';
import { simulateRepayment, type RepaymentResult } from './simulate-repayment.ts';
import type { BorrowerProfile } from './borrower-profile.ts';
import type { Rng } from './prng.ts';

const productByCode = new Map(demoProducts.map((p) => [p.code, p]));

function product(code: string): DemoProduct {
  const p = productByCode.get(code);
  if (!p) throw new Error(`unknown demo product ${code}`);
  return p;
}

/** A generated account with its history. Amounts in minor units, dates as day numbers. */
export type DemoAccount = {
  product: DemoProduct;
  principal: number;
  rateBps: number;
  openedDay: number;
  termMonths: number;
  result: RepaymentResult;
};

function chooseProduct(rng: Rng, p: BorrowerProfile): DemoProduct {
  if (p.country === 'US') return product(rng.chance(0.62) ? 'US-CARD' : 'US-PL');
  const cash = 25 + 45 * (1 - p.ability);
  const card = 10 + 6 * p.incomeBand;
  const x = rng.next() * (cash + card + 40);
  return product(x < cash ? 'CN-CASH' : x < cash + card ? 'CN-CARD' : 'CN-INSTAL');
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** Draws one account of the borrower and simulates it up to `asOfDay`. */
export function drawDemoAccount(rng: Rng, p: BorrowerProfile, asOfDay: number, isHardship: (day: number) => boolean): DemoAccount {
  const prod = chooseProduct(rng, p);
  const g = prod.gen;
  const u = clamp01(0.13 * (p.incomeBand - 1) + 0.5 * rng.next());
  const [lo, hi] = g.amount;
  const major = Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * u);
  const principal = Math.max(g.amountStep, Math.round((major * 100) / g.amountStep) * g.amountStep);
  const termMonths = rng.pick(g.terms);
  const rateBps = Math.round(g.rateBps[0] + (g.rateBps[1] - g.rateBps[0]) * clamp01(0.6 * (5 - p.incomeBand) / 4 + 0.4 * rng.next()));
  const monthsAgo = rng.int(3, Math.max(6, Math.min(36, termMonths + 2)));
  const openedDay = addMonths(asOfDay, -monthsAgo) - rng.int(0, 27);
  const schedule = annuitySchedule({
    principal, rateBps, termMonths, firstDueDay: addMonths(openedDay, 1),
    monthlyFee: Math.round((principal * g.monthlyFeeBps) / 10_000),
  });
  const result = simulateRepayment({
    // asOfDay is a Shanghai date: New York lags by up to 13 hours, so its last complete day is two back.
    rng, schedule, asOfDay, lastPaymentDay: asOfDay - (p.country === 'US' ? 2 : 1), willingness: p.willingness, ability: p.ability, isHardship,
    penaltyBpsPerDay: prod.penaltyBpsPerDay, penaltyGraceDays: prod.penaltyGraceDays, roundTo: g.roundTo, chargeOffDpd: g.chargeOffDpd, prepayRate: g.prepayRate,
  });
  return { product: prod, principal, rateBps, openedDay, termMonths, result };
}
