/**
 * Review helper (not a test): a graphile-worker process running the arrangement tasks
 * against DATABASE_URL, for worker-kill.test.ts to SIGKILL mid-job. Prints "ready" on stdout.
 */
import pg from 'pg';
import { arrangementTasks } from '../arrangements/jobs.ts';
import { startWorker } from '../platform/worker.ts';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3, application_name: 'review-worker-child' });
await startWorker({ pool, tasks: arrangementTasks, concurrency: 1 });
process.stdout.write('ready\n');
