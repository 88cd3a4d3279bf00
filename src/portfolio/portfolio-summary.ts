/**
 * The portfolio summary: accounts and balances by status. Other domains add sections
 * (the delinquency domain adds buckets) through `addPortfolioSummarySection`, so that the
 * summary stays one endpoint without this domain importing theirs.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { getPortfolio, type Portfolio } from './portfolios.ts';

/** A section another domain adds to the summary (e.g. `buckets`), computed over the same portfolio. */
export type PortfolioSummarySection = (db: Db, q: { tenantId: string; portfolioId: string }) => Promise<unknown>;

const sections = new Map<string, PortfolioSummarySection>();

/** Registers (or replaces) a named section of the portfolio summary. */
export function addPortfolioSummarySection(name: string, section: PortfolioSummarySection): void {
  sections.set(name, section);
}

export type StatusLine = { status: string; accounts: number; principalMinor: number; outstandingMinor: number };

export type PortfolioSummary = {
  portfolio: Portfolio;
  totals: { accounts: number; principalMinor: number; outstandingMinor: number };
  byStatus: StatusLine[];
  sections: Record<string, unknown>;
};

/**
 * Counts and balances by status (outstanding: unpaid schedule, or principal + fees without one).
 * @throws AppError NOT_FOUND for an unknown portfolio
 */
export async function getPortfolioSummary(db: Db, q: { tenantId: string; portfolioId: string }): Promise<PortfolioSummary> {
  const portfolio = await getPortfolio(db, q.tenantId, q.portfolioId);
  const r = await sql<{ status: string; accounts: number; principal: number; outstanding: number }>`
    WITH open AS (
      SELECT i.account_id, sum(i.principal_due + i.interest_due + i.fee_due + i.penalty_due
             - i.principal_paid - i.interest_paid - i.fee_paid - i.penalty_paid) AS open
      FROM installments i JOIN accounts a ON a.id = i.account_id
      WHERE a.portfolio_id = ${portfolio.id}::uuid AND i.tenant_id = ${q.tenantId}::uuid GROUP BY i.account_id)
    SELECT a.status, count(*)::int AS accounts, coalesce(sum(a.principal_minor), 0)::bigint AS principal,
      coalesce(sum(coalesce(o.open, a.principal_minor + a.fees_minor)), 0)::bigint AS outstanding
    FROM accounts a LEFT JOIN open o ON o.account_id = a.id
    WHERE a.tenant_id = ${q.tenantId}::uuid AND a.portfolio_id = ${portfolio.id}::uuid
    GROUP BY a.status ORDER BY a.status`.execute(db);
  const byStatus = r.rows.map((x) => ({ status: x.status, accounts: x.accounts, principalMinor: x.principal, outstandingMinor: x.outstanding }));
  const extra: Record<string, unknown> = {};
  for (const [name, section] of sections) extra[name] = await section(db, q);
  return {
    portfolio,
    totals: {
      accounts: byStatus.reduce((s, x) => s + x.accounts, 0),
      principalMinor: byStatus.reduce((s, x) => s + x.principalMinor, 0),
      outstandingMinor: byStatus.reduce((s, x) => s + x.outstandingMinor, 0),
    },
    byStatus,
    sections: extra,
  };
}
