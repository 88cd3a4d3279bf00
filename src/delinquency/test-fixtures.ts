/**
 * Test support: inserts a tenant's portfolio, product, borrowers, accounts and schedules
 * with plain inserts (the portfolio domain's import is not needed for delinquency tests).
 */
import type { Db } from '../platform/db-types.ts';
import { createTenant } from '../identity/index.ts';
import '../portfolio/tables.ts';

export type FixtureInstallment = { due: string; principal?: number; interest?: number; fee?: number; paid?: number };

/** Creates a tenant with one portfolio (and a penalty product). */
export async function seedPortfolio(
  db: Db,
  p: { slug: string; calendar?: string; graceDays?: number; scheme?: 'CN_M' | 'US_30'; penaltyBps?: number; penaltyGraceDays?: number; tenantId?: string },
): Promise<{ tenantId: string; portfolioId: string; productId: number; borrowerId: number }> {
  const tenantId = p.tenantId ?? (await createTenant(db, { slug: p.slug, name: p.slug })).id;
  const portfolio = await db
    .insertInto('portfolios')
    .values({
      tenant_id: tenantId,
      code: `${p.slug}-p`,
      name: 'Test portfolio',
      jurisdiction: p.scheme === 'US_30' ? 'US-NY' : 'CN',
      rule_pack: p.scheme === 'US_30' ? 'US_REG_F' : 'CN_NIFA',
      timezone: p.scheme === 'US_30' ? 'America/New_York' : 'Asia/Shanghai',
      holiday_calendar: p.calendar ?? 'NONE',
      currency: p.scheme === 'US_30' ? 'USD' : 'CNY',
      grace_days: p.graceDays ?? 0,
      bucket_scheme: p.scheme ?? 'CN_M',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const product = await db
    .insertInto('products')
    .values({ tenant_id: tenantId, code: `${p.slug}-loan`, name: 'Loan', kind: 'consumer_loan', penalty_bps_per_day: p.penaltyBps ?? 0, penalty_grace_days: p.penaltyGraceDays ?? 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const borrower = await db
    .insertInto('borrowers')
    .values({ tenant_id: tenantId, external_id: `${p.slug}-b1`, full_name: '张三', timezone: 'Asia/Shanghai' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { tenantId, portfolioId: portfolio.id, productId: product.id, borrowerId: borrower.id };
}

/** Adds an account with its installments; `paid` pays principal first, then interest, then fee. */
export async function addAccount(
  db: Db,
  f: { tenantId: string; portfolioId: string; productId: number; borrowerId: number },
  externalId: string,
  installments: FixtureInstallment[],
): Promise<number> {
  const a = await db
    .insertInto('accounts')
    .values({ tenant_id: f.tenantId, portfolio_id: f.portfolioId, borrower_id: f.borrowerId, product_id: f.productId, external_id: externalId, currency: 'CNY', principal_minor: 100000, opened_on: '2025-12-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('installments')
    .values(
      installments.map((i, k) => {
        const principal = i.principal ?? 10000;
        const interest = i.interest ?? 1000;
        const fee = i.fee ?? 0;
        let paid = i.paid ?? 0;
        const pp = Math.min(paid, principal);
        paid -= pp;
        const ip = Math.min(paid, interest);
        paid -= ip;
        return { tenant_id: f.tenantId, account_id: a.id, seq: k + 1, due_on: i.due, principal_due: principal, interest_due: interest, fee_due: fee, principal_paid: pp, interest_paid: ip, fee_paid: Math.min(paid, fee) };
      }),
    )
    .execute();
  return a.id;
}

/** Pays installments of an account in full (all components), optionally only those due on or before `through`. */
export async function payInFull(db: Db, accountId: number, through?: string): Promise<void> {
  let q = db
    .updateTable('installments')
    .set((eb) => ({ principal_paid: eb.ref('principal_due'), interest_paid: eb.ref('interest_due'), fee_paid: eb.ref('fee_due'), penalty_paid: eb.ref('penalty_due') }))
    .where('account_id', '=', accountId);
  if (through) q = q.where('due_on', '<=', through);
  await q.execute();
}
