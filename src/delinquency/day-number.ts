/**
 * Calendar dates as integer day numbers (days since 1970-01-01). The delinquency rules do
 * all date arithmetic on these integers: no Date objects, no time zones, no DST — a due
 * date is a plain date in the portfolio's zone, and so is the as-of business date.
 */
import { civilOf, dayNumberOf } from '../platform/civil-date.ts';
import { AppError } from '../platform/errors.ts';

export { civilOf, dayNumberOf };

/** Days in a month of a year (leap years by the Gregorian rule). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses 'YYYY-MM-DD' into a day number.
 * @throws AppError INVALID_INPUT when the text is not a date that exists (e.g. 2027-02-29)
 */
export function toDayNumber(text: string): number {
  const m = ISO_DATE.exec(text);
  const year = m ? Number(m[1]) : 0;
  const month = m ? Number(m[2]) : 0;
  const day = m ? Number(m[3]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new AppError('INVALID_INPUT', {
      message: `"${text}" is not a calendar date (YYYY-MM-DD)`,
      userMessage: `日期无效 / invalid date: ${text}`,
    });
  }
  return dayNumberOf(year, month, day);
}

/** True when `text` is an existing 'YYYY-MM-DD' date. */
export function isIsoDate(text: string): boolean {
  try {
    toDayNumber(text);
    return true;
  } catch {
    return false;
  }
}

/** Formats a day number as 'YYYY-MM-DD'. */
export function fromDayNumber(n: number): string {
  const { year, month, day } = civilOf(n);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day of week: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The calendar date "today" in an IANA time zone at instant `now`, as 'YYYY-MM-DD'. */
export function todayInZone(timeZone: string, now: Date = new Date()): string {
  return formatterOf(dayFormats, timeZone, (tz) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })).format(now);
}

// Building an Intl.DateTimeFormat costs ~0.3 ms; every payment posted asks for "today" in
// its portfolio's zone. One formatter per zone (a handful of zones per process).
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const hourFormats = new Map<string, Intl.DateTimeFormat>();

function formatterOf(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: (tz: string) => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = cache.get(timeZone);
  if (!f) {
    f = make(timeZone); // throws RangeError for an unknown zone, before anything is cached
    cache.set(timeZone, f);
  }
  return f;
}

/** The local hour (0–23) in an IANA time zone at instant `now`. */
export function hourInZone(timeZone: string, now: Date = new Date()): number {
  const h = formatterOf(hourFormats, timeZone, (tz) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', hourCycle: 'h23' })).format(now);
  return Number(h);
}
