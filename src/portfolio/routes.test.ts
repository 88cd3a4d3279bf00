import { rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createApiKey, createTenant, createUser } from '../identity/index.ts';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from './test-fixtures.ts';

let h: TestApp;
let other: string;
let dir: string;
before(async () => {
  h = await createTestApp();
  await seedPortfolios(h.ctx, h.tenantId);
  dir = tempDir();
  await importFile(h.ctx, h.tenantId, 'borrowers', writeInput(dir, 'b.csv', 'external_id,full_name,timezone,national_id\nB1,张三,Asia/Shanghai,110101199003071234\nB2,Jane Roe,America/New_York,\nB3,李四,Asia/Shanghai,\n'));
  await importFile(h.ctx, h.tenantId, 'contacts', writeInput(dir, 'c.csv', 'external_id,borrower_external_id,kind,value\nC1,B1,phone,+86 138 0013 8000\n'));
  await importFile(h.ctx, h.tenantId, 'accounts', writeInput(dir, 'a.csv', 'external_id,borrower_external_id,portfolio,currency,principal,opened_on\nA1,B1,CN1,CNY,1000,2026-01-01\nA2,B2,US1,USD,50,2026-01-01\n'));
  await importFile(h.ctx, h.tenantId, 'schedules', writeInput(dir, 's.csv', 'account_external_id,seq,due_on,principal,interest\nA1,1,2026-02-01,500,10\nA1,2,2026-03-01,500,10\n'));
  // another tenant with its own account
  const t2 = await createTenant(h.t.db, { slug: 'other', name: 'Other Bank' });
  other = t2.id;
  await seedPortfolios(h.ctx, other);
  await importFile(h.ctx, other, 'borrowers', writeInput(dir, 'b2.csv', 'external_id,full_name,timezone\nOB1,Other,UTC\n'), { tenantSlug: 'other' });
  await importFile(h.ctx, other, 'accounts', writeInput(dir, 'a2.csv', 'external_id,borrower_external_id,portfolio,currency,principal,opened_on\nOA1,OB1,CN1,CNY,1,2026-01-01\n'), { tenantSlug: 'other' });
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const pay = (over: Record<string, unknown> = {}) => ({ externalId: 'API-1', accountExternalId: 'A1', amountMinor: 1500, currency: 'CNY', receivedAt: '2026-02-02T09:00:00+08:00', ...over });

test('POST /v1/payments is idempotent by external id: 201, then 200 with the same payment; 409 when the repeat differs', async () => {
  const first = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay() });
  assert.equal(first.statusCode, 201, first.body);
  const again = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay() });
  assert.equal(again.statusCode, 200);
  assert.equal(again.json().paymentId, first.json().paymentId);
  assert.equal(again.json().outcome, 'duplicate');
  const clash = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay({ amountMinor: 9 }) });
  assert.equal(clash.statusCode, 409);
  const count = await h.ctx.db.selectFrom('payments').select('id').where('external_id', '=', 'API-1').execute();
  assert.equal(count.length, 1);
  const acct = await h.app.inject({ method: 'GET', url: `/v1/accounts/${first.json().accountId}`, headers: { authorization: h.auth } });
  const body = acct.json();
  assert.equal(body.payments.length, 1);
  assert.deepEqual(body.payments[0].allocations.map((a: { component: string; amountMinor: number }) => [a.component, a.amountMinor]), [['interest', 1000], ['principal', 500]]);
  assert.equal(body.outstandingMinor, 102000 - 1500);
});

test('POST /v1/payments: unknown account goes to suspense (202); bad input is a 400 problem', async () => {
  const s = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay({ externalId: 'API-2', accountExternalId: 'NOPE' }) });
  assert.equal(s.statusCode, 202);
  assert.equal(s.json().reason, 'unknown_account');
  const bad = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay({ externalId: 'API-3', currency: 'XXQ', amountMinor: -1 }) });
  assert.equal(bad.statusCode, 400);
  assert.match(String(bad.headers['content-type']), /problem\+json/);
});

