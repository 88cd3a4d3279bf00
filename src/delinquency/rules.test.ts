import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessAccount, type InstallmentFacts } from './assess-account.ts';
import { bucketLabelOf, bucketSchemes } from './bucket-schemes.ts';
import { buildBusinessCalendar } from './business-calendar.ts';
import { builtInCalendarDays } from './calendars/built-in-calendars.ts';
import { portfolioRules } from './delinquency-fold.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import { penaltyDays, penaltyPerDay } from './penalty.ts';
import { reconcileState, type StoredState } from './reconcile-state.ts';
import { classifyTransition } from './transition.ts';

const NONE = buildBusinessCalendar('NONE', []);
const CN = buildBusinessCalendar('CN', [2025, 2026].flatMap((y) => builtInCalendarDays('CN', y)));
const US = buildBusinessCalendar('US', [2026, 2027].flatMap((y) => builtInCalendarDays('US', y)));

let nextId = 1;
function inst(due: string, amounts: Partial<Omit<InstallmentFacts, 'id' | 'dueOn'>> = {}): InstallmentFacts {
  return {
    id: nextId++,
    dueOn: toDayNumber(due),
    principalDue: 1000,
    interestDue: 100,
    feeDue: 10,
    penaltyDue: 0,
    principalPaid: 0,
    interestPaid: 0,
    feePaid: 0,
    penaltyPaid: 0,
    ...amounts,
  };
}
const PAID = { principalPaid: 1000, interestPaid: 100, feePaid: 10 };

function assess(asOf: string, installments: InstallmentFacts[], o: { grace?: number; cal?: typeof NONE; scheme?: 'CN_M' | 'US_30' } = {}) {
  const rules = portfolioRules(toDayNumber(asOf), o.grace ?? 0, o.cal ?? NONE, bucketSchemes[o.scheme ?? 'CN_M']);
  return assessAccount({ rules, installments });
}

test('days past due at the edges', () => {
  const cases: [string, string, InstallmentFacts[], number, typeof NONE?, number?][] = [
    ['due today is 0 DPD', '2026-03-04', [inst('2026-03-04')], 0],
    ['one day late', '2026-03-05', [inst('2026-03-04')], 1],
    ['not yet due', '2026-03-03', [inst('2026-03-04')], 0],
    ['fully paid', '2026-04-30', [inst('2026-03-04', PAID)], 0],
    ['partial payment leaves it unpaid', '2026-03-14', [inst('2026-03-04', { principalPaid: 1000, interestPaid: 100, feePaid: 9 })], 10],
    ['the oldest unpaid drives DPD', '2026-05-04', [inst('2026-03-04', { principalPaid: 500 }), inst('2026-04-04')], 61],
    ['paid oldest, unpaid newer (4 Apr 2026 is a Saturday: deadline Mon 6 Apr)', '2026-05-04', [inst('2026-03-04', PAID), inst('2026-04-04')], 28],
    ['order of installments does not matter', '2026-05-04', [inst('2026-04-04'), inst('2026-03-04', { principalPaid: 500 })], 61],
    ['grace 3: last day of grace is 0', '2026-03-05', [inst('2026-03-02')], 0, NONE, 3],
    ['grace 3: the day after is 1', '2026-03-06', [inst('2026-03-02')], 1, NONE, 3],
    ['due on a Saturday, paid Monday is on time', '2026-03-09', [inst('2026-03-07')], 0],
    ['due on a Saturday, Tuesday is 1 DPD', '2026-03-10', [inst('2026-03-07')], 1],
    ['due on CN National Day: 0 on 8 Oct', '2026-10-08', [inst('2026-10-01')], 0, CN],
    ['due on CN National Day: 1 on 9 Oct', '2026-10-09', [inst('2026-10-01')], 1, CN],
    ['due on a CN make-up Saturday: late on Sunday', '2026-02-15', [inst('2026-02-14')], 1, CN],
    ['due on US observed 4 July (Fri 3 Jul): on time Monday', '2026-07-06', [inst('2026-07-03')], 0, US],
    ['due on US observed 4 July: 1 DPD Tuesday', '2026-07-07', [inst('2026-07-03')], 1, US],
    ['month end on a Saturday, a month later', '2026-03-01', [inst('2026-01-31')], 27],
    ['leap day due, next day', '2028-03-01', [inst('2028-02-29')], 1],
    ['28 Feb of a leap year, 1 March', '2028-03-01', [inst('2028-02-28')], 2],
  ];
  for (const [name, asOf, installments, dpd, cal, grace] of cases) {
    assert.equal(assess(asOf, installments, { cal, grace }).dpd, dpd, name);
  }
});

