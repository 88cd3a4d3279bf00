/**
 * Text forms the import files use: amounts in major units with two decimals, and
 * instants with the portfolio zone's UTC offset (China +08:00; New York −05:00 or, in
 * daylight-saving time, −04:00).
 */
import { dayFromCivil, formatDay, civilFromDay } from './civil-date.ts';

/** `123456` minor units → `"1234.56"`. */
export function formatMinor(minor: number): string {
  const whole = Math.floor(minor / 100);
  const cents = minor - whole * 100;
  return `${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Day of week, 0 = Sunday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** True when New York keeps daylight-saving time on that day (second Sunday of March to first Sunday of November). */
export function isNewYorkDst(day: number): boolean {
  const [y] = civilFromDay(day);
  const mar1 = dayFromCivil(y, 3, 1);
  const nov1 = dayFromCivil(y, 11, 1);
  const start = mar1 + ((7 - weekday(mar1)) % 7) + 7;
  const end = nov1 + ((7 - weekday(nov1)) % 7);
  return day >= start && day < end;
}

/**
 * An ISO 8601 instant for a local day and minute of day in the portfolio's zone.
 * Minutes are expected between 03:00 and 23:59, clear of the 02:00 clock change.
 */
export function localInstant(day: number, minute: number, country: 'CN' | 'US'): string {
  const hh = Math.floor(minute / 60);
  const mm = minute % 60;
  const offset = country === 'CN' ? '+08:00' : isNewYorkDst(day) ? '-04:00' : '-05:00';
  return `${formatDay(day)}T${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}:00${offset}`;
}