test('POST /v1/payments/batch posts many in one transaction; repeats are duplicates', async () => {
  const payments = Array.from({ length: 50 }, (_, i) => pay({ externalId: `BATCH-${i}`, amountMinor: 100 }));
  const r = await h.app.inject({ method: 'POST', url: '/v1/payments/batch', headers: { authorization: h.auth }, payload: { payments: [...payments, payments[0]] } });
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json().counts, { posted: 50, duplicate: 1, conflict: 0, suspense: 0 });
  const again = await h.app.inject({ method: 'POST', url: '/v1/payments/batch', headers: { authorization: h.auth }, payload: { payments } });
  assert.deepEqual(again.json().counts, { posted: 0, duplicate: 50, conflict: 0, suspense: 0 });
});

test('POST /v1/payments/batch refuses, alone, a payment whose external id was received with another amount or account', async () => {
  const stored = pay({ externalId: 'CLASH-1', amountMinor: 200 });
  assert.equal((await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: stored })).statusCode, 201);
  const payments = [
    pay({ externalId: 'CLASH-1', amountMinor: 9999 }), // stored with 200
    pay({ externalId: 'CLASH-2', amountMinor: 300 }),
    pay({ externalId: 'CLASH-2', amountMinor: 300, accountExternalId: 'NOPE' }), // earlier in this batch, another account
    pay({ externalId: 'CLASH-3', amountMinor: 400 }),
    pay({ externalId: 'CLASH-3', amountMinor: 400 }), // an exact repeat
    stored,
  ];
  const r = await h.app.inject({ method: 'POST', url: '/v1/payments/batch', headers: { authorization: h.auth }, payload: { payments } });
  assert.equal(r.statusCode, 200, r.body);
  const body = r.json();
  assert.deepEqual(body.counts, { posted: 2, duplicate: 2, conflict: 2, suspense: 0 });
  assert.deepEqual(body.results.map((x: { outcome: string }) => x.outcome), ['conflict', 'posted', 'conflict', 'posted', 'duplicate', 'duplicate']);
  assert.match(body.results[0].message, /CLASH-1 was already received with another amount/);
  assert.equal(body.results[0].amountMinor, 200, 'the stored payment is what the answer shows');
  const rows = await h.ctx.db.selectFrom('payments').select(['external_id', 'amount_minor']).where('external_id', 'like', 'CLASH-%').orderBy('external_id').execute();
  assert.deepEqual(rows.map((x) => [x.external_id, Number(x.amount_minor)]), [['CLASH-1', 200], ['CLASH-2', 300], ['CLASH-3', 400]]);
  const held = await h.ctx.db.selectFrom('suspense_payments').select('id').where('external_id', 'like', 'CLASH-%').execute();
  assert.equal(held.length, 0, 'the conflicting row was not held in suspense either');
});

test('reversal un-allocates and records payment.reversed', async () => {
  const p = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay({ externalId: 'REV-1', amountMinor: 700 }) });
  const id = p.json().paymentId as number;
  const before = await h.ctx.db.selectFrom('installments').select(({ fn }) => fn.sum<number>('principal_paid').as('p')).executeTakeFirstOrThrow();
  const r = await h.app.inject({ method: 'POST', url: `/v1/payments/${id}/reversal`, headers: { authorization: h.auth }, payload: { status: 'charged_back', reason: 'card chargeback' } });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().status, 'charged_back');
  assert.equal(r.json().unallocatedMinor, 0); // the money is gone, not held as a credit
  const stored = await h.ctx.db.selectFrom('payments').select(['status', 'unallocated_minor']).where('id', '=', id).executeTakeFirstOrThrow();
  assert.deepEqual(stored, { status: 'charged_back', unallocated_minor: 0 });
  const afterSum = await h.ctx.db.selectFrom('installments').select(({ fn }) => fn.sum<number>('principal_paid').as('p')).executeTakeFirstOrThrow();
  assert.equal(Number(before.p) - Number(afterSum.p), 700);
  assert.equal((await h.ctx.db.selectFrom('payment_allocations').select('payment_id').where('payment_id', '=', id).execute()).length, 0);
  const ev = await h.ctx.db.selectFrom('domain_events').select('name').where('name', '=', 'payment.reversed').execute();
  assert.equal(ev.length, 1);
});

