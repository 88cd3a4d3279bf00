/**
 * Loading step of the nightly cycle: the selected portfolios with their rules, and every
 * account with its stored delinquency state, into typed arrays (one slot per account).
 */
import type pg from 'pg';
import type { Db } from '../platform/db-types.ts';
import { allBucketLabels, getBucketScheme, type BucketScheme } from './bucket-schemes.ts';
import { copyOutIntegers } from './copy-io.ts';
import { civilOf } from './day-number.ts';
import { NO_DAY, portfolioRules, type PortfolioRules } from './delinquency-fold.ts';
import { loadBusinessCalendar } from './holidays.ts';
import '../portfolio/tables.ts';

export const accountStatuses = ['current', 'delinquent', 'charged_off', 'in_legal', 'placed', 'sold', 'settled', 'closed'] as const;

export type CyclePortfolio = {
  id: string;
  tenantId: string;
  scheme: BucketScheme;
  rules: PortfolioRules;
  /** Global label id (1-based position in allBucketLabels) → bucket index in this scheme, -1 if absent. */
  labelToBucket: Int8Array;
};

export type CycleAccounts = {
  n: number;
  id: Float64Array;
  portfolio: Int32Array;
  status: Uint8Array;
  penaltyBps: Int32Array;
  penaltyGrace: Int32Array;
  /** Stored state; storedAsOf = NO_DAY when the account has no row yet. */
  storedAsOf: Int32Array;
  storedBucket: Int8Array;
  storedPrevBucket: Int8Array;
  storedDpd: Int32Array;
  storedOverdue: Float64Array; // 4 per slot: principal, interest, fee, penalty
  storedOutstanding: Float64Array;
  storedOldest: Int32Array;
  storedPenaltyThrough: Int32Array;
  slotOf: (accountId: number) => number;
};

/** Loads the portfolios selected by tenant and/or ids, with their calendars and rules as of `asOf`. */
export async function loadCyclePortfolios(db: Db, p: { tenantId?: string; portfolioIds?: string[]; asOf: number }): Promise<CyclePortfolio[]> {
  let q = db.selectFrom('portfolios').select(['id', 'tenant_id', 'holiday_calendar', 'grace_days', 'bucket_scheme']).orderBy('id');
  if (p.tenantId) q = q.where('tenant_id', '=', p.tenantId);
  if (p.portfolioIds) q = q.where('id', 'in', p.portfolioIds.length ? p.portfolioIds : ['00000000-0000-0000-0000-000000000000']);
  const rows = await q.execute();
  const year = civilOf(p.asOf).year;
  const years = [year - 3, year - 2, year - 1, year, year + 1];
  const calendars = new Map<string, Awaited<ReturnType<typeof loadBusinessCalendar>>>();
  const out: CyclePortfolio[] = [];
  for (const r of rows) {
    const key = `${r.tenant_id}/${r.holiday_calendar}`;
    let cal = calendars.get(key);
    if (!cal) {
      cal = await loadBusinessCalendar(db, { tenantId: r.tenant_id, code: r.holiday_calendar, years });
      calendars.set(key, cal);
    }
    const scheme = getBucketScheme(r.bucket_scheme);
    const labelToBucket = new Int8Array(allBucketLabels.length + 1).fill(-1);
    allBucketLabels.forEach((l, i) => (labelToBucket[i + 1] = scheme.labels.indexOf(l)));
    out.push({ id: r.id, tenantId: r.tenant_id, scheme, rules: portfolioRules(p.asOf, r.grace_days, cal, scheme), labelToBucket });
  }
  return out;
}

/** SQL that maps portfolio ids to their index (a VALUES list; ids are uuids read from the database). */
export function portfolioValues(portfolios: CyclePortfolio[]): string {
  return portfolios.map((p, i) => `('${p.id}'::uuid, ${i})`).join(', ');
}

type AccountArrays = Omit<CycleAccounts, 'slotOf' | 'n'>;

function createArrays(n: number): AccountArrays {
  return {
    id: new Float64Array(n),
    portfolio: new Int32Array(n),
    status: new Uint8Array(n),
    penaltyBps: new Int32Array(n),
    penaltyGrace: new Int32Array(n),
    storedAsOf: new Int32Array(n).fill(NO_DAY),
    storedBucket: new Int8Array(n).fill(-1),
    storedPrevBucket: new Int8Array(n).fill(-1),
    storedDpd: new Int32Array(n),
    storedOverdue: new Float64Array(n * 4),
    storedOutstanding: new Float64Array(n),
    storedOldest: new Int32Array(n).fill(NO_DAY),
    storedPenaltyThrough: new Int32Array(n).fill(NO_DAY),
  };
}

