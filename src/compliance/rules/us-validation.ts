/**
 * The US validation period (12 CFR 1006.34(b)(5)): it ends 30 days after the consumer receives
 * the validation information, and receipt may be assumed on the 5th day after it was provided,
 * not counting Saturdays, Sundays and federal legal holidays (5 U.S.C. 6103).
 */
import { dayOfDate, isoWeekday } from './zone-time.ts';

function nthWeekday(y: number, month: number, weekday: number, n: number): number {
  const first = dayOfDate(y, month, 1);
  const offset = (weekday - isoWeekday(first) + 7) % 7;
  return first + offset + (n - 1) * 7;
}

function lastWeekday(y: number, month: number, weekday: number): number {
  const last = dayOfDate(y, month + 1, 0);
  return last - ((isoWeekday(last) - weekday + 7) % 7);
}

function observed(day: number): number {
  const w = isoWeekday(day);
  return w === 6 ? day - 1 : w === 7 ? day + 1 : day;
}

const cache = new Map<number, Set<number>>();

/** Federal legal holidays (observed dates) of a year, as day numbers. */
export function federalHolidays(y: number): Set<number> {
  const hit = cache.get(y);
  if (hit) return hit;
  const days = new Set<number>([
    observed(dayOfDate(y, 1, 1)),
    nthWeekday(y, 1, 1, 3),
    nthWeekday(y, 2, 1, 3),
    lastWeekday(y, 5, 1),
    observed(dayOfDate(y, 6, 19)),
    observed(dayOfDate(y, 7, 4)),
    nthWeekday(y, 9, 1, 1),
    nthWeekday(y, 10, 1, 2),
    observed(dayOfDate(y, 11, 11)),
    nthWeekday(y, 11, 4, 4),
    observed(dayOfDate(y, 12, 25)),
    observed(dayOfDate(y + 1, 1, 1)),
  ]);
  cache.set(y, days);
  return days;
}

function isBusinessDay(day: number): boolean {
  const w = isoWeekday(day);
  if (w >= 6) return false;
  const y = new Date(day * 86_400_000).getUTCFullYear();
  return !federalHolidays(y).has(day);
}

/** The last day of the validation period for validation information provided on `sentDay`. */
export function validationPeriodEndDay(sentDay: number): number {
  let d = sentDay;
  let n = 0;
  while (n < 5) {
    d++;
    if (isBusinessDay(d)) n++;
  }
  return d + 30;
}
