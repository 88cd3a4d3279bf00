import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { generatePortfolio, type GenerateSummary } from './generate-portfolio.ts';
import { usPlaces } from './geo-us.ts';
import { isAppError } from '../platform/errors.ts';
import { PortfolioInput, ProductInput } from '../portfolio/index.ts';

type Row = Record<string, string>;
const root = mkdtempSync(join(tmpdir(), 'recoup-demo-test-'));
const N = 4000;
const asOf = '2026-11-22';
let summary: GenerateSummary;
const rows: Record<string, Row[]> = {};

function read(dir: string, file: string): Row[] {
  return parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: false }) as Row[];
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

const minor = (major: string): number => {
  assert.match(major, /^\d+\.\d{2}$/);
  return Math.round(Number(major) * 100);
};

before(async () => {
  summary = await generatePortfolio({ accounts: N, seed: 'test-seed', asOf, outDir: join(root, 'a') });
  for (const f of ['borrowers', 'contacts', 'accounts', 'schedules', 'payments', 'characteristics']) rows[f] = read(join(root, 'a'), `${f}.csv`);
  rows.truth = read(join(root, 'a'), '_truth.csv');
});
after(() => rmSync(root, { recursive: true, force: true }));

test('the same seed gives byte-identical files; another seed different ones', async () => {
  await generatePortfolio({ accounts: N, seed: 'test-seed', asOf, outDir: join(root, 'b') });
  await generatePortfolio({ accounts: N, seed: 'other-seed', asOf, outDir: join(root, 'c') });
  const a = hashes(join(root, 'a'));
  assert.deepEqual(hashes(join(root, 'b')), a);
  const c = hashes(join(root, 'c'));
  for (const f of ['borrowers.csv', 'contacts.csv', 'accounts.csv', 'schedules.csv', 'payments.csv', '_truth.csv']) assert.notEqual(c[f], a[f], f);
});

// docs/import-formats.md: required and optional columns per kind
const importColumns: Record<string, [string[], string[]]> = {
  borrowers: [['external_id', 'full_name', 'timezone'], ['national_id', 'date_of_birth', 'locale', 'flags', 'tenant']],
  contacts: [['external_id', 'borrower_external_id', 'kind', 'value'], ['number_type', 'timezone', 'source', 'consent', 'consent_at', 'verified', 'do_not_use', 'employer_provided', 'owner', 'owner_external_id', 'owner_name', 'owner_debt_related', 'tenant']],
  accounts: [['external_id', 'borrower_external_id', 'portfolio', 'currency', 'principal', 'opened_on'], ['product', 'rate_bps', 'fees', 'status', 'charged_off_on', 'outstanding', 'tenant']],
  schedules: [['account_external_id', 'seq', 'due_on', 'principal'], ['interest', 'fee', 'penalty', 'tenant']],
  payments: [['external_id', 'account_external_id', 'amount', 'currency', 'received_at'], ['channel', 'tenant']],
};

test('every imported file has the required columns and no unknown ones', () => {
  for (const [kind, [required, optional]] of Object.entries(importColumns)) {
    const header = readFileSync(join(root, 'a', `${kind}.csv`), 'utf8').split('\n', 1)[0].split(',');
    for (const c of required) assert.ok(header.includes(c), `${kind}: ${c} missing`);
    for (const c of header) assert.ok(required.includes(c) || optional.includes(c), `${kind}: unknown column ${c}`);
  }
});

test('portfolios.json holds valid PortfolioInput and ProductInput objects for the seed to create', () => {
  const doc = JSON.parse(readFileSync(join(root, 'a', 'portfolios.json'), 'utf8')) as { portfolios: unknown[]; products: { portfolio: string; currency: string }[]; importOrder: string[] };
  const portfolios = doc.portfolios.map((p) => PortfolioInput.parse(p));
  assert.deepEqual(portfolios.map((p) => [p.code, p.jurisdiction, p.rulePack, p.timezone, p.holidayCalendar, p.currency, p.bucketScheme]), [
    ['CN-CONSUMER', 'CN', 'CN_NIFA', 'Asia/Shanghai', 'CN', 'CNY', 'CN_M'],
    ['US-CARDS', 'US-NY', 'US_REG_F', 'America/New_York', 'US', 'USD', 'US_30'],
  ]);
  for (const p of doc.products) {
    ProductInput.parse(p);
    assert.equal(p.currency, portfolios.find((x) => x.code === p.portfolio)?.currency);
  }
  assert.deepEqual(doc.importOrder, ['borrowers.csv', 'contacts.csv', 'accounts.csv', 'schedules.csv', 'payments.csv']);
});