/** A copy of `a` with room for `n` slots (the first `used` slots kept). */
function grown(a: AccountArrays, n: number, used: number): AccountArrays {
  const b = createArrays(n);
  for (const key of Object.keys(a) as (keyof AccountArrays)[]) {
    const width = key === 'storedOverdue' ? 4 : 1;
    (b[key] as Float64Array).set((a[key] as Float64Array).subarray(0, used * width));
  }
  return b;
}

const STATUS_CASE = `CASE a.status ${accountStatuses.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const LABELS = `ARRAY[${allBucketLabels.map((l) => `'${l}'`).join(',')}]::text[]`;

/** Streams every account of the portfolios with its stored state into typed arrays. */
export async function loadCycleAccounts(client: pg.PoolClient, portfolios: CyclePortfolio[]): Promise<CycleAccounts> {
  if (portfolios.length === 0) return { ...createArrays(0), n: 0, slotOf: () => -1 };
  const join = `JOIN (VALUES ${portfolioValues(portfolios)}) AS pv(id, idx) ON pv.id = a.portfolio_id`;
  // size from the planner's estimate; grow when it is short
  const est = await client.query<{ n: number }>(`SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = 'accounts'::regclass`);
  let a = createArrays(Math.max(1024, Math.ceil(Number(est.rows[0]?.n ?? 0) * 1.05)));
  let n = 0;
  const epoch = `DATE '1970-01-01'`;
  const query = `SELECT a.id, pv.idx, ${STATUS_CASE}, coalesce(pr.penalty_bps_per_day, 0), coalesce(pr.penalty_grace_days, 0),
      d.as_of - ${epoch}, array_position(${LABELS}, d.bucket), array_position(${LABELS}, d.prev_bucket), d.dpd,
      d.overdue_principal, d.overdue_interest, d.overdue_fee, d.overdue_penalty, d.outstanding_minor,
      d.oldest_unpaid_due_on - ${epoch}, d.penalty_through - ${epoch}
    FROM accounts a ${join}
    LEFT JOIN products pr ON pr.id = a.product_id
    LEFT JOIN account_delinquency d ON d.account_id = a.id`;
  await copyOutIntegers(client, query, 16, (r) => {
    if (n === a.id.length) a = grown(a, n * 2, n);
    const s = n++;
    a.id[s] = r[0];
    const pi = r[1];
    a.portfolio[s] = pi;
    a.status[s] = r[2];
    a.penaltyBps[s] = r[3];
    a.penaltyGrace[s] = r[4];
    if (Number.isNaN(r[5])) return;
    const map = portfolios[pi].labelToBucket;
    a.storedAsOf[s] = r[5];
    a.storedBucket[s] = Number.isNaN(r[6]) ? -1 : map[r[6]];
    a.storedPrevBucket[s] = Number.isNaN(r[7]) ? -1 : map[r[7]];
    a.storedDpd[s] = r[8];
    for (let k = 0; k < 4; k++) a.storedOverdue[s * 4 + k] = r[9 + k];
    a.storedOutstanding[s] = r[13];
    a.storedOldest[s] = Number.isNaN(r[14]) ? NO_DAY : r[14];
    a.storedPenaltyThrough[s] = Number.isNaN(r[15]) ? NO_DAY : r[15];
  });
  return { ...a, n, slotOf: buildSlotIndex(a.id, n) };
}

/** Account id → slot: a dense array when ids are compact, else a Map. */
function buildSlotIndex(ids: Float64Array, n: number): (id: number) => number {
  if (n === 0) return () => -1;
  let min = Infinity;
  let max = -Infinity;
  for (let s = 0; s < n; s++) {
    if (ids[s] < min) min = ids[s];
    if (ids[s] > max) max = ids[s];
  }
  if (max - min + 1 <= Math.max(4 * n, 1024)) {
    const dense = new Int32Array(max - min + 1).fill(-1);
    for (let s = 0; s < n; s++) dense[ids[s] - min] = s;
    return (id) => (id < min || id > max ? -1 : dense[id - min]);
  }
  const map = new Map<number, number>();
  for (let s = 0; s < n; s++) map.set(ids[s], s);
  return (id) => map.get(id) ?? -1;
}

/** The filter that selects the installments of the loaded portfolios. */
export function installmentFilter(portfolios: CyclePortfolio[], p: { tenantId?: string; portfolioIds?: string[] }): string {
  if (p.portfolioIds) return `i.account_id IN (SELECT id FROM accounts WHERE portfolio_id IN (${portfolios.map((x) => `'${x.id}'`).join(',') || 'NULL'}))`;
  if (p.tenantId) return `i.tenant_id = '${portfolios[0]?.tenantId ?? p.tenantId}'::uuid`;
  return 'TRUE';
}
