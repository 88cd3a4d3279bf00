/**
 * The new-rows path (rows known to be new COPYed straight into their table) against the
 * staging + merge path: two tenants import the same files, one with the path on and one
 * with it off, and must end with the same summaries and the same stored rows; mixes of
 * new, changed, unchanged, duplicated, unresolvable and other-tenant rows.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import { createTestApp, type TestApp } from '../../app/testing.ts';
import { createTenant } from '../../identity/index.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from '../test-fixtures.ts';
import type { ImportKind } from '../tables.ts';

type Tenant = { id: string; slug: string; direct: boolean };
let h: TestApp;
let dir: string;
let on: Tenant;
let off: Tenant;
const logged: string[] = [];

before(async () => {
  h = await createTestApp();
  dir = tempDir();
  on = { id: h.tenantId, slug: 'acme', direct: true };
  const t = await createTenant(h.ctx.db, { slug: 'beta', name: 'Beta Lending' });
  off = { id: t.id, slug: 'beta', direct: false };
  for (const x of [on, off]) await seedPortfolios(h.ctx, x.id);
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, lines: string[]) => writeInput(dir, name, lines.join('\n'));

/** Imports `path` for the tenant (the path on or off as the tenant says); notes the log. */
async function run(t: Tenant, kind: ImportKind, path: string, chunkRows?: number) {
  const ctx: AppContext = { ...h.ctx, log: (m) => logged.push(`${t.slug} ${m}`) };
  const s = await importFile(ctx, t.id, kind, path, { tenantSlug: t.slug, newRowsPath: t.direct, chunkRows });
  const { id: _id, ...rest } = s;
  // The only tenant-specific text: the importing tenant's slug in "another tenant" errors.
  return { ...rest, errors: rest.errors.map((e) => ({ ...e, reason: e.reason.replace(`"${t.slug}"`, '"<tenant>"') })) };
}

/** Imports into both tenants; asserts the same summary; returns it. */
async function both(kind: ImportKind, path: string, chunkRows?: number) {
  const a = await run(on, kind, path, chunkRows);
  const b = await run(off, kind, path);
  assert.deepEqual(a, b, `${kind} ${path}: same summary with and without the new-rows path`);
  return a;
}

function lastLog(t: Tenant): string {
  return [...logged].reverse().find((m) => m.startsWith(`${t.slug} `)) ?? '';
}

async function accountsOf(t: Tenant) {
  const r = await sql<Record<string, unknown>>`
    SELECT a.external_id, b.external_id AS borrower, p.code AS portfolio, pr.code AS product, a.currency, a.principal_minor, a.rate_bps,
      a.fees_minor, a.opened_on::text, a.status, a.charged_off_on::text, a.core_outstanding_minor
    FROM accounts a JOIN borrowers b ON b.id = a.borrower_id JOIN portfolios p ON p.id = a.portfolio_id LEFT JOIN products pr ON pr.id = a.product_id
    WHERE a.tenant_id = ${t.id} ORDER BY a.external_id`.execute(h.ctx.db);
  return r.rows;
}

test('borrowers: new rows straight in get the same defaults (locale by zone, no flags) as merged ones; re-run unchanged', async () => {
  const path = file('b.csv', [
    'external_id,full_name,timezone,national_id,date_of_birth,locale,flags',
    'B1,张三,Asia/Shanghai,110101199003071234,1990-03-07,,',
    'B2,Jane Roe,America/New_York,,,,"{""vip"":true}"',
    'B3,李四,Asia/Hong_Kong,,,en,',
    'B6,赵六,Asia/Shanghai,,,,',
    'B2,Jane Again,America/New_York,,,,',
  ]);
  const s = await both('borrowers', path);
  assert.deepEqual(s.rows, { total: 5, ok: 4, error: 1, inserted: 4, updated: 0, unchanged: 0, suspense: 0 });
  assert.match(lastLog(on), /4 of them new and COPYed straight into borrowers/);
  assert.doesNotMatch(lastLog(off), /straight/);
  const rows = async (t: Tenant) =>
    (await h.ctx.db.selectFrom('borrowers').select(['external_id', 'full_name', 'timezone', 'locale', 'flags', 'national_id_enc', 'national_id_bidx']).where('tenant_id', '=', t.id).orderBy('external_id').execute()).map(
      (r) => ({ ...r, national_id_enc: r.national_id_enc ? h.ctx.cipher.decrypt(r.national_id_enc) : null }),
    );
  const [a, b] = [await rows(on), await rows(off)];
  assert.deepEqual(a, b);
  assert.deepEqual(a.map((r) => [r.external_id, r.locale, r.flags]), [['B1', 'zh-CN', {}], ['B2', 'en', { vip: true }], ['B3', 'en', {}], ['B6', 'zh-CN', {}]]);
  assert.equal(a[0].national_id_enc, '110101199003071234');
  const again = await both('borrowers', path);
  assert.deepEqual(again.rows, { total: 5, ok: 4, error: 1, inserted: 0, updated: 0, unchanged: 4, suspense: 0 });
  assert.match(lastLog(on), /0 of them new/);
});

