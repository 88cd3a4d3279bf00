/**
 * gateContact against real PostgreSQL: the 7-in-7 race between two workers, idempotent
 * recording per task, history across channels and workers, and the decision log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTenant } from '../../identity/index.ts';
import { isAppError } from '../../platform/errors.ts';
import { createTestDb, type TestDb } from '../../platform/testing.ts';
import { findDecisions } from '../store.ts';
import { insertBorrower, insertHistory, insertPortfolio, type FixtureEvent } from './fixtures.ts';
import { gateContact, type GateInput } from './gate-contact.ts';

let t: TestDb;
let tenantId: string;
let usPortfolio: string;
let cnPortfolio: string;

before(async () => {
  t = await createTestDb();
  tenantId = (await createTenant(t.db, { slug: 'gate', name: 'Gate test lender' })).id;
  usPortfolio = await insertPortfolio(t.db, { tenantId, rulePack: 'US_REG_F' });
  cnPortfolio = await insertPortfolio(t.db, { tenantId, rulePack: 'CN_NIFA' });
});
after(async () => t.close());

// Wednesday 2026-11-18 10:00 in New York (EST, UTC-5)
const AT = '2026-11-18T15:00:00Z';
const day = (d: number, hourUtc = 15) => `2026-11-${String(d).padStart(2, '0')}T${String(hourUtc).padStart(2, '0')}:00:00Z`;

function callOf(b: { borrowerId: number; accountIds: number[]; mobileId: number }, taskId: string, actor = 'user:agent-1', channel = 'agent_call'): GateInput {
  return { tenantId, borrowerId: b.borrowerId, accountIds: [b.accountIds[0]], actor, record: true, proposed: { channel, at: AT, party: 'debtor', contactPointId: b.mobileId, taskId } };
}

async function countEvents(borrowerId: number): Promise<number> {
  const r = await t.db.selectFrom('contact_events').select((eb) => eb.fn.countAll<string>().as('n')).where('borrower_id', '=', borrowerId).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Runs `fn` in a transaction that waits at `gate` until both workers hold open transactions. */
async function worker(gate: Promise<void>, arrive: () => void, input: GateInput) {
  return t.db.transaction().execute(async (tx) => {
    await tx.selectFrom('tenants').select('id').execute();
    arrive();
    await gate;
    return gateContact(tx, input);
  });
}

describe('gateContact: two workers racing', () => {
  it('for the 7th call of 7-in-7: exactly one is allowed, the other is the 8th and is blocked', async () => {
    for (let round = 0; round < 4; round++) {
      const b = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
      const six: FixtureEvent[] = [12, 13, 14, 15, 16, 17].map((d) => ({ at: day(d), accountId: b.accountIds[0], contactPointId: b.mobileId }));
      await insertHistory(t.db, { tenantId, borrowerId: b.borrowerId, events: six });
      let arrived = 0;
      let release = () => {};
      const gate = new Promise<void>((r) => (release = r));
      const arrive = () => {
        arrived += 1;
        if (arrived === 2) release();
      };
      const [x, y] = await Promise.all([
        worker(gate, arrive, callOf(b, `race-${round}-a`, 'robot:worker-a')),
        worker(gate, arrive, callOf(b, `race-${round}-b`, 'user:worker-b')),
      ]);
      const allowed = [x, y].filter((d) => d.allowed);
      const blocked = [x, y].filter((d) => !d.allowed);
      assert.equal(allowed.length, 1, `round ${round}: exactly one worker takes the call`);
      assert.deepEqual(blocked[0].reasons, ['frequency_7_in_7']);
      assert.ok(blocked[0].nextAllowedAt, 'a frequency block says when the call is allowed again');
      assert.equal(await countEvents(b.borrowerId), 7);
    }
  });
});

