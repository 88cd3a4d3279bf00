import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { runOnce } from 'graphile-worker';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { arrangementTasks } from './jobs.ts';
import { evaluatePromises } from './promises.ts';
import { addDays } from './promise-rules.ts';
import { seedAccount, seedPortfolio, todayShanghai } from './test-fixtures.ts';

let h: TestApp;
let portfolioId: string;
let today: string;

before(async () => {
  h = await createTestApp();
  portfolioId = await seedPortfolio(h.t.db, h.tenantId);
  today = await todayShanghai(h.t.db);
});
after(() => h.close());

const post = (url: string, payload: unknown) => h.app.inject({ method: 'POST', url, headers: { authorization: h.auth }, payload: payload as object });
const pay = (externalId: string, accountExternalId: string, amountMinor: number) =>
  post('/v1/payments', { externalId, accountExternalId, amountMinor, currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank_transfer' });
const work = () => runOnce({ pgPool: h.t.pool, taskList: arrangementTasks, noPreparedStatements: true });
const promise = (accountId: number, amountMinor: number, promisedOn = addDays(today, 3), extra: object = {}) =>
  post('/v1/promises', { accountId, amountMinor, promisedOn, channel: 'phone', takenByKind: 'agent', takenBy: 'agent:wang', ...extra });

test('a promise is kept by a payment (within tolerance) through the payment.posted consumer', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PK-1' });
  const p = await promise(a.id, 500_00);
  assert.equal(p.statusCode, 201, p.body);
  assert.equal(p.json().state, 'pending');
  assert.equal((await pay('PK-1-pay', 'PK-1', 496_00)).statusCode, 201); // tolerance 1 % = 5.00
  await work();
  const got = await h.app.inject({ method: 'GET', url: `/v1/promises/${p.json().id}`, headers: { authorization: h.auth } });
  assert.equal(got.json().state, 'kept');
  assert.equal(got.json().paidMinor, 496_00);
  const ev = await h.t.db.selectFrom('domain_events').select('name').where('aggregate_type', '=', 'promise').where('aggregate_id', '=', String(p.json().id)).orderBy('id').execute();
  assert.deepEqual(ev.map((e) => e.name), ['promise.made', 'promise.kept']);
});

test('nightly evaluation: broken, partially kept, grace period respected, events and evidence written', async () => {
  const broken = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PB-1' });
  const partial = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PP-1' });
  const inGrace = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PG-1' });
  const ids: Record<string, number> = {};
  for (const [k, acc, g] of [['broken', broken, 0], ['partial', partial, 0], ['inGrace', inGrace, 3]] as const) {
    const r = await promise(acc.id, 300_00, today, { graceDays: g });
    assert.equal(r.statusCode, 201, r.body);
    ids[k] = r.json().id;
  }
  assert.equal((await pay('PP-1-pay', 'PP-1', 100_00)).statusCode, 201);
  await work();
  // As of the end of the day after tomorrow: windows with 0 grace ended (today + 1 day), 3 days of grace not yet.
  const asOf = new Date(Date.parse(`${addDays(today, 2)}T00:00:00+08:00`));
  const res = await evaluatePromises(h.t.db, { asOf, tenantId: h.tenantId });
  assert.equal(res.broken, 1);
  assert.equal(res.partiallyKept, 1);
  const states = await h.t.db.selectFrom('promises').select(['id', 'state', 'paid_minor']).where('id', 'in', Object.values(ids)).execute();
  const byId = new Map(states.map((s) => [s.id, s]));
  assert.equal(byId.get(ids.broken)?.state, 'broken');
  assert.equal(byId.get(ids.partial)?.state, 'partially_kept');
  assert.equal(byId.get(ids.partial)?.paid_minor, 100_00);
  assert.equal(byId.get(ids.inGrace)?.state, 'pending');
  const ev = await h.t.db.selectFrom('domain_events').select('name').where('aggregate_id', '=', String(ids.broken)).where('aggregate_type', '=', 'promise').execute();
  assert.ok(ev.some((e) => e.name === 'promise.broken'));
  const evid = await h.t.db.selectFrom('evidence_queue').select('kind').where('subject_type', '=', 'promise').where('subject_id', '=', String(ids.broken)).execute();
  assert.ok(evid.some((e) => e.kind === 'promise.broken'));
  // A second run decides nothing more (idempotent).
  assert.equal((await evaluatePromises(h.t.db, { asOf, tenantId: h.tenantId })).evaluated, 0);
});

test('a new promise supersedes the pending one; a past date is refused', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PS-1' });
  const first = await promise(a.id, 100_00);
  const second = await promise(a.id, 200_00);
  assert.equal(second.statusCode, 201);
  assert.deepEqual(second.json().supersedes, [first.json().id]);
  assert.deepEqual(first.json().supersedes, []);
  // Kept on the promise: every read shows it.
  const read = await h.app.inject({ method: 'GET', url: `/v1/promises/${second.json().id}`, headers: { authorization: h.auth } });
  assert.deepEqual(read.json().supersedes, [first.json().id]);
  const old = await h.t.db.selectFrom('promises').select('state').where('id', '=', first.json().id).executeTakeFirstOrThrow();
  assert.equal(old.state, 'cancelled');
  const past = await promise(a.id, 100_00, addDays(today, -1));
  assert.equal(past.statusCode, 400);
  assert.match(past.json().errors[0].path, /promisedOn/);
});

