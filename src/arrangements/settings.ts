/** Per-tenant arrangement settings (promise grace and tolerance, plan grace and break rule), with defaults. */
import type { Db } from '../platform/db-types.ts';
import './tables.ts';

export type ArrangementSettings = {
  promiseGraceDays: number;
  promiseToleranceBps: number;
  promiseToleranceMinor: number;
  planGraceDays: number;
  planBrokenAfterMissed: number;
};

/** Defaults when a tenant has not set its own: 1 grace day, 1 % or 1.00 tolerance, plan broken after 2 missed installments (3 grace days). */
export const defaultSettings: ArrangementSettings = { promiseGraceDays: 1, promiseToleranceBps: 100, promiseToleranceMinor: 100, planGraceDays: 3, planBrokenAfterMissed: 2 };

/** The tenant's settings (defaults where unset). */
export async function getSettings(db: Db, tenantId: string): Promise<ArrangementSettings> {
  const r = await db.selectFrom('arrangement_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!r) return { ...defaultSettings };
  return { promiseGraceDays: r.promise_grace_days, promiseToleranceBps: r.promise_tolerance_bps, promiseToleranceMinor: r.promise_tolerance_minor, planGraceDays: r.plan_grace_days, planBrokenAfterMissed: r.plan_broken_after_missed };
}

/** Saves the tenant's settings (partial update over the current ones). */
export async function updateSettings(db: Db, tenantId: string, patch: Partial<ArrangementSettings>): Promise<ArrangementSettings> {
  const s = { ...(await getSettings(db, tenantId)), ...patch };
  const row = { promise_grace_days: s.promiseGraceDays, promise_tolerance_bps: s.promiseToleranceBps, promise_tolerance_minor: s.promiseToleranceMinor, plan_grace_days: s.planGraceDays, plan_broken_after_missed: s.planBrokenAfterMissed, updated_at: new Date() };
  await db.insertInto('arrangement_settings').values({ tenant_id: tenantId, ...row }).onConflict((oc) => oc.column('tenant_id').doUpdateSet(row)).execute();
  return s;
}
