/**
 * The nightly run, a flow of named steps across domains: (1) the delinquency cycle per
 * portfolio time zone, (2) scoring of delinquent accounts with each tenant's active
 * scorecard as of that date (with drift). Later capabilities (promise evaluation, strategy
 * assignment, the daily contact plan) add their steps here.
 */
import type { Task } from 'graphile-worker';
import { runNightlyCycles, NIGHTLY_START_HOUR, type CycleSummary } from '../delinquency/index.ts';
import { scorePortfolio, type ScoreRunSummary } from '../scoring/index.ts';
import type { AppContext } from './context.ts';

export type NightlySummary = { cycles: CycleSummary[]; scoring: ScoreRunSummary[] };

/** Runs the steps; `asOf` forces one business date, otherwise each zone's due date. */
export async function runNightlyFlow(ctx: AppContext, p: { tenantId?: string; asOf?: string; onlyDue?: boolean; trigger: string }): Promise<NightlySummary> {
  const cycles = await runNightlyCycles({ ctx, tenantId: p.tenantId, asOf: p.asOf, startHour: p.onlyDue ? NIGHTLY_START_HOUR : undefined, trigger: p.trigger, log: ctx.log });
  const scoring: ScoreRunSummary[] = [];
  const done = new Set<string>();
  for (const c of cycles) {
    const tenants = c.tenantId ? [c.tenantId] : (await ctx.db.selectFrom('tenants').select('id').execute()).map((t) => t.id);
    for (const tenantId of tenants) {
      const key = `${tenantId}:${c.asOf}`;
      if (done.has(key)) continue;
      done.add(key);
      const s = await scorePortfolio(ctx.db, { tenantId, asOf: c.asOf, cycleRunId: c.runId });
      if (s) scoring.push(s);
    }
  }
  return { cycles, scoring };
}

/** The hourly task: runs the flow for the zones whose local night has come. */
export function nightlyTask(ctx: AppContext): Task {
  return async (payload) => {
    const p = (payload ?? {}) as { tenantId?: string; asOf?: string };
    await runNightlyFlow(ctx, { tenantId: p.tenantId, asOf: p.asOf, onlyDue: !p.asOf, trigger: 'job' });
  };
}