test('/v1 routes are tenant-scoped: another tenant\'s account and borrower answer 404', async () => {
  const theirs = await h.ctx.db.selectFrom('accounts').select(['id', 'borrower_id']).where('tenant_id', '=', other).executeTakeFirstOrThrow();
  for (const url of [`/v1/accounts/${theirs.id}`, `/v1/borrowers/${theirs.borrower_id}`]) {
    const r = await h.app.inject({ method: 'GET', url, headers: { authorization: h.auth } });
    assert.equal(r.statusCode, 404, url);
  }
  const list = await h.app.inject({ method: 'GET', url: '/v1/accounts?limit=500', headers: { authorization: h.auth } });
  assert.deepEqual(list.json().items.map((a: { externalId: string }) => a.externalId).sort(), ['A1', 'A2']);
  const byNumber = await h.app.inject({ method: 'GET', url: '/v1/accounts?externalId=A2', headers: { authorization: h.auth } });
  assert.deepEqual(byNumber.json().items.map((a: { externalId: string }) => a.externalId), ['A2']);
  const theirNumber = await h.app.inject({ method: 'GET', url: '/v1/accounts?externalId=OA1', headers: { authorization: h.auth } });
  assert.deepEqual(theirNumber.json().items, [], "another tenant's account number finds nothing");
  const notAnId = await h.app.inject({ method: 'GET', url: '/v1/accounts/A2', headers: { authorization: h.auth } });
  assert.equal(notAnId.statusCode, 400);
  assert.match(notAnId.body, /numeric id Recoup assigned.*externalId=/);
  const pay2 = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay({ externalId: 'X-T', accountExternalId: 'OA1' }) });
  assert.equal(pay2.json().outcome, 'suspense', "a payment to another tenant's account is not posted to it");
});

test('borrowers: cursor pagination, masked contacts, no national id in the response', async () => {
  const p1 = await h.app.inject({ method: 'GET', url: '/v1/borrowers?limit=2', headers: { authorization: h.auth } });
  const b1 = p1.json();
  assert.equal(b1.items.length, 2);
  assert.ok(b1.nextCursor);
  const p2 = await h.app.inject({ method: 'GET', url: `/v1/borrowers?limit=2&cursor=${b1.nextCursor}`, headers: { authorization: h.auth } });
  assert.equal(p2.json().items.length, 1);
  assert.equal(p2.json().nextCursor, null);
  const one = await h.app.inject({ method: 'GET', url: `/v1/borrowers/${b1.items[0].id}`, headers: { authorization: h.auth } });
  assert.equal(one.json().hasNationalId, true);
  assert.equal(one.json().contactPoints[0].valueMasked, '+861****8000');
  assert.equal(one.body.includes('110101199003071234'), false);
  assert.equal(one.body.includes('13800138000'), false);
  const bad = await h.app.inject({ method: 'GET', url: '/v1/borrowers?cursor=garbage', headers: { authorization: h.auth } });
  assert.equal(bad.statusCode, 400);
});

test('portfolios: validation of zone, currency and waterfall; list; summary by status', async () => {
  const base = { code: 'GB1', name: 'UK', jurisdiction: 'GB', rulePack: 'UK_CONC', timezone: 'Europe/London', currency: 'GBP' };
  const cases: [Record<string, unknown>, number][] = [
    [{ ...base, timezone: 'Europe/Atlantis' }, 400],
    [{ ...base, currency: 'GBX' }, 400],
    [{ ...base, waterfall: ['fee', 'fee', 'interest', 'principal'] }, 400],
    [base, 201],
    [base, 409],
  ];
  for (const [payload, status] of cases) {
    const r = await h.app.inject({ method: 'POST', url: '/v1/portfolios', headers: { authorization: h.auth }, payload });
    assert.equal(r.statusCode, status, JSON.stringify(payload));
  }
  const list = await h.app.inject({ method: 'GET', url: '/v1/portfolios', headers: { authorization: h.auth } });
  assert.deepEqual(list.json().items.map((p: { code: string }) => p.code), ['CN1', 'GB1', 'US1']);
  const cn = list.json().items[0];
  assert.deepEqual(cn.waterfall, ['penalty', 'fee', 'interest', 'principal']);
  const sum = await h.app.inject({ method: 'GET', url: `/v1/portfolios/${cn.id}/summary`, headers: { authorization: h.auth } });
  assert.equal(sum.statusCode, 200);
  assert.equal(sum.json().totals.accounts, 1);
  const product = await h.app.inject({ method: 'POST', url: '/v1/products', headers: { authorization: h.auth }, payload: { code: 'CARD', name: 'Card', kind: 'credit_card' } });
  assert.equal(product.statusCode, 201);
});