test('row counts match the summary; ids are unique; references resolve', () => {
  assert.equal(summary.accounts, N);
  assert.equal(rows.accounts.length, N);
  for (const [k, f] of Object.entries(summary.files)) if (k !== 'portfolios') assert.equal(rows[k].length, f.rows, k);
  assert.equal(rows.borrowers.length, summary.borrowers);
  assert.ok(summary.borrowers < N && summary.borrowers > N * 0.8, 'some borrowers hold two accounts');
  const doc = JSON.parse(readFileSync(join(root, 'a', 'portfolios.json'), 'utf8')) as { portfolios: { code: string }[]; products: { code: string; penaltyBpsPerDay: number }[] };
  const borrowers = new Set(rows.borrowers.map((r) => r.external_id));
  const accounts = new Set(rows.accounts.map((r) => r.external_id));
  const portfolios = new Set(doc.portfolios.map((p) => p.code));
  const products = new Set(doc.products.map((p) => p.code));
  assert.equal(borrowers.size, rows.borrowers.length, 'unique borrower ids');
  assert.equal(accounts.size, N, 'unique account ids');
  assert.equal(new Set(rows.contacts.map((r) => r.external_id)).size, rows.contacts.length, 'unique contact ids');
  assert.equal(new Set(rows.payments.map((r) => r.external_id)).size, rows.payments.length, 'unique payment ids');
  for (const r of rows.accounts) {
    assert.ok(borrowers.has(r.borrower_external_id) && portfolios.has(r.portfolio) && products.has(r.product));
    assert.ok(['current', 'delinquent', 'charged_off'].includes(r.status));
    assert.equal(r.currency, r.portfolio === 'CN-CONSUMER' ? 'CNY' : 'USD');
  }
  for (const r of rows.contacts) assert.ok(borrowers.has(r.borrower_external_id));
  for (const r of [...rows.schedules, ...rows.payments]) assert.ok(accounts.has(r.account_external_id));
  for (const r of rows.borrowers) assert.ok(typeof JSON.parse(r.flags) === 'object');
  assert.ok(summary.delinquency.byStatus.paid_off > N * 0.1, 'some paid off');
});

test('schedules: principal parts sum exactly to each account, due dates monthly, amounts with two decimals', () => {
  const sums = new Map<string, number>();
  const lastDue = new Map<string, string>();
  for (const s of rows.schedules) {
    sums.set(s.account_external_id, (sums.get(s.account_external_id) ?? 0) + minor(s.principal));
    minor(s.interest);
    minor(s.fee);
    minor(s.penalty);
    const prev = lastDue.get(s.account_external_id);
    if (prev !== undefined) assert.ok(s.due_on > prev, `${s.account_external_id} due dates increase`);
    lastDue.set(s.account_external_id, s.due_on);
  }
  for (const a of rows.accounts) assert.equal(sums.get(a.external_id), minor(a.principal), a.external_id);
  const inRange = rows.accounts.every((a) => {
    const p = Number(a.principal);
    return a.currency === 'CNY' ? p >= 1000 && p <= 50000 : p >= 500 && p <= 15000;
  });
  assert.ok(inRange, 'loan sizes in the product ranges');
  for (const a of rows.accounts) {
    const months = (Date.parse(asOf) - Date.parse(a.opened_on)) / (30.44 * 86_400_000);
    assert.ok(months >= 2.9 && months <= 37, `${a.external_id} opened ${a.opened_on}`);
  }
});

test('penalty: accrued only on Chinese products; paid-off accounts (written as current) paid everything due including it', () => {
  const portfolioOf = new Map(rows.accounts.map((a) => [a.external_id, a.portfolio]));
  const due = new Map<string, number>();
  let cnPenalties = 0;
  for (const s of rows.schedules) {
    const penalty = minor(s.penalty);
    if (portfolioOf.get(s.account_external_id) === 'US-CARDS') assert.equal(penalty, 0);
    else if (penalty > 0) cnPenalties++;
    due.set(s.account_external_id, (due.get(s.account_external_id) ?? 0) + minor(s.principal) + minor(s.interest) + minor(s.fee) + penalty);
  }
  assert.ok(cnPenalties > 100, `installments with penalty: ${cnPenalties}`);
  const paid = new Map<string, number>();
  for (const p of rows.payments) paid.set(p.account_external_id, (paid.get(p.account_external_id) ?? 0) + minor(p.amount));
  // paid-off accounts are written as current: count those whose payments cover the whole schedule
  let fullyPaid = 0;
  for (const a of rows.accounts) {
    const covered = (paid.get(a.external_id) ?? 0) >= (due.get(a.external_id) ?? Infinity);
    if (covered) {
      fullyPaid++;
      assert.equal(a.status, 'current', `${a.external_id} is paid off`);
    }
  }
  assert.equal(fullyPaid, summary.delinquency.byStatus.paid_off);
});

test('payments: before the as-of date, positive, ISO instants with the portfolio offset', () => {
  const currencyOf = new Map(rows.accounts.map((a) => [a.external_id, a.currency]));
  for (const p of rows.payments) {
    assert.ok(minor(p.amount) > 0);
    assert.equal(p.currency, currencyOf.get(p.account_external_id));
    assert.match(p.received_at, p.currency === 'CNY' ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/ : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00-0[45]:00$/);
    assert.ok(p.received_at.slice(0, 10) <= asOf);
  }
});

