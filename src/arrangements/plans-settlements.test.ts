import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runOnce } from 'graphile-worker';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { getAuthority } from './authority.ts';
import { arrangementTasks } from './jobs.ts';
import { evaluatePlans, findPlanReaging } from './plans.ts';
import { addDays } from './promise-rules.ts';
import { seedAccount, seedPortfolio, todayShanghai } from './test-fixtures.ts';

let h: TestApp;
let portfolioId: string;
let today: string;

before(async () => {
  h = await createTestApp();
  portfolioId = await seedPortfolio(h.t.db, h.tenantId, { planReages: true });
  today = await todayShanghai(h.t.db);
});
after(() => h.close());

const req = (method: 'GET' | 'POST', url: string, payload?: object, auth = h.auth) => h.app.inject({ method, url, headers: { authorization: auth }, payload });
const pay = (externalId: string, accountExternalId: string, amountMinor: number) =>
  req('POST', '/v1/payments', { externalId, accountExternalId, amountMinor, currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank_transfer' });
const work = () => runOnce({ pgPool: h.t.pool, taskList: arrangementTasks, noPreparedStatements: true });

test('plan: generated schedule sums exactly; proposed → active by the down payment → completed', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PL-1', overdue: 2, each: 100_00, interest: 10_00, penalty: 5_00 });
  // overdue = 2 × (100 + 10 + 5) = 230.00
  const r = await req('POST', '/v1/plans', { accountId: a.id, basis: 'overdue', installmentCount: 3, frequency: 'monthly', downPaymentMinor: 30_01 });
  assert.equal(r.statusCode, 201, r.body);
  const plan = r.json();
  assert.equal(plan.totalMinor, 230_00);
  assert.equal(plan.installments.reduce((s: number, i: { amountMinor: number }) => s + i.amountMinor, 0), 230_00);
  assert.deepEqual(plan.installments.map((i: { amountMinor: number }) => i.amountMinor), [30_01, 66_67, 66_66, 66_66]);
  assert.equal(plan.state, 'proposed');
  assert.equal(plan.reages, true);
  await pay('PL-1-down', 'PL-1', 30_01);
  await work();
  let got = (await req('GET', `/v1/plans/${plan.id}`)).json();
  assert.equal(got.state, 'active');
  assert.equal(got.installments[0].paidMinor, 30_01);
  assert.ok(await findPlanReaging(h.t.db, { tenantId: h.tenantId, accountId: a.id }));
  await pay('PL-1-rest', 'PL-1', 199_99);
  await work();
  got = (await req('GET', `/v1/plans/${plan.id}`)).json();
  assert.equal(got.state, 'completed');
  const ev = await h.t.db.selectFrom('domain_events').select('name').where('aggregate_type', '=', 'plan').where('aggregate_id', '=', String(plan.id)).orderBy('id').execute();
  assert.deepEqual(ev.map((e) => e.name), ['plan.activated', 'plan.completed']);
});

test('plan: hand-made installments that do not sum are refused with the difference', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PL-2' });
  const r = await req('POST', '/v1/plans', { accountId: a.id, basis: 'overdue', installmentCount: 2, installments: [{ seq: 1, dueOn: addDays(today, 10), amountMinor: 100_00 }, { seq: 2, dueOn: addDays(today, 40), amountMinor: 100_00 }] });
  assert.equal(r.statusCode, 400);
  assert.match(r.json().errors.map((e: { message: string }) => e.message).join(), /sum to 20000, 3000 less than the plan total 23000/);
  const over = await req('POST', '/v1/plans', { accountId: a.id, basis: 'overdue', installmentCount: 2, installments: [{ seq: 1, dueOn: addDays(today, 10), amountMinor: 130_00 }, { seq: 2, dueOn: addDays(today, 40), amountMinor: 110_00 }] });
  assert.match(over.json().errors.map((e: { message: string }) => e.message).join(), /sum to 24000, 1000 more than the plan total 23000/);
});

