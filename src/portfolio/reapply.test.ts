/**
 * Re-application after a reversal: the account's later payments are taken back and
 * allocated again oldest installment first, as if the reversed money had never come;
 * an overpayment held unallocated is used once there is something to pay again; each
 * changed payment gets a `payment.reapplied` event with its lines before and after.
 */
import { rmSync } from 'node:fs';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from './test-fixtures.ts';

let h: TestApp;
let dir: string;

before(async () => {
  h = await createTestApp();
  await seedPortfolios(h.ctx, h.tenantId);
  dir = tempDir();
  await importFile(h.ctx, h.tenantId, 'borrowers', writeInput(dir, 'b.csv', 'external_id,full_name,timezone\nB1,张三,Asia/Shanghai\n'));
  await importFile(h.ctx, h.tenantId, 'accounts', writeInput(dir, 'a.csv', 'external_id,borrower_external_id,portfolio,currency,principal,opened_on\nA1,B1,CN1,CNY,1000,2026-01-01\nA2,B1,CN1,CNY,1000,2026-01-01\n'));
  await importFile(h.ctx, h.tenantId, 'schedules', writeInput(dir, 's.csv', 'account_external_id,seq,due_on,principal,interest\nA1,1,2026-02-01,500,10\nA1,2,2026-03-01,500,10\nA2,1,2026-02-01,500,10\n'));
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (url: string, payload: object) => h.app.inject({ method: 'POST', url, headers: { authorization: h.auth }, payload });

async function pay(externalId: string, accountExternalId: string, amountMinor: number, receivedAt: string): Promise<number> {
  const r = await post('/v1/payments', { externalId, accountExternalId, amountMinor, currency: 'CNY', receivedAt, channel: 'bank_transfer' });
  assert.equal(r.statusCode, 201, r.body);
  return r.json().paymentId as number;
}

async function paidBySeq(accountExternalId: string) {
  const rows = await h.t.db.selectFrom('installments as i').innerJoin('accounts as a', 'a.id', 'i.account_id')
    .select(['i.seq', 'i.interest_paid', 'i.principal_paid']).where('a.external_id', '=', accountExternalId).orderBy('i.seq').execute();
  return rows.map((r) => [r.seq, r.interest_paid + r.principal_paid]);
}

async function linesOf(paymentId: number) {
  const rows = await h.t.db.selectFrom('payment_allocations as l').innerJoin('installments as i', 'i.id', 'l.installment_id')
    .select(['i.seq', 'l.component', 'l.amount_minor']).where('l.payment_id', '=', paymentId).orderBy('i.seq').orderBy('l.component').execute();
  return rows.map((r) => [r.seq, r.component, r.amount_minor]);
}

test('reversing the first payment moves the later ones onto the oldest installments, overpayment included', async () => {
  const p1 = await pay('R-1', 'A1', 51_000, '2026-02-01T10:00:00+08:00');
  const p2 = await pay('R-2', 'A1', 51_000, '2026-03-01T10:00:00+08:00');
  const p3 = await pay('R-3', 'A1', 20_000, '2026-03-05T10:00:00+08:00');
  assert.deepEqual(await paidBySeq('A1'), [[1, 51_000], [2, 51_000]]);
  assert.deepEqual(await linesOf(p2), [[2, 'interest', 1_000], [2, 'principal', 50_000]]);
  const p3Before = await h.t.db.selectFrom('payments').select('unallocated_minor').where('id', '=', p3).executeTakeFirstOrThrow();
  assert.equal(p3Before.unallocated_minor, 20_000);

  const r = await post(`/v1/payments/${p1}/reversal`, { status: 'reversed', reason: 'bounced' });
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json().reapplied.map((x: { paymentId: number }) => x.paymentId), [p2, p3]);
  assert.deepEqual(await linesOf(p1), []);
  assert.deepEqual(await linesOf(p2), [[1, 'interest', 1_000], [1, 'principal', 50_000]]);
  assert.deepEqual(await linesOf(p3), [[2, 'interest', 1_000], [2, 'principal', 19_000]]);
  assert.deepEqual(await paidBySeq('A1'), [[1, 51_000], [2, 20_000]]);
  const p3After = await h.t.db.selectFrom('payments').select('unallocated_minor').where('id', '=', p3).executeTakeFirstOrThrow();
  assert.equal(p3After.unallocated_minor, 0);
  const events = await h.t.db.selectFrom('domain_events').select(['aggregate_id', 'payload']).where('name', '=', 'payment.reapplied').orderBy('id').execute();
  assert.deepEqual(events.map((e) => e.aggregate_id), [String(p2), String(p3)]);
  const e2 = events[0].payload as { because: { reversedPaymentId: number }; before: { installmentId: number }[]; after: { installmentId: number }[] };
  assert.equal(e2.because.reversedPaymentId, p1);
  assert.notEqual(e2.before[0].installmentId, e2.after[0].installmentId);
  const evidence = await h.t.db.selectFrom('evidence_queue').select('subject_id').where('kind', '=', 'payment.reapplied').execute();
  assert.equal(evidence.length, 2);
});

test('reversing the latest payment re-applies nothing, and other accounts are untouched', async () => {
  const a = await pay('Q-1', 'A2', 10_000, '2026-02-01T10:00:00+08:00');
  const b = await pay('Q-2', 'A2', 10_000, '2026-02-02T10:00:00+08:00');
  const before = await linesOf(a);
  const r = await post(`/v1/payments/${b}/reversal`, { status: 'charged_back', reason: 'card chargeback' });
  assert.deepEqual(r.json().reapplied, []);
  assert.deepEqual(await linesOf(a), before);
  assert.deepEqual(await paidBySeq('A2'), [[1, 10_000]]);
  assert.deepEqual(await paidBySeq('A1'), [[1, 51_000], [2, 20_000]]);
});

test('a payment received early but posted late (released from suspense) takes its rightful place on re-application', async () => {
  await importFile(h.ctx, h.tenantId, 'accounts', writeInput(dir, 'a3.csv', 'external_id,borrower_external_id,portfolio,currency,principal,opened_on\nA3,B1,CN1,CNY,1500,2026-01-01\n'));
  await importFile(h.ctx, h.tenantId, 'schedules', writeInput(dir, 's3.csv', 'account_external_id,seq,due_on,principal,interest\nA3,1,2026-02-01,500,10\nA3,2,2026-03-01,500,10\nA3,3,2026-04-01,500,10\n'));
  const held = await post('/v1/payments', { externalId: 'E-0', accountExternalId: 'A3-TYPO', amountMinor: 3_000, currency: 'CNY', receivedAt: '2026-01-20T10:00:00+08:00', channel: 'bank_transfer' });
  assert.equal(held.statusCode, 202);
  const p1 = await pay('E-1', 'A3', 51_000, '2026-02-01T10:00:00+08:00');
  await pay('E-2', 'A3', 51_000, '2026-03-01T10:00:00+08:00');
  const released = await post(`/v1/payments/suspense/${held.json().suspenseId}/post`, { accountExternalId: 'A3', note: 'typo in the reference' });
  assert.equal(released.statusCode, 201, released.body);
  const early = released.json().payment.paymentId as number;
  assert.deepEqual(await linesOf(early), [[3, 'interest', 1_000], [3, 'principal', 2_000]]); // posted last: the third installment
  await post(`/v1/payments/${p1}/reversal`, { status: 'reversed', reason: 'bounced' });
  // In received order: the early 30.00 pays the first installment first, the March payment the rest of it and then the second.
  assert.deepEqual(await linesOf(early), [[1, 'interest', 1_000], [1, 'principal', 2_000]]);
  assert.deepEqual(await paidBySeq('A3'), [[1, 51_000], [2, 3_000], [3, 0]]);
});

test('parallel reversals on one account queue (no deadlock, no 500) and leave allocations equal to paid amounts', async () => {
  await importFile(h.ctx, h.tenantId, 'accounts', writeInput(dir, 'a4.csv', 'external_id,borrower_external_id,portfolio,currency,principal,opened_on\nA4,B1,CN1,CNY,2000,2026-01-01\n'));
  await importFile(h.ctx, h.tenantId, 'schedules', writeInput(dir, 's4.csv', 'account_external_id,seq,due_on,principal,interest\nA4,1,2026-02-01,500,10\nA4,2,2026-03-01,500,10\nA4,3,2026-04-01,500,10\nA4,4,2026-05-01,500,10\n'));
  const ids: number[] = [];
  for (let k = 1; k <= 4; k++) ids.push(await pay(`F-${k}`, 'A4', 30_000, `2026-0${k + 1}-01T10:00:00+08:00`));
  const answers = await Promise.all(ids.slice(0, 3).map((id) => post(`/v1/payments/${id}/reversal`, { status: 'reversed', reason: 'bounced' })));
  assert.deepEqual(answers.map((a) => a.statusCode), [200, 200, 200]);
  assert.deepEqual(await linesOf(ids[3]), [[1, 'interest', 1_000], [1, 'principal', 29_000]]);
  assert.deepEqual(await paidBySeq('A4'), [[1, 30_000], [2, 0], [3, 0], [4, 0]]);
});