test('a promise above the outstanding balance is refused, naming the balance', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PO-1' }); // 6 × (100.00 + 10.00) + 2 × 5.00 = 670.00
  const over = await promise(a.id, 670_01);
  assert.equal(over.statusCode, 400, over.body);
  assert.equal(over.json().errors[0].path, 'amountMinor');
  assert.match(over.json().errors[0].message, /outstanding balance 67000/);
  assert.equal((await promise(a.id, 670_00)).statusCode, 201);
});

test('kept rate per channel and per taker', async () => {
  const r = await h.app.inject({ method: 'GET', url: '/v1/promises/kept-rates?by=taken_by', headers: { authorization: h.auth } });
  assert.equal(r.statusCode, 200);
  const row = r.json().rows.find((x: { key: string }) => x.key === 'agent:wang');
  assert.ok(row);
  assert.equal(row.kept, 1);
  assert.equal(row.broken, 1);
  assert.equal(row.partiallyKept, 1);
  assert.equal(row.keptRate, 1 / 3);
  const c = await h.app.inject({ method: 'GET', url: '/v1/promises/kept-rates?by=channel', headers: { authorization: h.auth } });
  assert.equal(c.json().rows[0].key, 'phone');
});

test('a reversed payment takes a kept promise back to pending while its window is open', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PR-1' });
  const p = await promise(a.id, 100_00);
  const paid = await pay('PR-1-pay', 'PR-1', 100_00);
  await work();
  assert.equal((await h.t.db.selectFrom('promises').select('state').where('id', '=', p.json().id).executeTakeFirstOrThrow()).state, 'kept');
  const rev = await post(`/v1/payments/${paid.json().paymentId}/reversal`, { status: 'reversed', reason: 'bounced' });
  assert.equal(rev.statusCode, 200, rev.body);
  await work();
  assert.equal((await h.t.db.selectFrom('promises').select('state').where('id', '=', p.json().id).executeTakeFirstOrThrow()).state, 'pending');
});

test('lists page with nextCursor like every other list (and next, the plain id)', async () => {
  const get = (q: string) => h.app.inject({ method: 'GET', url: `/v1/promises?${q}`, headers: { authorization: h.auth } });
  const first = await get('limit=1');
  assert.equal(first.statusCode, 200, first.body);
  const { items, next, nextCursor } = first.json();
  assert.equal(items.length, 1);
  assert.equal(next, items[0].id);
  assert.equal(typeof nextCursor, 'string');
  const second = await get(`limit=1&cursor=${nextCursor}`);
  assert.equal(second.json().items.length, 1);
  assert.ok(second.json().items[0].id < items[0].id, 'newest first');
  assert.deepEqual(second.json().items, (await get(`limit=1&after=${next}`)).json().items);
  assert.equal((await get('cursor=not-ours')).statusCode, 400);
});

test('promises made at the same moment for one account supersede one another in turn (no 500)', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PC-1' });
  const answers = await Promise.all([100_00, 110_00, 120_00].map((m) => promise(a.id, m)));
  assert.deepEqual(answers.map((r) => r.statusCode), [201, 201, 201]);
  const pending = await h.t.db.selectFrom('promises').select('id').where('account_id', '=', a.id).where('state', '=', 'pending').execute();
  assert.equal(pending.length, 1);
  assert.equal(answers.reduce((n, r) => n + r.json().supersedes.length, 0), 2);
});
