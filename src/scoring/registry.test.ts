/**
 * The model registry and nightly scoring against real PostgreSQL, on a generated demo
 * portfolio loaded through the import pipeline: a training set from the portfolio, a
 * scorecard trained on it, four-eyes activation, nightly scoring with reason codes and
 * drift, the console endpoints, and the errors a scoring run must never paper over.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { runNightlyFlow } from '../app/nightly-flow.ts';
import { seedDemoPortfolio } from '../app/seed-demo.ts';
import { featuresToDataset } from './account-features.ts';
import { sealModel, type ScorecardModel } from './model-artifact.ts';
import { buildPortfolioTrainingSet } from './portfolio-training-set.ts';
import { scorePortfolio } from './score-portfolio.ts';
import { trainScorecard } from './train-scorecard.ts';

const AS_OF = '2026-11-20';
let h: TestApp;
let dir: string;
let model: ScorecardModel;

before(async () => {
  h = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), 'recoup-scoring-'));
  await seedDemoPortfolio(h.ctx, { tenantId: h.tenantId, tenantSlug: 'acme', accounts: 800, seed: '7', asOf: AS_OF, dir });
});
after(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

test('the training set from the portfolio has point-in-time characteristics and a target with both classes', async () => {
  const rows = await buildPortfolioTrainingSet(h.ctx.db, { tenantId: h.tenantId, asOf: AS_OF, days: 30, minPaidShare: 0.5 });
  assert.ok(rows.length > 100, `only ${rows.length} observations`);
  const bads = rows.reduce((s, r) => s + r.bad, 0);
  assert.ok(bads > 20 && bads < rows.length - 20, `bads ${bads} of ${rows.length}`);
  for (const r of rows) {
    assert.ok(Number(r.dpd) >= 1, 'observed on the day the account entered delinquency, so at least 1 day past due');
    assert.ok(r.as_of <= AS_OF);
    assert.equal(r.bad, r.overdue_at_entry > 0 && r.paid_in_window >= Math.ceil(r.overdue_at_entry * 0.5) ? 0 : 1);
  }
  const data = featuresToDataset(rows, 'portfolio');
  data.columns.push({ kind: 'numeric', name: 'bad', values: Float64Array.from(rows, (r) => r.bad) });
  data.rows = rows.length;
  model = trainScorecard(data, { target: 'bad', purpose: 'collection' });
  assert.ok(model.characteristics.length >= 1);
  assert.ok(model.metrics.train.auc > 0.6, `train AUC ${model.metrics.train.auc}`);
});

test('a registered version needs another user to approve it before activation', async () => {
  const analyst = await h.authFor(['risk_analyst']);
  const created = await h.app.inject({ method: 'POST', url: '/v1/scorecards', headers: { authorization: analyst.auth }, payload: { name: 'C-card v1', model } });
  assert.equal(created.statusCode, 201, created.body);
  const v = created.json() as { id: string; approvalId: string; status: string };
  assert.equal(v.status, 'draft');
  const early = await h.app.inject({ method: 'POST', url: `/v1/scorecards/${v.id}/activate`, headers: { authorization: analyst.auth } });
  assert.equal(early.statusCode, 422);
  const self = await h.app.inject({ method: 'POST', url: `/v1/approvals/${v.approvalId}/decision`, headers: { authorization: (await h.authFor(['risk_analyst', 'compliance_officer'], 'x@acme.test')).auth }, payload: { decision: 'approved' } });
  assert.equal(self.statusCode, 200, 'a different user may approve');
  const act = await h.app.inject({ method: 'POST', url: `/v1/scorecards/${v.id}/activate`, headers: { authorization: analyst.auth } });
  assert.equal(act.statusCode, 200, act.body);
  assert.equal(act.json().status, 'active');
});

test('the author cannot approve their own version', async () => {
  const analyst = await h.authFor(['risk_analyst', 'compliance_officer']);
  const created = await h.app.inject({ method: 'POST', url: '/v1/scorecards', headers: { authorization: analyst.auth }, payload: { name: 'mine', purpose: 'selfie', model } });
  const v = created.json() as { approvalId: string };
  const self = await h.app.inject({ method: 'POST', url: `/v1/approvals/${v.approvalId}/decision`, headers: { authorization: analyst.auth }, payload: { decision: 'approved' } });
  assert.equal(self.statusCode, 403);
});

test('a tampered model is refused at upload', async () => {
  const tampered = { ...model, intercept: model.intercept + 1 };
  const res = await h.app.inject({ method: 'POST', url: '/v1/scorecards', headers: { authorization: h.auth }, payload: { name: 'bad', model: tampered } });
  assert.equal(res.statusCode, 400);
  assert.match(res.json().detail, /checksum/i);
});

test('the nightly flow scores every delinquent account with band and reason codes, and records drift', async () => {
  const summary = await runNightlyFlow(h.ctx, { tenantId: h.tenantId, asOf: AS_OF, trigger: 'test' });
  assert.equal(summary.scoring.length, 1);
  const delinquent = await sql<{ n: number }>`SELECT count(*)::int AS n FROM accounts WHERE tenant_id = ${h.tenantId}::uuid AND status = 'delinquent'`.execute(h.t.db);
  assert.ok(delinquent.rows[0].n > 0);
  assert.equal(summary.scoring[0].accounts, delinquent.rows[0].n);
  const scored = await h.t.db.selectFrom('account_scores').selectAll().where('tenant_id', '=', h.tenantId).execute();
  assert.equal(scored.length, delinquent.rows[0].n);
  const one = scored[0];
  const res = await h.app.inject({ method: 'GET', url: `/v1/accounts/${one.account_id}/score`, headers: { authorization: h.auth } });
  assert.equal(res.statusCode, 200);
  const body = res.json() as { score: number; band: string; reasons: { en: string; zh: string; pointsLost: number }[] };
  assert.equal(body.score, one.score);
  for (const r of body.reasons) {
    assert.ok(r.pointsLost > 0);
    assert.match(r.zh, /扣/);
  }
  const psi = await h.app.inject({ method: 'GET', url: `/v1/scorecards/${one.scorecard_id}/psi`, headers: { authorization: h.auth } });
  const items = (psi.json() as { items: { psi: number; level: string }[] }).items;
  assert.equal(items.length, 1);
  assert.ok(Number.isFinite(items[0].psi));
  const bins = await h.app.inject({ method: 'GET', url: `/v1/scorecards/${one.scorecard_id}/bins`, headers: { authorization: h.auth } });
  assert.equal((bins.json() as { characteristics: unknown[] }).characteristics.length, model.characteristics.length);
  const dist = await h.app.inject({ method: 'GET', url: `/v1/scorecards/${one.scorecard_id}/distribution`, headers: { authorization: h.auth } });
  assert.equal((dist.json() as { latest: { accounts: number } }).latest.accounts, delinquent.rows[0].n);
});

test('a shifted population raises a drift alert past PSI 0.25', async () => {
  // A model whose training distribution sits entirely in the top score interval: today's
  // population cannot match it.
  const d = model.scoreDistribution;
  const shifted = sealModel({ ...model, scoreDistribution: { boundaries: d.boundaries, shares: d.shares.map((_, i) => (i === d.shares.length - 1 ? 1 : 0)) } });
  await h.t.db.updateTable('scorecards').set({ model: JSON.stringify(shifted), checksum: shifted.checksum }).where('status', '=', 'active').execute();
  const alertsBefore = await h.t.db.selectFrom('domain_events').select('id').where('name', '=', 'scorecard.drift_alerted').execute();
  const s = await scorePortfolio(h.ctx.db, { tenantId: h.tenantId, asOf: AS_OF });
  assert.ok(s);
  assert.ok(s.psi > 0.25, `psi ${s.psi}`);
  assert.equal(s.driftLevel, 'alert');
  const ev = await h.t.db.selectFrom('domain_events').select('name').where('name', '=', 'scorecard.drift_alerted').execute();
  assert.equal(ev.length, alertsBefore.length + 1, 'one new alert for this run');
});

test('a model needing a characteristic the portfolio does not have is an error, never a default score', async () => {
  const renamed = sealModel({ ...model, characteristics: model.characteristics.map((c, i) => (i === 0 ? { ...c, name: 'income_band' } : c)) });
  await h.t.db.updateTable('scorecards').set({ model: JSON.stringify(renamed), checksum: renamed.checksum }).where('status', '=', 'active').execute();
  await assert.rejects(scorePortfolio(h.ctx.db, { tenantId: h.tenantId, asOf: AS_OF }), /income_band/);
});
