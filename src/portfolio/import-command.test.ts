import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { createTestApp, runRecoupCli, type TestApp } from '../app/testing.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from './test-fixtures.ts';

let h: TestApp;
let dir: string;
before(async () => {
  h = await createTestApp();
  await seedPortfolios(h.ctx, h.tenantId);
  dir = tempDir();
  await importFile(h.ctx, h.tenantId, 'borrowers', writeInput(dir, 'b.csv', 'external_id,full_name,timezone\nB1,张三,Asia/Shanghai\n'));
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const recoup = (args: string[]) => runRecoupCli(h, dir, args);

test('recoup import with a broken file: exit 1, JSON summary on stdout, error file next to the input', async () => {
  const file = writeInput(dir, 'accounts.csv', 'external_id,borrower_external_id,portfolio,currency,principal,opened_on\nA1,B1,CN1,CNY,100.00,2026-01-01\nA2,B1,CN1,CNY,abc,2026-01-01\nA3,B1,CN1,"CNY,2026-01-01\nA4,B1,CN1,CNY,5,2026-02-30\n');
  const r = await recoup(['import', 'accounts', file, '--tenant', 'acme', '--no-progress']);
  assert.equal(r.code, 1, r.stderr);
  const summary = JSON.parse(r.stdout);
  assert.equal(summary.rows.inserted, 1);
  assert.deepEqual(summary.errors.map((e: { line: number; field: string }) => [e.line, e.field]), [[3, 'principal'], [4, ''], [5, 'opened_on']]);
  assert.equal(summary.errorFile, `${file}.errors.csv`);
  assert.ok(existsSync(`${file}.errors.csv`));
  assert.match(readFileSync(`${file}.errors.csv`, 'utf8'), /unbalanced quotes/);
  assert.match(r.stderr, /3 rows rejected/);
});

test('recoup import: exit 0 when every row imports (re-run: unchanged), 2 when the file is refused or the kind is unknown', async () => {
  const good = writeInput(dir, 'good.csv', 'external_id,borrower_external_id,portfolio,currency,principal,opened_on\nA9,B1,CN1,CNY,1,2026-01-01\n');
  const first = await recoup(['import', 'accounts', good, '--no-progress']);
  assert.equal(first.code, 0, first.stderr);
  const again = await recoup(['import', 'accounts', good, '--no-progress']);
  assert.equal(JSON.parse(again.stdout).rows.unchanged, 1);
  const refused = await recoup(['import', 'accounts', writeInput(dir, 'bad-header.csv', 'id,name\n1,x\n'), '--no-progress']);
  assert.equal(refused.code, 2);
  assert.equal(JSON.parse(refused.stdout).status, 'rejected');
  const unknown = await recoup(['import', 'loans', good]);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stdout, '');
  const help = await recoup(['import', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Exit codes/);
});
