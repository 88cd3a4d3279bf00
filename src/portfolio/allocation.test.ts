import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allocatePayment, allocateSequence, applyAllocation, defaultWaterfall, type InstallmentBalance } from './allocation.ts';
import type { Component } from './tables.ts';

const zero = { penalty: 0, fee: 0, interest: 0, principal: 0 };
function inst(id: number, dueOn: string, due: Partial<InstallmentBalance['due']>, paid: Partial<InstallmentBalance['paid']> = {}): InstallmentBalance {
  return { id, seq: id, dueOn, due: { ...zero, ...due }, paid: { ...zero, ...paid } };
}
const two = [
  inst(1, '2026-01-15', { principal: 10000, interest: 500, fee: 200, penalty: 100 }),
  inst(2, '2026-02-15', { principal: 10000, interest: 400 }),
];
const interestFirst: Component[] = ['interest', 'principal', 'fee', 'penalty'];

const cases: { name: string; amount: number; installments: InstallmentBalance[]; waterfall?: Component[]; want: [number, Component, number][]; unallocated: number }[] = [
  { name: 'zero amount allocates nothing', amount: 0, installments: two, want: [], unallocated: 0 },
  { name: 'smaller than the first penalty', amount: 60, installments: two, want: [[1, 'penalty', 60]], unallocated: 0 },
  {
    name: 'default order within the oldest installment',
    amount: 850,
    installments: two,
    want: [[1, 'penalty', 100], [1, 'fee', 200], [1, 'interest', 500], [1, 'principal', 50]],
    unallocated: 0,
  },
  {
    name: 'exactly the first installment',
    amount: 10800,
    installments: two,
    want: [[1, 'penalty', 100], [1, 'fee', 200], [1, 'interest', 500], [1, 'principal', 10000]],
    unallocated: 0,
  },
  {
    name: 'spills into the next installment',
    amount: 11000,
    installments: two,
    want: [[1, 'penalty', 100], [1, 'fee', 200], [1, 'interest', 500], [1, 'principal', 10000], [2, 'interest', 200]],
    unallocated: 0,
  },
  {
    name: 'overpayment stays unallocated',
    amount: 25000,
    installments: two,
    want: [[1, 'penalty', 100], [1, 'fee', 200], [1, 'interest', 500], [1, 'principal', 10000], [2, 'interest', 400], [2, 'principal', 10000]],
    unallocated: 3800,
  },
  {
    name: 'oldest first even when given out of order',
    amount: 400,
    installments: [two[1], two[0]],
    want: [[1, 'penalty', 100], [1, 'fee', 200], [1, 'interest', 100]],
    unallocated: 0,
  },
  {
    name: 'already paid components are skipped',
    amount: 700,
    installments: [inst(1, '2026-01-15', { principal: 1000, interest: 500, penalty: 100 }, { penalty: 100, interest: 200 })],
    want: [[1, 'interest', 300], [1, 'principal', 400]],
    unallocated: 0,
  },
  {
    name: 'a custom waterfall (interest, principal, fee, penalty)',
    amount: 10600,
    installments: two,
    waterfall: interestFirst,
    want: [[1, 'interest', 500], [1, 'principal', 10000], [1, 'fee', 100]],
    unallocated: 0,
  },
  {
    name: 'same due date: lower sequence first',
    amount: 150,
    installments: [{ ...inst(7, '2026-03-01', { fee: 100 }), seq: 2 }, { ...inst(8, '2026-03-01', { fee: 100 }), seq: 1 }],
    want: [[8, 'fee', 100], [7, 'fee', 50]],
    unallocated: 0,
  },
  { name: 'no schedule: all unallocated', amount: 999, installments: [], want: [], unallocated: 999 },
];

