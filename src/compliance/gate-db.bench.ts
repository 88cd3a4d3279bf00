/**
 * `compliance-gate-db`: what the database gate adds to a contact task. An embedded PostgreSQL
 * (fsync on, the durable default) in a temp dir holds 10,000 borrowers with 30 history events
 * each across phone, SMS and email. A "contact task" is a transaction that reads the task's
 * borrower and marks the task done; the measured variant runs `gateContact` (lock, full history
 * read, decision, decision log, evidence, and — when allowed — the attempt with its event) in
 * the same transaction. Runs alternate between the two variants on random borrowers, one
 * connection, sequentially (latency, not throughput). Added p99 = p99(with gate) − p99(without).
 * Two phases: first at default priority on the shared machine, then with this process and the
 * PostgreSQL processes reniced to -10 (an approximation of a host dedicated to the task runner;
 * both are reported, the first is the headline).
 */
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql, type LogEvent } from 'kysely';
import type { Database } from '../platform/db-types.ts';
import type { Benchmark, Metric } from '../platform/bench.ts';
import { quantile } from '../platform/bench.ts';
import { openDb, type DbHandle } from '../platform/db.ts';
import { startEmbeddedPostgres } from '../platform/embedded.ts';
import { migrate } from '../platform/migrate.ts';
import { createTenant } from '../identity/index.ts';
import { insertPortfolio } from './gate/fixtures.ts';
import { gateContact } from './gate/gate-contact.ts';
import { findFreePort } from '../platform/free-port.ts';

const BORROWERS = 10_000;
const EVENTS_EACH = 30;
const WARMUP = 300;
const RUNS = 2000;
// Wednesday 2026-11-18 10:00 in New York: inside the hours, so the rules are fully evaluated
const AT = '2026-11-18T15:00:00Z';


/** Seeds borrowers, one account and two contact points each, and 30 events each over 90 days. */
async function seed(h: DbHandle, log: (m: string) => void): Promise<{ tenantId: string; firstBorrower: number }> {
  const tenantId = (await createTenant(h.db, { slug: 'bench', name: 'Bench lender' })).id;
  const portfolioId = await insertPortfolio(h.db, { tenantId, rulePack: 'US_REG_F' });
  await sql`CREATE TABLE bench_tasks (id text PRIMARY KEY, borrower_id bigint NOT NULL, done_at timestamptz NOT NULL DEFAULT now())`.execute(h.db);
  await sql`INSERT INTO borrowers (tenant_id, external_id, full_name, timezone)
    SELECT ${tenantId}::uuid, 'B' || g, 'Borrower ' || g, CASE WHEN g % 3 = 0 THEN 'America/Chicago' ELSE 'America/New_York' END
    FROM generate_series(1, ${BORROWERS}) g`.execute(h.db);
  await sql`INSERT INTO accounts (tenant_id, portfolio_id, borrower_id, external_id, currency, principal_minor, opened_on, status)
    SELECT ${tenantId}::uuid, ${portfolioId}::uuid, b.id, 'A' || b.external_id, 'USD', 250000, '2025-01-15', 'delinquent' FROM borrowers b WHERE b.tenant_id = ${tenantId}`.execute(h.db);
  await sql`INSERT INTO contact_points (tenant_id, borrower_id, external_id, kind, value_enc, value_bidx, value_masked, number_type, timezone, consent)
    SELECT ${tenantId}::uuid, b.id, 'M' || b.external_id, 'phone', decode('00', 'hex'), decode('00', 'hex'), '***', 'mobile', CASE WHEN b.id % 5 = 0 THEN 'America/Denver' ELSE NULL END, true
    FROM borrowers b WHERE b.tenant_id = ${tenantId}
    UNION ALL
    SELECT ${tenantId}::uuid, b.id, 'E' || b.external_id, 'email', decode('00', 'hex'), decode('00', 'hex'), '***', NULL, NULL, true FROM borrowers b WHERE b.tenant_id = ${tenantId}`.execute(h.db);
  log(`seeded ${BORROWERS} borrowers; inserting ${BORROWERS * EVENTS_EACH} history events`);
  await sql`INSERT INTO contact_events (tenant_id, borrower_id, account_id, at, channel, kind, contact_point_id, actor, actor_kind, connected)
    SELECT ${tenantId}::uuid, a.borrower_id, a.id,
      ${AT}::timestamptz - make_interval(hours => 2 + (g * 71 + a.id::int % 13) % (90 * 24)),
      CASE WHEN g % 3 = 0 THEN 'sms' WHEN g % 7 = 0 THEN 'email' ELSE 'phone' END,
      CASE WHEN g % 3 = 0 THEN 'sms' WHEN g % 7 = 0 THEN 'email' WHEN g % 11 = 0 THEN 'conversation' ELSE 'call_attempt' END,
      cp.id, CASE WHEN g % 2 = 0 THEN 'robot:voice-1' ELSE 'user:agent-' || (g % 5) END,
      CASE WHEN g % 2 = 0 THEN 'robot' ELSE 'agent' END, g % 9 <> 0
    FROM accounts a JOIN contact_points cp ON cp.borrower_id = a.borrower_id AND cp.kind = 'phone'
    CROSS JOIN generate_series(1, ${EVENTS_EACH}) g WHERE a.tenant_id = ${tenantId}`.execute(h.db);
  await sql`ANALYZE`.execute(h.db);
  const first = await h.db.selectFrom('borrowers').select((eb) => eb.fn.min('id').as('id')).executeTakeFirstOrThrow();
  return { tenantId, firstBorrower: Number(first.id) };
}

