/**
 * Calendar dates as day numbers (days since 1970-01-01), so that the generator does
 * date arithmetic with integers and formats each date once. No time zone is involved: a
 * day number is a calendar date in the portfolio's zone.
 */
import { civilOf, dayNumberOf } from '../platform/civil-date.ts';
import { AppError } from '../platform/errors.ts';

/** Day number of a civil date (proleptic Gregorian). */
export const dayFromCivil = dayNumberOf;

/** The civil date `[year, month, day]` of a day number. */
export function civilFromDay(day: number): [number, number, number] {
  const c = civilOf(day);
  return [c.year, c.month, c.day];
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

// Memo tables for the day numbers of 1970–2149, the only ones a portfolio uses in practice.
const MEMO = 65_536;
const formatted: string[] = new Array<string>(MEMO);
const monthNumbers = new Int32Array(MEMO);

/** `YYYY-MM-DD` of a day number (memoised). */
export function formatDay(day: number): string {
  const hit = day >= 0 && day < MEMO ? formatted[day] : undefined;
  if (hit !== undefined) return hit;
  const [y, m, d] = civilFromDay(day);
  const text = `${y}-${pad2(m)}-${pad2(d)}`;
  if (day >= 0 && day < MEMO) formatted[day] = text;
  return text;
}

/** The month of a day number as `year × 12 + month − 1` (memoised). */
export function monthNumberOf(day: number): number {
  if (day >= 0 && day < MEMO && monthNumbers[day] !== 0) return monthNumbers[day] - 1;
  const [y, m] = civilFromDay(day);
  const n = y * 12 + m - 1;
  if (day >= 0 && day < MEMO) monthNumbers[day] = n + 1;
  return n;
}

/**
 * Day number of a `YYYY-MM-DD` text.
 * @throws AppError INVALID_INPUT when the text is not an existing date
 */
export function parseDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const day = dayFromCivil(y, m, d);
    const back = civilFromDay(day);
    if (back[0] === y && back[1] === m && back[2] === d) return day;
  }
  throw new AppError('INVALID_INPUT', { message: `not a date (YYYY-MM-DD): ${text}` });
}

/** The same day of month `months` later, clamped to the month's last day. */
export function addMonths(day: number, months: number): number {
  const [y, m, d] = civilFromDay(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = dayFromCivil(nm === 12 ? ny + 1 : ny, nm === 12 ? 1 : nm + 1, 1) - dayFromCivil(ny, nm, 1);
  return dayFromCivil(ny, nm, Math.min(d, last));
}

/** Day of month of a day number. */
export function dayOfMonth(day: number): number {
  return civilFromDay(day)[2];
}
