/**
 * The work list of one bucket: the accounts of a portfolio that the latest assessment put in
 * that bucket, with days past due and what is overdue — what a supervisor opens from the
 * bucket distribution ("who is in M3?"). Keyset pagination by account id.
 */
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import { getBucketScheme } from './bucket-schemes.ts';
import './tables.ts';
import '../portfolio/tables.ts';

export type BucketAccount = {
  accountId: number;
  asOf: string;
  dpd: number;
  overdue: { principal: number; interest: number; fee: number; penalty: number; total: number };
  outstandingMinor: number;
  oldestUnpaidDueOn: string | null;
};

export type BucketAccountsPage = { portfolioId: string; bucket: string; items: BucketAccount[]; nextCursor: string | null };

/**
 * Lists the accounts in `bucket` (a label of the portfolio's bucket scheme), by account id.
 * @throws AppError NOT_FOUND (portfolio not the tenant's), INVALID_INPUT (bucket not in the scheme, bad cursor)
 */
export async function listBucketAccounts(
  db: Db,
  q: { tenantId: string; portfolioId: string; bucket: string; minDpd?: number; cursor?: string; limit: number },
): Promise<BucketAccountsPage> {
  const p = await db.selectFrom('portfolios').select(['id', 'bucket_scheme']).where('tenant_id', '=', q.tenantId).where('id', '=', q.portfolioId).executeTakeFirst();
  if (!p) throw new AppError('NOT_FOUND', { message: `no portfolio ${q.portfolioId}`, userMessage: '资产包不存在 / portfolio not found' });
  const scheme = getBucketScheme(p.bucket_scheme);
  if (!scheme.labels.includes(q.bucket)) {
    throw new AppError('INVALID_INPUT', {
      message: `bucket ${JSON.stringify(q.bucket)} is not in the portfolio's scheme ${scheme.code}`,
      details: [{ path: 'params.bucket', message: `one of ${scheme.labels.join(', ')}` }],
      userMessage: `账龄组不存在 / unknown bucket (${scheme.labels.join(', ')})`,
    });
  }
  const after = decodeCursor(q.cursor);
  const rows = await db
    .selectFrom('account_delinquency')
    .select(['account_id', 'as_of', 'dpd', 'overdue_principal', 'overdue_interest', 'overdue_fee', 'overdue_penalty', 'outstanding_minor', 'oldest_unpaid_due_on'])
    .where('tenant_id', '=', q.tenantId)
    .where('portfolio_id', '=', p.id)
    .where('bucket', '=', q.bucket)
    .where('account_id', '>', after)
    .$if(q.minDpd !== undefined, (b) => b.where('dpd', '>=', q.minDpd ?? 0))
    .orderBy('account_id')
    .limit(q.limit + 1)
    .execute();
  const page = rows.slice(0, q.limit);
  return {
    portfolioId: p.id,
    bucket: q.bucket,
    items: page.map((r) => {
      const o = { principal: r.overdue_principal, interest: r.overdue_interest, fee: r.overdue_fee, penalty: r.overdue_penalty };
      return { accountId: r.account_id, asOf: r.as_of, dpd: r.dpd, overdue: { ...o, total: o.principal + o.interest + o.fee + o.penalty }, outstandingMinor: r.outstanding_minor, oldestUnpaidDueOn: r.oldest_unpaid_due_on };
    }),
    nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1].account_id) : null,
  };
}