type Ids = { accountId: number; mobileId: number };

async function idsOf(h: DbHandle, borrowerId: number): Promise<Ids> {
  const a = await h.db.selectFrom('accounts').select('id').where('borrower_id', '=', borrowerId).executeTakeFirstOrThrow();
  const c = await h.db.selectFrom('contact_points').select('id').where('borrower_id', '=', borrowerId).where('kind', '=', 'phone').executeTakeFirstOrThrow();
  return { accountId: a.id, mobileId: c.id };
}

/** One contact task; returns its wall time in ms and whether the gate allowed it. */
const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Durations (ms) of the gate's two round trips in the current task, from Kysely's query log. */
const phase = { facts: 0, write: 0, commit: 0 };
function onQuery(e: LogEvent): void {
  if (e.level !== 'query') return;
  const text = e.query.sql;
  if (text.includes('compliance_gate_facts(')) phase.facts = e.queryDurationMillis;
  else if (text.includes('compliance_gate_write(')) phase.write = e.queryDurationMillis;
  else if (text.trim().toLowerCase() === 'commit') phase.commit = e.queryDurationMillis;
}

async function runTask(h: DbHandle, q: { tenantId: string; borrowerId: number; ids: Ids; taskId: string; withGate: boolean }): Promise<{ ms: number; allowed: boolean; gateMs: number; gateCpuMs: number; pingMs: number }> {
  const t0 = process.hrtime.bigint();
  phase.facts = 0;
  phase.write = 0;
  phase.commit = 0;
  let allowed = true;
  let gateMs = 0;
  let gateCpuMs = 0;
  let pingMs = 0;
  await h.db.transaction().execute(async (tx) => {
    const tp = process.hrtime.bigint();
    await tx.selectFrom('borrowers').select(['id', 'timezone']).where('id', '=', q.borrowerId).executeTakeFirstOrThrow();
    pingMs = msSince(tp);
    if (q.withGate) {
      const tg = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const d = await gateContact(tx, {
        tenantId: q.tenantId, borrowerId: q.borrowerId, accountIds: [q.ids.accountId], actor: 'robot:bench', record: true,
        proposed: { channel: 'agent_call', at: AT, party: 'debtor', contactPointId: q.ids.mobileId, taskId: q.taskId },
      });
      allowed = d.allowed;
      gateMs = msSince(tg);
      const c1 = process.cpuUsage(c0);
      gateCpuMs = (c1.user + c1.system) / 1000;
    }
    await sql`INSERT INTO bench_tasks (id, borrower_id) VALUES (${q.taskId}, ${q.borrowerId})`.execute(tx);
  });
  return { ms: msSince(t0), allowed, gateMs, gateCpuMs, pingMs };
}

type Sample = { withGate: number[]; without: number[]; gateCall: number[]; gateCpu: number[]; facts: number[]; write: number[]; rest: number[]; commitWith: number[]; commitWithout: number[]; ping: number[]; allowed: number; load: [number, number] };

