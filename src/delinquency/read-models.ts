/**
 * Read models behind the delinquency API: bucket distribution and roll rates of a
 * portfolio (from the nightly roll-rate snapshot), and one account's delinquency state
 * with its recent transitions. Every query is scoped by tenant.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';
import { getBucketScheme } from './bucket-schemes.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import './tables.ts';
import '../portfolio/tables.ts';

export type BucketLine = { bucket: string; accounts: number; balanceMinor: number; overdueMinor: number };
export type PortfolioBuckets = { portfolioId: string; scheme: string; currency: string; asOf: string | null; buckets: BucketLine[] };

async function portfolioOf(db: Db, tenantId: string, portfolioId: string) {
  const p = await db
    .selectFrom('portfolios')
    .select(['id', 'bucket_scheme', 'currency'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', portfolioId)
    .executeTakeFirst();
  if (!p) throw new AppError('NOT_FOUND', { message: `no portfolio ${portfolioId}`, userMessage: '资产包不存在 / portfolio not found' });
  return p;
}

/**
 * Accounts, outstanding balance and overdue amount per bucket as of the latest cycle.
 * @throws AppError NOT_FOUND when the portfolio is not the tenant's
 */
export async function getPortfolioBuckets(db: Db, q: { tenantId: string; portfolioId: string }): Promise<PortfolioBuckets> {
  const p = await portfolioOf(db, q.tenantId, q.portfolioId);
  const latest = await db
    .selectFrom('roll_rate_snapshots')
    .select(sql<string | null>`max(as_of)::text`.as('as_of'))
    .where('portfolio_id', '=', p.id)
    .executeTakeFirst();
  const asOf = latest?.as_of ?? null;
  const rows = asOf
    ? await db
        .selectFrom('roll_rate_snapshots')
        .select(['to_bucket', sql<number>`sum(accounts)::int`.as('accounts'), sql<number>`sum(balance_minor)::bigint`.as('balance'), sql<number>`sum(overdue_minor)::bigint`.as('overdue')])
        .where('portfolio_id', '=', p.id)
        .where('as_of', '=', asOf)
        .groupBy('to_bucket')
        .execute()
    : [];
  const by = new Map(rows.map((r) => [r.to_bucket, r]));
  const scheme = getBucketScheme(p.bucket_scheme);
  return {
    portfolioId: p.id,
    scheme: scheme.code,
    currency: p.currency,
    asOf,
    buckets: scheme.labels.map((b) => ({ bucket: b, accounts: by.get(b)?.accounts ?? 0, balanceMinor: by.get(b)?.balance ?? 0, overdueMinor: by.get(b)?.overdue ?? 0 })),
  };
}

export type RollRateLine = { from: string; to: string; accounts: number; balanceMinor: number; rate: number; balanceRate: number };
export type RollRates = { portfolioId: string; scheme: string; from: string; to: string; days: { asOf: string; moves: RollRateLine[] }[] };

/**
 * Daily roll rates between `from` and `to` (inclusive; default: the 30 days up to the
 * latest snapshot). `rate` = accounts moving from→to ÷ accounts in `from` the day before.
 * @throws AppError INVALID_INPUT for bad dates or a range over 366 days; NOT_FOUND for another tenant's portfolio
 */
