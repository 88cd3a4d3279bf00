/**
 * `npm run bench -- arrangements`: on a fresh embedded PostgreSQL (fsync on) in a temp dir,
 * 1. the nightly promise evaluation over 1,000,000 open promises (every window ended:
 *    kept / partially kept / broken decided, events and evidence written) — target ≤ 10 s;
 * 2. payment posting through the HTTP API (Fastify listening on loopback, real requests):
 *    one payment per request (target ≥ 500/s) and batch requests (target ≥ 20,000/s);
 * 3. with the graphile-worker runner consuming payment.posted, the p99 from a payment
 *    accepted (its HTTP answer) to its account's pending contact task cancelled (≤ 1 s),
 *    under each load.
 * Sizes shrink with BENCH_SCALE (e.g. 0.1) for a quick look; the recorded figures use 1.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger, run } from 'graphile-worker';
import { sql } from 'kysely';
import { buildApp } from '../app/build-app.ts';
import type { AppContext } from '../app/context.ts';
import { createApiKey, createTenant, createUser } from '../identity/index.ts';
import { quantile, type Benchmark, type Metric } from '../platform/bench.ts';
import { createFieldCipher, TEST_MASTER_KEY } from '../platform/crypto.ts';
import { openDb } from '../platform/db.ts';
import { startEmbeddedPostgres } from '../platform/embedded.ts';
import { migrate } from '../platform/migrate.ts';
import { accountIds, seedAccounts, seedPromises, seedScheduledContacts } from './bench-setup.ts';
import { arrangementTasks } from './jobs.ts';
import { evaluatePromises } from './promises.ts';
import { seedPortfolio } from './test-fixtures.ts';

const scale = Number(process.env.BENCH_SCALE ?? '1');
/** BENCH_PARTS=payments skips the promise evaluation (a quick look at posting only). */
const parts = process.env.BENCH_PARTS ?? 'all';
const N_PROMISES = Math.round(1_000_000 * scale);
const N_SINGLE = Math.round(10_000 * scale);
const N_BATCH = Math.round(200_000 * scale);
const BATCH = 5_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
    s.on('error', reject);
  });
}

type Accepted = Map<number, number>; // account id → ms epoch when the API answered

const SINGLE_SECONDS = 20;
const BATCH_SECONDS = 30;

