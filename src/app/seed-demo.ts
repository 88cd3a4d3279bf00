/**
 * First start: a demo tenant with an admin API key, and a generated demo portfolio loaded
 * through the same import pipeline a lender uses, followed by the first nightly run.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApiKey, createTenant, createUser } from '../identity/index.ts';
import { createPortfolio, createProduct, runImport, type ImportSummary, type PortfolioInput, type ProductInput } from '../portfolio/index.ts';
import { todayInZone } from '../delinquency/index.ts';
import { generatePortfolio } from '../demo/index.ts';
import type { Config } from '../platform/config.ts';
import type { AppContext } from './context.ts';
import { runNightlyFlow, type NightlySummary } from './nightly-flow.ts';

export type DemoSeed = { tenantId: string; apiKeyFile: string; imports: ImportSummary[]; nightly: NightlySummary | null };

type PortfoliosJson = { importOrder: string[]; portfolios: PortfolioInput[]; products: ProductInput[] };


/**
 * Generates a demo portfolio into `dir` and loads it for a tenant: portfolios and products
 * from `portfolios.json`, then every file through the import pipeline.
 */
export async function seedDemoPortfolio(
  ctx: AppContext,
  p: { tenantId: string; tenantSlug: string; accounts: number; seed: string; asOf: string; dir: string; generated?: boolean },
): Promise<ImportSummary[]> {
  if (!p.generated) await generatePortfolio({ accounts: p.accounts, seed: p.seed, asOf: p.asOf, outDir: p.dir });
  const spec = JSON.parse(await readFile(join(p.dir, 'portfolios.json'), 'utf8')) as PortfoliosJson;
  const actor = 'system:demo-seed';
  for (const input of spec.portfolios) await createPortfolio(ctx.db, { tenantId: p.tenantId, actor, input });
  for (const input of spec.products) await createProduct(ctx.db, { tenantId: p.tenantId, actor, input });
  const importOne = async (file: string): Promise<ImportSummary | null> => {
    const path = join(p.dir, file);
    if (!existsSync(path)) return null;
    const kind = file.replace(/(-part\d+)?\.csv$/, '') as ImportSummary['kind'];
    const t0 = performance.now();
    const summary = await runImport(ctx, {
      tenantId: p.tenantId, tenantSlug: p.tenantSlug, actor, kind, path, sourceName: file, format: 'csv', encoding: 'auto',
      errorFile: path + '.errors.csv',
    });
    ctx.log(`imported ${file}: ${JSON.stringify(summary.rows)} in ${Math.round(performance.now() - t0)} ms`);
    return summary;
  };
  const known = ['borrowers.csv', 'contacts.csv', 'accounts.csv', 'schedules.csv', 'payments.csv'];
  if (spec.importOrder.join() !== known.join()) {
    const imports: ImportSummary[] = [];
    for (const file of spec.importOrder) {
      const s = await importOne(file);
      if (s) imports.push(s);
    }
    return imports;
  }
  // The same imports a lender would run, two at a time where nothing depends on the other,
  // so that both cores (and two database backends) work: contacts beside accounts and
  // schedules; the payments in two files of disjoint accounts side by side. Each file is
  // still one import with its own record and transaction.
  const borrowers = await importOne('borrowers.csv');
  const [contacts, chain] = await Promise.all([
    importOne('contacts.csv'),
    (async () => {
      const accounts = await importOne('accounts.csv');
      const schedules = await importOne('schedules.csv');
      const parts = await splitByAccount(p.dir, 'payments.csv', 2);
      const payments = await Promise.all(parts.map(importOne));
      return [accounts, schedules, ...payments];
    })(),
  ]);
  return [borrowers, contacts, ...chain].filter((x): x is ImportSummary => x !== null);
}

/**
 * Splits a payments CSV into `payments-part<k>.csv` files of disjoint accounts (by a hash of
 * the account's external id, each account's payments whole and in file order; header
 * repeated); returns their names.
 */
async function splitByAccount(dir: string, file: string, n: number): Promise<string[]> {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const [header, ...lines] = (await readFile(path, 'utf8')).split('\n').filter((l) => l.length > 0);
  const col = header.split(',').indexOf('account_external_id');
  if (col < 0) return [file];
  const parts: string[][] = Array.from({ length: n }, () => [header]);
  for (const l of lines) {
    const account = l.split(',')[col] ?? '';
    let h = 0;
    for (let i = 0; i < account.length; i++) h = (h * 31 + account.charCodeAt(i)) >>> 0;
    parts[h % n].push(l);
  }
  const names = parts.map((_, k) => `payments-part${k + 1}.csv`);
  await Promise.all(parts.map((rows, k) => writeFile(join(dir, names[k]), rows.join('\n') + '\n')));
  return names;
}

export type DemoFiles = { dir: string; asOf: string };

/**
 * Writes the demo portfolio's import files ahead (`recoup start` on a fresh data folder does
 * it while the embedded PostgreSQL starts: both take about a second of a core).
 */
export async function writeDemoFiles(config: Config, log: (m: string) => void, opts: { yieldEvery?: number } = {}): Promise<DemoFiles> {
  const files = { dir: join(config.dataDir, 'demo'), asOf: todayInZone('Asia/Shanghai') };
  log(`generating a demo portfolio of ${config.RECOUP_DEMO_ACCOUNTS} accounts (seed ${config.RECOUP_DEMO_SEED}) in ${files.dir}`);
  await generatePortfolio({ accounts: config.RECOUP_DEMO_ACCOUNTS, seed: String(config.RECOUP_DEMO_SEED), asOf: files.asOf, outDir: files.dir, yieldEvery: opts.yieldEvery });
  return files;
}

/**
 * Seeds the demo tenant, key and portfolio, then runs the first nightly flow. Call only on an
 * empty database. `files`: the demo files already written by writeDemoFiles (else written here).
 */
export async function seedDemo(ctx: AppContext, config: Config, files?: Promise<DemoFiles> | null): Promise<DemoSeed> {
  const tenant = await createTenant(ctx.db, { slug: 'demo', name: 'Demo Lender / 演示贷款机构' });
  const admin = await createUser(ctx.db, { tenantId: tenant.id, email: 'admin@demo.recoup', displayName: 'Demo admin', roles: ['admin'] });
  const key = await createApiKey(ctx.db, { tenantId: tenant.id, userId: admin.id, name: 'demo admin key' });
  const apiKeyFile = join(config.dataDir, 'demo-api-key.txt');
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(apiKeyFile, key.token + '\n', { mode: 0o600 });
  if (config.RECOUP_DEMO_ACCOUNTS === 0) return { tenantId: tenant.id, apiKeyFile, imports: [], nightly: null };
  const { dir, asOf } = await (files ?? writeDemoFiles(config, ctx.log));
  const imports = await seedDemoPortfolio(ctx, { tenantId: tenant.id, tenantSlug: tenant.slug, accounts: config.RECOUP_DEMO_ACCOUNTS, seed: String(config.RECOUP_DEMO_SEED), asOf, dir, generated: true });
  // Each portfolio's own business date (today in its zone): Shanghai's date can still be tomorrow in New York.
  const nightly = await runNightlyFlow(ctx, { tenantId: tenant.id, trigger: 'demo-seed' });
  for (const c of nightly.cycles) ctx.log(`first nightly cycle as of ${c.asOf}: ${c.accounts} accounts in ${c.durationMs} ms`);
  return { tenantId: tenant.id, apiKeyFile, imports, nightly };
}
