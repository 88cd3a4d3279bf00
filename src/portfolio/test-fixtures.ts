/** Test support for the portfolio domain: a tenant's portfolios and products, and files in a temp folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../app/context.ts';
import { createPortfolio, createProduct } from './portfolios.ts';
import { runImport, type ImportSummary } from './import/run-import.ts';
import type { EncodingChoice } from './import/decode.ts';
import type { ImportKind } from './tables.ts';

/** Creates portfolios CN1 (CNY, Asia/Shanghai) and US1 (USD, America/New_York) and product CASH. */
export async function seedPortfolios(ctx: AppContext, tenantId: string): Promise<{ cn: string; us: string }> {
  const actor = 'system:test';
  const cn = await createPortfolio(ctx.db, {
    tenantId, actor,
    input: { code: 'CN1', name: '现金贷', jurisdiction: 'CN', rulePack: 'CN_NIFA', timezone: 'Asia/Shanghai', holidayCalendar: 'CN_PUBLIC', currency: 'CNY', waterfall: ['penalty', 'fee', 'interest', 'principal'], graceDays: 0, bucketScheme: 'CN_M', planReages: false },
  });
  const us = await createPortfolio(ctx.db, {
    tenantId, actor,
    input: { code: 'US1', name: 'Cards', jurisdiction: 'US-NY', rulePack: 'US_REG_F', timezone: 'America/New_York', holidayCalendar: 'US_FEDERAL', currency: 'USD', waterfall: ['interest', 'fee', 'penalty', 'principal'], graceDays: 5, bucketScheme: 'US_30', planReages: false },
  });
  await createProduct(ctx.db, { tenantId, actor, input: { code: 'CASH', name: 'Cash loan', kind: 'cash_loan', penaltyBpsPerDay: 5, penaltyGraceDays: 3 } });
  return { cn: cn.id, us: us.id };
}

/** A temp folder for one test file. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'recoup-portfolio-test-'));
}

/** Writes `content` (text, or bytes) to `dir/name` and returns the path. */
export function writeInput(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Imports a file for the tenant `acme` with the pipeline's defaults. */
export async function importFile(
  ctx: AppContext,
  tenantId: string,
  kind: ImportKind,
  path: string,
  opts: { encoding?: EncodingChoice; tenantSlug?: string; chunkRows?: number; newRowsPath?: boolean } = {},
): Promise<ImportSummary> {
  return runImport(ctx, {
    tenantId, tenantSlug: opts.tenantSlug ?? 'acme', actor: 'system:test', kind, path, sourceName: path.split('/').pop() ?? path,
    format: /\.jsonl$/.test(path) ? 'jsonl' : 'csv', encoding: opts.encoding ?? 'auto', errorFile: `${path}.errors.csv`, chunkRows: opts.chunkRows, newRowsPath: opts.newRowsPath,
  });
}