test('overdue amounts by component count only installments past their deadline', () => {
  const a = assess('2026-05-04', [
    inst('2026-03-04', { principalPaid: 400, penaltyDue: 50, penaltyPaid: 20 }),
    inst('2026-04-04', { feePaid: 10 }),
    inst('2026-05-04'), // due today: not overdue yet
    inst('2026-06-04'),
  ]);
  assert.deepEqual(a.overdue, { principal: 600 + 1000, interest: 200, fee: 10, penalty: 30 });
  assert.equal(a.outstanding, 600 + 100 + 10 + 30 + 1100 + 1110 + 1110);
  assert.equal(a.oldestUnpaidDueOn, toDayNumber('2026-03-04'));
  const paid = assess('2026-05-04', [inst('2026-03-04', PAID)]);
  assert.equal(paid.oldestUnpaidDueOn, null);
  assert.deepEqual(paid.overdue, { principal: 0, interest: 0, fee: 0, penalty: 0 });
});

test('bucket boundaries of both schemes', () => {
  const cases: [number, string, string][] = [
    [0, 'M0', 'current'],
    [1, 'M1', '1-29'],
    [29, 'M1', '1-29'],
    [30, 'M1', '30-59'],
    [31, 'M2', '30-59'],
    [59, 'M2', '30-59'],
    [60, 'M2', '60-89'],
    [61, 'M3', '60-89'],
    [90, 'M3', '90-119'],
    [91, 'M4', '90-119'],
    [119, 'M4', '90-119'],
    [120, 'M4', '120+'],
    [121, 'M5', '120+'],
    [150, 'M5', '120+'],
    [151, 'M6', '120+'],
    [180, 'M6', '120+'],
    [181, 'M7+', '120+'],
    [2000, 'M7+', '120+'],
  ];
  for (const [dpd, cn, us] of cases) {
    assert.equal(bucketLabelOf(dpd, bucketSchemes.CN_M), cn, `CN ${dpd}`);
    assert.equal(bucketLabelOf(dpd, bucketSchemes.US_30), us, `US ${dpd}`);
  }
  // the same boundaries through a whole assessment
  const due = '2026-01-01';
  for (const [dpd, cn, us] of cases.filter((c) => c[0] <= 181)) {
    const asOf = fromDayNumber(toDayNumber(due) + dpd);
    assert.equal(assess(asOf, [inst(due)]).bucketLabel, cn);
    assert.equal(assess(asOf, [inst(due)], { scheme: 'US_30' }).bucketLabel, us);
  }
});

test('transition kinds', () => {
  const cases: [number, number, string][] = [
    [-1, 0, 'new'],
    [-1, 3, 'new'],
    [0, 0, 'stay'],
    [2, 2, 'stay'],
    [0, 1, 'roll_forward'],
    [1, 3, 'roll_forward'],
    [3, 1, 'roll_back'],
    [3, 0, 'cure'],
    [1, 0, 'cure'],
  ];
  for (const [from, to, kind] of cases) assert.equal(classifyTransition(from, to), kind, `${from}→${to}`);
});

