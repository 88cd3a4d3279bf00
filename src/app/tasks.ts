/**
 * Every graphile-worker task and cron line of the platform. Add a domain's task list here
 * (one line) when it gains a `jobs.ts`. Task names are global: prefix them with the domain.
 */
import type { TaskList } from 'graphile-worker';
import { webhookDeliverTask } from '../platform/webhooks.ts';
import { complianceTasks } from '../compliance/jobs.ts';
import { arrangementCrontab, arrangementTasks } from '../arrangements/index.ts';
import { delinquencyTasks } from '../delinquency/index.ts';
import type { AppContext } from './context.ts';
import { nightlyTask } from './nightly-flow.ts';

/** Builds the task list over a context. */
export function buildTaskList(ctx: AppContext): TaskList {
  return {
    webhook_deliver: webhookDeliverTask(ctx.db),
    nightly_run: nightlyTask(ctx),
    ...delinquencyTasks(ctx),
    ...complianceTasks(ctx),
    ...arrangementTasks,
  };
}

/** Cron lines (graphile-worker crontab syntax, UTC). */
export const crontab = [
  // hourly: the nightly flow runs for each portfolio zone whose local 02:00 has passed and
  // whose business date has not run yet (see src/delinquency/jobs.ts on zones)
  '0 * * * * nightly_run ?max=1',
  '0 * * * * compliance_expire_holds',
  arrangementCrontab,
].join('\n');