test('phones: Chinese mobiles +86 1[3-9]x, US numbers whose area code gives the contact zone; some borrowers have conflicting zones', () => {
  const zoneOfArea = new Map<string, string>();
  for (const p of usPlaces) for (const a of p.areaCodes) zoneOfArea.set(a, p.timezone);
  const addressZone = new Map(rows.contacts.filter((c) => c.kind === 'address' && c.owner === 'self').map((c) => [c.borrower_external_id, c.timezone]));
  const borrowerZone = new Map(rows.borrowers.map((b) => [b.external_id, b.timezone]));
  let conflicting = 0;
  let usBorrowers = 0;
  for (const c of rows.contacts.filter((x) => x.kind === 'phone')) {
    if (c.value.startsWith('+86')) {
      assert.match(c.value, c.number_type === 'mobile' ? /^\+861[3-9]\d{9}$/ : /^\+86[1-9]\d{9,10}$/);
      assert.equal(c.timezone, 'Asia/Shanghai');
      continue;
    }
    assert.match(c.value, /^\+1[2-9]\d{2}[2-9]\d{6}$/);
    assert.equal(c.timezone, zoneOfArea.get(c.value.slice(2, 5)), `${c.value} zone`);
    if (c.owner === 'self' && c.number_type === 'mobile' && c.source === 'creditor') {
      usBorrowers++;
      if (c.timezone !== addressZone.get(c.borrower_external_id)) conflicting++;
    }
  }
  for (const [id, zone] of addressZone) assert.equal(borrowerZone.get(id), zone, `${id}: borrower zone is the address zone`);
  assert.ok(conflicting > usBorrowers * 0.05 && conflicting < usBorrowers * 0.25, `conflicting zones ${conflicting}/${usBorrowers}`);
  const owners = new Set(rows.contacts.map((c) => c.owner));
  for (const o of ['self', 'spouse', 'parent', 'colleague']) assert.ok(owners.has(o), o);
  assert.ok(rows.contacts.some((c) => c.kind === 'wechat') && rows.contacts.some((c) => c.do_not_use === 'true'));
});

test('delinquency is plausible: 8–25 % delinquent, M1 > M2 > M3, roll rates rise with the bucket', () => {
  const d = summary.delinquency;
  const statusDelinquent = rows.accounts.filter((a) => a.status === 'delinquent' || a.status === 'charged_off').length;
  assert.ok(d.delinquentShare > 0.08 && d.delinquentShare < 0.25, `delinquent ${d.delinquentShare}`);
  assert.ok(statusDelinquent >= d.byBucket.M1, 'statuses agree with buckets');
  assert.ok(d.byBucket.M1 > d.byBucket.M2 && d.byBucket.M2 > d.byBucket.M3 && d.byBucket.M3 > d.byBucket.M6, JSON.stringify(d.byBucket));
  const m1m2 = d.rollRates['M1->M2'] ?? 0;
  assert.ok(m1m2 > 0.15 && m1m2 < 0.5, `M1->M2 ${m1m2}`);
  assert.ok((d.rollRates['M4->M5'] ?? 0) > m1m2, 'deeper buckets roll more');
  assert.ok((d.rollRates['M0->M1'] ?? 1) < 0.1);
});

test('the hidden traits carry signal, and observable characteristics predict delinquency in part', () => {
  const truth = new Map(rows.truth.map((t) => [t.borrower_external_id, Number(t.willingness)]));
  const chars = new Map(rows.characteristics.map((c) => [c.borrower_external_id, c]));
  const scored = rows.accounts.map((a) => ({
    w: truth.get(a.borrower_external_id) ?? NaN,
    band: Number(chars.get(a.borrower_external_id)?.income_band),
    bad: a.status === 'delinquent' || a.status === 'charged_off' ? 1 : 0,
  }));
  assert.ok(scored.every((s) => s.w > 0 && s.w < 1));
  scored.sort((x, y) => x.w - y.w);
  const fifth = Math.floor(scored.length / 5);
  const rate = (xs: { bad: number }[]): number => xs.reduce((s, x) => s + x.bad, 0) / xs.length;
  const lowest = rate(scored.slice(0, fifth));
  const highest = rate(scored.slice(-fifth));
  assert.ok(lowest > 4 * highest, `bad rate lowest willingness quintile ${lowest}, highest ${highest}`);
  const band1 = rate(scored.filter((s) => s.band === 1));
  const band5 = rate(scored.filter((s) => s.band === 5));
  assert.ok(band1 > 2 * band5, `income band 1 ${band1} vs band 5 ${band5}`);
  assert.ok(band5 > 0, 'but not perfectly: good bands still have bad accounts');
});

test('bad options are refused with INVALID_INPUT', async () => {
  for (const bad of [{ accounts: 0 }, { accounts: 1.5 }, { asOf: '2026-02-30' }, { cnShare: 2 }]) {
    await assert.rejects(
      generatePortfolio({ accounts: 10, seed: 1, asOf, outDir: join(root, 'bad'), ...bad }),
      (e: unknown) => isAppError(e, 'INVALID_INPUT'),
      JSON.stringify(bad),
    );
  }
});