test('plan: installmentCount must match the hand-made installments (a down payment not counted)', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PL-2C' });
  const two = [{ seq: 1, dueOn: addDays(today, 10), amountMinor: 115_00 }, { seq: 2, dueOn: addDays(today, 40), amountMinor: 115_00 }];
  const r = await req('POST', '/v1/plans', { accountId: a.id, basis: 'overdue', installmentCount: 3, installments: two });
  assert.equal(r.statusCode, 400, r.body);
  assert.deepEqual(r.json().errors.map((e: { path: string }) => e.path), ['installmentCount']);
  assert.match(r.json().detail, /installmentCount is 3 but 2 installments were given/);
  const withDown = await req('POST', '/v1/plans', { accountId: a.id, basis: 'overdue', installmentCount: 2, installments: [{ seq: 0, dueOn: today, amountMinor: 30_00 }, { seq: 1, dueOn: addDays(today, 10), amountMinor: 100_00 }, { seq: 2, dueOn: addDays(today, 40), amountMinor: 100_00 }] });
  assert.equal(withDown.statusCode, 201, withDown.body);
});

test('plan: beyond the proposer’s authority is refused, naming the level needed', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PL-3' });
  const r = await req('POST', '/v1/plans', { accountId: a.id, basis: 'balance', installmentCount: 24, frequency: 'monthly' });
  assert.equal(r.statusCode, 422, r.body);
  assert.match(r.json().detail, /plan of 24 months exceeds agent limit 12 months.*needs supervisor/);
});

test('plan: broken after N missed installments in the nightly evaluation', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PL-4' });
  const r = await req('POST', '/v1/plans', { accountId: a.id, basis: 'overdue', installmentCount: 4, frequency: 'weekly', firstDueOn: addDays(today, 1) });
  assert.equal(r.statusCode, 201, r.body);
  const id = r.json().id;
  assert.equal((await req('POST', `/v1/plans/${id}/activation`)).json().state, 'active');
  // first two weekly installments due today+1 and today+8; grace 3 days: missed as of today+12 → 2 missed → broken (default N = 2)
  assert.deepEqual(await evaluatePlans(h.t.db, { asOf: addDays(today, 5), tenantId: h.tenantId }), { missed: 1, broken: 0 });
  assert.deepEqual(await evaluatePlans(h.t.db, { asOf: addDays(today, 12), tenantId: h.tenantId }), { missed: 1, broken: 1 });
  assert.equal((await req('GET', `/v1/plans/${id}`)).json().state, 'broken');
});

test('settlement within authority is offered; accepted → zh-CN and en letters; paid → account settled', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'ST-1', overdue: 2, count: 2, each: 500_00, interest: 0, penalty: 0 });
  // balance 1,000.00 in M2 (mid): agent may give 15 % × 75 % (unscored) = 11.25 %
  const r = await req('POST', '/v1/settlements', { accountId: a.id, amountMinor: 970_00, locale: 'zh-CN' });
  assert.equal(r.statusCode, 201, r.body);
  const s = r.json().settlement;
  assert.equal(s.state, 'offered');
  assert.equal(s.discountBps, 300);
  const acc = await req('POST', `/v1/settlements/${s.id}/acceptance`);
  assert.equal(acc.json().state, 'accepted');
  const letters = (await req('GET', `/v1/settlements/${s.id}/letters`)).json().items;
  assert.deepEqual(letters.map((l: { locale: string }) => l.locale).sort(), ['en', 'zh-CN']);
  assert.match(letters.find((l: { locale: string }) => l.locale === 'zh-CN').text, /CNY 970.00/);
  assert.match(letters.find((l: { locale: string }) => l.locale === 'en').html, /<h1>Settlement confirmation<\/h1>/);
  await pay('ST-1-a', 'ST-1', 500_00);
  await work();
  assert.equal((await req('GET', `/v1/settlements/${s.id}`)).json().state, 'accepted');
  await pay('ST-1-b', 'ST-1', 470_00);
  await work();
  assert.equal((await req('GET', `/v1/settlements/${s.id}`)).json().state, 'paid');
  const acct = await h.t.db.selectFrom('accounts').select('status').where('id', '=', a.id).executeTakeFirstOrThrow();
  assert.equal(acct.status, 'settled');
  const paidLetters = (await req('GET', `/v1/settlements/${s.id}/letters`)).json().items.filter((l: { kind: string }) => l.kind === 'paid_in_full');
  assert.equal(paidLetters.length, 2);
});

