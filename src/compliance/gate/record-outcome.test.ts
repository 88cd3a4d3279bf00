/**
 * Outcomes of recorded attempts feed the next decision; expired holds are released by the job.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTenant } from '../../identity/index.ts';
import { isAppError } from '../../platform/errors.ts';
import { createTestDb, type TestDb } from '../../platform/testing.ts';
import { findHolds, setHold } from '../holds/set-hold.ts';
import { expireHolds } from '../jobs.ts';
import { insertBorrower, insertPortfolio } from './fixtures.ts';
import { gateContact, type GateInput } from './gate-contact.ts';
import { recordContactOutcome } from './record-outcome.ts';

let t: TestDb;
let tenantId: string;
let portfolioId: string;

before(async () => {
  t = await createTestDb();
  tenantId = (await createTenant(t.db, { slug: 'outcome', name: 'Outcome lender' })).id;
  portfolioId = await insertPortfolio(t.db, { tenantId, rulePack: 'US_REG_F' });
});
after(async () => t.close());

describe('recordContactOutcome', () => {
  const cases: { name: string; outcome: { kind: 'conversation' | 'call_attempt'; connected?: boolean }; next: string | null }[] = [
    { name: 'a conversation starts the 7-day wait for the next call', outcome: { kind: 'conversation' }, next: 'post_conversation_wait' },
    { name: 'an unanswered call does not', outcome: { kind: 'call_attempt' }, next: null },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const b = await insertBorrower(t.db, { tenantId, portfolioId, timezone: 'America/New_York' });
      const call = (taskId: string, at: string): GateInput => ({ tenantId, borrowerId: b.borrowerId, accountIds: [b.accountIds[0]], actor: 'user:a', record: true, proposed: { channel: 'agent_call', at, party: 'debtor', contactPointId: b.mobileId, taskId } });
      const first = await t.db.transaction().execute((tx) => gateContact(tx, call(`${c.name}-1`, '2026-11-16T15:00:00Z')));
      assert.equal(first.allowed, true);
      await t.db.transaction().execute((tx) => recordContactOutcome(tx, { tenantId, taskId: `${c.name}-1`, ...c.outcome, outcome: 'test', actor: 'user:a' }));
      const second = await t.db.transaction().execute((tx) => gateContact(tx, call(`${c.name}-2`, '2026-11-18T15:00:00Z')));
      if (c.next === null) assert.equal(second.allowed, true, second.reasons.join(','));
      else assert.deepEqual(second.reasons, [c.next]);
    });
  }

  it('refuses an unknown attempt', async () => {
    await assert.rejects(t.db.transaction().execute((tx) => recordContactOutcome(tx, { tenantId, taskId: 'nope', kind: 'conversation', actor: 'user:a' })), (e) => isAppError(e) && e.code === 'NOT_FOUND');
  });
});

describe('expireHolds', () => {
  it('releases holds past their end, once', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId, timezone: 'America/New_York' });
    const past = await t.db.transaction().execute((tx) => setHold(tx, { tenantId, borrowerId: b.borrowerId, type: 'hardship_review', source: 'api', actor: 'user:a', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' }));
    await t.db.transaction().execute((tx) => setHold(tx, { tenantId, borrowerId: b.borrowerId, type: 'complaint_pending', source: 'api', actor: 'user:a' }));
    assert.equal(await expireHolds(t.db), 1);
    assert.equal(await expireHolds(t.db), 0);
    const active = await findHolds(t.db, { tenantId, borrowerId: b.borrowerId });
    assert.deepEqual(active.map((h) => h.type), ['complaint_pending']);
    const all = await findHolds(t.db, { tenantId, borrowerId: b.borrowerId, includeReleased: true });
    assert.equal(all.find((h) => h.id === past.hold.id)?.releaseReason, 'expired (end date passed)');
  });
});
