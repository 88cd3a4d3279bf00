/**
 * The demo seed: every generated file goes through the import pipeline; the payments go in
 * as two imports of disjoint accounts side by side, and together hold every payment of
 * the generated file, each account's payments in one part only.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from './testing.ts';
import { seedDemoPortfolio } from './seed-demo.ts';

let h: TestApp;
let dir: string;

before(async () => {
  h = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), 'recoup-seed-'));
});
after(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

test('all files imported without errors; the payments split in two parts by account, none lost', async () => {
  const imports = await seedDemoPortfolio(h.ctx, { tenantId: h.tenantId, tenantSlug: 'acme', accounts: 300, seed: '11', asOf: '2026-11-20', dir });
  assert.deepEqual(imports.map((i) => i.kind).sort(), ['accounts', 'borrowers', 'contacts', 'payments', 'payments', 'schedules']);
  for (const i of imports) assert.equal(i.rows.error, 0, `${i.kind}: ${JSON.stringify(i.rows)}`);
  const lines = (await readFile(join(dir, 'payments.csv'), 'utf8')).trim().split('\n').slice(1);
  const posted = imports.filter((i) => i.kind === 'payments').reduce((n, i) => n + i.rows.inserted, 0);
  assert.equal(posted, lines.length);
  const stored = await h.t.db.selectFrom('payments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(stored.n), lines.length);
  const accountsOf = async (f: string) => new Set((await readFile(join(dir, f), 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',')[1]));
  const [a, b] = [await accountsOf('payments-part1.csv'), await accountsOf('payments-part2.csv')];
  assert.ok(a.size > 0 && b.size > 0);
  assert.equal([...a].filter((x) => b.has(x)).length, 0);
});
