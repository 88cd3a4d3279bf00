/**
 * United States federal holidays (5 U.S.C. 6103), computed by rule for any year. A holiday
 * on a Saturday is observed on the Friday before, one on a Sunday on the Monday after
 * (Executive Order 11582 / OPM practice). New Year's Day on a Saturday is therefore
 * observed on 31 December of the previous year: `usFederalHolidays(y)` lists what is
 * observed within year `y`, so that case appears in the earlier year's list.
 * SOURCE: 5 U.S.C. 6103(a),(b); OPM "Federal Holidays" pages.
 */
import { dayNumberOf, weekdayOf } from '../day-number.ts';
import type { CalendarDay } from './calendar-day.ts';

type Rule = { name: string; nameZh: string; actual: (year: number) => number; from?: number };

/** The n-th (1-based) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = dayNumberOf(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, weekday: number): number {
  const next = month === 12 ? dayNumberOf(year + 1, 1, 1) : dayNumberOf(year, month + 1, 1);
  const last = next - 1;
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

const RULES: Rule[] = [
  { name: "New Year's Day", nameZh: '元旦', actual: (y) => dayNumberOf(y, 1, 1) },
  { name: 'Birthday of Martin Luther King, Jr.', nameZh: '马丁·路德·金纪念日', actual: (y) => nthWeekday(y, 1, 1, 3), from: 1986 },
  { name: "Washington's Birthday", nameZh: '华盛顿诞辰（总统日）', actual: (y) => nthWeekday(y, 2, 1, 3) },
  { name: 'Memorial Day', nameZh: '阵亡将士纪念日', actual: (y) => lastWeekday(y, 5, 1) },
  { name: 'Juneteenth National Independence Day', nameZh: '六月节', actual: (y) => dayNumberOf(y, 6, 19), from: 2021 },
  { name: 'Independence Day', nameZh: '独立日', actual: (y) => dayNumberOf(y, 7, 4) },
  { name: 'Labor Day', nameZh: '劳动节', actual: (y) => nthWeekday(y, 9, 1, 1) },
  { name: 'Columbus Day', nameZh: '哥伦布日', actual: (y) => nthWeekday(y, 10, 1, 2) },
  { name: 'Veterans Day', nameZh: '退伍军人节', actual: (y) => dayNumberOf(y, 11, 11) },
  { name: 'Thanksgiving Day', nameZh: '感恩节', actual: (y) => nthWeekday(y, 11, 4, 4) },
  { name: 'Christmas Day', nameZh: '圣诞节', actual: (y) => dayNumberOf(y, 12, 25) },
];

/** Saturday → Friday before, Sunday → Monday after, otherwise the day itself. */
export function observedDay(actual: number): number {
  const wd = weekdayOf(actual);
  if (wd === 6) return actual - 1;
  if (wd === 0) return actual + 1;
  return actual;
}

/**
 * The federal holidays observed within `year` (day numbers, ascending), each named with
 * "(observed)" when it is moved off a weekend.
 */
export function usFederalHolidays(year: number): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (const y of [year, year + 1]) {
    for (const r of RULES) {
      if (r.from !== undefined && y < r.from) continue;
      const actual = r.actual(y);
      const day = observedDay(actual);
      if (dayNumberOf(year, 1, 1) > day || day >= dayNumberOf(year + 1, 1, 1)) continue;
      const moved = day !== actual;
      out.push({
        day,
        kind: 'holiday',
        name: moved ? `${r.name} (observed) / ${r.nameZh}（补假）` : `${r.name} / ${r.nameZh}`,
      });
    }
  }
  return out.sort((a, b) => a.day - b.day);
}
