/**
 * Review: payments under real concurrency (several pool connections at once, through the
 * HTTP routes). "A payment twice (same external id): one payment"; allocation totals equal
 * amount minus unallocated; installments' paid amounts equal the sums of their allocations.
 * The suspense races at the end failed before session 6's re-check of the rows ON CONFLICT
 * skipped; the cross-account races still fail (see the session-6 closing note).
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

test('after the races the money invariants hold', async () => {
  await assertLedgerConsistent(h.ctx.db);
});
