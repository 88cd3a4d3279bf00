/**
 * Review (this failed before the row lock of session 6): cancelling a promise while a
 * payment job decides it. cancelPromise reads the promise without a lock and updates it by
 * id only, so a promise that was just kept (promise.kept event already recorded) is then
 * overwritten as cancelled.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { applyPaymentsToPromise } from '../arrangements/promises.ts';
import { seedAccount, seedPortfolio, todayShanghai } from '../arrangements/test-fixtures.ts';
import { kyselyOnClient } from '../portfolio/import/client-db.ts';

let h: TestApp;
let portfolioId: string;
before(async () => {
  h = await createTestApp();
  portfolioId = await seedPortfolio(h.t.db, h.tenantId, { code: 'PC' });
});
after(() => h.close());

test('a cancellation racing the payment that keeps the promise: the promise ends kept (the cancellation a 409) or cancelled with no promise.kept event — never both', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PC-1' });
  const today = await todayShanghai(h.t.db);
  const made = await h.app.inject({ method: 'POST', url: '/v1/promises', headers: { authorization: h.auth }, payload: { accountId: a.id, amountMinor: 50_00, promisedOn: today, channel: 'phone', takenByKind: 'agent', takenBy: 'agent:wang' } });
  assert.equal(made.statusCode, 201, made.body);
  const id = made.json().id as number;
  const p = await h.app.inject({ method: 'POST', url: '/v1/payments', headers: { authorization: h.auth }, payload: { externalId: 'PC-1-p', accountExternalId: 'PC-1', amountMinor: 50_00, currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank_transfer' } });
  assert.equal(p.statusCode, 201, p.body);
  // The arrangement job, on its own connection, decides the promise (kept) and has not committed yet.
  const c = await h.t.pool.connect();
  let cancel;
  try {
    await c.query('BEGIN');
    const decided = await applyPaymentsToPromise(kyselyOnClient(c), { tenantId: h.tenantId, accountId: a.id, actor: 'system:arrangements' });
    assert.equal(decided?.state, 'kept');
    const cancelling = h.app.inject({ method: 'POST', url: `/v1/promises/${id}/cancellation`, headers: { authorization: h.auth } });
    await new Promise((r) => setTimeout(r, 300));
    await c.query('COMMIT');
    cancel = await cancelling;
  } finally {
    c.release();
  }
  const row = await h.t.db.selectFrom('promises').select('state').where('id', '=', id).executeTakeFirstOrThrow();
  const kept = await sql<{ n: string }>`SELECT count(*) AS n FROM domain_events WHERE name = 'promise.kept' AND aggregate_id = ${String(id)}`.execute(h.t.db);
  assert.equal(row.state, 'kept', `final state ${row.state}; cancellation answered ${cancel.statusCode} ${cancel.body}; promise.kept events: ${kept.rows[0].n}`);
  assert.equal(cancel.statusCode, 409, cancel.body);
});
