import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBusinessCalendar, businessDayOnOrAfter, isBusinessDay, nextBusinessDay, overdueCutoff, paymentDeadline } from './business-calendar.ts';
import { builtInCalendarDays } from './calendars/built-in-calendars.ts';
import { cnPublicHolidays } from './calendars/cn-public.ts';
import { usFederalHolidays } from './calendars/us-federal.ts';
import { fromDayNumber, toDayNumber, weekdayOf } from './day-number.ts';

const cal = (code: string, years: number[]) => buildBusinessCalendar(code, years.flatMap((y) => builtInCalendarDays(code, y)));
const US = cal('US', [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
const CN = cal('CN', [2024, 2025, 2026]);
const NONE = cal('NONE', []);

test('US federal holidays of 2026 as published by OPM (Independence Day on a Saturday → Friday 3 July)', () => {
  const days = usFederalHolidays(2026).map((h) => fromDayNumber(h.day));
  assert.deepEqual(days, [
    '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03',
    '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
  ]);
  assert.match(usFederalHolidays(2026)[5].name, /Independence Day \(observed\)/);
});

test('US observance edges: Saturday → Friday, Sunday → Monday, New Year on a Saturday observed the year before', () => {
  const cases: [number, string, boolean][] = [
    [2021, '2021-12-31', true], // 2022-01-01 was a Saturday
    [2022, '2022-01-01', false],
    [2022, '2022-06-20', true], // Juneteenth on a Sunday
    [2022, '2022-12-26', true], // Christmas on a Sunday
    [2023, '2023-01-02', true], // New Year on a Sunday
    [2021, '2021-06-18', true], // first Juneteenth, on a Saturday
    [2020, '2020-06-19', false], // before Juneteenth existed
    [2027, '2027-07-05', true], // 4 July 2027 is a Sunday
  ];
  for (const [year, day, listed] of cases) {
    assert.equal(usFederalHolidays(year).some((h) => fromDayNumber(h.day) === day), listed, `${year} ${day}`);
  }
});

test('Chinese 2024–2026 schedules: holidays and 调休 make-up working days', () => {
  const cases: [string, boolean][] = [
    ['2024-02-04', true], // Sunday worked before the Spring Festival
    ['2024-02-12', false],
    ['2024-02-18', true],
    ['2024-05-11', true], // Saturday worked
    ['2024-09-14', true],
    ['2025-01-26', true],
    ['2025-01-28', false], // 除夕, a public holiday from 2025
    ['2025-02-08', true],
    ['2025-10-08', false], // National Day + Mid-Autumn merged, 8 days
    ['2025-10-11', true],
    ['2026-01-02', false],
    ['2026-01-04', true], // Sunday worked after New Year
    ['2026-02-14', true], // Saturday worked
    ['2026-02-23', false],
    ['2026-02-28', true],
    ['2026-05-09', true],
    ['2026-06-19', false],
    ['2026-09-20', true],
    ['2026-09-25', false],
    ['2026-10-07', false],
    ['2026-10-10', true],
    ['2026-10-12', true], // ordinary Monday
    ['2026-10-11', false], // ordinary Sunday
  ];
  for (const [day, business] of cases) assert.equal(isBusinessDay(day, CN), business, day);
  const workdays2026 = cnPublicHolidays(2026).filter((d) => d.kind === 'workday');
  for (const w of workdays2026) assert.ok([0, 6].includes(weekdayOf(w.day)), `${fromDayNumber(w.day)} is a weekend day`);
  assert.equal(workdays2026.length, 6);
  assert.deepEqual(cnPublicHolidays(2023), []);
});

test('payment deadline: a due date on a non-business day moves to the next business day; grace days are calendar days', () => {
  const cases: [string, typeof US, string, number, string][] = [
    ['plain weekday', NONE, '2026-03-04', 0, '2026-03-04'],
    ['Saturday, no calendar', NONE, '2026-03-07', 0, '2026-03-09'],
    ['month end on a Saturday', NONE, '2026-01-31', 0, '2026-02-02'],
    ['grace 3 ending on a Thursday', NONE, '2026-03-02', 3, '2026-03-05'],
    ['grace 3 ending on a Saturday', NONE, '2026-03-04', 3, '2026-03-09'],
    ['US observed Independence Day (Friday)', US, '2026-07-03', 0, '2026-07-06'],
    ['US 4 July on a Saturday', US, '2026-07-04', 0, '2026-07-06'],
    ['US Saturday before Presidents Day', US, '2026-02-14', 0, '2026-02-17'],
    ['CN National Day', CN, '2026-10-01', 0, '2026-10-08'],
    ['CN make-up Saturday is a business day', CN, '2026-02-14', 0, '2026-02-14'],
    ['CN Spring Festival with grace 2', CN, '2026-02-13', 2, '2026-02-24'],
    ['leap day', NONE, '2028-02-29', 0, '2028-02-29'],
  ];
  for (const [name, c, due, grace, deadline] of cases) {
    assert.equal(fromDayNumber(paymentDeadline(toDayNumber(due), grace, c)), deadline, name);
  }
});

test('overdueCutoff agrees with paymentDeadline for every due date around many as-of dates', () => {
  for (const c of [US, CN, NONE]) {
    for (const grace of [0, 1, 3, 10]) {
      for (let asOf = toDayNumber('2026-01-01'); asOf <= toDayNumber('2026-12-31'); asOf += 3) {
        const cutoff = overdueCutoff(asOf, grace, c);
        for (let due = asOf - 40; due <= asOf + 2; due++) {
          assert.equal(due <= cutoff, paymentDeadline(due, grace, c) < asOf, `${c.code} grace ${grace} due ${fromDayNumber(due)} as of ${fromDayNumber(asOf)}`);
        }
      }
    }
  }
});

test('tenant entries override built-in ones; next business day skips holidays', () => {
  const entries = [...builtInCalendarDays('CN', 2026), { day: toDayNumber('2026-10-05'), kind: 'workday' as const, name: 'tenant works' }];
  const own = buildBusinessCalendar('CN', entries);
  assert.equal(isBusinessDay('2026-10-05', own), true);
  assert.equal(isBusinessDay('2026-10-05', CN), false);
  assert.equal(fromDayNumber(nextBusinessDay('2026-09-30', CN)), '2026-10-08');
  assert.equal(fromDayNumber(businessDayOnOrAfter('2026-09-30', CN)), '2026-09-30');
  assert.equal(isBusinessDay('2150-06-03', NONE), true); // beyond the bitmap: weekday rule
});
