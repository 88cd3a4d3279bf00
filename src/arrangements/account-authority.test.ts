import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { isAppError } from '../platform/errors.ts';
import { assertAccountAuthority, authorityBucket } from './account-authority.ts';
import { getAuthority } from './authority.ts';
import { seedAccount, seedAccountScore, seedDelinquencyState, seedPortfolio } from './test-fixtures.ts';

let h: TestApp;
let cn: string;
let us: string;
let agent: string;

before(async () => {
  h = await createTestApp();
  cn = await seedPortfolio(h.t.db, h.tenantId, { code: 'CN1' });
  us = await seedPortfolio(h.t.db, h.tenantId, { code: 'US1', bucketScheme: 'US_30' });
  agent = (await h.authFor(['agent'])).auth;
});
after(() => h.close());

const offer = (body: object) => h.app.inject({ method: 'POST', url: '/v1/settlements', headers: { authorization: agent }, payload: body });
const settlementsOf = async (accountId: number) => (await h.t.db.selectFrom('settlements').select('id').where('account_id', '=', accountId).execute()).length;
// one installment 5 days overdue: M1 (CN) or 1-29 (US) by the schedule
const account = (ext: string, portfolioId: string, overdue = 1) => seedAccount(h.t.db, h.tenantId, portfolioId, { ext, overdue, count: 2, each: 500_00, interest: 0, penalty: 0 });

test('authorityBucket: charged off, else the delinquency state, else the schedule', () => {
  const cases = [
    { status: 'charged_off', assessedBucket: 'M3', scheduleBucket: 'M7+', want: { bucket: 'charged_off', bucketFrom: 'charged_off' } },
    { status: 'delinquent', assessedBucket: '90-119', scheduleBucket: '1-29', want: { bucket: '90-119', bucketFrom: 'delinquency_state' } },
    { status: 'delinquent', assessedBucket: null, scheduleBucket: 'M2', want: { bucket: 'M2', bucketFrom: 'schedule' } },
    { status: 'current', assessedBucket: 'M0', scheduleBucket: 'M1', want: { bucket: 'M0', bucketFrom: 'delinquency_state' } },
  ];
  for (const c of cases) assert.deepEqual(authorityBucket(c), c.want, JSON.stringify(c));
});

test('assertAccountAuthority: the account’s own values or none pass; a different one is refused in zh-CN and en', () => {
  const actual = { bucket: 'M1', bucketFrom: 'schedule' as const, scoreBand: 'B' as const, scoredAsOf: '2026-11-22' };
  for (const given of [{}, { bucket: 'M1' }, { scoreBand: 'B' }, { bucket: 'M1', scoreBand: 'B' }]) assert.doesNotThrow(() => assertAccountAuthority(given, actual), JSON.stringify(given));
  assert.throws(() => assertAccountAuthority({ bucket: 'M7+', scoreBand: 'D' }, actual), (e) => {
    assert.ok(isAppError(e, 'RULE_VIOLATION'));
    assert.deepEqual(e.details.map((d) => d.path), ['bucket', 'scoreBand']);
    assert.match(e.userMessage, /逾期阶段应为账户当前的 M1.*评分等级应为账户当前的 B.* \/ bucket is M7\+/);
    return true;
  });
});

