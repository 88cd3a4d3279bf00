/**
 * The nightly delinquency cycle: as of one business date, for every account of the
 * selected portfolios, accrue penalty interest, compute DPD, overdue amounts and bucket,
 * and write — in one transaction — the changed account_delinquency rows, transitions,
 * current ↔ delinquent status changes, the roll-rate snapshot and one
 * `account.delinquency_changed` event per account whose bucket changed.
 * Re-running a date changes nothing and emits nothing (see reconcile-state.ts, penalty.ts).
 */
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from '../platform/db-types.ts';
import type { ChangeSet, RollRateRow } from './change-set.ts';
import { AppError } from '../platform/errors.ts';
import { copyEvents } from '../platform/events-copy.ts';
import { decideCycle, foldCycleInstallments } from './cycle-compute.ts';
import { installmentFilter, loadCycleAccounts, loadCyclePortfolios } from './cycle-load.ts';
import { writePenaltiesBulk, writeStateBulk, writeStatusesBulk } from './cycle-write.ts';
import { kyselyOnClient } from './copy-io.ts';
import { toDayNumber } from './day-number.ts';
import type { TransitionKind } from './transition.ts';
import { writeRollRates } from './write-change-set.ts';
import './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CYCLE_LOCK = 7160501;

export type CycleSummary = {
  runId: number;
  asOf: string;
  tenantId: string | null;
  portfolios: number;
  accounts: number;
  installmentsRead: number;
  changed: number;
  transitions: Partial<Record<Exclude<TransitionKind, 'stay'>, number>>;
  events: number;
  statusChanges: number;
  penaltyAccruals: number;
  penaltyMinor: number;
  skippedNewer: number;
  /** Accounts and outstanding balance per bucket label as of the date. */
  buckets: Record<string, { accounts: number; balanceMinor: number; overdueMinor: number }>;
  /** Milliseconds per step; `cycleMs` = load + compute + state writes, `durationMs` = everything. */
  timings: Record<string, number>;
  cycleMs: number;
  durationMs: number;
};

export type CycleInput = {
  /** Anything with a pg pool: the AppContext, or a DbHandle. */
  ctx: { pool: pg.Pool };
  /** The business date, 'YYYY-MM-DD'. */
  asOf: string;
  tenantId?: string;
  portfolioIds?: string[];
  /** Who started it, e.g. `cli`, `job`, `bench`. */
  trigger?: string;
  log?: (m: string) => void;
};

function validate(p: CycleInput): number {
  const asOf = toDayNumber(p.asOf);
  if (p.tenantId !== undefined && !UUID.test(p.tenantId)) throw new AppError('INVALID_INPUT', { message: `tenant id ${p.tenantId} is not a uuid` });
  for (const id of p.portfolioIds ?? []) if (!UUID.test(id)) throw new AppError('INVALID_INPUT', { message: `portfolio id ${id} is not a uuid` });
  return asOf;
}

/**
 * Runs the cycle for one business date.
 * @throws AppError INVALID_INPUT for a bad date or id; database errors are rethrown after the run is marked failed
 */
export async function runDelinquencyCycle(p: CycleInput): Promise<CycleSummary> {
  const asOf = validate(p);
  const log = p.log ?? (() => {});
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  let mark = t0;
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - mark);
    mark = now;
  };
  const client = await p.ctx.pool.connect();
  const db = kyselyOnClient(client);
  let runId = 0;
  try {
    const portfolios = await loadCyclePortfolios(db, { tenantId: p.tenantId, portfolioIds: p.portfolioIds, asOf });
    const run = await db
      .insertInto('delinquency_cycle_runs')
      .values({ tenant_id: p.tenantId ?? null, as_of: p.asOf, portfolio_ids: portfolios.map((x) => x.id), trigger: p.trigger ?? 'api', status: 'running' })
      .returning('id')
      .executeTakeFirstOrThrow();
    runId = run.id;
    lap('calendarsMs');
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [CYCLE_LOCK]);
    // the joins of the cycle (accounts ⟕ state, updates from temp tables) hash ~1M rows: keep them in memory
    await client.query(`SET LOCAL work_mem = '256MB'`);
    const acc = await loadCycleAccounts(client, portfolios);
    lap('loadAccountsMs');
    log(`cycle ${p.asOf}: ${acc.n} accounts in ${portfolios.length} portfolios`);
    const folded = await foldCycleInstallments(client, portfolios, acc, installmentFilter(portfolios, p), asOf);
    lap('readInstallmentsMs');
    log(`cycle ${p.asOf}: ${folded.installments} unpaid installments read`);
    const { changes, rollRates } = decideCycle(portfolios, acc, folded, asOf, `system:delinquency-cycle`);
    lap('computeMs');
    await writeCycle(client, db, changes, rollRates, portfolios.map((x) => x.id), lap);
    log(`cycle ${p.asOf}: ${changes.rows.length} rows written, ${changes.transitions.length} transitions, ${changes.events.length} events`);
    const summary = summarize({ runId, p, portfolios: portfolios.length, acc: acc.n, folded: folded.installments, changes, rollRates, timings, t0 });
    await markSucceeded(db, summary);
    return summary;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    if (runId) {
      await db.updateTable('delinquency_cycle_runs').set({ status: 'failed', finished_at: new Date(), error: String((e as Error).message ?? e) }).where('id', '=', runId).execute().catch(() => {});
    }
    throw e;
  } finally {
    client.release();
  }
}

