/**
 * The nightly run across time zones: portfolios are grouped by their business time zone,
 * and each group runs the cycle for its own local business date. Used by the job (only
 * zones where the local time has passed the start hour and whose date has not yet run)
 * and by `recoup cycle` without `--as-of` (every zone, today).
 */
import type pg from 'pg';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../platform/db-types.ts';
import { hourInZone, todayInZone } from './day-number.ts';
import { runDelinquencyCycle, type CycleSummary } from './run-delinquency-cycle.ts';
import './tables.ts';
import '../portfolio/tables.ts';

export type NightlyInput = {
  ctx: { pool: pg.Pool; db: Kysely<Database> };
  tenantId?: string;
  /** One business date for every zone; default: today in each zone. */
  asOf?: string;
  /** Only zones whose local hour is at least this and whose date has no succeeded run yet (the job). */
  startHour?: number;
  now?: Date;
  trigger?: string;
  log?: (m: string) => void;
};

/** Runs the cycle once per time zone group; returns one summary per run. */
export async function runNightlyCycles(p: NightlyInput): Promise<CycleSummary[]> {
  let q = p.ctx.db.selectFrom('portfolios').select(['id', 'timezone']).orderBy('timezone').orderBy('id');
  if (p.tenantId) q = q.where('tenant_id', '=', p.tenantId);
  const groups = new Map<string, string[]>();
  for (const r of await q.execute()) groups.set(r.timezone, [...(groups.get(r.timezone) ?? []), r.id]);
  const now = p.now ?? new Date();
  const out: CycleSummary[] = [];
  for (const [zone, ids] of groups) {
    const asOf = p.asOf ?? todayInZone(zone, now);
    if (p.startHour !== undefined) {
      if (hourInZone(zone, now) < p.startHour) continue;
      const done = await p.ctx.db
        .selectFrom('delinquency_cycle_runs')
        .select('id')
        .where('status', '=', 'succeeded')
        .where('as_of', '=', asOf)
        .where(sql<boolean>`portfolio_ids @> ${sql.val(ids)}::uuid[]`)
        .executeTakeFirst();
      if (done) continue;
    }
    p.log?.(`delinquency cycle for ${ids.length} portfolio(s) in ${zone} as of ${asOf}`);
    out.push(await runDelinquencyCycle({ ctx: p.ctx, asOf, tenantId: p.tenantId, portfolioIds: ids, trigger: p.trigger, log: p.log }));
  }
  return out;
}