test('an attempt to raise authority through the body is refused (422 naming the field) and stores nothing', async () => {
  const a = await account('RA-1', cn);
  const cases = [
    { body: { bucket: 'M7+' }, path: 'bucket', detail: /bucket is M7\+ but the account's bucket is M1/ },
    { body: { bucket: 'ZZZ' }, path: 'bucket', detail: /bucket is ZZZ but the account's bucket is M1/ },
    { body: { scoreBand: 'D' }, path: 'scoreBand', detail: /scoreBand is D but the account's score band is unscored/ },
  ];
  for (const c of cases) {
    const r = await offer({ accountId: a.id, discountBps: 3000, ...c.body });
    assert.equal(r.statusCode, 422, r.body);
    assert.deepEqual(r.json().errors.map((e: { path: string }) => e.path), [c.path]);
    assert.match(r.json().detail, c.detail);
  }
  assert.equal(await settlementsOf(a.id), 0, 'nothing stored');
  const plan = await h.app.inject({ method: 'POST', url: '/v1/plans', headers: { authorization: agent }, payload: { accountId: a.id, installmentCount: 3, scoreBand: 'D' } });
  assert.equal(plan.statusCode, 422, plan.body);
  assert.deepEqual(plan.json().errors.map((e: { path: string }) => e.path), ['scoreBand']);
  // The account's own values may be sent; they change nothing.
  const own = await offer({ accountId: a.id, discountBps: 300, bucket: 'M1', scoreBand: 'unscored' });
  assert.equal(own.statusCode, 201, own.body);
  assert.equal(own.json().settlement.bucket, 'M1');
});

test('a US account in bucket current: a CN bucket M7+ in the body is refused', async () => {
  const a = await account('RA-US-1', us);
  await seedDelinquencyState(h.t.db, h.tenantId, us, a.id, { dpd: 0, bucket: 'current' });
  const r = await offer({ accountId: a.id, discountBps: 3000, bucket: 'M7+' });
  assert.equal(r.statusCode, 422, r.body);
  assert.match(r.json().detail, /the account's bucket is current/);
  assert.match(r.json().userMessage, /逾期阶段.*\/ bucket is M7\+/, 'the bilingual message reaches the API caller');
});

test('the authority check uses the bucket of the account’s delinquency state (else its schedule, in the portfolio’s scheme)', async () => {
  const discountBps = 1500;
  assert.ok(getAuthority({ level: 'agent', bucket: '90-119', scoreBand: 'unscored' }).maxDiscountBps >= discountBps, 'agent may give it in 90-119');
  assert.ok(getAuthority({ level: 'agent', bucket: '1-29', scoreBand: 'unscored' }).maxDiscountBps < discountBps, 'agent may not in 1-29');
  const assessed = await account('RA-US-2', us);
  await seedDelinquencyState(h.t.db, h.tenantId, us, assessed.id, { dpd: 95, bucket: '90-119' });
  const r1 = await offer({ accountId: assessed.id, discountBps });
  assert.equal(r1.statusCode, 201, r1.body);
  assert.equal(r1.json().settlement.bucket, '90-119');
  const unassessed = await account('RA-US-3', us);
  const r2 = await offer({ accountId: unassessed.id, discountBps });
  assert.equal(r2.statusCode, 202, r2.body);
  assert.equal(r2.json().settlement.bucket, '1-29', 'the schedule’s bucket in the US scheme');
});

test('the authority check uses the band of the account’s collection score', async () => {
  const discountBps = 1000;
  assert.ok(getAuthority({ level: 'agent', bucket: 'M2', scoreBand: 'A' }).maxDiscountBps < discountBps);
  assert.ok(getAuthority({ level: 'agent', bucket: 'M2', scoreBand: 'E' }).maxDiscountBps >= discountBps);
  const safe = await account('RA-SC-A', cn, 2);
  await seedAccountScore(h.t.db, h.tenantId, safe.id, 'A');
  const r1 = await offer({ accountId: safe.id, discountBps });
  assert.equal(r1.statusCode, 202, r1.body);
  assert.deepEqual([r1.json().settlement.bucket, r1.json().settlement.scoreBand], ['M2', 'A']);
  const risky = await account('RA-SC-E', cn, 2);
  await seedAccountScore(h.t.db, h.tenantId, risky.id, 'E');
  const r2 = await offer({ accountId: risky.id, discountBps });
  assert.equal(r2.statusCode, 201, r2.body);
  assert.deepEqual([r2.json().settlement.bucket, r2.json().settlement.scoreBand], ['M2', 'E']);
});
