/**
 * Suspense resolution over the API: a held payment is posted to the account someone
 * identified (allocated like any payment, audit entry) or returned to the payer; a wrong
 * account changes nothing; a resolved row cannot be resolved again; other tenants' rows
 * are invisible.
 */
import { rmSync } from 'node:fs';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { createApiKey, createTenant, createUser } from '../identity/index.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from './test-fixtures.ts';

let h: TestApp;
let dir: string;
let otherAuth: string;

before(async () => {
  h = await createTestApp();
  await seedPortfolios(h.ctx, h.tenantId);
  dir = tempDir();
  await importFile(h.ctx, h.tenantId, 'borrowers', writeInput(dir, 'b.csv', 'external_id,full_name,timezone\nB1,张三,Asia/Shanghai\nB2,李四,Asia/Shanghai\n'));
  await importFile(h.ctx, h.tenantId, 'accounts', writeInput(dir, 'a.csv', 'external_id,borrower_external_id,portfolio,currency,principal,opened_on,status\nA1,B1,CN1,CNY,1000,2026-01-01,current\nA9,B2,CN1,CNY,1000,2026-01-01,closed\n'));
  await importFile(h.ctx, h.tenantId, 'schedules', writeInput(dir, 's.csv', 'account_external_id,seq,due_on,principal,interest\nA1,1,2026-02-01,500,10\nA1,2,2026-03-01,500,10\n'));
  const t2 = await createTenant(h.t.db, { slug: 'other', name: 'Other Bank' });
  const u2 = await createUser(h.t.db, { tenantId: t2.id, email: 'x@other.test', displayName: 'X', roles: ['admin'] });
  otherAuth = `Bearer ${(await createApiKey(h.t.db, { tenantId: t2.id, userId: u2.id, name: 'k' })).token}`;
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (method: 'GET' | 'POST', url: string, payload?: unknown, auth = h.auth) => h.app.inject({ method, url, headers: { authorization: auth }, payload: payload as object });

async function hold(externalId: string, accountExternalId: string, amountMinor = 50_000): Promise<number> {
  const r = await call('POST', '/v1/payments', { externalId, accountExternalId, amountMinor, currency: 'CNY', receivedAt: '2026-02-03T10:00:00+08:00', channel: 'bank_transfer' });
  assert.equal(r.statusCode, 202, r.body);
  return r.json().suspenseId as number;
}

test('a held payment posted to the identified account: allocated, linked, audited, and no longer open', async () => {
  const id = await hold('P-TYPO', 'A1X');
  const open = await call('GET', '/v1/payments/suspense');
  assert.deepEqual(open.json().items.map((x: { id: number; reason: string }) => [x.id, x.reason]), [[id, 'unknown_account']]);
  const r = await call('POST', `/v1/payments/suspense/${id}/post`, { accountExternalId: 'A1', note: 'payer typed A1X; bank statement says A1' });
  assert.equal(r.statusCode, 201, r.body);
  const { suspense, payment } = r.json();
  assert.equal(payment.outcome, 'posted');
  assert.equal(payment.allocatedMinor, 50_000);
  assert.equal(suspense.resolution, 'posted');
  assert.equal(suspense.resolvedPaymentId, payment.paymentId);
  assert.match(suspense.resolvedBy, /^apikey:/);
  const stored = await h.t.db.selectFrom('payments').select(['account_id', 'external_id', 'amount_minor']).where('id', '=', payment.paymentId).executeTakeFirstOrThrow();
  assert.equal(stored.external_id, 'P-TYPO');
  assert.equal(stored.amount_minor, 50_000);
  const paid = await h.t.db.selectFrom('installments').select((eb) => eb.fn.sum<number>('principal_paid').as('p')).where('account_id', '=', stored.account_id).executeTakeFirstOrThrow();
  assert.equal(Number(paid.p), 49_000); // the first installment's interest (10.00) first, then 490.00 of its principal
  const audit = await h.t.db.selectFrom('audit_log').select(['action', 'subject_id']).where('action', '=', 'payment.suspense_posted').execute();
  assert.deepEqual(audit, [{ action: 'payment.suspense_posted', subject_id: String(id) }]);
  assert.deepEqual((await call('GET', '/v1/payments/suspense')).json().items, []);
  assert.equal((await call('GET', '/v1/payments/suspense?state=resolved')).json().items[0].id, id);
  // Posting the same held payment again is refused; a repeat of the original POST is a duplicate of the posted payment.
  assert.equal((await call('POST', `/v1/payments/suspense/${id}/post`, { accountExternalId: 'A1', note: 'again' })).statusCode, 409);
  // Replaying the payer's original request is recognised as the same payment (now posted to A1).
  const replay = await call('POST', '/v1/payments', { externalId: 'P-TYPO', accountExternalId: 'A1X', amountMinor: 50_000, currency: 'CNY', receivedAt: '2026-02-03T10:00:00+08:00', channel: 'bank_transfer' });
  assert.equal(replay.statusCode, 200, replay.body);
  assert.equal(replay.json().paymentId, payment.paymentId);
});

test('a closed or unknown account, or another currency, changes nothing: the payment stays held', async () => {
  const id = await hold('P-CLOSED', 'A9');
  for (const acct of ['A9', 'NOPE']) {
    const r = await call('POST', `/v1/payments/suspense/${id}/post`, { accountExternalId: acct, note: 'try' });
    assert.equal(r.statusCode, 422, r.body);
    assert.match(r.json().detail ?? r.body, acct === 'A9' ? /is closed or sold \(closed_account\)/ : /does not exist for this tenant \(unknown_account\)/);
  }
  const still = (await call('GET', '/v1/payments/suspense')).json().items.find((x: { id: number }) => x.id === id);
  assert.equal(still.resolution, null);
  assert.equal((await h.t.db.selectFrom('payments').select('id').where('external_id', '=', 'P-CLOSED').execute()).length, 0);
});

test('a payment received before the account was opened is held, not posted', async () => {
  const r = await call('POST', '/v1/payments', { externalId: 'P-EARLY', accountExternalId: 'A1', amountMinor: 1_000, currency: 'CNY', receivedAt: '2025-06-01T10:00:00+08:00', channel: 'bank_transfer' });
  assert.equal(r.statusCode, 202, r.body);
  assert.equal(r.json().reason, 'before_account_opened');
  // The day before opening still counts as the account's (time zones).
  const edge = await call('POST', '/v1/payments', { externalId: 'P-EDGE', accountExternalId: 'A1', amountMinor: 1_000, currency: 'CNY', receivedAt: '2025-12-31T20:00:00+08:00', channel: 'bank_transfer' });
  assert.equal(edge.statusCode, 201, edge.body);
});

test('returned to the payer: resolved with the reason; not postable afterwards; other tenants see nothing', async () => {
  const id = await hold('P-RET', 'GONE');
  assert.equal((await call('GET', '/v1/payments/suspense', undefined, otherAuth)).json().items.length, 0);
  assert.equal((await call('POST', `/v1/payments/suspense/${id}/return`, { note: 'x' }, otherAuth)).statusCode, 404);
  assert.equal((await call('POST', `/v1/payments/suspense/${id}/return`, {})).statusCode, 400);
  const r = await call('POST', `/v1/payments/suspense/${id}/return`, { note: 'returned to the payer by bank transfer, ref 8841' });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().resolution, 'returned');
  assert.equal(r.json().resolvedPaymentId, null);
  assert.equal((await call('POST', `/v1/payments/suspense/${id}/post`, { accountExternalId: 'A1', note: 'x' })).statusCode, 409);
  // A returned payment stays received: its external id cannot be posted again, to any account.
  const again = await call('POST', '/v1/payments', { externalId: 'P-RET', accountExternalId: 'A1', amountMinor: 50_000, currency: 'CNY', receivedAt: '2026-02-03T10:00:00+08:00', channel: 'bank_transfer' });
  assert.equal(again.statusCode, 409, again.body);
  assert.equal((await h.t.db.selectFrom('payments').select('id').where('external_id', '=', 'P-RET').execute()).length, 0);
  // Posting from suspense needs a note (the audit trail says why this account).
  const id2 = await hold('P-NOTE', 'GONE2');
  assert.equal((await call('POST', `/v1/payments/suspense/${id2}/post`, { accountExternalId: 'A1' })).statusCode, 400);
});
