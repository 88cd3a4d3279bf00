/**
 * The generated files load into Recoup: the portfolios and products of portfolios.json
 * are created with the portfolio domain's own use cases, then every file goes through
 * the real import pipeline into a real PostgreSQL database, with no bad row and no
 * payment in suspense; and Recoup's delinquency engine, run over the imported data,
 * finds the buckets the generator reports.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { createPortfolio, createProduct, PortfolioInput, ProductInput, runImport, type ImportKind } from '../portfolio/index.ts';
import { runDelinquencyCycle } from '../delinquency/index.ts';
import { generatePortfolio, type GenerateSummary } from './generate-portfolio.ts';

let h: TestApp;
let dir: string;
let summary: GenerateSummary;

before(async () => {
  h = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'recoup-demo-import-'));
  summary = await generatePortfolio({ accounts: 300, seed: 'import', asOf: '2026-11-22', outDir: dir });
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

test('portfolios, products and all five files import cleanly', async () => {
  const doc = JSON.parse(readFileSync(join(dir, 'portfolios.json'), 'utf8')) as { portfolios: unknown[]; products: unknown[]; importOrder: string[] };
  for (const p of doc.portfolios) await createPortfolio(h.ctx.db, { tenantId: h.tenantId, actor: 'system:test', input: PortfolioInput.parse(p) });
  for (const p of doc.products) await createProduct(h.ctx.db, { tenantId: h.tenantId, actor: 'system:test', input: ProductInput.parse(p) });
  for (const file of doc.importOrder) {
    const kind = file.replace('.csv', '') as ImportKind;
    const path = join(dir, file);
    const t0 = Date.now();
    const s = await runImport(h.ctx, {
      tenantId: h.tenantId, tenantSlug: 'acme', actor: 'system:test', kind, path, sourceName: file,
      format: 'csv', encoding: 'auto', errorFile: `${path}.errors.csv`,
    });
    process.stderr.write(`${file}: ${Date.now() - t0} ms\n`);
    assert.equal(s.status, 'completed', `${file}: ${s.message}`);
    assert.deepEqual(s.errors, [], file);
    assert.equal(s.rows.error, 0, file);
    assert.deepEqual(s.suspended.slice(0, 3), [], file);
    assert.equal(s.rows.suspense, 0, file);
    assert.equal(s.rows.ok, summary.files[kind].rows, file);
  }
  const counts = await h.ctx.db.selectFrom('accounts').select((eb) => eb.fn.countAll<string>().as('n')).where('tenant_id', '=', h.tenantId).executeTakeFirstOrThrow();
  assert.equal(Number(counts.n), 300);
});

test("Recoup's delinquency engine sees about the delinquency the generator reports", async () => {
  const cycle = await runDelinquencyCycle({ ctx: h.ctx, asOf: '2026-11-22', tenantId: h.tenantId, trigger: 'test' });
  assert.equal(cycle.accounts, 300);
  const engine = (label: string): number => cycle.buckets[label]?.accounts ?? 0;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(2, 0.1 * b);
  const cn = summary.delinquency.byPortfolio['CN-CONSUMER'];
  const us = summary.delinquency.byPortfolio['US-CARDS'];
  for (const label of ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'] as const) {
    assert.ok(near(engine(label), cn.byBucket[label]), `CN ${label}: engine ${engine(label)}, generator ${cn.byBucket[label]}`);
  }
  const usEngineDelinquent = ['1-29', '30-59', '60-89', '90-119', '120+'].reduce((s, l) => s + engine(l), 0);
  assert.ok(near(usEngineDelinquent, us.delinquent), `US delinquent: engine ${usEngineDelinquent}, generator ${us.delinquent}`);
  assert.ok(near(engine('120+'), us.byBucket.M5 + us.byBucket.M6 + us.byBucket['M7+']), 'US 120+');
});