for (const c of cases) {
  test(`allocatePayment: ${c.name}`, () => {
    const got = allocatePayment({ amount: c.amount, installments: c.installments, waterfall: c.waterfall ?? [...defaultWaterfall] });
    assert.deepEqual(
      got.lines.map((l) => [l.installmentId, l.component, l.amountMinor]),
      c.want,
    );
    assert.equal(got.unallocatedMinor, c.unallocated);
    assert.equal(got.lines.reduce((s, l) => s + l.amountMinor, 0) + got.unallocatedMinor, c.amount, 'money is conserved');
  });
}

test('allocatePayment refuses negative or fractional amounts and incomplete waterfalls', () => {
  assert.throws(() => allocatePayment({ amount: -1, installments: two, waterfall: [...defaultWaterfall] }), RangeError);
  assert.throws(() => allocatePayment({ amount: 1.5, installments: two, waterfall: [...defaultWaterfall] }), RangeError);
  assert.throws(() => allocatePayment({ amount: 1, installments: two, waterfall: ['fee', 'interest', 'principal'] as Component[] }), RangeError);
});

test('two payments in a row: the second continues where the first stopped', () => {
  const first = allocatePayment({ amount: 500, installments: two, waterfall: [...defaultWaterfall] });
  const after = applyAllocation(two, first.lines);
  const second = allocatePayment({ amount: 500, installments: after, waterfall: [...defaultWaterfall] });
  assert.deepEqual(second.lines.map((l) => [l.installmentId, l.component, l.amountMinor]), [[1, 'interest', 300], [1, 'principal', 200]]);
  const once = allocatePayment({ amount: 1000, installments: two, waterfall: [...defaultWaterfall] });
  const sum = (ls: typeof once.lines) => ls.reduce((s, l) => s + l.amountMinor, 0);
  assert.equal(sum(first.lines) + sum(second.lines), sum(once.lines));
});

/** A small deterministic generator (mulberry32) for the property test below. */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

test('allocateSequence gives, payment by payment, what folding allocatePayment and applyAllocation gives', () => {
  const waterfalls: Component[][] = [[...defaultWaterfall], interestFirst, ['principal', 'penalty', 'interest', 'fee']];
  for (let seed = 1; seed <= 300; seed++) {
    const r = rng(seed);
    const amount = () => [0, 0, 50, 100, 2500][r(5)] + r(3) * r(4000);
    // Unsorted input, equal due dates told apart by seq, partly paid and overpaid components.
    const installments = Array.from({ length: 1 + r(8) }, (_, k): InstallmentBalance => ({
      id: 100 + k, seq: 1 + ((k * 5) % 9), dueOn: `2026-0${1 + r(4)}-15`,
      due: { penalty: amount(), fee: amount(), interest: amount(), principal: amount() },
      paid: { penalty: r(3) === 0 ? amount() : 0, fee: 0, interest: r(4) === 0 ? amount() : 0, principal: r(5) === 0 ? amount() : 0 },
    }));
    const amounts = Array.from({ length: r(7) }, () => amount() * (1 + r(3)));
    const waterfall = waterfalls[r(waterfalls.length)];
    let schedule: InstallmentBalance[] = installments;
    const folded = amounts.map((a) => {
      const one = allocatePayment({ amount: a, installments: schedule, waterfall });
      schedule = applyAllocation(schedule, one.lines);
      return one;
    });
    const seq = allocateSequence({ amounts, installments, waterfall });
    assert.deepEqual(seq.allocations, folded, `seed ${seed}`);
    const byId = (xs: InstallmentBalance[]) => [...xs].sort((a, b) => a.id - b.id);
    assert.deepEqual(byId(seq.installments), byId(schedule), `seed ${seed}: the schedule after`);
    assert.notEqual(seq.installments[0], installments.find((i) => i.id === seq.installments[0].id), 'new objects, input untouched');
  }
  assert.throws(() => allocateSequence({ amounts: [100, -1], installments: two, waterfall: [...defaultWaterfall] }), RangeError);
  assert.throws(() => allocateSequence({ amounts: [100], installments: two, waterfall: ['fee'] as Component[] }), RangeError);
});
