import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annuitySchedule } from './annuity-schedule.ts';
import { addMonths, parseDay } from './civil-date.ts';
import { createRng } from './prng.ts';
import { simulateRepayment, type RepaymentInput } from './simulate-repayment.ts';
import { RepaymentLedger } from './repayment-ledger.ts';

const asOfDay = parseDay('2026-11-22');

function run(seed: number, traits: { willingness: number; ability: number; hardship: boolean }, chargeOffDpd: number | null = null) {
  const rng = createRng(seed, 0);
  const schedule = annuitySchedule({ principal: 1_200_000, rateBps: 1500, termMonths: 24, firstDueDay: addMonths(asOfDay, -14) });
  const input: RepaymentInput = {
    rng, schedule, asOfDay, willingness: traits.willingness, ability: traits.ability, isHardship: () => traits.hardship,
    penaltyBpsPerDay: 5, penaltyGraceDays: 0, roundTo: 100, chargeOffDpd, prepayRate: 0,
  };
  return simulateRepayment(input);
}

test('a willing, able borrower is almost always current; an unwilling one in hardship is almost always behind', () => {
  let goodBehind = 0;
  let badBehind = 0;
  const n = 300;
  for (let s = 0; s < n; s++) {
    const good = run(s, { willingness: 0.97, ability: 0.97, hardship: false });
    const bad = run(s, { willingness: 0.05, ability: 0.1, hardship: true });
    if (good.ledger.daysPastDueWith(asOfDay, good.ledger.paid) > 0) goodBehind++;
    if (bad.ledger.daysPastDueWith(asOfDay, bad.ledger.paid) > 0) badBehind++;
  }
  assert.ok(goodBehind / n < 0.08, `good borrowers behind: ${goodBehind}/${n}`);
  assert.ok(badBehind / n > 0.8, `bad borrowers behind: ${badBehind}/${n}`);
});

test('payments are positive whole minor units, in date order, never after the as-of date, never beyond what is owed', () => {
  for (let s = 0; s < 200; s++) {
    const w = (s % 10) / 10 + 0.05;
    const r = run(s, { willingness: w, ability: 1 - w / 2, hardship: s % 3 === 0 });
    let last = -Infinity;
    for (const p of r.payments) {
      assert.ok(Number.isInteger(p.amount) && p.amount > 0);
      assert.ok(p.day > last && p.day <= asOfDay);
      last = p.day;
      assert.ok(p.minute >= 7 * 60 && p.minute < 23 * 60);
    }
    assert.equal(r.applied.length, r.payments.length);
    assert.ok(r.ledger.paid <= r.ledger.total + 100 * r.payments.length, 'no more than rounding over the total');
  }
});

test('charge-off is set exactly when the oldest unpaid installment reaches the charge-off age', () => {
  let chargedOff = 0;
  for (let s = 0; s < 100; s++) {
    const r = run(s, { willingness: 0.02, ability: 0.02, hardship: true }, 180);
    const day = r.chargedOffDay;
    if (day === null) continue;
    chargedOff++;
    assert.ok(day <= asOfDay);
    const paidBefore = r.payments.reduce((sum, p, i) => sum + (p.day < day ? r.applied[i] : 0), 0);
    assert.ok(r.ledger.daysPastDueWith(day, paidBefore) >= 180);
  }
  assert.ok(chargedOff > 50, `charged off ${chargedOff}/100`);
});

test('the same random stream gives the same history', () => {
  const a = run(77, { willingness: 0.5, ability: 0.5, hardship: false });
  const b = run(77, { willingness: 0.5, ability: 0.5, hardship: false });
  assert.deepEqual(a.payments, b.payments);
  assert.deepEqual(a.schedule, b.schedule);
});

test('ledger: penalty accrues per day on overdue principal after the grace, is paid first, and a cure clears everything', () => {
  const due = parseDay('2026-01-10');
  const schedule = [{ seq: 1, dueDay: due, principal: 100_000, interest: 1_000, fee: 0 }, { seq: 2, dueDay: addMonths(due, 1), principal: 100_000, interest: 500, fee: 0 }];
  const ledger = new RepaymentLedger(schedule, { bpsPerDay: 5, graceDays: 3 });
  // 50 minor units a day on 100,000 overdue principal; days 4..10 after the due date accrue
  assert.equal(ledger.penaltyOutstandingAt(due + 3), 0, 'inside the grace');
  assert.equal(ledger.penaltyOutstandingAt(due + 10), 7 * 50);
  const toInstallments = ledger.pay(due + 10, 101_000 + 350);
  assert.equal(toInstallments, 101_000);
  assert.equal(ledger.penalty[0], 350);
  assert.equal(ledger.fullyPaid, 1);
  assert.equal(ledger.daysPastDueWith(due + 10, ledger.paid), 0);
  assert.equal(ledger.daysPastDueWith(due + 10, 0), 10);
  ledger.accrueTo(due + 20);
  assert.equal(ledger.penalty[0], 350, 'a paid installment accrues no more');
  assert.equal(ledger.penaltyOutstandingAt(due + 20), 0, 'the second installment is not yet due');
});
