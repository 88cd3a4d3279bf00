/**
 * Every graphile-worker task and cron line of the platform. Add a domain's task list here
 * (one line) when it gains a `jobs.ts`. Task names are global: prefix them with the domain.
 */
import type { TaskList } from 'graphile-worker';
import { webhookDeliverTask } from '../platform/webhooks.ts';
import { complianceTasks } from '../compliance/jobs.ts';
import type { AppContext } from './context.ts';

/** Builds the task list over a context. */
export function buildTaskList(ctx: AppContext): TaskList {
  return {
    webhook_deliver: webhookDeliverTask(ctx.db),
    ...complianceTasks(ctx),
  };
}

/** Cron lines (graphile-worker crontab syntax, UTC). */
export const crontab = [
  // the nightly cycle task decides itself, per portfolio zone, which business date is due
  '0 * * * * compliance_expire_holds',
].join('\n');
