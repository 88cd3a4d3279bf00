/**
 * Calendar dates as integer day numbers (days since 1970-01-01, proleptic Gregorian), with
 * Howard Hinnant's days_from_civil / civil_from_days: date arithmetic without Date objects
 * or time zones. Shared by the delinquency rules, the demo generator and the compliance
 * engine's instant formatting.
 */

/** Days since 1970-01-01 of a proleptic Gregorian (year, month 1–12, day 1–31). */
export function dayNumberOf(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The (year, month, day) of a day number. */
export function civilOf(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