test('settlement above authority needs a four-eyes approval by someone whose authority covers it', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'ST-2', overdue: 1, count: 2, each: 500_00, interest: 0, penalty: 0 });
  const agent = await h.authFor(['agent']);
  const r = await req('POST', '/v1/settlements', { accountId: a.id, amountMinor: 900_00 }, agent.auth); // M1: 10 % > agent 3.75 %, team lead 7.5 %; supervisor 15 %
  assert.equal(r.statusCode, 202, r.body);
  assert.equal(r.json().approvalRequired, true);
  assert.equal(r.json().check.lowestLevel, 'supervisor');
  const id = r.json().settlement.id;
  assert.equal(r.json().settlement.state, 'pending_approval');
  assert.equal((await req('POST', `/v1/settlements/${id}/acceptance`, undefined, agent.auth)).statusCode, 409, 'cannot accept before approval');
  assert.equal((await req('POST', `/v1/settlements/${id}/decision`, { decision: 'approved' }, agent.auth)).statusCode, 403, 'an agent may not approve');
  const lead = await h.authFor(['supervisor']);
  const low = await req('POST', `/v1/settlements/${id}/decision`, { decision: 'approved', level: 'team_lead' }, lead.auth);
  assert.equal(low.statusCode, 422, 'team lead authority (7.5 %) does not cover 10 %');
  const ok = await req('POST', `/v1/settlements/${id}/decision`, { decision: 'approved', level: 'supervisor' }, lead.auth);
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().state, 'offered');
});

test('the approver is never the author (four-eyes)', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'ST-3', overdue: 1, count: 2, each: 500_00, interest: 0, penalty: 0 });
  const sup = await h.authFor(['supervisor']);
  const r = await req('POST', '/v1/settlements', { accountId: a.id, amountMinor: 900_00, level: 'agent' }, sup.auth);
  assert.equal(r.statusCode, 202);
  const self = await req('POST', `/v1/settlements/${r.json().settlement.id}/decision`, { decision: 'approved', level: 'supervisor' }, sup.auth);
  assert.equal(self.statusCode, 403);
  assert.match(self.json().detail, /four-eyes/);
});

test('authority endpoint and CLI share one matrix', async () => {
  const r = await req('GET', '/v1/settlements/authority?level=agent&bucket=M3&scoreBand=B');
  assert.deepEqual(r.json(), { level: 'agent', bucket: 'M3', scoreBand: 'B', maxDiscountBps: 1125, maxPlanMonths: 12 });
});

test('a settlement no level may approve is refused at offer time (422), not left pending', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'ST-4', overdue: 1, count: 2, each: 500_00, interest: 0, penalty: 0 }); // M1
  const agent = await h.authFor(['agent']);
  const top = getAuthority({ level: 'supervisor', bucket: 'M1', scoreBand: 'unscored' });
  const r = await req('POST', '/v1/settlements', { accountId: a.id, discountBps: top.maxDiscountBps + 1 }, agent.auth);
  assert.equal(r.statusCode, 422, r.body);
  assert.match(r.json().detail, new RegExp(`exceeds every level's limit for bucket M1, score band unscored \\(the highest, supervisor, may give ${(top.maxDiscountBps / 100).toFixed(2)}%\\)`));
  assert.deepEqual(r.json().errors.map((e: { path: string }) => e.path), ['discountBps']);
  const long = await req('POST', '/v1/settlements', { accountId: a.id, discountBps: 0, installmentCount: top.maxPlanMonths + 1 }, agent.auth);
  assert.equal(long.statusCode, 422, long.body);
  assert.deepEqual(long.json().errors.map((e: { path: string }) => e.path), ['installmentCount']);
  assert.equal((await h.t.db.selectFrom('settlements').select('id').where('account_id', '=', a.id).execute()).length, 0, 'nothing stored');
  // At the most senior level's limit it still waits for that level's approval.
  const edge = await req('POST', '/v1/settlements', { accountId: a.id, discountBps: top.maxDiscountBps }, agent.auth);
  assert.equal(edge.statusCode, 202, edge.body);
  assert.equal(edge.json().check.lowestLevel, 'supervisor');
});