export async function getRollRates(db: Db, q: { tenantId: string; portfolioId: string; from?: string; to?: string }): Promise<RollRates> {
  const p = await portfolioOf(db, q.tenantId, q.portfolioId);
  let to = q.to;
  if (!to) {
    const latest = await db.selectFrom('roll_rate_snapshots').select(sql<string | null>`max(as_of)::text`.as('d')).where('portfolio_id', '=', p.id).executeTakeFirst();
    to = latest?.d ?? fromDayNumber(Math.floor(Date.now() / 86400000));
  }
  const from = q.from ?? fromDayNumber(toDayNumber(to) - 29);
  const span = toDayNumber(to) - toDayNumber(from);
  if (span < 0 || span > 366) throw new AppError('INVALID_INPUT', { message: `from ${from} to ${to}: the range must be 0–366 days`, details: [{ path: 'query.from', message: 'range 0–366 days' }] });
  const rows = await db
    .selectFrom('roll_rate_snapshots')
    .select([sql<string>`as_of::text`.as('as_of'), 'from_bucket', 'to_bucket', 'accounts', 'balance_minor'])
    .where('portfolio_id', '=', p.id)
    .where('as_of', '>=', from)
    .where('as_of', '<=', to)
    .orderBy('as_of')
    .orderBy('from_bucket')
    .orderBy('to_bucket')
    .execute();
  const days = new Map<string, typeof rows>();
  for (const r of rows) days.set(r.as_of, [...(days.get(r.as_of) ?? []), r]);
  return {
    portfolioId: p.id,
    scheme: p.bucket_scheme,
    from,
    to,
    days: [...days].map(([asOf, list]) => {
      const totals = new Map<string, { n: number; b: number }>();
      for (const r of list) {
        const t = totals.get(r.from_bucket) ?? { n: 0, b: 0 };
        t.n += r.accounts;
        t.b += r.balance_minor;
        totals.set(r.from_bucket, t);
      }
      return {
        asOf,
        moves: list.map((r) => {
          const t = totals.get(r.from_bucket) ?? { n: 0, b: 0 };
          return { from: r.from_bucket, to: r.to_bucket, accounts: r.accounts, balanceMinor: r.balance_minor, rate: t.n ? r.accounts / t.n : 0, balanceRate: t.b ? r.balance_minor / t.b : 0 };
        }),
      };
    }),
  };
}

export type AccountDelinquencyView = {
  accountId: number;
  assessed: boolean;
  asOf: string | null;
  dpd: number;
  bucket: string | null;
  previousBucket: string | null;
  overdue: { principal: number; interest: number; fee: number; penalty: number; total: number };
  outstandingMinor: number;
  oldestUnpaidDueOn: string | null;
  penaltyThrough: string | null;
  transitions: { asOf: string; from: string | null; to: string; kind: string; dpd: number }[];
};

/**
 * One account's delinquency state and its last 50 transitions.
 * @throws AppError NOT_FOUND when the account is not the tenant's
 */
export async function getAccountDelinquency(db: Db, q: { tenantId: string; accountId: number }): Promise<AccountDelinquencyView> {
  const a = await db.selectFrom('accounts').select('id').where('tenant_id', '=', q.tenantId).where('id', '=', q.accountId).executeTakeFirst();
  if (!a) throw new AppError('NOT_FOUND', { message: `no account ${q.accountId}`, userMessage: '账户不存在 / account not found' });
  const d = await db
    .selectFrom('account_delinquency')
    .selectAll()
    .select([sql<string>`as_of::text`.as('as_of_text'), sql<string | null>`oldest_unpaid_due_on::text`.as('oldest_text'), sql<string | null>`penalty_through::text`.as('through_text')])
    .where('account_id', '=', a.id)
    .executeTakeFirst();
  const transitions = await db
    .selectFrom('delinquency_transitions')
    .select([sql<string>`as_of::text`.as('as_of'), 'from_bucket', 'to_bucket', 'kind', 'dpd'])
    .where('account_id', '=', a.id)
    .where('tenant_id', '=', q.tenantId)
    .orderBy('as_of', 'desc')
    .limit(50)
    .execute();
  const o = { principal: d?.overdue_principal ?? 0, interest: d?.overdue_interest ?? 0, fee: d?.overdue_fee ?? 0, penalty: d?.overdue_penalty ?? 0 };
  return {
    accountId: a.id,
    assessed: Boolean(d),
    asOf: d?.as_of_text ?? null,
    dpd: d?.dpd ?? 0,
    bucket: d?.bucket ?? null,
    previousBucket: d?.prev_bucket ?? null,
    overdue: { ...o, total: o.principal + o.interest + o.fee + o.penalty },
    outstandingMinor: d?.outstanding_minor ?? 0,
    oldestUnpaidDueOn: d?.oldest_text ?? null,
    penaltyThrough: d?.through_text ?? null,
    transitions: transitions.map((t) => ({ asOf: t.as_of, from: t.from_bucket, to: t.to_bucket, kind: t.kind, dpd: t.dpd })),
  };
}
