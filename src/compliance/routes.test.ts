/**
 * The compliance HTTP API in-process (Fastify inject) over real PostgreSQL: check, gate,
 * holds, decision log, reasons, and per-portfolio pack versions with four-eyes approval.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { insertBorrower, insertHistory, insertPortfolio, type FixtureBorrower } from './gate/fixtures.ts';

let a: TestApp;
let portfolioId: string;
let b: FixtureBorrower;
let officer1: string;
let officer2: string;
let agent: string;

const AT = '2026-11-18T15:00:00Z';

before(async () => {
  a = await createTestApp();
  portfolioId = await insertPortfolio(a.t.db, { tenantId: a.tenantId, rulePack: 'US_REG_F' });
  b = await insertBorrower(a.t.db, { tenantId: a.tenantId, portfolioId, timezone: 'America/New_York', accounts: 2 });
  officer1 = (await a.authFor(['compliance_officer'])).auth;
  officer2 = (await a.authFor(['compliance_officer'])).auth;
  agent = (await a.authFor(['agent'])).auth;
});
after(async () => a.close());

async function call(method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: unknown) {
  const r = await a.app.inject({ method, url, headers: { authorization: auth }, payload: payload as object | undefined });
  return { status: r.statusCode, body: r.json() as Record<string, unknown> & { items?: Record<string, unknown>[] } };
}

function gateBody(accountIdx: 0 | 1, taskId?: string, record = false) {
  return { borrowerId: b.borrowerId, accountIds: [b.accountIds[accountIdx]], record, proposed: { channel: 'agent_call', at: AT, party: 'debtor', contactPointId: b.mobileId, taskId } };
}

describe('POST /v1/compliance/check', () => {
  it('decides scenarios in the CLI format, one result per scenario, invalid ones fail closed', async () => {
    const good = {
      id: 's1', regime: 'US_REG_F',
      debtor: { timezone: 'America/New_York', knownTimezones: ['America/New_York'], flags: { ceaseCommunication: false, attorneyRepresented: false, disputed: false, bankruptcy: false, electronicOptOut: [] } },
      debts: [{ id: 'd1' }], history: [], proposed: { at: '2026-11-18T02:30:00Z', channel: 'phone', debtId: 'd1', party: 'debtor' },
    };
    const bad = { ...good, id: 's2', proposed: { ...good.proposed, channel: 'pigeon' } };
    const r = await a.app.inject({ method: 'POST', url: '/v1/compliance/check', headers: { authorization: officer1 }, payload: [good, bad] });
    assert.equal(r.statusCode, 200);
    const out = r.json() as { id: string; allowed: boolean; reasons: string[] }[];
    assert.deepEqual(out.map((x) => [x.id, x.allowed, x.reasons]), [['s1', false, ['inconvenient_time']], ['s2', false, ['invalid_input']]]);
  });
});

describe('holds and the gate over HTTP', () => {
  it('a written cease set by an agent blocks the gate for that debt only; an officer releases it', async () => {
    const set = await call('POST', '/v1/holds', agent, { borrowerId: b.borrowerId, accountId: b.accountIds[0], type: 'cease_communication', details: { writtenVia: 'letter' }, receivedAt: '2026-11-10T10:00:00Z', startsAt: '2026-11-10T10:00:00Z' });
    assert.equal(set.status, 201, JSON.stringify(set.body));
    const hold = set.body.hold as { id: number };
    const list = await call('GET', `/v1/holds?borrowerId=${b.borrowerId}`, agent);
    assert.equal(list.body.items?.length, 1);
    const g0 = await call('POST', '/v1/compliance/gate', agent, gateBody(0));
    assert.deepEqual(g0.body.reasons, ['cease_communication']);
    const g1 = await call('POST', '/v1/compliance/gate', agent, gateBody(1));
    assert.equal(g1.body.allowed, true);
    assert.equal((await call('POST', `/v1/holds/${hold.id}/release`, agent, { reason: 'x' })).status, 403);
    assert.equal((await call('POST', `/v1/holds/${hold.id}/release`, officer1, { reason: 'withdrawn in writing' })).status, 200);
    assert.equal((await call('POST', '/v1/compliance/gate', agent, gateBody(0))).body.allowed, true);
  });

  it('refuses a spoken cease with a pointer to the medium opt-out', async () => {
    const r = await call('POST', '/v1/holds', agent, { borrowerId: b.borrowerId, type: 'cease_communication', details: { writtenVia: 'phone' } });
    assert.equal(r.status, 400);
    assert.match(JSON.stringify(r.body), /medium opt-out/);
  });

  it('records an attempt once per task and lists decisions by reason for officers only', async () => {
    const first = await call('POST', '/v1/compliance/gate', agent, gateBody(1, 'http-task-1', true));
    assert.equal(first.body.allowed, true);
    assert.ok(first.body.contactEventId);
    const again = await call('POST', '/v1/compliance/gate', agent, gateBody(1, 'http-task-1', true));
    assert.equal(again.body.outcome, 'duplicate_task');
    const byReason = await call('GET', '/v1/compliance/decisions?reason=cease_communication', officer1);
    assert.equal(byReason.status, 200);
    assert.equal(byReason.body.items?.length, 1);
    assert.equal(byReason.body.items?.[0].accountIds instanceof Array, true);
    assert.equal((await call('GET', '/v1/compliance/decisions', agent)).status, 403);
  });

  it('rejects an unknown channel', async () => {
    const r = await call('POST', '/v1/compliance/gate', agent, { ...gateBody(0), proposed: { ...gateBody(0).proposed, channel: 'pigeon' } });
    assert.equal(r.status, 400);
  });
});

describe('GET /v1/compliance/reasons', () => {
  it('lists every §0.2 reason with en and zh text and a citation per regime, and the gate-only reasons', async () => {
    const r = await call('GET', '/v1/compliance/reasons', officer1);
    const reasons = r.body.reasons as { code: string; en: string; zh: string; citations: Record<string, string> }[];
    assert.equal(reasons.length, 25);
    for (const x of reasons) {
      assert.ok(x.en && x.zh && x.citations.US_REG_F && x.citations.UK_CONC && x.citations.CN_NIFA, x.code);
    }
    assert.ok((r.body.gateReasons as { code: string }[]).some((x) => x.code === 'duplicate_task'));
  });
});

describe('per-portfolio packs: versioned, four-eyes', () => {
  it('a tighter call cap takes effect only after a second person approves it, and decisions record the version', async () => {
    const other = await insertBorrower(a.t.db, { tenantId: a.tenantId, portfolioId, timezone: 'America/New_York' });
    await insertHistory(a.t.db, { tenantId: a.tenantId, borrowerId: other.borrowerId, events: [13, 14, 15, 16, 17].map((d) => ({ at: `2026-11-${d}T15:00:00Z`, accountId: other.accountIds[0] })) });
    const sixth = () => call('POST', '/v1/compliance/gate', agent, { borrowerId: other.borrowerId, accountIds: [other.accountIds[0]], proposed: { channel: 'agent_call', at: AT, party: 'debtor', contactPointId: other.mobileId } });

    const put = await call('PUT', `/v1/compliance/packs/${portfolioId}`, officer1, { overrides: { callsPerWindow: 5 }, comment: 'state cap' });
    assert.equal(put.status, 202, JSON.stringify(put.body));
    assert.equal(put.body.version, 1);
    assert.equal((await call('GET', `/v1/compliance/packs/${portfolioId}`, officer1)).body.effectiveVersion, null);
    assert.equal((await sixth()).body.allowed, true, 'not yet approved: the statutory 7 applies');

    const approvalId = put.body.approvalId as string;
    assert.equal((await call('POST', `/v1/approvals/${approvalId}/decision`, officer1, { decision: 'approved' })).status, 403);
    assert.equal((await call('POST', `/v1/approvals/${approvalId}/decision`, officer2, { decision: 'approved' })).status, 200);
    const pack = await call('GET', `/v1/compliance/packs/${portfolioId}`, officer1);
    assert.equal(pack.body.effectiveVersion, 1);
    const d = await sixth();
    assert.deepEqual(d.body.reasons, ['frequency_7_in_7']);
    assert.equal(d.body.portfolioPackVersion, 1);
    assert.match(String(d.body.packVersion), /\+/);

    const loose = await call('PUT', `/v1/compliance/packs/${portfolioId}`, officer1, { overrides: { callsPerWindow: 9 } });
    assert.equal(loose.status, 400);
    assert.equal((await call('PUT', `/v1/compliance/packs/${portfolioId}`, agent, { overrides: { callsPerWindow: 4 } })).status, 403);
    const v2 = await call('PUT', `/v1/compliance/packs/${portfolioId}`, officer2, { overrides: { callsPerWindow: 4 } });
    assert.equal(v2.body.version, 2);
    assert.equal((await call('GET', `/v1/compliance/packs/${portfolioId}`, officer1)).body.effectiveVersion, 1, 'v2 pending: v1 stays in force');
  });
});

describe('PUT /v1/compliance/packs/:portfolioId refuses a change that changes nothing', () => {
  let pid: string;
  before(async () => {
    pid = await insertPortfolio(a.t.db, { tenantId: a.tenantId, rulePack: 'US_REG_F' });
  });
  const versions = async () => ((await call('GET', `/v1/compliance/packs/${pid}`, officer1)).body.versions as unknown[]).length;

  const bad: [string, unknown, RegExp][] = [
    ['an empty body', {}, /changes nothing/],
    ['empty overrides and overlays', { overrides: {}, overlays: [], comment: 'nothing' }, /changes nothing/],
    ['a misspelled top-level key', { parameters: { callsPerWindow: 5 } }, /parameters/],
    ['a misspelled override', { overrides: { callsPerWindows: 5 } }, /callsPerWindows/],
  ];
  for (const [name, body, message] of bad) {
    it(`${name} → 400, no version, no approval`, async () => {
      const r = await call('PUT', `/v1/compliance/packs/${pid}`, officer1, body);
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.match(JSON.stringify(r.body), message);
      assert.equal(await versions(), 0);
    });
  }

  it('a proposal equal to the approved version is refused; going back to the statutory pack is a change', async () => {
    const v1 = await call('PUT', `/v1/compliance/packs/${pid}`, officer1, { overrides: { callsPerWindow: 6, callWindowDays: 7 } });
    assert.equal(v1.status, 202, JSON.stringify(v1.body));
    // v1 changes the statutory pack; once v1 is in force, the same overrides (in any order) change nothing
    assert.equal((await call('POST', `/v1/approvals/${String(v1.body.approvalId)}/decision`, officer2, { decision: 'approved' })).status, 200);
    const same = await call('PUT', `/v1/compliance/packs/${pid}`, officer1, { overrides: { callWindowDays: 7, callsPerWindow: 6 } });
    assert.equal(same.status, 400, JSON.stringify(same.body));
    assert.match(JSON.stringify(same.body), /version 1/);
    const back = await call('PUT', `/v1/compliance/packs/${pid}`, officer1, {});
    assert.equal(back.status, 202, JSON.stringify(back.body));
    assert.equal(back.body.version, 2);
  });
});

describe('PUT /v1/compliance/debt-facts/:accountId', () => {
  it('lets an officer set validation facts, not an agent, and rejects unknown accounts', async () => {
    const r = await a.app.inject({ method: 'PUT', url: `/v1/compliance/debt-facts/${b.accountIds[1]}`, headers: { authorization: officer1 }, payload: { validationPeriodEnd: '2026-12-01', timeBarred: false } });
    assert.equal(r.statusCode, 204);
    const row = await a.t.db.selectFrom('compliance_debt_facts').selectAll().where('account_id', '=', b.accountIds[1]).executeTakeFirstOrThrow();
    assert.equal(row.validation_period_end, '2026-12-01');
    assert.equal((await call('PUT', `/v1/compliance/debt-facts/${b.accountIds[1]}`, agent, { timeBarred: true })).status, 403);
    assert.equal((await call('PUT', '/v1/compliance/debt-facts/999999', officer1, { timeBarred: true })).status, 404);
  });
});
