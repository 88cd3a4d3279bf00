/**
 * Queue handlers of the delinquency domain (graphile-worker). The lead adds
 * `delinquencyTasks(ctx)` to the task list and `delinquencyCrontab` to the crontab.
 *
 * Time zones: graphile-worker's crontab runs in UTC and knows no zones, and portfolios
 * live in several. So the cron line fires every hour, and the task itself runs the cycle
 * for each portfolio time zone whose local time is at or past 02:00 and whose local
 * business date has no succeeded run yet: the run happens at 02:00 local (or at the first
 * hour after a worker outage), exactly once per local date, DST included. A second firing
 * in the same hour finds the succeeded run and does nothing; a re-run of the same date
 * would change nothing anyway (the cycle is idempotent).
 */
import type { Task, TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../platform/db-types.ts';
import { runNightlyCycles } from './nightly.ts';

/** Local hour at which the nightly cycle starts in each portfolio's zone. */
export const NIGHTLY_START_HOUR = 2;

/** Hourly (UTC) cron line; the task picks the zones that are due. */
export const delinquencyCrontab = '0 * * * * delinquency_cycle ?max=1';

const Payload = z
  .object({
    tenantId: z.string().uuid().optional(),
    /** Force one business date for every zone (manual catch-up); otherwise the due zones' today. */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .passthrough();

/** The task list: `delinquency_cycle`. */
export function delinquencyTasks(ctx: { pool: pg.Pool; db: Kysely<Database>; log?: (m: string) => void }): TaskList {
  const delinquencyCycle: Task = async (payload, helpers) => {
    const p = Payload.parse(payload ?? {});
    const runs = await runNightlyCycles({
      ctx,
      tenantId: p.tenantId,
      asOf: p.asOf,
      startHour: p.asOf ? undefined : NIGHTLY_START_HOUR,
      trigger: 'job',
      log: (m) => helpers.logger.info(m),
    });
    for (const r of runs) helpers.logger.info(`delinquency cycle ${r.asOf}: ${r.accounts} accounts, ${r.changed} changed, ${r.events} events in ${r.durationMs} ms`);
  };
  return { delinquency_cycle: delinquencyCycle };
}