test('penalty per day rounds half up; days start after the penalty grace and the watermark', () => {
  assert.equal(penaltyPerDay(10000, 5), 5);
  assert.equal(penaltyPerDay(999, 5), 0); // 0.4995
  assert.equal(penaltyPerDay(1000, 5), 1); // 0.5 → 1
  assert.equal(penaltyPerDay(0, 5), 0);
  const d = toDayNumber('2026-03-10');
  const cases: [string, number, number, number | null, number][] = [
    ['first sight accrues the as-of day only', d, 0, null, 1],
    ['inside the penalty grace', d, 12, null, 0],
    ['first day after grace', d, 9, null, 1],
    ['catch-up after skipped nights', d, 0, d - 3, 3],
    ['catch-up starts after the grace (deadline 28 Feb + 5 → from 6 Mar)', d, 5, d - 8, 5],
    ['re-run of the same date', d, 0, d, 0],
    ['run for an earlier date', d, 0, d + 2, 0],
  ];
  const deadline = toDayNumber('2026-02-28');
  for (const [name, asOf, grace, through, days] of cases) {
    assert.equal(penaltyDays({ deadline, penaltyGraceDays: grace, asOf, penaltyThrough: through }), days, name);
  }
});

test('penalty accrues into the overdue penalty and is not doubled when re-run for the same date', () => {
  const rules = portfolioRules(toDayNumber('2026-03-20'), 0, NONE, bucketSchemes.CN_M);
  const installments = [inst('2026-03-02', { principalDue: 100000, principalPaid: 20000 }), inst('2026-04-02', { principalDue: 100000 })];
  const first = assessAccount({ rules, installments, penalty: { bpsPerDay: 5, graceDays: 3, penaltyThrough: toDayNumber('2026-03-17') } });
  assert.deepEqual(first.penaltyAccruals, [{ installmentId: installments[0].id, amount: 3 * 40 }]);
  assert.equal(first.overdue.penalty, 120);
  // the cycle stores the accrual and moves the watermark to the as-of date
  const stored = installments.map((i) => ({ ...i, penaltyDue: i.penaltyDue + (first.penaltyAccruals.find((a) => a.installmentId === i.id)?.amount ?? 0) }));
  const rerun = assessAccount({ rules, installments: stored, penalty: { bpsPerDay: 5, graceDays: 3, penaltyThrough: rules.asOf } });
  assert.deepEqual(rerun.penaltyAccruals, []);
  assert.equal(rerun.overdue.penalty, 120);
});

test('reconcile: first sight, next day, and a re-run of the same date', () => {
  const asOf = toDayNumber('2026-03-20');
  const next = { bucket: 1, dpd: 18, overduePrincipal: 10, overdueInterest: 0, overdueFee: 0, overduePenalty: 0, outstanding: 50, oldestUnpaidDue: asOf - 18 };
  assert.deepEqual(reconcileState(null, next, asOf), { write: true, yesterday: -1, kind: 'new', emitEvent: true, first: true });
  assert.equal(reconcileState(null, { ...next, bucket: 0, dpd: 0 }, asOf).emitEvent, false);
  const yesterday: StoredState = { ...next, asOf: asOf - 1, dpd: 17, prevBucket: 1 };
  assert.deepEqual(reconcileState(yesterday, next, asOf), { write: true, yesterday: 1, kind: 'stay', emitEvent: false, first: false });
  const cured: StoredState = { ...next, asOf, prevBucket: 0 };
  assert.deepEqual(reconcileState({ ...cured }, next, asOf), { write: false, yesterday: 0, kind: 'roll_forward', emitEvent: false, first: false });
  const paidToday = { ...next, bucket: 0, dpd: 0, overduePrincipal: 0 };
  assert.deepEqual(reconcileState(cured, paidToday, asOf), { write: true, yesterday: 0, kind: 'stay', emitEvent: true, first: false });
  assert.throws(() => reconcileState({ ...cured, asOf: asOf + 1 }, next, asOf), /newer/);
});
