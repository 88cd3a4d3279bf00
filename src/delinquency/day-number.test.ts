import assert from 'node:assert/strict';
import { test } from 'node:test';
import { civilOf, dayNumberOf, daysInMonth, fromDayNumber, isIsoDate, toDayNumber, weekdayOf } from './day-number.ts';

test('day numbers round-trip every day from 1970 to 2100 and agree with Date.UTC', () => {
  const start = toDayNumber('1970-01-01');
  const end = toDayNumber('2100-12-31');
  assert.equal(start, 0);
  for (let d = start; d <= end; d += 1) {
    const c = civilOf(d);
    assert.equal(dayNumberOf(c.year, c.month, c.day), d);
    if (d % 997 === 0) assert.equal(Date.UTC(c.year, c.month - 1, c.day) / 86400000, d);
  }
});

test('dates that exist and dates that do not', () => {
  const cases: [string, boolean][] = [
    ['2028-02-29', true], // leap year
    ['2027-02-29', false],
    ['2100-02-29', false], // century, not a leap year
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['26-01-01', false],
  ];
  for (const [text, ok] of cases) assert.equal(isIsoDate(text), ok, text);
  assert.throws(() => toDayNumber('2027-02-29'), /not a calendar date/);
});

test('month ends and leap days in day arithmetic', () => {
  const cases: [string, string, number][] = [
    ['2028-02-28', '2028-03-01', 2],
    ['2028-02-29', '2028-03-01', 1],
    ['2027-02-28', '2027-03-01', 1],
    ['2026-01-31', '2026-03-01', 29],
    ['2026-12-31', '2027-01-01', 1],
  ];
  for (const [a, b, days] of cases) assert.equal(toDayNumber(b) - toDayNumber(a), days, `${a} → ${b}`);
  assert.equal(fromDayNumber(toDayNumber('2028-02-29') + 1), '2028-03-01');
  assert.equal(daysInMonth(2028, 2), 29);
  assert.equal(daysInMonth(2026, 2), 28);
});

test('weekdays (0 = Sunday)', () => {
  const cases: [string, number][] = [
    ['1970-01-01', 4],
    ['2026-07-04', 6],
    ['2026-02-14', 6],
    ['2026-11-22', 0],
    ['2028-02-29', 2],
  ];
  for (const [d, wd] of cases) assert.equal(weekdayOf(toDayNumber(d)), wd, d);
});
