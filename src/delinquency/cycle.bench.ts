/**
 * `npm run bench -- delinquency-cycle`: the nightly delinquency cycle over 1,000,000
 * accounts with 6 installments each, on an embedded PostgreSQL with fsync ON (the server's
 * defaults) in a temporary directory. Day 1 assesses every account for the first time
 * (every row is new); between day 1 and day 2 about 2% of accounts pay; day 2 is the
 * ordinary nightly run (transitions, cures, roll forwards, events); day 2 is then re-run
 * to show idempotence. Targets (issue 2): cycle ≤ 30 s, whole nightly run ≤ 180 s.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import type { Benchmark, Metric } from '../platform/bench.ts';
import { openDb } from '../platform/db.ts';
import { startEmbeddedPostgres } from '../platform/embedded.ts';
import { migrate } from '../platform/migrate.ts';
import { runDelinquencyCycle, type CycleSummary } from './run-delinquency-cycle.ts';
import { findFreePort } from '../platform/free-port.ts';

const ACCOUNTS = 1_000_000;


/** CPU seconds used so far by the PostgreSQL server under `dir` (postmaster, its live children and reaped ones). */
async function pgCpuSeconds(dir: string): Promise<number> {
  const pm = Number((await readFile(join(dir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  let ticks = 0;
  for (const e of await readdir('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    const stat = await readFile(`/proc/${e}/stat`, 'utf8').catch(() => '');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(e);
    if (pid === pm) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    else if (Number(f[1]) === pm) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / 100; // USER_HZ
}

function nodeCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Loads a synthetic portfolio with generate_series: ~70% paid up, the rest 1–100+ DPD. */
export async function loadSyntheticPortfolio(pool: pg.Pool, accounts: number, log?: (m: string) => void): Promise<{ tenantId: string }> {
  const c = await pool.connect();
  try {
    // setup only: skip foreign-key triggers while generating rows (the cycle runs with them on)
    await c.query('SET session_replication_role = replica');
    const tenant = (await c.query<{ id: string }>(`INSERT INTO tenants (slug, name) VALUES ('bench', 'Bench Lender') RETURNING id`)).rows[0].id;
    const portfolio = (
      await c.query<{ id: string }>(
        `INSERT INTO portfolios (tenant_id, code, name, jurisdiction, rule_pack, timezone, holiday_calendar, currency, grace_days, bucket_scheme)
         VALUES ($1, 'cn-consumer', 'CN consumer loans', 'CN', 'CN_NIFA', 'Asia/Shanghai', 'CN', 'CNY', 3, 'CN_M') RETURNING id`,
        [tenant],
      )
    ).rows[0].id;
    const product = (
      await c.query<{ id: number }>(
        `INSERT INTO products (tenant_id, code, name, kind, penalty_bps_per_day, penalty_grace_days) VALUES ($1, 'cash', 'Cash loan', 'cash_loan', 5, 3) RETURNING id`,
        [tenant],
      )
    ).rows[0].id;
    const borrowers = Math.ceil(accounts / 5);
    await c.query(
      `INSERT INTO borrowers (tenant_id, external_id, full_name, timezone) SELECT $1, 'B' || g, '借款人' || g, 'Asia/Shanghai' FROM generate_series(1, $2::int) g`,
      [tenant, borrowers],
    );
    log?.('loaded borrowers');
    const bmin = (await c.query<{ id: number }>(`SELECT min(id) AS id FROM borrowers WHERE tenant_id = $1`, [tenant])).rows[0].id;
    await c.query(
      `INSERT INTO accounts (tenant_id, portfolio_id, borrower_id, product_id, external_id, currency, principal_minor, opened_on)
       SELECT $1, $2, $3::bigint + (g - 1) / 5, $4, 'A' || g, 'CNY', 600000, DATE '2025-11-01' FROM generate_series(1, $5::int) g`,
      [tenant, portfolio, bmin, product, accounts],
    );
    log?.('loaded accounts');
    // paid through installment n: 70% through 4, 10% through 2, 8% through 1, 7% none, 5% through 2 + half of the 3rd
    await c.query(
      `INSERT INTO installments (tenant_id, account_id, seq, due_on, principal_due, interest_due, fee_due, principal_paid, interest_paid, fee_paid)
       SELECT a.tenant_id, a.id, k, (DATE '2025-11-01' + make_interval(months => k))::date + (a.id % 28)::int,
              100000, 5000, CASE WHEN k = 1 THEN 2000 ELSE 0 END,
              CASE WHEN k <= s.through THEN 100000 WHEN s.half AND k = s.through + 1 THEN 50000 ELSE 0 END,
              CASE WHEN k <= s.through THEN 5000 ELSE 0 END,
              CASE WHEN k <= s.through AND k = 1 THEN 2000 ELSE 0 END
       FROM accounts a
       CROSS JOIN LATERAL (SELECT (a.id * 7919) % 100 AS seg) h
       CROSS JOIN LATERAL (SELECT CASE WHEN h.seg < 70 THEN 4 WHEN h.seg < 80 THEN 2 WHEN h.seg < 88 THEN 1 WHEN h.seg < 95 THEN 0 ELSE 2 END AS through,
                                  h.seg >= 95 AS half) s
       CROSS JOIN generate_series(1, 6) k
       WHERE a.tenant_id = $1`,
      [tenant],
    );
    log?.(`loaded installments`);
    await c.query('SET session_replication_role = origin');
    await c.query('VACUUM ANALYZE accounts');
    await c.query('VACUUM ANALYZE installments');
    return { tenantId: tenant };
  } finally {
    c.release();
  }
}

function seconds(ms: number): number {
  return Math.round(ms / 10) / 100;
}

type Measured = { s: CycleSummary; nodeCpu: number; pgCpu: number; load: number };

function cycleMetrics(prefix: string, m: Measured, withTargets: boolean): Record<string, Metric> {
  const s = m.s;
  const slow = Object.entries(s.timings).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(', ');
  return {
    [`${prefix}_cycle_s`]: {
      value: seconds(s.cycleMs),
      unit: 's',
      target: withTargets ? { op: '<=', value: 30 } : undefined,
      note: `${s.accounts} accounts, ${s.installmentsRead} unpaid installments read, ${s.changed} rows written; read + compute + state writes (${slow})`,
    },
    [`${prefix}_nightly_s`]: {
      value: seconds(s.durationMs),
      unit: 's',
      target: withTargets ? { op: '<=', value: 180 } : undefined,
      note: `everything: calendars, cycle, penalties (${s.penaltyAccruals}), statuses (${s.statusChanges}), roll-rate snapshot, ${s.events} events, commit`,
    },
    [`${prefix}_events`]: { value: s.events, unit: 'events' },
    [`${prefix}_cpu_s`]: {
      value: Math.round((m.nodeCpu + m.pgCpu) * 10) / 10,
      unit: 's',
      note: `CPU time of the whole nightly run: node ${m.nodeCpu.toFixed(1)} s + PostgreSQL ${m.pgCpu.toFixed(1)} s; 1-min load average at the end ${m.load.toFixed(1)} on ${2} cores shared with other work`,
    },
  };
}

export const benchmark: Benchmark = {
  name: 'delinquency-cycle',
  description: 'nightly delinquency cycle over 1M accounts × 6 installments, embedded PostgreSQL, fsync on',
  run: async ({ log }) => {
    const dir = await mkdtemp(join(tmpdir(), 'recoup-bench-dq-'));
    const server = await startEmbeddedPostgres({ dir, port: await findFreePort(), persistent: false, log });
    const { pool, close } = openDb(server.url, 4);
    try {
      await migrate(pool);
      const t0 = performance.now();
      const { tenantId } = await loadSyntheticPortfolio(pool, ACCOUNTS, log);
      const loadMs = performance.now() - t0;
      log(`loaded ${ACCOUNTS} accounts and ${ACCOUNTS * 6} installments in ${seconds(loadMs)} s`);
      const run = async (asOf: string): Promise<Measured> => {
        const n0 = nodeCpuSeconds();
        const p0 = await pgCpuSeconds(dir);
        const s = await runDelinquencyCycle({ ctx: { pool }, asOf, tenantId, trigger: 'bench', log });
        return { s, nodeCpu: nodeCpuSeconds() - n0, pgCpu: (await pgCpuSeconds(dir)) - p0, load: loadavg()[0] };
      };
      const day1 = await run('2026-03-10');
      log(`day 1: ${JSON.stringify(day1.s.timings)}`);
      // about 2% of accounts pay everything due so far
      await pool.query(`UPDATE installments SET principal_paid = principal_due, interest_paid = interest_due, fee_paid = fee_due, penalty_paid = penalty_due
                        WHERE account_id % 47 = 3 AND due_on <= DATE '2026-03-10'`);
      const day2 = await run('2026-03-11');
      log(`day 2: ${JSON.stringify(day2.s.timings)} transitions ${JSON.stringify(day2.s.transitions)}`);
      const rerun = await run('2026-03-11');
      return {
        load_s: { value: seconds(loadMs), unit: 's', note: 'generate_series into indexed tables + VACUUM ANALYZE (not part of the cycle)' },
        ...cycleMetrics('day1_first_assessment', day1, true),
        ...cycleMetrics('day2', day2, true),
        day2_rerun_s: { value: seconds(rerun.s.durationMs), unit: 's', note: `re-run of day 2: ${rerun.s.changed} rows written, ${rerun.s.events} events (idempotent); CPU node ${rerun.nodeCpu.toFixed(1)} s + PostgreSQL ${rerun.pgCpu.toFixed(1)} s` },
      };
    } finally {
      await close();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
