/**
 * Review: the same external id held in suspense by racing requests (these failed before session 6's
 * re-check of the rows ON CONFLICT skipped; the cross-account races still fail, see the closing note); through the
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
import { postPayments } from '../portfolio/payments/post-payments.ts';
import { kyselyOnClient } from '../portfolio/import/client-db.ts';

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
  await assertLedgerConsistent();
});
