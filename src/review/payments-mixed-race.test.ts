/**
 * Review: money under mixed concurrency on one account — postings, reversals and suspense
 * releases at once; the same held payment released twice at once; an arrangement job run
 * several times at once for one payment (a retried job racing the original).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { applyPostedPayment } from '../arrangements/on-payment.ts';
import { seedAccount, seedPortfolio } from '../arrangements/test-fixtures.ts';
import { assertLedgerConsistent } from './ledger-invariants.ts';

let h: TestApp;
let portfolioId: string;
before(async () => {
  h = await createTestApp();
  portfolioId = await seedPortfolio(h.t.db, h.tenantId, { code: 'MX' });
});
after(() => h.close());

const req = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) => h.app.inject({ method, url, headers: { authorization: h.auth }, payload });
const pay = (externalId: string, accountExternalId: string, amountMinor: number) =>
  req('POST', '/v1/payments', { externalId, accountExternalId, amountMinor, currency: 'CNY', receivedAt: new Date(Date.now() - 60_000).toISOString(), channel: 'bank_transfer' });

test('postings, reversals and suspense releases on one account at once keep every allocation consistent', async () => {
  await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'MX-1', count: 4, each: 100_00 });
  const first = await Promise.all(Array.from({ length: 6 }, (_, i) => pay(`MX-1-p${i}`, 'MX-1', 70_00 + i)));
  for (const r of first) assert.equal(r.statusCode, 201, r.body);
  const held = await Promise.all([0, 1, 2].map((i) => pay(`MX-1-h${i}`, 'MX-WRONG', 33_00)));
  for (const r of held) assert.equal(r.statusCode, 202, r.body);
  const ops = [
    ...first.slice(0, 3).map((r) => req('POST', `/v1/payments/${r.json().paymentId}/reversal`, { status: 'reversed', reason: 'bounced' })),
    ...held.map((r) => req('POST', `/v1/payments/suspense/${r.json().suspenseId}/post`, { accountExternalId: 'MX-1', note: 'payer typo' })),
    ...Array.from({ length: 4 }, (_, i) => pay(`MX-1-q${i}`, 'MX-1', 45_00 + i)),
  ];
  const rs = await Promise.all(ops);
  for (const r of rs) assert.ok(r.statusCode < 300, `${r.statusCode} ${r.body}`);
  await assertLedgerConsistent(h.t.db);
  const n = await sql<{ posted: string; reversed: string }>`SELECT count(*) FILTER (WHERE status = 'posted') AS posted, count(*) FILTER (WHERE status = 'reversed') AS reversed
    FROM payments WHERE external_id LIKE 'MX-1-%'`.execute(h.t.db);
  assert.deepEqual([Number(n.rows[0].posted), Number(n.rows[0].reversed)], [3 + 3 + 4, 3]);
});

test('the same held payment released to an account by two requests at once: one payment; the other a 409', async () => {
  await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'MX-2' });
  const held = await pay('MX-2-h', 'MX-NOPE', 12_00);
  assert.equal(held.statusCode, 202, held.body);
  const rs = await Promise.all([0, 1, 2].map(() => req('POST', `/v1/payments/suspense/${held.json().suspenseId}/post`, { accountExternalId: 'MX-2', note: 'found it' })));
  assert.deepEqual(rs.map((r) => r.statusCode).sort(), [201, 409, 409], rs.map((r) => r.body).join('\n'));
  const p = await sql<{ n: string }>`SELECT count(*) AS n FROM payments WHERE external_id = 'MX-2-h'`.execute(h.t.db);
  assert.equal(Number(p.rows[0].n), 1);
  await assertLedgerConsistent(h.t.db);
});

test('the same reversal requested three times at once: reversed once, one payment.reversed event', async () => {
  await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'MX-3' });
  const p = await pay('MX-3-p', 'MX-3', 80_00);
  const id = p.json().paymentId as number;
  const rs = await Promise.all([0, 1, 2].map(() => req('POST', `/v1/payments/${id}/reversal`, { status: 'reversed', reason: 'bounced' })));
  for (const r of rs) assert.equal(r.statusCode, 200, r.body);
  assert.equal(rs.filter((r) => r.json().changed).length, 1);
  const ev = await sql<{ n: string }>`SELECT count(*) AS n FROM domain_events WHERE name = 'payment.reversed' AND aggregate_id = ${String(id)}`.execute(h.t.db);
  assert.equal(Number(ev.rows[0].n), 1);
  await assertLedgerConsistent(h.t.db);
});

test('the arrangement job for one payment run three times at once (a retry racing the original): the plan is paid once', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'MX-4' });
  const plan = await req('POST', '/v1/plans', { accountId: a.id, basis: 'overdue', installmentCount: 3, frequency: 'monthly' });
  assert.equal(plan.statusCode, 201, plan.body);
  const p = await pay('MX-4-p', 'MX-4', 50_00);
  const paymentId = p.json().paymentId as number;
  await Promise.all([0, 1, 2].map(() => h.t.db.transaction().execute((tx) => applyPostedPayment(tx, { tenantId: h.tenantId, paymentId }))));
  const paid = await sql<{ s: string }>`SELECT coalesce(sum(paid_minor), 0) AS s FROM plan_installments WHERE plan_id = ${plan.json().id}`.execute(h.t.db);
  assert.equal(Number(paid.rows[0].s), 50_00);
  const apps = await sql<{ n: string }>`SELECT count(*) AS n FROM arrangement_payment_applications WHERE payment_id = ${paymentId} AND subject_type = 'plan'`.execute(h.t.db);
  assert.equal(Number(apps.rows[0].n), 1);
});
