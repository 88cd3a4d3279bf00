/** One dated entry of a holiday calendar. */
export type CalendarDay = {
  /** Day number (days since 1970-01-01). */
  day: number;
  /** `holiday`: no business on a weekday; `workday`: a weekend day that is worked (调休). */
  kind: 'holiday' | 'workday';
  /** Bilingual name, e.g. "Spring Festival / 春节". */
  name: string;
};
