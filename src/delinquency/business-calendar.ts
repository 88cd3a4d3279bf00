/**
 * Business days. A day is a business day when it is a Monday–Friday that is not a holiday,
 * or a Saturday/Sunday that the calendar marks as a working day (调休 make-up days).
 * Lookups go through a bitmap over 1970–2099 (47,482 bytes) built once per calendar.
 *
 * Grace rule (see README): an installment due on `due` may be paid without being late up to
 * and including its payment deadline `businessDayOnOrAfter(due + graceDays)`. Grace days
 * are calendar days; when the last day of grace (or, with no grace, the due date itself)
 * is not a business day, the deadline moves to the next business day.
 */
import { toDayNumber, weekdayOf } from './day-number.ts';
import type { CalendarDay } from './calendars/calendar-day.ts';

const RANGE = 47482; // 1970-01-01 … 2099-12-31

/** Monday–Friday = 1 over the whole range: the start of every calendar's bitmap (built once, copied per calendar). */
const WEEKDAYS = (() => {
  const b = new Uint8Array(RANGE);
  for (let d = 0; d < RANGE; d++) {
    const wd = weekdayOf(d);
    b[d] = wd === 0 || wd === 6 ? 0 : 1;
  }
  return b;
})();

export type BusinessCalendar = {
  code: string;
  /** 1 = business day, index = day number (0 = 1970-01-01). */
  bitmap: Uint8Array;
  holidays: ReadonlySet<number>;
  workdays: ReadonlySet<number>;
};

/** Builds a calendar from its entries (later entries for the same day win: pass tenant rows last). */
export function buildBusinessCalendar(code: string, entries: readonly CalendarDay[]): BusinessCalendar {
  const holidays = new Set<number>();
  const workdays = new Set<number>();
  for (const e of entries) {
    if (e.kind === 'holiday') {
      holidays.add(e.day);
      workdays.delete(e.day);
    } else {
      workdays.add(e.day);
      holidays.delete(e.day);
    }
  }
  const bitmap = WEEKDAYS.slice();
  for (const d of holidays) if (d >= 0 && d < RANGE) bitmap[d] = 0;
  for (const d of workdays) if (d >= 0 && d < RANGE) bitmap[d] = 1;
  return { code, bitmap, holidays, workdays };
}

function dayOf(date: string | number): number {
  return typeof date === 'number' ? date : toDayNumber(date);
}

/** True when `date` (day number or 'YYYY-MM-DD') is a business day of `cal`. */
export function isBusinessDay(date: string | number, cal: BusinessCalendar): boolean {
  const d = dayOf(date);
  if (d >= 0 && d < RANGE) return cal.bitmap[d] === 1;
  if (cal.workdays.has(d)) return true;
  if (cal.holidays.has(d)) return false;
  const wd = weekdayOf(d);
  return wd !== 0 && wd !== 6;
}

/** The first business day on or after `date` (the day itself when it is one). */
export function businessDayOnOrAfter(date: string | number, cal: BusinessCalendar): number {
  let d = dayOf(date);
  while (!isBusinessDay(d, cal)) d++;
  return d;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: string | number, cal: BusinessCalendar): number {
  return businessDayOnOrAfter(dayOf(date) + 1, cal);
}

/** The last business day strictly before `date`. */
export function previousBusinessDay(date: string | number, cal: BusinessCalendar): number {
  let d = dayOf(date) - 1;
  while (!isBusinessDay(d, cal)) d--;
  return d;
}

/** The last day an installment due on `due` can be paid without being late (see the grace rule). */
export function paymentDeadline(due: number, graceDays: number, cal: BusinessCalendar): number {
  return businessDayOnOrAfter(due + graceDays, cal);
}

/**
 * The latest due date that is past its deadline on `asOf`: an installment is overdue on
 * `asOf` exactly when `due <= overdueCutoff(asOf, …)`. Holds because the deadline is a
 * non-decreasing function of the due date: deadline(due) < asOf ⇔ due + grace ≤ the last
 * business day before asOf.
 */
export function overdueCutoff(asOf: number, graceDays: number, cal: BusinessCalendar): number {
  return previousBusinessDay(asOf, cal) - graceDays;
}
