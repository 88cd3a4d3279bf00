/**
 * Review: payments under real concurrency (several pool connections at once, through the
 * HTTP routes). "A payment twice (same external id): one payment"; allocation totals equal
 * amount minus unallocated; installments' paid amounts equal the sums of their allocations.
 * The suspense races failed before session 6's re-check of the rows ON CONFLICT skipped;
 * the cross-account races (one external id sent to two accounts, or to a known and an
 * unknown one, at once) stored the id twice or failed a whole batch before session 7's
 * claim of every id in payment_receipts.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from '../portfolio/test-fixtures.ts';
import { kyselyOnClient } from '../portfolio/import/client-db.ts';
import { postPayments } from '../portfolio/payments/post-payments.ts';
import { assertLedgerConsistent } from './ledger-invariants.ts';

let h: TestApp;
let dir: string;
before(async () => {
  h = await createTestApp();
  await seedPortfolios(h.ctx, h.tenantId);
  dir = tempDir();
  await importFile(h.ctx, h.tenantId, 'borrowers', writeInput(dir, 'b.csv', 'external_id,full_name,timezone\nB1,张三,Asia/Shanghai\nB2,李四,Asia/Shanghai\n'));
  await importFile(h.ctx, h.tenantId, 'accounts', writeInput(dir, 'a.csv', 'external_id,borrower_external_id,portfolio,currency,principal,opened_on\nA1,B1,CN1,CNY,100000,2026-01-01\nA2,B2,CN1,CNY,100000,2026-01-01\n'));
  await importFile(h.ctx, h.tenantId, 'schedules', writeInput(dir, 's.csv', 'account_external_id,seq,due_on,principal,interest\nA1,1,2026-02-01,50000,100\nA1,2,2026-03-01,50000,100\nA2,1,2026-02-01,50000,100\nA2,2,2026-03-01,50000,100\n'));
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const pay = (over: Record<string, unknown> = {}) => ({ externalId: 'R-1', accountExternalId: 'A1', amountMinor: 1500, currency: 'CNY', receivedAt: '2026-02-02T09:00:00+08:00', ...over });
const post = (payload: Record<string, unknown>) => h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload });
const batch = (payments: unknown[]) => h.app.inject({ method: 'POST', url: '/v1/payments/batch', headers: { authorization: h.auth }, payload: { payments } });

async function stored(ext: string): Promise<{ paid: number; held: number }> {
  const p = await sql<{ n: string }>`SELECT count(*) AS n FROM payments WHERE external_id = ${ext}`.execute(h.ctx.db);
  const s = await sql<{ n: string }>`SELECT count(*) AS n FROM suspense_payments WHERE external_id = ${ext}`.execute(h.ctx.db);
  return { paid: Number(p.rows[0].n), held: Number(s.rows[0].n) };
}

test('the same payment posted from 8 requests at once: one payment, one 201, the rest 200 duplicates', async () => {
  for (let round = 0; round < 3; round++) {
    const ext = `RACE-SAME-${round}`;
    const rs = await Promise.all(Array.from({ length: 8 }, () => post(pay({ externalId: ext }))));
    const codes = rs.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [200, 200, 200, 200, 200, 200, 200, 201], rs.map((r) => r.body).join('\n'));
    const ids = new Set(rs.map((r) => r.json().paymentId));
    assert.equal(ids.size, 1, 'every answer names the same payment');
    assert.deepEqual(await stored(ext), { paid: 1, held: 0 });
  }
  await assertLedgerConsistent(h.ctx.db);
});

test('the same payment in 6 concurrent batches (each with an internal duplicate): one payment', async () => {
  const ext = 'RACE-BATCH';
  const rs = await Promise.all(Array.from({ length: 6 }, (_, k) => batch([pay({ externalId: `RB-own-${k}`, amountMinor: 10 }), pay({ externalId: ext, amountMinor: 20 }), pay({ externalId: ext, amountMinor: 20 })])));
  for (const r of rs) assert.equal(r.statusCode, 200, r.body);
  const posted = rs.reduce((n, r) => n + (r.json().counts.posted as number), 0);
  assert.equal(posted, 6 + 1, 'each batch posts its own payment; the shared one is posted once');
  assert.deepEqual(await stored(ext), { paid: 1, held: 0 });
  await assertLedgerConsistent(h.ctx.db);
});

// Suspense: the same external id held by racing requests
test('one unknown-account payment posted from 6 requests at once: held once, every answer names the held row', async () => {
  const ext = 'RACE-HELD';
  const rs = await Promise.all(Array.from({ length: 6 }, () => post(pay({ externalId: ext, accountExternalId: 'NOPE-1' }))));
  assert.deepEqual(await stored(ext), { paid: 0, held: 1 });
  const held = await sql<{ id: number }>`SELECT id FROM suspense_payments WHERE external_id = ${ext}`.execute(h.ctx.db);
  for (const r of rs) {
    assert.ok([200, 202].includes(r.statusCode), r.body);
    assert.equal(Number(r.json().suspenseId), Number(held.rows[0].id), `answer names the held row: ${r.body}`);
  }
});

test('two different payments that share one external id, posted at once to an unknown account: one is held, the other refused (409)', async () => {
  for (let round = 0; round < 4; round++) {
    const ext = `RACE-HELD-CLASH-${round}`;
    const rs = await Promise.all([post(pay({ externalId: ext, accountExternalId: 'NOPE-2', amountMinor: 100 })), post(pay({ externalId: ext, accountExternalId: 'NOPE-2', amountMinor: 999 }))]);
    const held = await sql<{ amount_minor: string }>`SELECT amount_minor FROM suspense_payments WHERE external_id = ${ext}`.execute(h.ctx.db);
    assert.equal(held.rows.length, 1);
    const codes = rs.map((r) => r.statusCode).sort();
    // An accepted (202) answer whose amount is not the stored one would be money accepted and lost.
    assert.deepEqual(codes, [202, 409], `round ${round}: ${rs.map((r) => `${r.statusCode} ${r.body}`).join(' | ')}`);
  }
});



// Deterministic variants: one posting held open (uncommitted) on its own connection while the other request runs.

async function withOpenPosting<T>(p: Record<string, unknown>, during: () => Promise<T>): Promise<T> {
  const c = await h.ctx.pool.connect();
  try {
    await c.query('BEGIN');
    const [r] = await postPayments(kyselyOnClient(c), { tenantId: h.tenantId, actor: 'system:review' }, [{ ...pay(p), channel: 'api' } as never]);
    assert.ok(r.outcome === 'posted' || r.outcome === 'suspense', r.outcome);
    const pending = during();
    await new Promise((res) => setTimeout(res, 300)); // the other request reaches its write and waits (or not)
    await c.query('COMMIT');
    return await pending;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}


test('deterministic: X held for an unknown account (not yet committed), then X with another amount: a 409, not a 202 for money that is not stored', async () => {
  const r = await withOpenPosting({ externalId: 'DET-HELD', accountExternalId: 'NOPE-8', amountMinor: 100 }, () => post(pay({ externalId: 'DET-HELD', accountExternalId: 'NOPE-8', amountMinor: 999 })));
  const held = await sql<{ amount_minor: string }>`SELECT amount_minor FROM suspense_payments WHERE external_id = 'DET-HELD'`.execute(h.ctx.db);
  assert.deepEqual(held.rows.map((x) => Number(x.amount_minor)), [100]);
  assert.equal(r.statusCode, 409, `answer ${r.statusCode} ${r.body}`);
});

test('deterministic: X held for an unknown account (not yet committed), then the same X again: the answer names the held row', async () => {
  const r = await withOpenPosting({ externalId: 'DET-HELD2', accountExternalId: 'NOPE-8' }, () => post(pay({ externalId: 'DET-HELD2', accountExternalId: 'NOPE-8' })));
  const held = await sql<{ id: string }>`SELECT id FROM suspense_payments WHERE external_id = 'DET-HELD2'`.execute(h.ctx.db);
  assert.equal(r.statusCode, 200, `a repeat is a duplicate (200): ${r.body}`);
  assert.equal(Number(r.json().suspenseId), Number(held.rows[0].id), r.body);
});

// Cross-account: one external id sent to two different accounts, or to a known and an unknown account, at once.

async function storedAnywhere(ext: string): Promise<number> {
  const s = await stored(ext);
  return s.paid + s.held;
}

test('one external id posted at once to two accounts: stored once; one 201, the other 409', async () => {
  for (let round = 0; round < 6; round++) {
    const ext = `RACE-X2-${round}`;
    const rs = await Promise.all([post(pay({ externalId: ext, accountExternalId: 'A1', amountMinor: 300 })), post(pay({ externalId: ext, accountExternalId: 'A2', amountMinor: 300 }))]);
    assert.deepEqual(rs.map((r) => r.statusCode).sort(), [201, 409], `round ${round}: ${rs.map((r) => `${r.statusCode} ${r.body}`).join(' | ')}`);
    assert.equal(await storedAnywhere(ext), 1);
  }
  await assertLedgerConsistent(h.ctx.db);
});

test('one external id posted at once to a known and an unknown account: stored once (posted or held); the other answer is 409', async () => {
  for (let round = 0; round < 6; round++) {
    const ext = `RACE-XU-${round}`;
    const rs = await Promise.all([post(pay({ externalId: ext, accountExternalId: 'A1', amountMinor: 200 })), post(pay({ externalId: ext, accountExternalId: `NOPE-X-${round}`, amountMinor: 200 }))]);
    const codes = rs.map((r) => r.statusCode).sort();
    assert.ok(JSON.stringify(codes) === '[201,409]' || JSON.stringify(codes) === '[202,409]', `round ${round}: ${rs.map((r) => `${r.statusCode} ${r.body}`).join(' | ')}`);
    assert.equal(await storedAnywhere(ext), 1);
  }
  await assertLedgerConsistent(h.ctx.db);
});

test('two batches at once, each with its own payments and one shared id sent to different accounts: every own payment kept, the shared id once', async () => {
  for (let round = 0; round < 4; round++) {
    const ext = `RACE-XB-${round}`;
    // each batch's own payments go to its own account, so that the account locks do not serialise the two
    const own = (k: number) => Array.from({ length: 20 }, (_, i) => pay({ externalId: `RACE-XB-${round}-${k}-${i}`, accountExternalId: k ? 'A2' : 'A1', amountMinor: 5 }));
    const rs = await Promise.all([
      batch([...own(0), pay({ externalId: ext, accountExternalId: 'A1', amountMinor: 50 })]),
      batch([pay({ externalId: ext, accountExternalId: 'A2', amountMinor: 50 }), ...own(1)]),
    ]);
    for (const r of rs) assert.equal(r.statusCode, 200, r.body);
    const counts = rs.map((r) => r.json().counts as Record<string, number>);
    assert.equal(counts[0].posted + counts[1].posted, 41, JSON.stringify(counts));
    assert.equal(counts[0].conflict + counts[1].conflict, 1, JSON.stringify(counts));
    assert.equal(await storedAnywhere(ext), 1);
    const kept = await sql<{ n: string }>`SELECT count(*) AS n FROM payments WHERE external_id LIKE ${`RACE-XB-${round}-%`}`.execute(h.ctx.db);
    assert.equal(Number(kept.rows[0].n), 40);
  }
  await assertLedgerConsistent(h.ctx.db);
});

test('deterministic: X posted to A1 (not yet committed), then X to A2: 409 after the first commits, one payment', async () => {
  const r = await withOpenPosting({ externalId: 'DET-X2', accountExternalId: 'A1', amountMinor: 70 }, () => post(pay({ externalId: 'DET-X2', accountExternalId: 'A2', amountMinor: 70 })));
  assert.equal(r.statusCode, 409, `answer ${r.statusCode} ${r.body}`);
  assert.deepEqual(await stored('DET-X2'), { paid: 1, held: 0 });
});

test('deterministic: X posted to A1 (not yet committed), then the same X to A1: a 200 duplicate naming that payment', async () => {
  const r = await withOpenPosting({ externalId: 'DET-X1', accountExternalId: 'A1', amountMinor: 70 }, () => post(pay({ externalId: 'DET-X1', accountExternalId: 'A1', amountMinor: 70 })));
  const p = await sql<{ id: string }>`SELECT id FROM payments WHERE external_id = 'DET-X1'`.execute(h.ctx.db);
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(Number(r.json().paymentId), Number(p.rows[0].id), r.body);
});

test('deterministic: X held for an unknown account (not yet committed), then X to A1: 409, held once and not posted', async () => {
  const r = await withOpenPosting({ externalId: 'DET-XU', accountExternalId: 'NOPE-9', amountMinor: 70 }, () => post(pay({ externalId: 'DET-XU', accountExternalId: 'A1', amountMinor: 70 })));
  assert.equal(r.statusCode, 409, `answer ${r.statusCode} ${r.body}`);
  assert.deepEqual(await stored('DET-XU'), { paid: 0, held: 1 });
});

test('deterministic: X posted to A1 (not yet committed), then X for an unknown account: 409, posted once and not held', async () => {
  const r = await withOpenPosting({ externalId: 'DET-UX', accountExternalId: 'A1', amountMinor: 70 }, () => post(pay({ externalId: 'DET-UX', accountExternalId: 'NOPE-10', amountMinor: 70 })));
  assert.equal(r.statusCode, 409, `answer ${r.statusCode} ${r.body}`);
  assert.deepEqual(await stored('DET-UX'), { paid: 1, held: 0 });
});

test('deterministic: X posted to A1 (not yet committed), then a batch of 20 own payments and X to A2: the 20 kept, X refused in the batch, one payment', async () => {
  // not on A1, whose lock would make the batch wait for the open posting's commit before reading
  const own = Array.from({ length: 20 }, (_, i) => pay({ externalId: `DET-XB-own-${i}`, accountExternalId: 'A2', amountMinor: 3 }));
  const r = await withOpenPosting({ externalId: 'DET-XB', accountExternalId: 'A1', amountMinor: 70 }, () => batch([...own, pay({ externalId: 'DET-XB', accountExternalId: 'A2', amountMinor: 70 })]));
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json().counts, { posted: 20, duplicate: 0, conflict: 1, suspense: 0 });
  assert.deepEqual(await stored('DET-XB'), { paid: 1, held: 0 });
});

test('deterministic: X posted to A2 (not yet committed), then a payments import with X for A1 and three other rows: the import completes, X is its row error, the three are kept', async () => {
  const file = writeInput(dir, 'race-pay.csv', [
    'external_id,account_external_id,amount,currency,received_at,channel',
    'DET-IM-1,A1,1,CNY,2026-02-06T10:00:00+08:00,bank',
    'DET-IM,A1,2,CNY,2026-02-06T10:00:00+08:00,bank',
    'DET-IM-2,A1,1,CNY,2026-02-06T10:00:00+08:00,bank',
    'DET-IM-3,NOPE-IM,1,CNY,2026-02-06T10:00:00+08:00,bank',
  ].join('\n'));
  // no row for A2, whose lock would make the import wait for the open posting's commit before reading
  const s = await withOpenPosting({ externalId: 'DET-IM', accountExternalId: 'A2', amountMinor: 200 }, () => importFile(h.ctx, h.tenantId, 'payments', file));
  assert.equal(s.status, 'completed', JSON.stringify(s));
  assert.deepEqual(s.errors.map((e) => [e.line, e.field]), [[3, 'external_id']], JSON.stringify(s.errors));
  assert.deepEqual(await stored('DET-IM'), { paid: 1, held: 0 });
  for (const [ext, where] of [['DET-IM-1', { paid: 1, held: 0 }], ['DET-IM-2', { paid: 1, held: 0 }], ['DET-IM-3', { paid: 0, held: 1 }]] as const) assert.deepEqual(await stored(ext), where, ext);
});

test('deterministic: a posting that rolls back releases its claim: the same id is then posted to another account', async () => {
  const c = await h.ctx.pool.connect();
  try {
    await c.query('BEGIN');
    await postPayments(kyselyOnClient(c), { tenantId: h.tenantId, actor: 'system:review' }, [{ ...pay({ externalId: 'DET-RB', accountExternalId: 'A1' }), channel: 'api' } as never]);
    const pending = post(pay({ externalId: 'DET-RB', accountExternalId: 'A2' }));
    await new Promise((res) => setTimeout(res, 300));
    await c.query('ROLLBACK');
    const r = await pending;
    assert.equal(r.statusCode, 201, r.body);
  } finally {
    c.release();
  }
  const p = await sql<{ external_id: string }>`SELECT a.external_id FROM payments p JOIN accounts a ON a.id = p.account_id WHERE p.external_id = 'DET-RB'`.execute(h.ctx.db);
  assert.deepEqual(p.rows.map((x) => x.external_id), ['A2']);
});

test('after the races the money invariants hold', async () => {
  await assertLedgerConsistent(h.ctx.db);
});
