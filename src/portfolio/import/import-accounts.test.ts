import { rmSync } from 'node:fs';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../app/testing.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from '../test-fixtures.ts';

let h: TestApp;
let dir: string;
before(async () => {
  h = await createTestApp();
  await seedPortfolios(h.ctx, h.tenantId);
  dir = tempDir();
  const b = writeInput(dir, 'b.csv', 'external_id,full_name,timezone\nB1,张三,Asia/Shanghai\nB2,Jane Roe,America/New_York\nB3,李四,Asia/Shanghai\n');
  assert.equal((await importFile(h.ctx, h.tenantId, 'borrowers', b)).rows.inserted, 3);
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

test('accounts: each bad row is a located error, the good rows import', async () => {
  const path = writeInput(
    dir,
    'accounts.csv',
    [
      'external_id,borrower_external_id,portfolio,currency,principal,opened_on,product,status,outstanding',
      'A1,B1,CN1,CNY,12000.00,2026-01-05,CASH,current,12600',
      'A2,B2,US1,USD,5000.5,2026-01-10,,delinquent,',
      'A3,B1,CN1,CNY,-100,2026-01-05,,,',
      'A4,B1,CN1,CNY,12k,2026-01-05,,,',
      'A5,B1,CN1,XYZ,100,2026-01-05,,,',
      'A6,B1,CN1,USD,100,2026-01-05,,,',
      'A7,B1,CN1,CNY,100,2026-02-30,,,',
      'A8,NOBODY,CN1,CNY,100,2026-01-05,,,',
      'A1,B3,CN1,CNY,1,2026-01-05,,,',
      'A9,B3,CN1,CNY,1.005,2026-01-05,,,',
      'A10,B3,NOPE,CNY,1,2026-01-05,,,',
      'A11,B3,CN1,CNY,300,2026-01-05,,closed,',
    ].join('\n'),
  );
  const s = await importFile(h.ctx, h.tenantId, 'accounts', path);
  assert.equal(s.status, 'completed');
  assert.deepEqual(
    s.errors.map((e) => [e.line, e.field]),
    [[4, 'principal'], [5, 'principal'], [6, 'currency'], [7, 'currency'], [8, 'opened_on'], [10, 'external_id'], [11, 'principal'], [12, 'portfolio'], [9, 'borrower_external_id']],
  );
  assert.match(s.errors[0].reason, /negative/);
  assert.match(s.errors[1].reason, /not a number/);
  assert.match(s.errors[2].reason, /unknown currency "XYZ"/);
  assert.match(s.errors[3].reason, /differs from portfolio/);
  assert.match(s.errors[6].reason, /more than 2 decimal places/);
  assert.match(s.errors[8].reason, /unknown borrower NOBODY/);
  assert.deepEqual(s.rows, { total: 12, ok: 3, error: 9, inserted: 3, updated: 0, unchanged: 0, suspense: 0 });
  const rows = await h.ctx.db.selectFrom('accounts').select(['external_id', 'principal_minor', 'status', 'core_outstanding_minor', 'product_id']).orderBy('external_id').execute();
  assert.deepEqual(
    rows.map((r) => [r.external_id, r.principal_minor, r.status, r.core_outstanding_minor, r.product_id !== null]),
    [['A1', 1200000, 'current', 1260000, true], ['A11', 30000, 'closed', null, false], ['A2', 500050, 'delinquent', null, false]],
  );
  assert.deepEqual(s.reconciliation, {
    checked: 1,
    differing: 1,
    differences: [{ accountExternalId: 'A1', currency: 'CNY', recoupMinor: 1200000, coreMinor: 1260000, differenceMinor: -60000 }],
  });
});

test('schedules: installments by account and seq; reconciliation after the schedule', async () => {
  const path = writeInput(
    dir,
    'schedules.csv',
    [
      'account_external_id,seq,due_on,principal,interest,fee,penalty',
      'A1,1,2026-02-05,6000,300,0,0',
      'A1,2,2026-03-05,6000,300,0,0',
      'A2,1,2026-02-10,5000.50,50.25,10,0',
      'A2,1,2026-02-10,1,0,0,0',
      'NOPE,1,2026-02-10,1,0,0,0',
      'A2,2,2026-02-31,1,0,0,0',
      'A1,3,2026-04-05,0.001,0,0,0',
    ].join('\n'),
  );
  const s = await importFile(h.ctx, h.tenantId, 'schedules', path);
  assert.deepEqual(s.errors.map((e) => [e.line, e.field]), [[5, 'seq'], [7, 'due_on'], [6, 'account_external_id'], [8, 'principal']]);
  assert.equal(s.rows.inserted, 3);
  assert.deepEqual(s.reconciliation, { checked: 1, differing: 0, differences: [] }, 'A1: 2 × 6300.00 = core 12600.00');
  const a2 = await sql<{ principal_due: number; interest_due: number; fee_due: number }>`
    SELECT principal_due, interest_due, fee_due FROM installments i JOIN accounts a ON a.id = i.account_id WHERE a.external_id = 'A2'`.execute(h.ctx.db);
  assert.deepEqual(a2.rows, [{ principal_due: 500050, interest_due: 5025, fee_due: 1000 }]);
  const again = await importFile(h.ctx, h.tenantId, 'schedules', path);
  assert.equal(again.rows.inserted + again.rows.updated, 0);
  assert.equal(again.rows.unchanged, 3);
});

test('schedules in one-row chunks: reconciled once at the end, over whole schedules', async () => {
  const s = await importFile(h.ctx, h.tenantId, 'schedules', `${dir}/schedules.csv`, { chunkRows: 1 });
  assert.equal(s.rows.unchanged, 3);
  assert.deepEqual(s.reconciliation, { checked: 1, differing: 0, differences: [] });
});

test('payments: allocation by the waterfall, suspense for unknown/closed accounts and currency mismatch, idempotent re-run', async () => {
  const path = writeInput(
    dir,
    'payments.csv',
    [
      'external_id,account_external_id,amount,currency,received_at,channel',
      'P1,A1,500,CNY,2026-02-06T10:00:00+08:00,bank',
      'P2,A1,6200,CNY,2026-02-07T10:00:00+08:00,bank',
      'P3,GHOST,10,CNY,2026-02-07T10:00:00+08:00,bank',
      'P4,A11,10,CNY,2026-02-07T10:00:00+08:00,bank',
      'P5,A2,10,CNY,2026-02-07T10:00:00+08:00,bank',
      'P6,A1,0,CNY,2026-02-07T10:00:00+08:00,bank',
      'P7,A1,-5,CNY,2026-02-07T10:00:00+08:00,bank',
      'P8,A1,5,CNY,2026-02-07 10:00,bank',
      'P1,A1,500,CNY,2026-02-06T10:00:00+08:00,bank',
    ].join('\n'),
  );
  const s = await importFile(h.ctx, h.tenantId, 'payments', path);
  assert.deepEqual(s.errors.map((e) => [e.line, e.field]), [[7, 'amount'], [8, 'amount'], [9, 'received_at'], [10, 'external_id']]);
  assert.deepEqual(s.rows, { total: 9, ok: 5, error: 4, inserted: 2, updated: 0, unchanged: 0, suspense: 3 });
  assert.deepEqual(s.suspended.map((x) => [x.externalId, x.reason]).sort(), [['P3', 'unknown_account'], ['P4', 'closed_account'], ['P5', 'currency_mismatch']]);
  const inst = await sql<{ seq: number; interest_paid: number; principal_paid: number }>`
    SELECT seq, interest_paid, principal_paid FROM installments i JOIN accounts a ON a.id = i.account_id WHERE a.external_id = 'A1' ORDER BY seq`.execute(h.ctx.db);
  // 500 + 6200 = 6700.00: installment 1 (300 interest + 6000 principal), then 400 of installment 2's 300 interest + 100 principal.
  assert.deepEqual(inst.rows, [{ seq: 1, interest_paid: 30000, principal_paid: 600000 }, { seq: 2, interest_paid: 30000, principal_paid: 10000 }]);
  const events = await h.ctx.db.selectFrom('domain_events').select('name').where('name', '=', 'payment.posted').execute();
  assert.equal(events.length, 2);
  const evidence = await h.ctx.db.selectFrom('evidence_queue').select('kind').where('kind', '=', 'payment.posted').execute();
  assert.equal(evidence.length, 2);
  assert.equal(s.reconciliation?.checked, 1);
  assert.equal(s.reconciliation?.differences[0]?.differenceMinor, -670000, 'the core system has not seen the payments yet');
  const again = await importFile(h.ctx, h.tenantId, 'payments', path);
  assert.deepEqual(again.rows, { total: 9, ok: 5, error: 4, inserted: 0, updated: 0, unchanged: 5, suspense: 0 });
  assert.equal((await h.ctx.db.selectFrom('payments').select('id').execute()).length, 2);
  assert.equal((await h.ctx.db.selectFrom('suspense_payments').select('id').execute()).length, 3);
  // A later file reusing stored external ids: the same payment is unchanged; another amount,
  // account or currency is a located error, kept out; the rest of the file imports.
  const later = writeInput(dir, 'payments-later.csv', [
    'external_id,account_external_id,amount,currency,received_at,channel',
    'P1,A1,500,CNY,2026-02-06T10:00:00+08:00,bank',
    'P2,A1,62,CNY,2026-02-07T10:00:00+08:00,bank',
    'P3,A1,10,CNY,2026-02-07T10:00:00+08:00,bank',
    'P9,A1,1,CNY,2026-02-08T10:00:00+08:00,bank',
  ].join('\n'));
  const l = await importFile(h.ctx, h.tenantId, 'payments', later);
  assert.deepEqual(l.errors.map((e) => [e.line, e.field]), [[3, 'external_id'], [4, 'external_id']]);
  assert.match(l.errors[0].reason, /P2 was already received with another amount, currency or account/);
  assert.deepEqual(l.rows, { total: 4, ok: 2, error: 2, inserted: 1, updated: 0, unchanged: 1, suspense: 0 });
  const p2 = await h.ctx.db.selectFrom('payments').select('amount_minor').where('external_id', '=', 'P2').executeTakeFirstOrThrow();
  assert.equal(Number(p2.amount_minor), 620000);
});

test('contacts: values encrypted with a blind index and a mask; related parties created', async () => {
  const path = writeInput(
    dir,
    'contacts.csv',
    [
      'external_id,borrower_external_id,kind,value,number_type,consent,owner,owner_external_id,owner_name',
      'C1,B1,phone,+86 138 0013 8000,mobile,yes,,,',
      'C2,B1,phone,+86 139 0000 1111,mobile,no,spouse,R1,王芳',
      'C3,B2,email,jane@example.com,,true,,,',
      'C4,B2,email,not-an-email,,,,,',
      'C5,NOBODY,phone,+1 212 555 0100,mobile,,,,',
      'C6,B2,email,x@example.com,mobile,,,,',
    ].join('\n'),
  );
  const s = await importFile(h.ctx, h.tenantId, 'contacts', path);
  assert.deepEqual(s.errors.map((e) => [e.line, e.field]), [[5, 'value'], [7, 'number_type'], [6, 'borrower_external_id']]);
  assert.equal(s.rows.inserted, 3);
  const c1 = await h.ctx.db.selectFrom('contact_points').select(['value_enc', 'value_masked', 'consent', 'related_party_id']).where('external_id', '=', 'C1').executeTakeFirstOrThrow();
  assert.equal(c1.value_masked, '+861****8000');
  assert.equal(c1.value_enc.toString('latin1').includes('13800138000'), false);
  assert.equal(h.ctx.cipher.decrypt(c1.value_enc), '+86 138 0013 8000');
  assert.equal(c1.consent, true);
  const byIndex = await h.ctx.db.selectFrom('contact_points').select('external_id').where('value_bidx', '=', h.ctx.cipher.blindIndex('+8613800138000')).execute();
  assert.deepEqual(byIndex.map((r) => r.external_id), ['C1']);
  const c2 = await h.ctx.db.selectFrom('contact_points').innerJoin('related_parties', 'related_parties.id', 'contact_points.related_party_id').select(['related_parties.full_name', 'related_parties.relationship']).where('contact_points.external_id', '=', 'C2').executeTakeFirstOrThrow();
  assert.deepEqual(c2, { full_name: '王芳', relationship: 'spouse' });
  const again = await importFile(h.ctx, h.tenantId, 'contacts', path);
  assert.equal(again.rows.unchanged, 3);
});

test('the import record and its errors are stored', async () => {
  const rec = await h.ctx.db.selectFrom('imports').selectAll().where('kind', '=', 'accounts').executeTakeFirstOrThrow();
  assert.equal(rec.rows_error, 9);
  const errs = await h.ctx.db.selectFrom('import_errors').select(['line', 'field']).where('import_id', '=', rec.id).orderBy('seq').execute();
  assert.equal(errs.length, 9);
});

test('chunked merge (2 rows per chunk) gives the same rows, counts and located errors as one piece', async () => {
  const lines = ['external_id,borrower_external_id,portfolio,currency,principal,opened_on'];
  for (let i = 1; i <= 9; i++) lines.push(`K${i},${i === 4 ? 'NOBODY' : 'B3'},CN1,CNY,${i}.00,2026-01-05`);
  lines.push('K2,B3,CN1,CNY,1,2026-01-05');
  const path = writeInput(dir, 'chunked.csv', lines.join('\n'));
  const s = await importFile(h.ctx, h.tenantId, 'accounts', path, { chunkRows: 2 });
  assert.deepEqual(s.rows, { total: 10, ok: 8, error: 2, inserted: 8, updated: 0, unchanged: 0, suspense: 0 });
  assert.deepEqual(s.errors.map((e) => [e.line, e.field]).sort(), [[11, 'external_id'], [5, 'borrower_external_id']].sort());
  const again = await importFile(h.ctx, h.tenantId, 'accounts', path, { chunkRows: 3 });
  assert.equal(again.rows.unchanged, 8);
  const k = await h.ctx.db.selectFrom('accounts').select(({ fn }) => fn.sum<number>('principal_minor').as('s')).where('external_id', 'like', 'K%').executeTakeFirstOrThrow();
  assert.equal(Number(k.s), (1 + 2 + 3 + 5 + 6 + 7 + 8 + 9) * 100);
});