async function postSingles(base: string, auths: string[], ids: Map<string, number>, prefix: string, n: number, parallel: number): Promise<{ seconds: number; accepted: Accepted }> {
  const accepted: Accepted = new Map();
  let next = 1;
  const t0 = performance.now();
  const worker = async (w: number) => {
    const auth = auths[w % auths.length];
    for (;;) {
      const i = next++;
      if (i > n || performance.now() - t0 > SINGLE_SECONDS * 1000) return;
      const ext = `${prefix}${i}`;
      const r = await fetch(`${base}/v1/payments`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ externalId: `S-${i}`, accountExternalId: ext, amountMinor: 20000, currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank_transfer' }) });
      if (r.status !== 201) throw new Error(`payment ${i}: HTTP ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
      accepted.set(ids.get(ext) ?? -1, Date.now());
    }
  };
  await Promise.all(Array.from({ length: parallel }, (_, w) => worker(w)));
  return { seconds: (performance.now() - t0) / 1000, accepted };
}

async function postBatches(base: string, auth: string, ids: Map<string, number>, prefix: string, n: number, parallel: number): Promise<{ seconds: number; accepted: Accepted }> {
  const accepted: Accepted = new Map();
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (;;) {
      const from = next * BATCH + 1;
      next++;
      if (from > n || performance.now() - t0 > BATCH_SECONDS * 1000) return;
      const exts = Array.from({ length: Math.min(BATCH, n - from + 1) }, (_, k) => `${prefix}${from + k}`);
      const payments = exts.map((ext) => ({ externalId: `M-${ext}`, accountExternalId: ext, amountMinor: 20000, currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank_transfer' }));
      const r = await fetch(`${base}/v1/payments/batch`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ payments }) });
      if (r.status !== 200) throw new Error(`batch at ${from}: HTTP ${r.status} ${(await r.text()).slice(0, 300)}`);
      await r.arrayBuffer();
      const at = Date.now();
      for (const ext of exts) accepted.set(ids.get(ext) ?? -1, at);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { seconds: (performance.now() - t0) / 1000, accepted };
}

/** Waits until every account in `accepted` has its task cancelled (or the deadline), then returns the latencies in ms. */
async function cancellationLatencies(ctx: AppContext, accepted: Accepted, log: (m: string) => void): Promise<number[]> {
  const ids = [...accepted.keys()];
  const deadline = Date.now() + 180_000;
  for (;;) {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM contact_task_cancellations WHERE account_id = ANY(${ids}::bigint[])`.execute(ctx.db);
    if (r.rows[0].n >= ids.length || Date.now() > deadline) break;
    log(`  cancelled ${r.rows[0].n}/${ids.length}`);
    await new Promise((res) => setTimeout(res, 1000));
  }
  const rows = await sql<{ account_id: number; at: Date }>`SELECT account_id, cancelled_at AS at FROM contact_task_cancellations WHERE account_id = ANY(${ids}::bigint[])`.execute(ctx.db);
  const done = new Map(rows.rows.map((x) => [x.account_id, x.at.getTime()]));
  // A task never cancelled counts as the whole wait (it can only make the figure worse).
  return ids.map((id) => (done.get(id) ?? deadline) - (accepted.get(id) ?? 0));
}

async function benchPromises(ctx: AppContext, tenantId: string, portfolioId: string, metrics: Record<string, Metric>, log: (m: string) => void): Promise<void> {
  log(`seeding ${N_PROMISES} accounts with open promises and payments…`);
  await seedAccounts(ctx.db, tenantId, portfolioId, 'PR', N_PROMISES, 0);
  await seedPromises(ctx.db, tenantId, 'PR', 10);
  await sql`VACUUM ANALYZE`.execute(ctx.db);
  log('nightly evaluation: 1M open promises, the 10 % whose window ended are decided…');
  let t0 = performance.now();
  const res = await evaluatePromises(ctx.db, { asOf: new Date(), tenantId });
  const evalSeconds = (performance.now() - t0) / 1000;
  log(`  ${JSON.stringify(res)} in ${evalSeconds.toFixed(2)} s`);
  metrics.promise_evaluation_1m_open_seconds = { value: evalSeconds, unit: 's', target: { op: '<=', value: 10 }, note: `${N_PROMISES} open promises (windows spread over 28 days), 2 parallel slices; ${res.evaluated} had ended and were decided: ${res.kept} kept, ${res.partiallyKept} partially kept, ${res.broken} broken; one event + one evidence fact each` };
  await sql`UPDATE promises SET window_end_at = now() - interval '1 hour' WHERE state = 'pending'`.execute(ctx.db);
  await sql`VACUUM ANALYZE promises`.execute(ctx.db);
  log('worst case: every remaining open promise ended the same night…');
  t0 = performance.now();
  const all = await evaluatePromises(ctx.db, { asOf: new Date(), tenantId });
  const allSeconds = (performance.now() - t0) / 1000;
  log(`  ${JSON.stringify(all)} in ${allSeconds.toFixed(2)} s`);
  metrics.promise_evaluation_all_due_seconds = { value: allSeconds, unit: 's', target: { op: '<=', value: 10 }, note: `worst case: ${all.evaluated} promises decided in one night (${all.kept} kept, ${all.partiallyKept} partially kept, ${all.broken} broken), each with an event (the platform's per-row outbox trigger) and an evidence fact; ${Math.round(all.evaluated / allSeconds)} promises/s` };
}

export const benchmark: Benchmark = {
  name: 'arrangements',
  description: 'promise evaluation over 1M open promises; payment posting through the HTTP API (single and batch) with stop-on-pay latency (embedded PostgreSQL, fsync on)',
  run: async ({ log }) => {
    const dir = await mkdtemp(join(tmpdir(), 'recoup-bench-arr-'));
    const server = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false, log });
    const handle = openDb(server.url, 40);
    const metrics: Record<string, Metric> = {};
    try {
      await migrate(handle.pool);
      const ctx: AppContext = { db: handle.db, pool: handle.pool, cipher: createFieldCipher(TEST_MASTER_KEY), log: () => {} };
      const tenant = await createTenant(ctx.db, { slug: 'bench', name: 'Bench Lender' });
      const user = await createUser(ctx.db, { tenantId: tenant.id, email: 'bench@bench.test', displayName: 'Bench', roles: ['admin'] });
      // One API key per HTTP connection: authenticateApiKey updates the key's last_used_at on
      // every request, which serialises requests that share a key (see README).
      const auths: string[] = [];
      for (let i = 0; i < 32; i++) auths.push(`Bearer ${(await createApiKey(ctx.db, { tenantId: tenant.id, userId: user.id, name: `bench-${i}` })).token}`);
      const auth = auths[0];
      const portfolioId = await seedPortfolio(ctx.db, tenant.id);

      if (parts !== 'payments') await benchPromises(ctx, tenant.id, portfolioId, metrics, log);

      log(`seeding ${N_SINGLE + N_BATCH} paying accounts with schedules and one scheduled contact task each…`);
      await seedAccounts(ctx.db, tenant.id, portfolioId, 'SA', N_SINGLE, 3);
      await seedAccounts(ctx.db, tenant.id, portfolioId, 'BA', N_BATCH, 3);
      await seedScheduledContacts(ctx.db, tenant.id, 'SA');
      await seedScheduledContacts(ctx.db, tenant.id, 'BA');
      await sql`VACUUM ANALYZE`.execute(ctx.db);
      const singleIds = await accountIds(ctx.db, tenant.id, 'SA');
      const batchIds = await accountIds(ctx.db, tenant.id, 'BA');

      const app = await buildApp(ctx, { logLevel: 'silent' });
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      const logger = new Logger(() => (level, message) => { if (level === 'error') log(`worker error: ${message}`); });
      const runner = await run({ pgPool: handle.pool, taskList: arrangementTasks, concurrency: 4, noHandleSignals: true, pollInterval: 1000, logger });
      try {
        log(`posting ${N_SINGLE} payments, one request each…`);
        const single = await postSingles(base, auths, singleIds, 'SA', N_SINGLE, 32);
        const singleLat = await cancellationLatencies(ctx, single.accepted, log);
        metrics.payments_single_per_second = { value: single.accepted.size / single.seconds, unit: 'payments/s', target: { op: '>=', value: 500 }, note: `${single.accepted.size} POST /v1/payments over HTTP in ${single.seconds.toFixed(1)} s (time-boxed ${SINGLE_SECONDS} s), 32 in flight, 32 API keys, allocation + payment.posted + evidence per payment; worker consuming meanwhile` };
        metrics.stop_on_pay_p99_single_load_ms = { value: quantile(singleLat, 0.99), unit: 'ms', target: { op: '<=', value: 1000 }, note: `payment accepted (HTTP answer) → its account's scheduled task cancelled; p50 ${quantile(singleLat, 0.5).toFixed(0)} ms, max ${singleLat.reduce((m, x) => Math.max(m, x), 0)} ms; graphile-worker concurrency 4` };

        log(`posting ${N_BATCH} payments in batches of ${BATCH}…`);
        const batch = await postBatches(base, auth, batchIds, 'BA', N_BATCH, 2);
        const batchLat = await cancellationLatencies(ctx, batch.accepted, log);
        metrics.payments_batch_per_second = { value: batch.accepted.size / batch.seconds, unit: 'payments/s', target: { op: '>=', value: 20_000 }, note: `${batch.accepted.size} payments in ${batch.seconds.toFixed(1)} s (time-boxed ${BATCH_SECONDS} s) in POST /v1/payments/batch requests of ${BATCH}, 2 in flight` };
        metrics.stop_on_pay_p99_batch_load_ms = { value: quantile(batchLat, 0.99), unit: 'ms', target: { op: '<=', value: 1000 }, note: `accepted = the batch's HTTP answer; p50 ${quantile(batchLat, 0.5).toFixed(0)} ms, max ${batchLat.reduce((m, x) => Math.max(m, x), 0)} ms` };
      } finally {
        await runner.stop();
        await app.close();
      }
    } finally {
      await handle.close();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
    return metrics;
  },
};