test('accounts: a mix of new, changed, unchanged, duplicate, unknown-borrower and other-tenant rows', async () => {
  const first = file('a1.csv', ['external_id,borrower_external_id,portfolio,currency,principal,opened_on', 'A1,B1,CN1,CNY,100,2026-01-05', 'A2,B2,US1,USD,200,2026-01-06']);
  assert.equal((await both('accounts', first)).rows.inserted, 2);
  assert.match(lastLog(on), /2 of them new and COPYed straight into accounts/);
  const mixed = file('a2.csv', [
    'external_id,borrower_external_id,portfolio,currency,principal,opened_on,product,outstanding,tenant',
    'A1,B1,CN1,CNY,100,2026-01-05,,,', // unchanged
    'A2,B2,US1,USD,250,2026-01-06,,,', // changed
    'A3,B3,CN1,CNY,100,2026-01-07,CASH,120,', // new; the core system says 120
    'A4,NOBODY,CN1,CNY,1,2026-01-07,,,', // new, unknown borrower
    'A3,B6,CN1,CNY,999,2026-01-07,,,', // duplicate of a new row
    'A1,B1,CN1,CNY,5,2026-01-05,,,', // duplicate of a stored row
    'A5,B1,CN1,CNY,1,2026-01-07,,,other', // another tenant's row
    'A6,B1,CN1,CNY,7.50,2026-01-08,,,',
  ]);
  const s = await both('accounts', mixed, 2);
  assert.deepEqual(s.rows, { total: 8, ok: 4, error: 4, inserted: 2, updated: 1, unchanged: 1, suspense: 0 });
  assert.deepEqual(s.errors.map((e) => [e.line, e.field]), [[6, 'external_id'], [7, 'external_id'], [8, 'tenant'], [5, 'borrower_external_id']]);
  assert.match(s.errors[0].reason, /first on row 4/);
  assert.match(lastLog(on), /2 of them new and COPYed straight into accounts/, 'A3 and A6; A4 (unknown borrower) took the merge path');
  assert.deepEqual(s.reconciliation, {
    checked: 1,
    differing: 1,
    differences: [{ accountExternalId: 'A3', currency: 'CNY', recoupMinor: 10000, coreMinor: 12000, differenceMinor: -2000 }],
  });
  const [a, b] = [await accountsOf(on), await accountsOf(off)];
  assert.deepEqual(a, b);
  assert.deepEqual(a.map((r) => [r.external_id, r.borrower, r.principal_minor, r.product]), [['A1', 'B1', 10000, null], ['A2', 'B2', 25000, null], ['A3', 'B3', 10000, 'CASH'], ['A6', 'B1', 750, null]]);
});

test("accounts: another tenant's stored external ids are new for this tenant", async () => {
  const other = await createTenant(h.ctx.db, { slug: 'gamma', name: 'Gamma' });
  await seedPortfolios(h.ctx, other.id);
  const t: Tenant = { id: other.id, slug: 'gamma', direct: true };
  await run(t, 'borrowers', file('gb.csv', ['external_id,full_name,timezone', 'B1,Other One,Europe/London']));
  const s = await run(t, 'accounts', file('ga.csv', ['external_id,borrower_external_id,portfolio,currency,principal,opened_on', 'A1,B1,CN1,CNY,42,2026-01-05']));
  assert.deepEqual(s.rows, { total: 1, ok: 1, error: 0, inserted: 1, updated: 0, unchanged: 0, suspense: 0 });
  assert.match(lastLog(t), /1 of them new/);
  const a1 = await sql<{ tenant_id: string; principal_minor: number }>`SELECT tenant_id, principal_minor FROM accounts WHERE external_id = 'A1' ORDER BY principal_minor`.execute(h.ctx.db);
  assert.deepEqual(a1.rows.map((r) => [r.tenant_id, r.principal_minor]).sort(), [[on.id, 10000], [off.id, 10000], [other.id, 4200]].sort());
});

test('schedules: new installments straight in, stored ones merged; currency decimals and unknown accounts still located errors', async () => {
  const first = file('s1.csv', ['account_external_id,seq,due_on,principal,interest', 'A1,1,2026-02-05,50,1.5', 'A1,2,2026-03-05,50,1.5']);
  assert.equal((await both('schedules', first)).rows.inserted, 2);
  const mixed = file('s2.csv', [
    'account_external_id,seq,due_on,principal,interest',
    'A1,1,2026-02-05,50,1.5', // unchanged
    'A1,2,2026-03-05,50,2', // changed
    'A1,3,2026-04-05,50,1.5', // new
    'A3,1,2026-02-07,100,0', // new, account with the core balance
    'A2,1,2026-02-06,0.001,0', // new, more decimals than USD has
    'NOPE,1,2026-02-05,1,0', // unknown account
    'A1,3,2026-04-05,1,0', // duplicate
  ]);
  const s = await both('schedules', mixed, 2);
  assert.deepEqual(s.rows, { total: 7, ok: 4, error: 3, inserted: 2, updated: 1, unchanged: 1, suspense: 0 });
  assert.deepEqual(s.errors.map((e) => [e.line, e.field]), [[8, 'seq'], [6, 'principal'], [7, 'account_external_id']]);
  assert.match(lastLog(on), /2 of them new and COPYed straight into installments/);
  assert.deepEqual(s.reconciliation, { checked: 1, differing: 1, differences: [{ accountExternalId: 'A3', currency: 'CNY', recoupMinor: 10000, coreMinor: 12000, differenceMinor: -2000 }] });
  const rows = async (t: Tenant) =>
    (
      await sql<Record<string, unknown>>`SELECT a.external_id, i.seq, i.due_on::text, i.principal_due, i.interest_due, i.fee_due, i.penalty_due
        FROM installments i JOIN accounts a ON a.id = i.account_id WHERE a.tenant_id = ${t.id} ORDER BY 1, 2`.execute(h.ctx.db)
    ).rows;
  const [a, b] = [await rows(on), await rows(off)];
  assert.deepEqual(a, b);
  assert.deepEqual(a.map((r) => [r.external_id, r.seq, r.interest_due]), [['A1', 1, 150], ['A1', 2, 200], ['A1', 3, 150], ['A3', 1, 0]]);
  const again = await both('schedules', mixed);
  assert.deepEqual(again.rows, { total: 7, ok: 4, error: 3, inserted: 0, updated: 0, unchanged: 4, suspense: 0 });
});
