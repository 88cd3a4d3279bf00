/**
 * The built-in holiday calendars a portfolio can name in `portfolios.holiday_calendar`:
 * `US` (federal holidays by rule, any year), `CN` (State Council schedule with 调休,
 * 2024–2026) and `NONE` (Saturday/Sunday only). A tenant's own rows in `holiday_dates`
 * override these per date.
 */
import type { CalendarDay } from './calendar-day.ts';
import { cnPublicHolidays } from './cn-public.ts';
import { usFederalHolidays } from './us-federal.ts';

export const builtInCalendarCodes = ['US', 'CN', 'NONE'] as const;
export type BuiltInCalendarCode = (typeof builtInCalendarCodes)[number];

/** True when `code` names a built-in calendar. */
export function isBuiltInCalendar(code: string): code is BuiltInCalendarCode {
  return (builtInCalendarCodes as readonly string[]).includes(code);
}

/** The built-in entries of a calendar for one year (empty for unknown codes and `NONE`). */
export function builtInCalendarDays(code: string, year: number): CalendarDay[] {
  if (code === 'US') return usFederalHolidays(year);
  if (code === 'CN') return cnPublicHolidays(year);
  return [];
}
