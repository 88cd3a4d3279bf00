/** The `recoup cycle` adapter: parse options, run the nightly cycles, print the summary. */
import { openAppContext } from '../app/open-context.ts';
import { printJson, log } from '../cli/output.ts';
import { findTenantBySlug } from '../identity/index.ts';
import { AppError } from '../platform/errors.ts';
import { toDayNumber } from './day-number.ts';
import { runNightlyCycles } from './nightly.ts';

/**
 * Runs `recoup cycle`.
 * @throws AppError INVALID_INPUT for a bad date, NOT_FOUND for an unknown tenant
 */
export async function runCycleCommand(opts: { asOf?: string; tenant?: string }): Promise<void> {
  if (opts.asOf !== undefined) toDayNumber(opts.asOf);
  const { ctx, close } = await openAppContext({ log });
  try {
    let tenantId: string | undefined;
    if (opts.tenant) {
      const t = await findTenantBySlug(ctx.db, opts.tenant);
      if (!t) throw new AppError('NOT_FOUND', { message: `no tenant with slug ${opts.tenant}` });
      tenantId = t.id;
    }
    const t0 = performance.now();
    const runs = await runNightlyCycles({ ctx, tenantId, asOf: opts.asOf, trigger: 'cli', log });
    const buckets: Record<string, number> = {};
    const transitions: Record<string, number> = {};
    for (const r of runs) {
      for (const [b, v] of Object.entries(r.buckets)) buckets[b] = (buckets[b] ?? 0) + v.accounts;
      for (const [k, v] of Object.entries(r.transitions)) transitions[k] = (transitions[k] ?? 0) + (v ?? 0);
    }
    printJson({
      runs: runs.map((r) => ({ runId: r.runId, asOf: r.asOf, accounts: r.accounts, changed: r.changed, events: r.events, penaltyAccruals: r.penaltyAccruals, penaltyMinor: r.penaltyMinor, statusChanges: r.statusChanges, durationMs: r.durationMs })),
      accounts: runs.reduce((s, r) => s + r.accounts, 0),
      buckets,
      transitions,
      events: runs.reduce((s, r) => s + r.events, 0),
      durationMs: Math.round(performance.now() - t0),
    });
  } finally {
    await close();
  }
}
