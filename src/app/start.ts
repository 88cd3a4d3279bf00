/**
 * `recoup start`: opens the database (embedded under ./data unless DATABASE_URL), migrates,
 * seeds the demo tenant and portfolio on first start (then runs the first nightly cycle),
 * starts an in-process worker, and serves the API with OpenAPI docs at /docs.
 */
import { sql } from 'kysely';
import { startWorker } from '../platform/worker.ts';
import { buildApp } from './build-app.ts';
import { openAppContext } from './open-context.ts';
import { seedDemo, writeDemoFiles } from './seed-demo.ts';
import { loadConfig } from '../platform/config.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildTaskList, crontab } from './tasks.ts';
import { wireDomains } from './wiring.ts';

/** Runs the server until SIGINT/SIGTERM. Resolves with the listening URL once serving. */
export async function startRecoup(opts: { log?: (m: string) => void } = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  const log = opts.log ?? ((m: string) => process.stderr.write(m + '\n'));
  const t0 = performance.now();
  // A fresh embedded data folder holds an empty database for certain: the demo files are
  // written while PostgreSQL starts (each takes about a second of one core). The start is
  // mostly child processes (initdb, postgres), so it goes first, and the generator yields
  // every 200 accounts so that the start's few steps in this process are not held up.
  const config = loadConfig();
  const fresh = !config.DATABASE_URL && config.RECOUP_DEMO_ACCOUNTS > 0 && !existsSync(join(config.dataDir, 'pg'));
  const opening = openAppContext({ log, config });
  const files = fresh ? writeDemoFiles(config, log, { yieldEvery: 200 }) : null;
  files?.catch(() => {}); // awaited (and so reported) by seedDemo
  const opened = await opening.catch(async (e: unknown) => {
    await files?.catch(() => {});
    throw e;
  });
  const { ctx } = opened;
  wireDomains();
  const tenants = await sql<{ n: number }>`SELECT count(*)::int AS n FROM tenants`.execute(ctx.db);
  if (tenants.rows[0].n === 0) {
    const seed = await seedDemo(ctx, config, files);
    log(`demo tenant created; admin API key written to ${seed.apiKeyFile}`);
  }
  const worker =
    config.RECOUP_WORKER_CONCURRENCY > 0
      ? await startWorker({ pool: ctx.pool, tasks: buildTaskList(ctx), crontab, concurrency: config.RECOUP_WORKER_CONCURRENCY, log })
      : null;
  const app = await buildApp(ctx, { logLevel: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  const url = address.replace('127.0.0.1', 'localhost');
  log(`Recoup is serving ${url} (API docs ${url}/docs) after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await worker?.stop();
    await opened.close();
  };
  return { url, stop };
}
