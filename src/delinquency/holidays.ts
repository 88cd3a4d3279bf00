/**
 * Holiday calendars in the database: built-in rows (tenant_id NULL, loaded from the
 * calendars in `calendars/` on first use of a year) and a tenant's own rows, which override
 * the built-in row of the same calendar and date. The use cases behind
 * `GET/PUT/DELETE /v1/holidays/…` and the calendar loader of the cycle.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { writeAudit } from '../platform/audit.ts';
import { AppError } from '../platform/errors.ts';
import { buildBusinessCalendar, type BusinessCalendar } from './business-calendar.ts';
import { builtInCalendarDays } from './calendars/built-in-calendars.ts';
import { dayNumberOf, fromDayNumber, toDayNumber } from './day-number.ts';
import '../portfolio/tables.ts';

export type HolidayEntry = { day: string; kind: 'holiday' | 'workday'; name: string; source: 'built-in' | 'tenant' };

const CALENDAR_CODE = /^[A-Z][A-Z0-9_]{1,15}$/;

/**
 * Checks a calendar code.
 * @throws AppError INVALID_INPUT when it is not 2–16 of A–Z, 0–9, _ starting with a letter
 */
export function assertCalendarCode(code: string): void {
  if (!CALENDAR_CODE.test(code)) {
    throw new AppError('INVALID_INPUT', { message: `calendar code "${code}" must be 2–16 of A-Z, 0-9, _ (e.g. US, CN)` });
  }
}

/** Inserts the built-in rows of `code` for `years` (idempotent). */
export async function seedBuiltInHolidays(db: Db, code: string, years: readonly number[]): Promise<number> {
  const rows = years.flatMap((y) =>
    builtInCalendarDays(code, y).map((e) => ({ tenant_id: null, calendar: code, day: fromDayNumber(e.day), kind: e.kind, name: e.name })),
  );
  if (rows.length === 0) return 0;
  const res = await db.insertInto('holiday_dates').values(rows).onConflict((oc) => oc.doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0);
}

async function effectiveRows(db: Db, tenantId: string, code: string, from: string, to: string) {
  return db
    .selectFrom('holiday_dates')
    // day as text: independent of the process's pg date parser
    .select(['tenant_id', sql<string>`day::text`.as('day'), 'kind', 'name'])
    .where('calendar', '=', code)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where((eb) => eb.or([eb('tenant_id', 'is', null), eb('tenant_id', '=', tenantId)]))
    // built-in first, so that a tenant row for the same day is applied last and wins
    .orderBy(sql`tenant_id IS NOT NULL`)
    .orderBy('day')
    .execute();
}

/** The effective business calendar of a tenant for `years` (built-in rows loaded first). */
export async function loadBusinessCalendar(db: Db, p: { tenantId: string; code: string; years: readonly number[] }): Promise<BusinessCalendar> {
  await seedBuiltInHolidays(db, p.code, p.years);
  const from = fromDayNumber(dayNumberOf(Math.min(...p.years), 1, 1));
  const to = fromDayNumber(dayNumberOf(Math.max(...p.years), 12, 31));
  const rows = await effectiveRows(db, p.tenantId, p.code, from, to);
  return buildBusinessCalendar(
    p.code,
    rows.map((r) => ({ day: toDayNumber(r.day), kind: r.kind, name: r.name })),
  );
}

/** The effective entries of one year, tenant rows replacing built-in ones. */
export async function listHolidays(db: Db, p: { tenantId: string; calendar: string; year: number }): Promise<HolidayEntry[]> {
  assertCalendarCode(p.calendar);
  await seedBuiltInHolidays(db, p.calendar, [p.year]);
  const rows = await effectiveRows(db, p.tenantId, p.calendar, `${p.year}-01-01`, `${p.year}-12-31`);
  const byDay = new Map<string, HolidayEntry>();
  for (const r of rows) byDay.set(r.day, { day: r.day, kind: r.kind, name: r.name, source: r.tenant_id ? 'tenant' : 'built-in' });
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * Sets a tenant's own entry for a date (a holiday, or a worked day that overrides a
 * built-in holiday or a weekend).
 * @throws AppError INVALID_INPUT for a bad code or date
 */
export async function setHoliday(
  db: Db,
  p: { tenantId: string; calendar: string; day: string; kind: 'holiday' | 'workday'; name: string; actor: string },
): Promise<HolidayEntry> {
  assertCalendarCode(p.calendar);
  toDayNumber(p.day);
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('holiday_dates').where('tenant_id', '=', p.tenantId).where('calendar', '=', p.calendar).where('day', '=', p.day).execute();
    await tx.insertInto('holiday_dates').values({ tenant_id: p.tenantId, calendar: p.calendar, day: p.day, kind: p.kind, name: p.name }).execute();
    await writeAudit(tx, { tenantId: p.tenantId, actor: p.actor, action: 'holiday.set', subjectType: 'holiday_calendar', subjectId: `${p.calendar}/${p.day}`, detail: { kind: p.kind, name: p.name } });
  });
  return { day: p.day, kind: p.kind, name: p.name, source: 'tenant' };
}

/**
 * Removes a tenant's own entry, restoring the built-in calendar for that date.
 * @throws AppError NOT_FOUND when the tenant has no entry for that date
 */
export async function removeHoliday(db: Db, p: { tenantId: string; calendar: string; day: string; actor: string }): Promise<void> {
  assertCalendarCode(p.calendar);
  toDayNumber(p.day);
  await db.transaction().execute(async (tx) => {
    const res = await tx.deleteFrom('holiday_dates').where('tenant_id', '=', p.tenantId).where('calendar', '=', p.calendar).where('day', '=', p.day).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) {
      throw new AppError('NOT_FOUND', { message: `no tenant entry for ${p.calendar} ${p.day}`, userMessage: '没有该日期的自定义条目 / no custom entry for that date' });
    }
    await writeAudit(tx, { tenantId: p.tenantId, actor: p.actor, action: 'holiday.removed', subjectType: 'holiday_calendar', subjectId: `${p.calendar}/${p.day}` });
  });
}
