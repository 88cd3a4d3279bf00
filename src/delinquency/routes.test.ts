import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { runDelinquencyCycle } from './run-delinquency-cycle.ts';
import { addAccount, payInFull, seedPortfolio } from './test-fixtures.ts';

let h: TestApp;
let f: Awaited<ReturnType<typeof seedPortfolio>>;
let lateId: number;
let otherAccount: number;

before(async () => {
  h = await createTestApp();
  f = await seedPortfolio(h.t.db, { slug: 'acme', tenantId: h.tenantId, calendar: 'US', scheme: 'US_30' });
  lateId = await addAccount(h.t.db, f, 'L1', [{ due: '2026-06-01' }, { due: '2026-07-01' }]);
  await addAccount(h.t.db, f, 'C1', [{ due: '2026-08-01' }]);
  const other = await seedPortfolio(h.t.db, { slug: 'other-lender' });
  otherAccount = await addAccount(h.t.db, other, 'X1', [{ due: '2026-06-01' }]);
  await runDelinquencyCycle({ ctx: h.t, asOf: '2026-07-06', tenantId: h.tenantId });
  await payInFull(h.t.db, lateId, '2026-06-01');
  await runDelinquencyCycle({ ctx: h.t, asOf: '2026-07-07', tenantId: h.tenantId });
});
after(async () => {
  await h.close();
});

const get = (url: string, auth = h.auth) => h.app.inject({ method: 'GET', url, headers: { authorization: auth } });

test('GET buckets: counts and balances of the latest cycle, every bucket of the scheme', async () => {
  const res = await get(`/v1/portfolios/${f.portfolioId}/buckets`);
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.asOf, '2026-07-07');
  assert.deepEqual(body.buckets.map((b: { bucket: string }) => b.bucket), ['current', '1-29', '30-59', '60-89', '90-119', '120+']);
  // L1: the 1 July installment (a Wednesday) is 6 days late on 7 July
  assert.deepEqual(body.buckets.filter((b: { accounts: number }) => b.accounts > 0).map((b: { bucket: string; accounts: number }) => [b.bucket, b.accounts]), [['current', 1], ['1-29', 1]]);
});

test('GET roll-rates: moves with rates per day', async () => {
  const res = await get(`/v1/portfolios/${f.portfolioId}/roll-rates?from=2026-07-01&to=2026-07-31`);
  assert.equal(res.statusCode, 200);
  const days = res.json().days as { asOf: string; moves: { from: string; to: string; accounts: number; rate: number }[] }[];
  assert.deepEqual(days.map((d) => d.asOf), ['2026-07-06', '2026-07-07']);
  const d2 = days[1].moves.find((m) => m.from === '30-59');
  assert.deepEqual(d2 && [d2.to, d2.accounts, d2.rate], ['1-29', 1, 1]);
  assert.equal((await get(`/v1/portfolios/${f.portfolioId}/roll-rates?from=2026-07-31&to=2026-07-01`)).statusCode, 400);
});

test('GET account delinquency, and 404 for another tenant', async () => {
  const res = await get(`/v1/accounts/${lateId}/delinquency`);
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.dpd, 6);
  assert.equal(body.bucket, '1-29');
  assert.deepEqual(body.transitions.map((t: { kind: string }) => t.kind), ['roll_back', 'new']);
  assert.equal((await get(`/v1/accounts/${otherAccount}/delinquency`)).statusCode, 404);
  assert.equal((await get(`/v1/portfolios/00000000-0000-4000-8000-000000000000/buckets`)).statusCode, 404);
});

test('holidays: built-in list, tenant override, removal, permissions', async () => {
  const list = await get('/v1/holidays/US?year=2026');
  assert.equal(list.statusCode, 200);
  const july = list.json().items.find((i: { day: string }) => i.day === '2026-07-03');
  assert.equal(july.source, 'built-in');
  const put = await h.app.inject({ method: 'PUT', url: '/v1/holidays/US/2026-07-03', headers: { authorization: h.auth }, payload: { kind: 'workday', name: 'We work / 照常上班' } });
  assert.equal(put.statusCode, 200);
  const after = (await get('/v1/holidays/US?year=2026')).json().items.find((i: { day: string }) => i.day === '2026-07-03');
  assert.deepEqual([after.kind, after.source], ['workday', 'tenant']);
  const agent = await h.authFor(['agent']);
  const denied = await h.app.inject({ method: 'PUT', url: '/v1/holidays/US/2026-07-03', headers: { authorization: agent.auth }, payload: { kind: 'holiday', name: 'x' } });
  assert.equal(denied.statusCode, 403);
  assert.equal((await h.app.inject({ method: 'DELETE', url: '/v1/holidays/US/2026-07-03', headers: { authorization: h.auth } })).statusCode, 204);
  assert.equal((await h.app.inject({ method: 'DELETE', url: '/v1/holidays/US/2026-07-03', headers: { authorization: h.auth } })).statusCode, 404);
  assert.equal((await get('/v1/holidays/US?year=2026')).json().items.find((i: { day: string }) => i.day === '2026-07-03').source, 'built-in');
  const bad = await h.app.inject({ method: 'PUT', url: '/v1/holidays/US/2027-02-29', headers: { authorization: h.auth }, payload: { kind: 'holiday', name: 'x' } });
  assert.equal(bad.statusCode, 400);
});

test('GET bucket accounts: the work list of one bucket, paginated, validated, tenant-scoped', async () => {
  const res = await get(`/v1/portfolios/${f.portfolioId}/buckets/1-29/accounts`);
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.deepEqual(body.items.map((i: { accountId: number; dpd: number }) => [i.accountId, i.dpd]), [[lateId, 6]]);
  assert.equal(body.items[0].asOf, '2026-07-07');
  assert.equal(body.items[0].overdue.total, body.items[0].overdue.principal + body.items[0].overdue.interest + body.items[0].overdue.fee + body.items[0].overdue.penalty);
  assert.equal(body.nextCursor, null);
  const current = (await get(`/v1/portfolios/${f.portfolioId}/buckets/current/accounts?limit=1`)).json();
  assert.equal(current.items.length, 1);
  assert.notEqual(current.items[0].accountId, lateId);
  assert.equal((await get(`/v1/portfolios/${f.portfolioId}/buckets/1-29/accounts?minDpd=7`)).json().items.length, 0);
  const bad = await get(`/v1/portfolios/${f.portfolioId}/buckets/M3/accounts`);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().detail ?? bad.json().title, /M3/);
  assert.equal((await get(`/v1/portfolios/${f.portfolioId}/buckets/1-29/accounts?cursor=nonsense`)).statusCode, 400);
  assert.equal((await get(`/v1/portfolios/00000000-0000-4000-8000-000000000000/buckets/1-29/accounts`)).statusCode, 404);
  assert.equal((await get(`/v1/portfolios/${f.portfolioId}/buckets/1-29/accounts`, 'Bearer nope')).statusCode, 401);
});
