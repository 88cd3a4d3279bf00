/**
 * The job queue: graphile-worker on the same PostgreSQL. Any number of worker processes on
 * any number of machines can run against one database; job keys make enqueueing
 * idempotent, and every handler must be idempotent (reload state by id, no second effect).
 */
import { Logger, parseCrontab, run, type Runner, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import { isShuttingDown } from './shutdown.ts';

export type WorkerOptions = {
  pool: pg.Pool;
  tasks: TaskList;
  /** graphile-worker crontab lines (times are UTC unless the task itself converts). */
  crontab?: string;
  concurrency: number;
  log?: (m: string) => void;
};

/** Starts a worker in this process; call `stop()` to drain and stop it. */
export async function startWorker(opts: WorkerOptions): Promise<Runner> {
  const log = opts.log ?? (() => {});
  const logger = new Logger(() => (level, message) => {
    if ((level === 'error' || level === 'warning') && !isShuttingDown()) log(`worker ${level}: ${message}`);
  });
  return run({
    pgPool: opts.pool,
    taskList: opts.tasks,
    parsedCronItems: parseCrontab(opts.crontab ?? ''),
    concurrency: opts.concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger,
  });
}
