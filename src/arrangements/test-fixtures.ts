/**
 * Test support for the arrangements domain (used only by *.test.ts and the benchmark):
 * a portfolio, borrowers, accounts with schedules written straight into a test database.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { addDays } from './promise-rules.ts';
import { addMonths } from './plan-schedule.ts';
import '../portfolio/tables.ts';

/** Creates a CNY portfolio in Asia/Shanghai (bucket scheme CN_M unless told). */
export async function seedPortfolio(db: Db, tenantId: string, opts: { code?: string; planReages?: boolean; bucketScheme?: 'CN_M' | 'US_30' } = {}): Promise<string> {
  const r = await db.insertInto('portfolios').values({
    tenant_id: tenantId, code: opts.code ?? 'P1', name: 'Test portfolio', jurisdiction: 'CN', rule_pack: 'CN_NIFA', timezone: 'Asia/Shanghai', currency: 'CNY',
    plan_reages: opts.planReages ?? false, bucket_scheme: opts.bucketScheme ?? 'CN_M',
  }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Writes an account's delinquency state as the delinquency domain's cycle would (its table, raw SQL). */
export async function seedDelinquencyState(db: Db, tenantId: string, portfolioId: string, accountId: number, s: { dpd: number; bucket: string }): Promise<void> {
  await sql`INSERT INTO account_delinquency (account_id, tenant_id, portfolio_id, as_of, dpd, bucket)
    VALUES (${accountId}, ${tenantId}::uuid, ${portfolioId}::uuid, current_date, ${s.dpd}, ${s.bucket})
    ON CONFLICT (account_id) DO UPDATE SET dpd = excluded.dpd, bucket = excluded.bucket`.execute(db);
}

/** Stores an account's collection score as the scoring domain's nightly run would (its tables, raw SQL; a stub scorecard). */
export async function seedAccountScore(db: Db, tenantId: string, accountId: number, band: string): Promise<void> {
  const card = await sql<{ id: string }>`INSERT INTO scorecards (tenant_id, purpose, version, name, model, checksum, created_by)
    VALUES (${tenantId}::uuid, 'collection', (SELECT coalesce(max(version), 0) + 1 FROM scorecards WHERE tenant_id = ${tenantId}::uuid), 'test card', '{}'::jsonb, 'test', 'test')
    RETURNING id`.execute(db);
  await sql`INSERT INTO account_scores (tenant_id, account_id, purpose, scorecard_id, as_of, score, band, probability_bad, reasons)
    VALUES (${tenantId}::uuid, ${accountId}, 'collection', ${card.rows[0].id}::uuid, current_date, 600, ${band}, 0.1, '[]'::jsonb)
    ON CONFLICT (account_id, purpose) DO UPDATE SET band = excluded.band`.execute(db);
}

/** Today in Asia/Shanghai. */
export async function todayShanghai(db: Db): Promise<string> {
  const r = await sql<{ d: string }>`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS d`.execute(db);
  return r.rows[0].d;
}

export type SeededAccount = { id: number; externalId: string; borrowerId: number };

/**
 * Creates a borrower and an account with `count` monthly installments of `each` principal
 * (plus `interest` and `penalty` per installment), the first `overdue` of them already due.
 */
export async function seedAccount(db: Db, tenantId: string, portfolioId: string, opts: { ext: string; count?: number; each?: number; interest?: number; penalty?: number; overdue?: number; status?: 'current' | 'delinquent' | 'closed'; name?: string }): Promise<SeededAccount> {
  const b = await db.insertInto('borrowers').values({ tenant_id: tenantId, external_id: `B-${opts.ext}`, full_name: opts.name ?? `张三 ${opts.ext}`, timezone: 'Asia/Shanghai', locale: 'zh-CN' }).returning('id').executeTakeFirstOrThrow();
  const count = opts.count ?? 6;
  const each = opts.each ?? 100_00;
  const a = await db.insertInto('accounts').values({ tenant_id: tenantId, portfolio_id: portfolioId, borrower_id: b.id, external_id: opts.ext, currency: 'CNY', principal_minor: each * count, opened_on: '2025-01-01', status: opts.status ?? 'delinquent' }).returning('id').executeTakeFirstOrThrow();
  const today = await todayShanghai(db);
  const overdue = opts.overdue ?? 2;
  const first = addMonths(addDays(today, -5), -(overdue - 1));
  await db.insertInto('installments').values(Array.from({ length: count }, (_, i) => ({
    tenant_id: tenantId, account_id: a.id, seq: i + 1, due_on: addMonths(first, i), principal_due: each, interest_due: opts.interest ?? 10_00, penalty_due: i < overdue ? (opts.penalty ?? 5_00) : 0,
  }))).execute();
  return { id: a.id, externalId: opts.ext, borrowerId: b.id };
}
