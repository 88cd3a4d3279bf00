/**
 * Chinese public holidays (法定节假日) with their make-up working days (调休上班), as
 * announced each year by the General Office of the State Council. Hard-coded data: the
 * dates are set by announcement, not by a rule. Holiday ranges list every day off of the
 * announced break (weekend days inside a break included); `workdays` are the weekend days
 * that are worked instead.
 *
 * SOURCES (国务院办公厅关于部分节假日安排的通知, published by Xinhua / gov.cn):
 * - 2024: 国办发明电〔2023〕7号, 2023-10-25
 * - 2025: 国办发明电〔2024〕12号, 2024-11-12 (first year under the revised 全国年节及纪念日放假办法:
 *   除夕 and 5月2日 became public holidays)
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04 (checked against the text
 *   as republished by Xinhua on 2025-11-04/05)
 * Years outside 2024–2026 have no data here: such a calendar falls back to weekends only
 * (add the year below, or as tenant rows via PUT /v1/holidays/CN/:day, when announced).
 */
import { dayNumberOf } from '../day-number.ts';
import type { CalendarDay } from './calendar-day.ts';

type Festival = { name: string; from: string; to: string; workdays: string[] };

/** The announced schedule per year; dates are 'MM-DD' within that year (or 'YYYY-MM-DD'). */
export const cnSchedules: Record<number, Festival[]> = {
  2024: [
    { name: "New Year's Day / 元旦", from: '01-01', to: '01-01', workdays: [] },
    { name: 'Spring Festival / 春节', from: '02-10', to: '02-17', workdays: ['02-04', '02-18'] },
    { name: 'Qingming Festival / 清明节', from: '04-04', to: '04-06', workdays: ['04-07'] },
    { name: 'Labour Day / 劳动节', from: '05-01', to: '05-05', workdays: ['04-28', '05-11'] },
    { name: 'Dragon Boat Festival / 端午节', from: '06-10', to: '06-10', workdays: [] },
    { name: 'Mid-Autumn Festival / 中秋节', from: '09-15', to: '09-17', workdays: ['09-14'] },
    { name: 'National Day / 国庆节', from: '10-01', to: '10-07', workdays: ['09-29', '10-12'] },
  ],
  2025: [
    { name: "New Year's Day / 元旦", from: '01-01', to: '01-01', workdays: [] },
    { name: 'Spring Festival / 春节', from: '01-28', to: '02-04', workdays: ['01-26', '02-08'] },
    { name: 'Qingming Festival / 清明节', from: '04-04', to: '04-06', workdays: [] },
    { name: 'Labour Day / 劳动节', from: '05-01', to: '05-05', workdays: ['04-27'] },
    { name: 'Dragon Boat Festival / 端午节', from: '05-31', to: '06-02', workdays: [] },
    { name: 'National Day and Mid-Autumn Festival / 国庆节、中秋节', from: '10-01', to: '10-08', workdays: ['09-28', '10-11'] },
  ],
  2026: [
    { name: "New Year's Day / 元旦", from: '01-01', to: '01-03', workdays: ['01-04'] },
    { name: 'Spring Festival / 春节', from: '02-15', to: '02-23', workdays: ['02-14', '02-28'] },
    { name: 'Qingming Festival / 清明节', from: '04-04', to: '04-06', workdays: [] },
    { name: 'Labour Day / 劳动节', from: '05-01', to: '05-05', workdays: ['05-09'] },
    { name: 'Dragon Boat Festival / 端午节', from: '06-19', to: '06-21', workdays: [] },
    { name: 'Mid-Autumn Festival / 中秋节', from: '09-25', to: '09-27', workdays: [] },
    { name: 'National Day / 国庆节', from: '10-01', to: '10-07', workdays: ['09-20', '10-10'] },
  ],
};

/** The years with announced data. */
export const cnYears = Object.keys(cnSchedules).map(Number);

function dayIn(year: number, mmdd: string): number {
  return dayNumberOf(year, Number(mmdd.slice(0, 2)), Number(mmdd.slice(3, 5)));
}

/** The holidays and make-up working days of `year` (empty when not announced/known). */
export function cnPublicHolidays(year: number): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (const f of cnSchedules[year] ?? []) {
    for (let d = dayIn(year, f.from); d <= dayIn(year, f.to); d++) out.push({ day: d, kind: 'holiday', name: f.name });
    for (const w of f.workdays) out.push({ day: dayIn(year, w), kind: 'workday', name: `${f.name} make-up working day / 调休上班` });
  }
  return out.sort((a, b) => a.day - b.day);
}