test('permissions: a risk analyst may read accounts but not post payments or read borrowers', async () => {
  const analyst = await h.authFor(['risk_analyst']);
  assert.equal((await h.app.inject({ method: 'GET', url: '/v1/accounts', headers: { authorization: analyst.auth } })).statusCode, 200);
  assert.equal((await h.app.inject({ method: 'GET', url: '/v1/borrowers', headers: { authorization: analyst.auth } })).statusCode, 403);
  assert.equal((await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: analyst.auth }, payload: pay({ externalId: 'NO' }) })).statusCode, 403);
});

test('POST /v1/imports streams the raw body through the pipeline; GET /v1/imports/:id pages the errors', async () => {
  const csv = 'external_id,full_name,timezone\nU1,Up Loaded,UTC\nU2,,UTC\nU3,Bad Zone,Nowhere/Land\n';
  const r = await h.app.inject({ method: 'POST', url: '/v1/imports?kind=borrowers&filename=up.csv', headers: { authorization: h.auth, 'content-type': 'text/csv' }, payload: csv });
  assert.equal(r.statusCode, 201, r.body);
  const s = r.json();
  assert.equal(s.rows.inserted, 1);
  assert.equal(s.rows.error, 2);
  const p1 = await h.app.inject({ method: 'GET', url: `/v1/imports/${s.id}?limit=1`, headers: { authorization: h.auth } });
  assert.equal(p1.json().errors[0].line, 3);
  assert.deepEqual([p1.json().import.rowsTotal, p1.json().import.rowsError, p1.json().import.rows_total], [3, 2, undefined], 'camelCase like every answer');
  const p2 = await h.app.inject({ method: 'GET', url: `/v1/imports/${s.id}?limit=1&cursor=${p1.json().nextCursor}`, headers: { authorization: h.auth } });
  assert.equal(p2.json().errors[0].line, 4);
  const nd = await h.app.inject({
    method: 'POST', url: '/v1/imports?kind=borrowers&format=jsonl', headers: { authorization: h.auth, 'content-type': 'application/x-ndjson' },
    payload: '{"external_id":"U4","full_name":"Json","timezone":"UTC"}\n',
  });
  assert.equal(nd.json().rows.inserted, 1);
  const t2 = await createUser(h.t.db, { tenantId: other, email: 'x@other.test', displayName: 'X', roles: ['admin'] });
  const k2 = await createApiKey(h.t.db, { tenantId: other, userId: t2.id, name: 'k' });
  const foreign = await h.app.inject({ method: 'GET', url: `/v1/imports/${s.id}`, headers: { authorization: `Bearer ${k2.token}` } });
  assert.equal(foreign.statusCode, 404);
});

test('import error files hold raw rows: owner-only files, in the data folder when there is one, else a private temp folder', async () => {
  const csv = 'external_id,full_name,timezone\nE1,,UTC\n';
  const post = () => h.app.inject({ method: 'POST', url: '/v1/imports?kind=borrowers&filename=pii.csv', headers: { authorization: h.auth, 'content-type': 'text/csv' }, payload: csv });
  const noData = (await post()).json();
  assert.equal(statSync(noData.errorFile).mode & 0o777, 0o600);
  assert.equal(statSync(dirname(noData.errorFile)).mode & 0o077, 0, 'no other user may list the folder');
  h.ctx.dataDir = dir;
  try {
    const withData = (await post()).json();
    assert.equal(dirname(withData.errorFile), join(dir, 'imports'));
    assert.equal(statSync(withData.errorFile).mode & 0o777, 0o600);
  } finally {
    delete h.ctx.dataDir;
  }
});

test('a payment received in the future (beyond 15 minutes of clock skew) is refused, naming the field; a bad instant gets one error', async () => {
  const r = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay({ externalId: 'FUT-1', receivedAt: '2030-01-01T00:00:00Z' }) });
  assert.equal(r.statusCode, 400, r.body);
  assert.match(r.body, /receivedAt/);
  assert.match(r.body, /in the future/);
  const bad = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay({ externalId: 'FUT-0', receivedAt: 'not a date' }) });
  assert.equal(bad.json().errors.length, 1, bad.body);
  assert.equal((await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay({ externalId: 'FUT-3', receivedAt: new Date(Date.now() + 3600_000).toISOString() }) })).statusCode, 400);
  const soon = new Date(Date.now() + 5 * 60_000).toISOString();
  assert.equal((await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: pay({ externalId: 'FUT-2', receivedAt: soon }) })).statusCode, 201);
});