describe('gateContact: recording', () => {
  it('records an allowed attempt once per task id; a retry of the same task is not a second contact', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    const first = await t.db.transaction().execute((tx) => gateContact(tx, callOf(b, 'task-dup-1')));
    assert.equal(first.allowed, true);
    assert.ok(first.contactEventId);
    const again = await t.db.transaction().execute((tx) => gateContact(tx, callOf(b, 'task-dup-1')));
    assert.equal(again.allowed, false);
    assert.equal(again.outcome, 'duplicate_task');
    assert.equal(again.contactEventId, first.contactEventId);
    assert.equal(await countEvents(b.borrowerId), 1);
    const events = await t.db.selectFrom('domain_events').select('payload').where('name', '=', 'contact.attempted').where('aggregate_id', '=', String(b.borrowerId)).execute();
    assert.equal(events.length, 1);
  });

  it('does not record a blocked attempt or when record is false', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    const night = { ...callOf(b, 'task-night'), proposed: { ...callOf(b, 'task-night').proposed, at: '2026-11-18T03:00:00Z' } };
    const d = await t.db.transaction().execute((tx) => gateContact(tx, night));
    assert.deepEqual(d.reasons, ['inconvenient_time']);
    const dry = await t.db.transaction().execute((tx) => gateContact(tx, { ...callOf(b, 'task-dry'), record: false }));
    assert.equal(dry.allowed, true);
    assert.equal(dry.contactEventId, null);
    assert.equal(await countEvents(b.borrowerId), 0);
  });
});

describe('gateContact: history across channels and workers', () => {
  it('US: calls by two workers count together toward 7-in-7; texts by a third do not', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    const a = b.accountIds[0];
    await insertHistory(t.db, {
      tenantId,
      borrowerId: b.borrowerId,
      events: [
        ...[12, 13, 14].map((d) => ({ at: day(d), accountId: a, actor: 'robot:voice-1', actorKind: 'robot' as const })),
        ...[15, 16, 17].map((d) => ({ at: day(d), accountId: a, actor: 'user:agent-7', actorKind: 'agent' as const })),
        ...[16, 17].map((d) => ({ at: day(d, 16), accountId: a, channel: 'sms' as const, kind: 'sms' as const, actor: 'robot:chat-2' })),
      ],
    });
    const seventh = await t.db.transaction().execute((tx) => gateContact(tx, callOf(b, 'x-7')));
    assert.equal(seventh.allowed, true, `texts are not calls: ${seventh.reasons.join(',')}`);
    const eighth = await t.db.transaction().execute((tx) => gateContact(tx, { ...callOf(b, 'x-8'), proposed: { ...callOf(b, 'x-8').proposed, at: day(18, 17) } }));
    assert.deepEqual(eighth.reasons, ['frequency_7_in_7']);
  });

  it('CN: connected calls by an outside agency and by the lender count together toward the daily cap', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: cnPortfolio, timezone: 'Asia/Shanghai' });
    const a = b.accountIds[0];
    // 2026-11-18 in Shanghai (UTC+8): 09:00, 10:00, 11:00 local
    await insertHistory(t.db, {
      tenantId,
      borrowerId: b.borrowerId,
      events: [
        { at: '2026-11-18T01:00:00Z', accountId: a, kind: 'conversation', actor: 'agency:north', actorKind: 'third_party_agency' },
        { at: '2026-11-18T02:00:00Z', accountId: a, kind: 'conversation', actor: 'agency:north', actorKind: 'third_party_agency' },
      ],
    });
    const cnCall = (taskId: string, at: string): GateInput => ({ ...callOf(b, taskId), proposed: { ...callOf(b, taskId).proposed, at } });
    const third = await t.db.transaction().execute((tx) => gateContact(tx, cnCall('cn-3', '2026-11-18T03:00:00Z')));
    assert.equal(third.allowed, true, third.reasons.join(','));
    await t.db.updateTable('contact_events').set({ kind: 'conversation' }).where('id', '=', third.contactEventId ?? -1).execute();
    const fourth = await t.db.transaction().execute((tx) => gateContact(tx, cnCall('cn-4', '2026-11-18T04:00:00Z')));
    assert.deepEqual(fourth.reasons, ['frequency_daily_cap']);
    assert.ok(fourth.nextAllowedAt && fourth.nextAllowedAt >= '2026-11-19T00:00:00Z', `next day 08:00 Shanghai, got ${fourth.nextAllowedAt}`);
  });
});

