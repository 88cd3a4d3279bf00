/**
 * Review: payments under real concurrency (several pool connections at once, through the
 * HTTP routes). "A payment twice (same external id): one payment"; allocation totals equal
 * amount minus unallocated; installments' paid amounts equal the sums of their allocations.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from '../portfolio/test-fixtures.ts';

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

/** The money invariants over the whole database. */
async function assertLedgerConsistent(): Promise<void> {
  const bad = await sql<{ id: number; amount_minor: string; unallocated_minor: string; alloc: string }>`
    SELECT p.id, p.amount_minor, p.unallocated_minor, coalesce(sum(a.amount_minor), 0) AS alloc
      FROM payments p LEFT JOIN payment_allocations a ON a.payment_id = p.id
     WHERE p.status = 'posted'
     GROUP BY p.id HAVING coalesce(sum(a.amount_minor), 0) <> p.amount_minor - p.unallocated_minor`.execute(h.ctx.db);
  assert.deepEqual(bad.rows, [], 'allocations = amount - unallocated for every payment');
  const inst = await sql<{ id: number }>`
    SELECT i.id FROM installments i LEFT JOIN LATERAL (
      SELECT coalesce(sum(a.amount_minor) FILTER (WHERE a.component = 'principal'), 0) AS pr,
             coalesce(sum(a.amount_minor) FILTER (WHERE a.component = 'interest'), 0) AS it,
             coalesce(sum(a.amount_minor) FILTER (WHERE a.component = 'fee'), 0) AS fe,
             coalesce(sum(a.amount_minor) FILTER (WHERE a.component = 'penalty'), 0) AS pe
        FROM payment_allocations a WHERE a.installment_id = i.id) s ON true
     WHERE i.principal_paid <> s.pr OR i.interest_paid <> s.it OR i.fee_paid <> s.fe OR i.penalty_paid <> s.pe`.execute(h.ctx.db);
  assert.deepEqual(inst.rows, [], 'installment paid amounts = sums of their allocations');
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
  await assertLedgerConsistent();
});

test('the same payment in 6 concurrent batches (each with an internal duplicate): one payment', async () => {
  const ext = 'RACE-BATCH';
  const rs = await Promise.all(Array.from({ length: 6 }, (_, k) => batch([pay({ externalId: `RB-own-${k}`, amountMinor: 10 }), pay({ externalId: ext, amountMinor: 20 }), pay({ externalId: ext, amountMinor: 20 })])));
  for (const r of rs) assert.equal(r.statusCode, 200, r.body);
  const posted = rs.reduce((n, r) => n + (r.json().counts.posted as number), 0);
  assert.equal(posted, 6 + 1, 'each batch posts its own payment; the shared one is posted once');
  assert.deepEqual(await stored(ext), { paid: 1, held: 0 });
  await assertLedgerConsistent();
});
