/**
 * What the arrangement use cases need to know about an account, read in one query: its
 * portfolio's zone and rules, today's date there, balance, overdue amount, days past due
 * and bucket (in the portfolio's bucket scheme, CN M0…M7+ or US current…120+), computed
 * from the installments as of today in that zone (a charged-off account is in the
 * scheme's last bucket).
 */
import { sql } from 'kysely';
import { AppError } from '../platform/errors.ts';
import type { Db } from '../platform/db-types.ts';
import { bucketLabelOf, getBucketScheme } from '../delinquency/index.ts';
import '../portfolio/tables.ts';

export type AccountFacts = {
  id: number;
  tenantId: string;
  externalId: string;
  borrowerId: number;
  borrowerName: string;
  borrowerLocale: 'en' | 'zh-CN';
  borrowerFlags: Record<string, unknown>;
  portfolioId: string;
  portfolioCode: string;
  /** The portfolio's bucket scheme (`CN_M`, `US_30`). */
  bucketScheme: string;
  productKind: string | null;
  currency: string;
  status: string;
  openedOn: string;
  timezone: string;
  planReages: boolean;
  /** Today in the portfolio's zone. */
  today: string;
  outstandingMinor: number;
  overdueMinor: number;
  dpd: number;
  bucket: string;
};

const unpaid = sql<number>`(i.principal_due + i.interest_due + i.fee_due + i.penalty_due - i.principal_paid - i.interest_paid - i.fee_paid - i.penalty_paid)`;

/**
 * Loads one account's facts.
 * @throws AppError NOT_FOUND when the account is not this tenant's
 */
export async function getAccountFacts(db: Db, tenantId: string, accountId: number): Promise<AccountFacts> {
  const r = await sql<{
    id: number; tenant_id: string; external_id: string; borrower_id: number; full_name: string; locale: 'en' | 'zh-CN'; flags: Record<string, unknown>;
    portfolio_id: string; code: string; bucket_scheme: string; kind: string | null; currency: string; status: string; opened_on: string; timezone: string; plan_reages: boolean;
    today: string; outstanding: number | null; overdue: number | null; oldest: string | null;
  }>`
    SELECT a.id, a.tenant_id, a.external_id, a.borrower_id, b.full_name, b.locale, b.flags, a.portfolio_id, p.code, p.bucket_scheme, pr.kind, a.currency, a.status,
           a.opened_on, p.timezone, p.plan_reages, t.today::text AS today,
           (SELECT sum(${unpaid}) FROM installments i WHERE i.account_id = a.id) AS outstanding,
           (SELECT sum(${unpaid}) FROM installments i WHERE i.account_id = a.id AND i.due_on <= t.today) AS overdue,
           (SELECT min(i.due_on)::text FROM installments i WHERE i.account_id = a.id AND i.due_on <= t.today AND ${unpaid} > 0) AS oldest
      FROM accounts a
      JOIN portfolios p ON p.id = a.portfolio_id
      JOIN borrowers b ON b.id = a.borrower_id
      LEFT JOIN products pr ON pr.id = a.product_id
      CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE p.timezone)::date AS today) t
     WHERE a.tenant_id = ${tenantId} AND a.id = ${accountId}`.execute(db);
  const row = r.rows[0];
  if (!row) throw new AppError('NOT_FOUND', { message: `account ${accountId} not found` });
  const dpd = row.oldest ? Math.round((Date.parse(row.today) - Date.parse(row.oldest)) / 86_400_000) : 0;
  const scheme = getBucketScheme(row.bucket_scheme);
  return {
    id: row.id, tenantId: row.tenant_id, externalId: row.external_id, borrowerId: row.borrower_id, borrowerName: row.full_name,
    borrowerLocale: row.locale, borrowerFlags: row.flags ?? {}, portfolioId: row.portfolio_id, portfolioCode: row.code, bucketScheme: row.bucket_scheme, productKind: row.kind,
    currency: row.currency.trim(), status: row.status, openedOn: row.opened_on, timezone: row.timezone, planReages: row.plan_reages, today: row.today,
    outstandingMinor: Number(row.outstanding ?? 0), overdueMinor: Number(row.overdue ?? 0), dpd,
    bucket: row.status === 'charged_off' ? scheme.labels[scheme.labels.length - 1] : bucketLabelOf(dpd, scheme),
  };
}

/** The start of `date` in zone `tz` as an instant (for windows that end at local midnight). */
export async function startOfDayIn(db: Db, date: string, tz: string): Promise<Date> {
  const r = await sql<{ at: Date }>`SELECT (${date}::date::timestamp AT TIME ZONE ${tz}) AS at`.execute(db);
  return r.rows[0].at;
}