describe('decision log', () => {
  it('logs every decision with its input hash and pack version, queryable by reason and account with cursor pages', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'America/New_York', accounts: 2 });
    const nightAt = ['2026-11-18T02:00:00Z', '2026-11-18T03:00:00Z', '2026-11-18T04:00:00Z'];
    for (const [i, at] of nightAt.entries()) {
      await t.db.transaction().execute((tx) => gateContact(tx, { ...callOf(b, `log-${i}`), record: false, proposed: { ...callOf(b, `log-${i}`).proposed, at } }));
    }
    await t.db.transaction().execute((tx) => gateContact(tx, { ...callOf(b, 'log-ok'), accountIds: [b.accountIds[1]] }));
    const byReason = await findDecisions(t.db, { tenantId, reason: 'inconvenient_time', accountId: b.accountIds[0], limit: 2 });
    assert.equal(byReason.items.length, 2);
    assert.ok(byReason.nextCursor);
    const rest = await findDecisions(t.db, { tenantId, reason: 'inconvenient_time', accountId: b.accountIds[0], limit: 2, cursor: byReason.nextCursor ?? undefined });
    assert.equal(rest.items.length, 1);
    assert.equal(rest.nextCursor, null);
    for (const d of [...byReason.items, ...rest.items]) {
      assert.match(d.inputsHash, /^[0-9a-f]{64}$/);
      assert.equal(d.packId, 'US_REG_F');
      assert.ok(d.packVersion.length > 0);
      assert.deepEqual(d.reasons, ['inconvenient_time']);
      assert.equal(d.citations.length, 1);
    }
    const byRule = await findDecisions(t.db, { tenantId, rule: '1006.6(B)(1)', accountId: b.accountIds[0], limit: 10 });
    assert.equal(byRule.items.length, 3);
    const otherRule = await findDecisions(t.db, { tenantId, rule: '1006.14', accountId: b.accountIds[0], limit: 10 });
    assert.equal(otherRule.items.length, 0);
    const other = await findDecisions(t.db, { tenantId, accountId: b.accountIds[1], limit: 10 });
    assert.equal(other.items.length, 1);
    assert.equal(other.items[0].allowed, true);
    assert.equal(other.items[0].recorded, true);
    const evidence = await t.db.selectFrom('evidence_queue').select('kind').where('kind', '=', 'compliance.decision').execute();
    assert.ok(evidence.length >= 4);
  });

  it('gives equal inputs the same hash and different inputs a different hash', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    const run = (taskId: string) => t.db.transaction().execute((tx) => gateContact(tx, { ...callOf(b, taskId), record: false, proposed: { ...callOf(b, taskId).proposed, taskId: undefined } }));
    const [p, q] = [await run('h1'), await run('h2')];
    assert.equal(p.inputsHash, q.inputsHash);
    await insertHistory(t.db, { tenantId, borrowerId: b.borrowerId, events: [{ at: day(17), accountId: b.accountIds[0] }] });
    const r = await run('h3');
    assert.notEqual(r.inputsHash, p.inputsHash);
  });
});

describe('gateContact: fail closed', () => {
  it('blocks with invalid_input when stored facts cannot be judged (unknown zone), logs it, records nothing', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'Mars/Olympus_Mons' });
    const d = await t.db.transaction().execute((tx) => gateContact(tx, callOf(b, 'bad-zone')));
    assert.equal(d.allowed, false);
    assert.deepEqual(d.reasons, ['invalid_input']);
    assert.match(d.error ?? '', /Mars\/Olympus_Mons/);
    assert.equal(await countEvents(b.borrowerId), 0);
    const logged = await findDecisions(t.db, { tenantId, borrowerId: b.borrowerId, limit: 5 });
    assert.equal(logged.items[0].reasons[0], 'invalid_input');
  });

  it('refuses to run in a REPEATABLE READ transaction (its snapshot could miss another worker\'s call)', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    await assert.rejects(
      t.db.transaction().setIsolationLevel('repeatable read').execute((tx) => gateContact(tx, callOf(b, 'rr'))),
      (e) => isAppError(e) && e.code === 'INTERNAL' && /READ COMMITTED/.test(e.message),
    );
  });

  it('rejects an unknown channel and ids of another borrower', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    const other = await insertBorrower(t.db, { tenantId, portfolioId: usPortfolio, timezone: 'America/New_York' });
    const bad: [string, GateInput][] = [
      ['channel', { ...callOf(b, 'u1'), proposed: { ...callOf(b, 'u1').proposed, channel: 'carrier_pigeon' } }],
      ['account', { ...callOf(b, 'u2'), accountIds: [other.accountIds[0]] }],
      ['contact point', { ...callOf(b, 'u3'), proposed: { ...callOf(b, 'u3').proposed, contactPointId: other.mobileId } }],
    ];
    for (const [what, input] of bad) {
      await assert.rejects(t.db.transaction().execute((tx) => gateContact(tx, input)), (e) => isAppError(e) && e.code === 'INVALID_INPUT', what);
    }
  });
});
