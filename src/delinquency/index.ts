/**
 * The delinquency domain's public surface: the nightly cycle, the recompute used by the
 * payment path, read models, routes, CLI, jobs, holiday calendars and the pure rules.
 */
export { runDelinquencyCycle, type CycleInput, type CycleSummary } from './run-delinquency-cycle.ts';
export { runNightlyCycles, type NightlyInput } from './nightly.ts';
export { recomputeDelinquency, type RecomputeSummary } from './recompute-delinquency.ts';
export { getAccountDelinquency, getPortfolioBuckets, getRollRates, type AccountDelinquencyView, type PortfolioBuckets, type RollRates } from './read-models.ts';
export { delinquencyRoutes } from './routes.ts';
export { registerDelinquencyCommands } from './cli.ts';
export { delinquencyTasks, delinquencyCrontab, NIGHTLY_START_HOUR } from './jobs.ts';
export { listHolidays, loadBusinessCalendar, removeHoliday, seedBuiltInHolidays, setHoliday, type HolidayEntry } from './holidays.ts';
export { builtInCalendarCodes, builtInCalendarDays, isBuiltInCalendar } from './calendars/built-in-calendars.ts';
export { buildBusinessCalendar, businessDayOnOrAfter, isBusinessDay, nextBusinessDay, overdueCutoff, paymentDeadline, previousBusinessDay, type BusinessCalendar } from './business-calendar.ts';
export { bucketLabelOf, bucketOf, bucketSchemes, getBucketScheme, type BucketScheme } from './bucket-schemes.ts';
export { assessAccount, type AccountAssessment, type InstallmentFacts } from './assess-account.ts';
export { classifyTransition, type TransitionKind } from './transition.ts';
export { penaltyDays, penaltyPerDay, penaltyToAccrue } from './penalty.ts';
export { fromDayNumber, toDayNumber, todayInZone } from './day-number.ts';
