/**
 * Portfolios (资产包) and products: create and list. A portfolio fixes the jurisdiction,
 * rule pack, business time zone, holiday calendar, currency, allocation waterfall, grace
 * days and bucket scheme of the accounts it holds.
 */
import { z } from 'zod';
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';
import { writeAudit } from '../platform/audit.ts';
import { components, defaultWaterfall, isWaterfall } from './allocation.ts';
import { isCurrency } from './currency.ts';
import { isTimeZone } from './fields.ts';
import type { Component } from './tables.ts';

export const PortfolioInput = z.object({
  code: z.string().min(1).max(50).regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only'),
  name: z.string().min(1).max(200),
  jurisdiction: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'an ISO 3166 code such as CN, GB or US-NY'),
  rulePack: z.enum(['US_REG_F', 'UK_CONC', 'CN_NIFA']),
  timezone: z.string().refine(isTimeZone, 'not an IANA time zone (e.g. Asia/Shanghai)'),
  holidayCalendar: z.string().regex(/^[A-Z0-9_]{2,30}$/, 'a calendar code such as CN_PUBLIC, US_FEDERAL or NONE').default('NONE'),
  currency: z.string().refine(isCurrency, 'not an ISO 4217 currency code'),
  waterfall: z
    .array(z.enum(components as [Component, ...Component[]]))
    .refine(isWaterfall, 'the waterfall must order penalty, fee, interest and principal, each once')
    .default([...defaultWaterfall]),
  graceDays: z.number().int().min(0).max(60).default(0),
  bucketScheme: z.enum(['CN_M', 'US_30']).default('CN_M'),
  planReages: z.boolean().default(false),
});
export type PortfolioInput = z.infer<typeof PortfolioInput>;

export type Portfolio = PortfolioInput & { id: string; createdAt: Date };

type PortfolioRow = {
  id: string; code: string; name: string; jurisdiction: string; rule_pack: PortfolioInput['rulePack']; timezone: string; holiday_calendar: string;
  currency: string; waterfall: Component[]; grace_days: number; bucket_scheme: PortfolioInput['bucketScheme']; plan_reages: boolean; created_at: Date;
};

function present(r: PortfolioRow): Portfolio {
  return {
    id: r.id, code: r.code, name: r.name, jurisdiction: r.jurisdiction, rulePack: r.rule_pack, timezone: r.timezone, holidayCalendar: r.holiday_calendar,
    currency: r.currency.trim(), waterfall: r.waterfall, graceDays: r.grace_days, bucketScheme: r.bucket_scheme, planReages: r.plan_reages, createdAt: r.created_at,
  };
}

/**
 * Creates a portfolio.
 * @throws AppError CONFLICT when the tenant already has a portfolio with this code
 */
export async function createPortfolio(db: Db, a: { tenantId: string; actor: string; input: PortfolioInput }): Promise<Portfolio> {
  const i = PortfolioInput.parse(a.input);
  const row = await db
    .insertInto('portfolios')
    .values({
      tenant_id: a.tenantId, code: i.code, name: i.name, jurisdiction: i.jurisdiction, rule_pack: i.rulePack, timezone: i.timezone, holiday_calendar: i.holidayCalendar,
      currency: i.currency, waterfall: i.waterfall, grace_days: i.graceDays, bucket_scheme: i.bucketScheme, plan_reages: i.planReages,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('CONFLICT', { message: `portfolio ${i.code} already exists` });
  await writeAudit(db, { tenantId: a.tenantId, actor: a.actor, action: 'portfolio.created', subjectType: 'portfolio', subjectId: row.id, detail: { code: i.code } });
  return present(row as PortfolioRow);
}

/** The tenant's portfolios, by code. */
export async function listPortfolios(db: Db, tenantId: string): Promise<Portfolio[]> {
  const rows = await db.selectFrom('portfolios').selectAll().where('tenant_id', '=', tenantId).orderBy('code').execute();
  return rows.map((r) => present(r as PortfolioRow));
}

/**
 * One portfolio of the tenant.
 * @throws AppError NOT_FOUND
 */
export async function getPortfolio(db: Db, tenantId: string, id: string): Promise<Portfolio> {
  const row = z.uuid().safeParse(id).success
    ? await db.selectFrom('portfolios').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst()
    : undefined;
  if (!row) throw new AppError('NOT_FOUND', { message: `portfolio ${id} not found` });
  return present(row as PortfolioRow);
}

export const ProductInput = z.object({
  code: z.string().min(1).max(50).regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only'),
  name: z.string().min(1).max(200),
  kind: z.enum(['consumer_loan', 'credit_card', 'cash_loan', 'bnpl', 'auto_loan', 'other']),
  /** Penalty interest on overdue principal, basis points per day (0 = none). */
  penaltyBpsPerDay: z.number().int().min(0).max(10_000).default(0),
  penaltyGraceDays: z.number().int().min(0).max(365).default(0),
});
export type ProductInput = z.infer<typeof ProductInput>;
export type Product = ProductInput & { id: number };

/**
 * Creates a product.
 * @throws AppError CONFLICT when the code is taken
 */
export async function createProduct(db: Db, a: { tenantId: string; actor: string; input: ProductInput }): Promise<Product> {
  const i = ProductInput.parse(a.input);
  const row = await db
    .insertInto('products')
    .values({ tenant_id: a.tenantId, code: i.code, name: i.name, kind: i.kind, penalty_bps_per_day: i.penaltyBpsPerDay, penalty_grace_days: i.penaltyGraceDays })
    .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
    .returning(['id'])
    .executeTakeFirst();
  if (!row) throw new AppError('CONFLICT', { message: `product ${i.code} already exists` });
  await writeAudit(db, { tenantId: a.tenantId, actor: a.actor, action: 'product.created', subjectType: 'product', subjectId: row.id, detail: { code: i.code } });
  return { id: row.id, ...i };
}