/** The write steps, in the open transaction, then COMMIT. */
async function writeCycle(client: pg.PoolClient, db: Kysely<Database>, changes: ChangeSet, rollRates: RollRateRow[], portfolioIds: string[], lap: (step: string) => void): Promise<void> {
  await writePenaltiesBulk(client, changes);
  lap('writePenaltiesMs');
  await writeStateBulk(client, changes);
  lap('writeStateMs');
  await writeStatusesBulk(client, changes);
  lap('writeStatusesMs');
  await writeRollRates(db, changes.asOf, portfolioIds, rollRates);
  lap('rollRatesMs');
  await copyEvents(client, changes.events);
  lap('eventsMs');
  await client.query('COMMIT');
  lap('commitMs');
}

async function markSucceeded(db: Kysely<Database>, summary: CycleSummary): Promise<void> {
  await db
    .updateTable('delinquency_cycle_runs')
    .set({
      status: 'succeeded',
      finished_at: new Date(),
      accounts: summary.accounts,
      changed: summary.changed,
      transitions: Object.values(summary.transitions).reduce((a, b) => a + (b ?? 0), 0),
      events: summary.events,
      penalty_accruals: summary.penaltyAccruals,
      penalty_minor: summary.penaltyMinor,
      status_changes: summary.statusChanges,
      summary: JSON.stringify(summary),
    })
    .where('id', '=', summary.runId)
    .execute();
}

function summarize(x: {
  runId: number;
  p: CycleInput;
  portfolios: number;
  acc: number;
  folded: number;
  changes: ChangeSet;
  rollRates: RollRateRow[];
  timings: Record<string, number>;
  t0: number;
}): CycleSummary {
  const transitions: CycleSummary['transitions'] = {};
  for (const t of x.changes.transitions) transitions[t.kind] = (transitions[t.kind] ?? 0) + 1;
  const buckets: CycleSummary['buckets'] = {};
  for (const r of x.rollRates) {
    const b = (buckets[r.toBucket] ??= { accounts: 0, balanceMinor: 0, overdueMinor: 0 });
    b.accounts += r.accounts;
    b.balanceMinor += r.balance;
    b.overdueMinor += r.overdue;
  }
  const t = x.timings;
  return {
    runId: x.runId,
    asOf: x.p.asOf,
    tenantId: x.p.tenantId ?? null,
    portfolios: x.portfolios,
    accounts: x.acc,
    installmentsRead: x.folded,
    changed: x.changes.rows.length,
    transitions,
    events: x.changes.events.length,
    statusChanges: x.changes.statusChanges.length,
    penaltyAccruals: x.changes.penaltyInstallments.length,
    penaltyMinor: x.changes.penaltyAmounts.reduce((a, b) => a + b, 0),
    skippedNewer: x.changes.skippedNewer,
    buckets,
    timings: t,
    cycleMs: (t.loadAccountsMs ?? 0) + (t.readInstallmentsMs ?? 0) + (t.computeMs ?? 0) + (t.writePenaltiesMs ?? 0) + (t.writeStateMs ?? 0) + (t.writeStatusesMs ?? 0),
    durationMs: Math.round(performance.now() - x.t0),
  };
}