async function measure(h: DbHandle, q: { tenantId: string; first: number; phase: string; runs: number }, log: (m: string) => void): Promise<Sample> {
  const out: Sample = { withGate: [], without: [], gateCall: [], gateCpu: [], facts: [], write: [], rest: [], commitWith: [], commitWithout: [], ping: [], allowed: 0, load: [loadavg()[0], 0] };
  for (let i = 0; i < WARMUP + q.runs; i++) {
    for (const g of i % 2 === 0 ? [true, false] : [false, true]) {
      const borrowerId = q.first + randomInt(BORROWERS);
      const ids = await idsOf(h, borrowerId);
      const r = await runTask(h, { tenantId: q.tenantId, borrowerId, ids, taskId: `${q.phase}-${g ? 'g' : 'n'}-${i}`, withGate: g });
      if (i < WARMUP) continue;
      (g ? out.withGate : out.without).push(r.ms);
      (g ? out.commitWith : out.commitWithout).push(phase.commit);
      out.ping.push(r.pingMs);
      if (g) {
        out.gateCall.push(r.gateMs);
        out.gateCpu.push(r.gateCpuMs);
        out.facts.push(phase.facts);
        out.write.push(phase.write);
        out.rest.push(r.gateMs - phase.facts - phase.write);
        if (r.allowed) out.allowed++;
      }
    }
    if (i % 1000 === 0) log(`${q.phase}: run ${i}/${WARMUP + q.runs}`);
  }
  out.load[1] = loadavg()[0];
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Raises the scheduling priority of this process and of every PostgreSQL process of the
 * embedded server (root only), to approximate a machine dedicated to the task runner.
 * Returns what it did, for the note.
 */
async function prioritise(h: DbHandle): Promise<string> {
  try {
    setPriority(process.pid, -10);
    const r = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity`.execute(h.db);
    for (const row of r.rows) setPriority(row.pid, -10);
    return `nice -10 for this process and ${r.rows.length} PostgreSQL processes`;
  } catch (e) {
    return `could not raise priority (${(e as Error).message}); same conditions as the first phase`;
  }
}

function phaseMetrics(x: Sample, suffix: string, runs: number, how: string): Record<string, Metric> {
  const p = (s: number[], q: number) => round(quantile(s, q));
  const n = (k: string) => `${k}${suffix}`;
  return {
    [n('added_p99_ms')]: { value: round(p(x.withGate, 0.99) - p(x.without, 0.99)), unit: 'ms', target: { op: '<=', value: 5 }, note: `${how}: p99 with gate ${p(x.withGate, 0.99)} ms − p99 without ${p(x.without, 0.99)} ms; ${runs} tasks each, alternating` },
    [n('added_p50_ms')]: { value: round(p(x.withGate, 0.5) - p(x.without, 0.5)), unit: 'ms', note: `p50 with gate ${p(x.withGate, 0.5)} ms, without ${p(x.without, 0.5)} ms` },
    [n('gate_call_p50_ms')]: { value: p(x.gateCall, 0.5), unit: 'ms', note: 'gateContact alone: lock+load (1 round trip), decide, write (1 round trip)' },
    [n('gate_call_p99_ms')]: { value: p(x.gateCall, 0.99), unit: 'ms' },
    [n('gate_node_cpu_p50_ms')]: { value: p(x.gateCpu, 0.5), unit: 'ms', note: 'CPU time of this Node process during the gate call (build, parse, decide, hash, pg protocol); excludes PostgreSQL' },
    [n('gate_node_cpu_p99_ms')]: { value: p(x.gateCpu, 0.99), unit: 'ms' },
    [n('facts_round_trip_p50_ms')]: { value: p(x.facts, 0.5), unit: 'ms', note: `lock + load (compliance_gate_facts) as the client sees it; p99 ${p(x.facts, 0.99)} ms` },
    [n('write_round_trip_p50_ms')]: { value: p(x.write, 0.5), unit: 'ms', note: `decision, evidence and attempt (compliance_gate_write); p99 ${p(x.write, 0.99)} ms` },
    [n('gate_in_node_p50_ms')]: { value: p(x.rest, 0.5), unit: 'ms', note: `gate call minus its two round trips (build, parse, decide, hash); p99 ${p(x.rest, 0.99)} ms` },
    [n('commit_p99_with_gate_ms')]: { value: p(x.commitWith, 0.99), unit: 'ms', note: `COMMIT of the task with the gate's rows (WAL flush, fsync on); p50 ${p(x.commitWith, 0.5)} ms; without the gate p50 ${p(x.commitWithout, 0.5)} ms, p99 ${p(x.commitWithout, 0.99)} ms` },
    [n('noise_point_query_p99_ms')]: { value: p(x.ping, 0.99), unit: 'ms', note: `p99 of one indexed point SELECT in the same transactions (p50 ${p(x.ping, 0.5)} ms): the scheduling noise floor; 1-min load average ${round(x.load[0])} → ${round(x.load[1])} on ${cpus().length} CPUs` },
    [n('gate_allowed_share')]: { value: round(x.allowed / x.withGate.length), unit: 'ratio', note: 'share of gated tasks allowed (and recorded)' },
  };
}

export const benchmark: Benchmark = {
  name: 'compliance-gate-db',
  description: `gateContact (record: true) inside a contact-task transaction vs the same transaction without it; ${BORROWERS} borrowers × ${EVENTS_EACH} events, embedded PostgreSQL, fsync on`,
  run: async ({ log }) => {
    const dir = await mkdtemp(join(tmpdir(), 'recoup-gate-bench-'));
    const server = await startEmbeddedPostgres({ dir, port: await findFreePort(), persistent: false, log });
    const opened = openDb(server.url, 4);
    // the same pool, with a query log that splits the gate call into its round trips
    const h: DbHandle = { ...opened, db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: opened.pool }), log: onQuery }) };
    try {
      await migrate(h.pool, () => {});
      const { tenantId, firstBorrower } = await seed(h, log);
      const shared = await measure(h, { tenantId, first: firstBorrower, phase: 'shared', runs: RUNS }, log);
      const how = await prioritise(h);
      const prio = await measure(h, { tenantId, first: firstBorrower, phase: 'prioritised', runs: RUNS }, log);
      return { ...phaseMetrics(shared, '', RUNS, 'default priority on the shared machine'), ...phaseMetrics(prio, '_prioritised', RUNS, how) };
    } finally {
      setPriority(process.pid, 0);
      await h.db.destroy();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
