/**
 * Review (these failed before the row locks of session 6): arrangement state changes that
 * read the row without a lock and then update it by id only (check-then-act), so two
 * requests at once both act: a settlement accepted three times (three settlement.accepted events
 * and three 200 answers; the letters are stored once), a paid payment link overwritten as cancelled, a hardship
 * application approved twice (relief applied twice: installments deferred 4 months, not 2), a plan
 * cancelled over the payment that was just applied to it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { cancelPaymentLink, recordLinkPayment } from '../arrangements/payment-links.ts';
import { applyPostedPayment } from '../arrangements/on-payment.ts';
import { seedAccount, seedPortfolio } from '../arrangements/test-fixtures.ts';
import { kyselyOnClient } from '../portfolio/import/client-db.ts';

let h: TestApp;
let portfolioId: string;
before(async () => {
  h = await createTestApp();
  portfolioId = await seedPortfolio(h.t.db, h.tenantId, { code: 'AS' });
});
after(() => h.close());

const req = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) => h.app.inject({ method, url, headers: { authorization: h.auth }, payload });

test('a settlement accepted by three requests at once: accepted once (one event), the others 409', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'AS-1', overdue: 2, count: 2, each: 500_00, interest: 0, penalty: 0 });
  const r = await req('POST', '/v1/settlements', { accountId: a.id, amountMinor: 970_00, locale: 'zh-CN' });
  assert.equal(r.statusCode, 201, r.body);
  const id = r.json().settlement.id as number;
  const rs = await Promise.all([0, 1, 2].map(() => req('POST', `/v1/settlements/${id}/acceptance`)));
  const ev = await sql<{ n: string }>`SELECT count(*) AS n FROM domain_events WHERE name = 'settlement.accepted' AND aggregate_id = ${String(id)}`.execute(h.t.db);
  const letters = await sql<{ n: string }>`SELECT count(*) AS n FROM settlement_letters WHERE settlement_id = ${id}`.execute(h.t.db);
  assert.equal(Number(ev.rows[0].n), 1, `settlement.accepted events: ${ev.rows[0].n}; letters: ${letters.rows[0].n}; answers ${rs.map((x) => x.statusCode).join(', ')}`);
  assert.deepEqual(rs.map((x) => x.statusCode).sort(), [200, 409, 409]);
});

test('a link cancelled while its payment is being recorded: the link ends paid (the cancellation a 409), not cancelled with the money taken', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'AS-2' });
  const made = await req('POST', '/v1/payment-links', { accountId: a.id, provider: 'local', amountMinor: 100_00 });
  assert.equal(made.statusCode, 201, made.body);
  const link = made.json() as { id: number; token: string };
  const c = await h.t.pool.connect();
  let cancel;
  try {
    await c.query('BEGIN');
    const r = await recordLinkPayment(kyselyOnClient(c), { token: link.token, amountMinor: 100_00, currency: 'CNY', externalId: `link:${link.token}`, receivedAt: new Date(), actor: 'debtor:payment-link' });
    assert.equal(r.result.outcome, 'posted');
    const cancelling = req('POST', `/v1/payment-links/${link.id}/cancellation`);
    await new Promise((res) => setTimeout(res, 300));
    await c.query('COMMIT');
    cancel = await cancelling;
  } finally {
    c.release();
  }
  const row = await h.t.db.selectFrom('payment_links').select(['status', 'payment_external_id']).where('id', '=', link.id).executeTakeFirstOrThrow();
  assert.equal(row.status, 'paid', `link ${row.status} (payment ${row.payment_external_id}); cancellation answered ${cancel.statusCode}`);
});

test('a hardship application approved by two reviewers at once: decided once, relief applied once (one hardship.decided event)', async () => {
  const prog = await req('POST', '/v1/hardship-programmes', {
    code: 'review-race', name: '复核 / Review race', opensOn: '2020-01-01',
    eligibility: [{ fact: 'dpd', op: 'lte', value: 900, label: 'any' }],
    relief: { deferInstallments: 2, freezeInterest: true, waivePenalties: true },
  });
  assert.equal(prog.statusCode, 201, prog.body);
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'AS-3' });
  const app = await req('POST', `/v1/hardship-programmes/${prog.json().id}/applications`, { accountId: a.id, statement: 'I lost my job.' });
  assert.ok(app.statusCode < 300, app.body);
  const before = await h.t.db.selectFrom('installments').select(['seq', 'due_on']).where('account_id', '=', a.id).orderBy('seq').execute();
  const rs = await Promise.all([0, 1].map(() => req('POST', `/v1/hardship-programmes/${prog.json().id}/applications/${app.json().id}/decision`, { decision: 'approved', note: 'ok' })));
  const ev = await sql<{ n: string }>`SELECT count(*) AS n FROM domain_events WHERE name = 'hardship.decided' AND aggregate_id = ${String(app.json().id)}`.execute(h.t.db);
  const adj = await sql<{ n: string }>`SELECT count(*) AS n FROM hardship_adjustments WHERE application_id = ${app.json().id}`.execute(h.t.db);
  const afterRows = await h.t.db.selectFrom('installments').select(['seq', 'due_on']).where('account_id', '=', a.id).orderBy('seq').execute();
  assert.equal(Number(ev.rows[0].n), 1, `hardship.decided events ${ev.rows[0].n}, adjustments ${adj.rows[0].n}, answers ${rs.map((x) => x.statusCode).join(', ')}; schedule ${JSON.stringify(before)} → ${JSON.stringify(afterRows)}`);
  assert.deepEqual(rs.map((x) => x.statusCode).sort(), [200, 409]);
});

test('a plan cancelled while the payment that completes it is being applied: it stays completed (the cancellation a 409), not cancelled after plan.completed', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'AS-4' });
  const plan = await req('POST', '/v1/plans', { accountId: a.id, basis: 'overdue', installmentCount: 3, frequency: 'monthly' });
  assert.equal(plan.statusCode, 201, plan.body);
  const total = await sql<{ s: string }>`SELECT sum(amount_minor) AS s FROM plan_installments WHERE plan_id = ${plan.json().id}`.execute(h.t.db);
  const p = await req('POST', '/v1/payments', { externalId: 'AS-4-p', accountExternalId: 'AS-4', amountMinor: Number(total.rows[0].s), currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank_transfer' });
  assert.equal(p.statusCode, 201, p.body);
  const c = await h.t.pool.connect();
  let cancel;
  try {
    await c.query('BEGIN');
    await applyPostedPayment(kyselyOnClient(c), { tenantId: h.tenantId, paymentId: p.json().paymentId });
    const inTx = await c.query<{ state: string }>('SELECT state FROM payment_plans WHERE id = $1', [plan.json().id]);
    assert.equal(inTx.rows[0].state, 'completed', 'the payment completes the plan');
    const cancelling = req('POST', `/v1/plans/${plan.json().id}/cancellation`);
    await new Promise((res) => setTimeout(res, 300));
    await c.query('COMMIT');
    cancel = await cancelling;
  } finally {
    c.release();
  }
  const row = await h.t.db.selectFrom('payment_plans').select('state').where('id', '=', plan.json().id).executeTakeFirstOrThrow();
  const ev = await sql<{ n: string }>`SELECT count(*) AS n FROM domain_events WHERE name = 'plan.completed' AND aggregate_id = ${String(plan.json().id)}`.execute(h.t.db);
  assert.equal(row.state, 'completed', `plan ${row.state} after ${ev.rows[0].n} plan.completed event(s); the cancellation answered ${cancel.statusCode}`);
});

test('a local checkout submitted while the link is being cancelled: no payment is taken on the cancelled link (409)', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'AS-5' });
  const made = await req('POST', '/v1/payment-links', { accountId: a.id, provider: 'local', amountMinor: 100_00 });
  assert.equal(made.statusCode, 201, made.body);
  const link = made.json() as { id: number; token: string };
  const c = await h.t.pool.connect();
  let paid;
  try {
    await c.query('BEGIN');
    const db = kyselyOnClient(c);
    await cancelPaymentLink(db, { kind: 'user', id: h.userId, tenantId: h.tenantId, permissions: ['*'] } as never, link.id);
    const paying = h.app.inject({ method: 'POST', url: `/pay/${link.token}` });
    await new Promise((res) => setTimeout(res, 300));
    await c.query('COMMIT');
    paid = await paying;
  } finally {
    c.release();
  }
  const row = await h.t.db.selectFrom('payment_links').select(['status']).where('id', '=', link.id).executeTakeFirstOrThrow();
  const pay = await sql<{ n: string }>`SELECT count(*) AS n FROM payments WHERE external_id = ${`link:${link.token}`}`.execute(h.t.db);
  assert.equal(Number(pay.rows[0].n), 0, `a payment was taken on a cancelled link: checkout answered ${paid.statusCode}, link now ${row.status}`);
  assert.equal(paid.statusCode, 409);
});
