/**
 * Holds and preferences through the gate against real PostgreSQL: each hold stops the right
 * channels for the right debts, and releasing it lifts the block.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTenant } from '../../identity/index.ts';
import { isAppError } from '../../platform/errors.ts';
import { createTestDb, type TestDb } from '../../platform/testing.ts';
import { setDebtFacts } from '../gate/debt-facts.ts';
import { insertBorrower, insertPortfolio, type FixtureBorrower } from '../gate/fixtures.ts';
import { gateContact, type GateDecision } from '../gate/gate-contact.ts';
import { setContactPreference } from './preferences.ts';
import { findHolds, releaseHold, setHold, type SetHoldInput } from './set-hold.ts';
import type { PreferenceKind } from './tables.ts';

let t: TestDb;
let tenantId: string;
const portfolios: Record<'US_REG_F' | 'UK_CONC' | 'CN_NIFA', string> = { US_REG_F: '', UK_CONC: '', CN_NIFA: '' };
const zones = { US_REG_F: 'America/New_York', UK_CONC: 'Europe/London', CN_NIFA: 'Asia/Shanghai' };
// Wednesday 2026-11-18: 10:00 New York, 15:00 London, 23:00 Shanghai — so CN cases use 03:00Z (11:00)
const AT = { US_REG_F: '2026-11-18T15:00:00Z', UK_CONC: '2026-11-18T15:00:00Z', CN_NIFA: '2026-11-18T03:00:00Z' };

before(async () => {
  t = await createTestDb();
  tenantId = (await createTenant(t.db, { slug: 'holds', name: 'Holds test lender' })).id;
  for (const k of Object.keys(portfolios) as (keyof typeof portfolios)[]) portfolios[k] = await insertPortfolio(t.db, { tenantId, rulePack: k });
});
after(async () => t.close());

type Regime = keyof typeof portfolios;
type Proposal = { channel: string; account: 0 | 1; point?: 'mobileId' | 'landlineId' | 'emailId'; party?: 'debtor' | 'third_party'; purpose?: string };

async function newBorrower(regime: Regime): Promise<FixtureBorrower> {
  return insertBorrower(t.db, { tenantId, portfolioId: portfolios[regime], timezone: zones[regime], accounts: 2 });
}

async function decide(regime: Regime, b: FixtureBorrower, p: Proposal): Promise<GateDecision> {
  const point = p.point ?? (p.channel === 'email' ? 'emailId' : p.channel === 'letter' ? undefined : 'mobileId');
  return t.db.transaction().execute((tx) =>
    gateContact(tx, {
      tenantId, borrowerId: b.borrowerId, accountIds: [b.accountIds[p.account]], actor: 'user:test', record: false,
      proposed: {
        channel: p.channel, at: AT[regime], party: p.party ?? 'debtor', contactPointId: point ? b[point] : null,
        relatedPartyId: p.party === 'third_party' ? b.neighborId : null, purpose: p.purpose,
        content: p.channel === 'sms' || p.channel === 'email' ? 'This is Acme, a debt collector. Reply STOP to opt out.' : undefined,
      },
    }),
  );
}

type HoldCase = {
  name: string;
  regime: Regime;
  hold: Omit<SetHoldInput, 'tenantId' | 'borrowerId' | 'accountId' | 'source' | 'actor'> & { onAccount: 0 | null };
  /** [proposal, expected blocking reason or null for allowed] */
  expect: [Proposal, string | null][];
};

const holdCases: HoldCase[] = [
  {
    name: 'written cease on debt A stops every channel about A, not about B',
    regime: 'US_REG_F',
    hold: { type: 'cease_communication', details: { writtenVia: 'letter' }, onAccount: 0 },
    expect: [[{ channel: 'agent_call', account: 0 }, 'cease_communication'], [{ channel: 'letter', account: 0 }, 'cease_communication'], [{ channel: 'email', account: 0 }, 'cease_communication'], [{ channel: 'letter', account: 0, purpose: 'termination_notice' }, null], [{ channel: 'agent_call', account: 1 }, null], [{ channel: 'email', account: 1 }, null]],
  },
  {
    name: 'written cease on the borrower stops both debts',
    regime: 'US_REG_F',
    hold: { type: 'cease_communication', details: { writtenVia: 'email' }, onAccount: null },
    expect: [[{ channel: 'agent_call', account: 0 }, 'cease_communication'], [{ channel: 'sms', account: 1 }, 'cease_communication']],
  },
  {
    name: 'attorney with name and address stops the consumer and location calls',
    regime: 'US_REG_F',
    hold: { type: 'attorney_representation', details: { attorney: { name: 'J. Doe, Esq.', address: '1 Main St, Albany NY' } }, onAccount: null },
    expect: [[{ channel: 'agent_call', account: 0 }, 'attorney_represented'], [{ channel: 'agent_call', account: 0, party: 'third_party', purpose: 'location_information' }, 'attorney_represented']],
  },
  {
    name: 'bankruptcy stay on debt A stops A only',
    regime: 'US_REG_F',
    hold: { type: 'bankruptcy_stay', details: { caseNumber: '26-10001' }, onAccount: 0 },
    expect: [[{ channel: 'agent_call', account: 0 }, 'bankruptcy_stay'], [{ channel: 'letter', account: 0 }, 'bankruptcy_stay'], [{ channel: 'agent_call', account: 1 }, null]],
  },
  {
    name: 'written dispute without a known validation period is treated as inside it (fail closed)',
    regime: 'US_REG_F',
    hold: { type: 'written_dispute', details: { grounds: 'not my debt' }, onAccount: 0 },
    expect: [[{ channel: 'agent_call', account: 0 }, 'dispute_pending'], [{ channel: 'agent_call', account: 1 }, null]],
  },
  {
    name: 'written dispute received after the validation period does not stop collection',
    regime: 'US_REG_F',
    hold: { type: 'written_dispute', details: { withinValidationPeriod: false }, onAccount: 0 },
    expect: [[{ channel: 'agent_call', account: 0 }, null]],
  },
  {
    name: 'Breathing Space (standard) stops every channel about the covered debt',
    regime: 'UK_CONC',
    hold: { type: 'breathing_space', details: { type: 'standard', start: '2026-11-01' }, onAccount: 0 },
    expect: [[{ channel: 'agent_call', account: 0 }, 'breathing_space'], [{ channel: 'sms', account: 0 }, 'breathing_space'], [{ channel: 'agent_call', account: 1 }, null]],
  },
  {
    name: 'mental-capacity concern suspends recovery (UK)',
    regime: 'UK_CONC',
    hold: { type: 'mental_capacity_concern', details: {}, onAccount: null },
    expect: [[{ channel: 'agent_call', account: 0 }, 'mental_capacity_suspension'], [{ channel: 'letter', account: 1 }, 'mental_capacity_suspension']],
  },
  {
    name: 'deceased: nothing addressed to the debtor',
    regime: 'US_REG_F',
    hold: { type: 'deceased', details: { dateOfDeath: '2026-10-02' }, onAccount: null },
    expect: [[{ channel: 'agent_call', account: 0 }, 'third_party_disclosure'], [{ channel: 'letter', account: 1 }, 'third_party_disclosure']],
  },
  {
    name: 'complaint pending stops legal actions, not reminders',
    regime: 'UK_CONC',
    hold: { type: 'complaint_pending', details: { reference: 'C-17' }, onAccount: 0 },
    expect: [[{ channel: 'legal_letter', account: 0 }, 'complaint_pending'], [{ channel: 'agent_call', account: 0 }, null], [{ channel: 'legal_letter', account: 1 }, null]],
  },
  {
    name: 'hardship review does not stop contact',
    regime: 'CN_NIFA',
    hold: { type: 'hardship_review', details: {}, onAccount: null },
    expect: [[{ channel: 'agent_call', account: 0 }, null]],
  },
];

describe('holds stop the right channels for the right debts', () => {
  for (const c of holdCases) {
    it(c.name, async () => {
      const b = await newBorrower(c.regime);
      const accountId = c.hold.onAccount === null ? null : b.accountIds[c.hold.onAccount];
      const { hold } = await t.db.transaction().execute((tx) => setHold(tx, { tenantId, borrowerId: b.borrowerId, accountId, type: c.hold.type, details: c.hold.details, source: 'api', actor: 'user:officer', receivedAt: '2026-11-02T12:00:00Z', startsAt: '2026-11-02T12:00:00Z' }));
      for (const [p, reason] of c.expect) {
        const d = await decide(c.regime, b, p);
        const label = `${p.channel} about debt ${p.account}${p.party === 'third_party' ? ' to a third party' : ''}${p.purpose ? ` (${p.purpose})` : ''}`;
        if (reason === null) assert.equal(d.allowed, true, `${label}: expected allowed, got ${d.reasons.join(',')}`);
        else assert.ok(d.reasons.includes(reason), `${label}: expected ${reason}, got ${d.reasons.join(',') || 'allowed'}`);
      }
      await t.db.transaction().execute((tx) => releaseHold(tx, { tenantId, holdId: hold.id, actor: 'user:officer', reason: 'test' }));
      const d = await decide(c.regime, b, c.expect[0][0]);
      assert.equal(d.allowed, true, `after release: ${d.reasons.join(',')}`);
    });
  }
});

describe('setHold / releaseHold', () => {
  it('refuses a spoken cease: that is a medium opt-out', async () => {
    const b = await newBorrower('US_REG_F');
    await assert.rejects(
      t.db.transaction().execute((tx) => setHold(tx, { tenantId, borrowerId: b.borrowerId, type: 'cease_communication', details: { writtenVia: 'phone' }, source: 'desk', actor: 'user:a' })),
      (e) => isAppError(e) && e.code === 'INVALID_INPUT' && /medium opt-out/.test(e.details[0]?.message ?? ''),
    );
  });

  it('refuses an attorney hold without the address', async () => {
    const b = await newBorrower('US_REG_F');
    await assert.rejects(
      t.db.transaction().execute((tx) => setHold(tx, { tenantId, borrowerId: b.borrowerId, type: 'attorney_representation', details: { attorney: { name: 'X' } }, source: 'api', actor: 'user:a' })),
      (e) => isAppError(e) && e.code === 'INVALID_INPUT',
    );
  });

  it('is idempotent for imports, emits hold.set/hold.released with audit and evidence, and refuses a second release', async () => {
    const b = await newBorrower('US_REG_F');
    const input: SetHoldInput = { tenantId, borrowerId: b.borrowerId, accountId: b.accountIds[1], type: 'bankruptcy_stay', details: { caseNumber: '1' }, source: 'import', actor: 'system:import' };
    const first = await t.db.transaction().execute((tx) => setHold(tx, input));
    const second = await t.db.transaction().execute((tx) => setHold(tx, input));
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.equal(second.hold.id, first.hold.id);
    assert.equal((await findHolds(t.db, { tenantId, borrowerId: b.borrowerId })).length, 1);
    await t.db.transaction().execute((tx) => releaseHold(tx, { tenantId, holdId: first.hold.id, actor: 'user:o', reason: 'case dismissed' }));
    await assert.rejects(t.db.transaction().execute((tx) => releaseHold(tx, { tenantId, holdId: first.hold.id, actor: 'user:o', reason: 'again' })), (e) => isAppError(e) && e.code === 'CONFLICT');
    const names = (await t.db.selectFrom('domain_events').select('name').where('aggregate_id', '=', String(b.borrowerId)).orderBy('id').execute()).map((r) => r.name);
    assert.deepEqual(names, ['hold.set', 'hold.released']);
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'hold').where('subject_id', '=', String(first.hold.id)).execute();
    assert.equal(audit.length, 2);
    const ev = await t.db.selectFrom('evidence_queue').select('kind').where('subject_type', '=', 'hold').where('subject_id', '=', String(first.hold.id)).execute();
    assert.equal(ev.length, 2);
    assert.equal((await findHolds(t.db, { tenantId, borrowerId: b.borrowerId })).length, 0);
  });

  it('refuses an account of another borrower', async () => {
    const b = await newBorrower('US_REG_F');
    const other = await newBorrower('US_REG_F');
    await assert.rejects(
      t.db.transaction().execute((tx) => setHold(tx, { tenantId, borrowerId: b.borrowerId, accountId: other.accountIds[0], type: 'bankruptcy_stay', source: 'api', actor: 'user:a' })),
      (e) => isAppError(e) && e.code === 'NOT_FOUND',
    );
  });
});

type PrefCase = { name: string; kind: PreferenceKind; channel?: 'phone' | 'sms' | 'email'; point?: 'mobileId' | 'emailId'; value?: Record<string, unknown>; expect: [Proposal, string | null][] };

const prefCases: PrefCase[] = [
  { name: 'spoken "stop calling" = medium opt-out of phone: calls stop, texts do not', kind: 'medium_opt_out', channel: 'phone', expect: [[{ channel: 'agent_call', account: 0 }, 'medium_opt_out'], [{ channel: 'voice_bot', account: 1 }, 'medium_opt_out'], [{ channel: 'sms', account: 0 }, null]] },
  { name: 'electronic opt-out of one email address', kind: 'electronic_opt_out', point: 'emailId', expect: [[{ channel: 'email', account: 0 }, 'electronic_opt_out'], [{ channel: 'sms', account: 0 }, null]] },
  { name: 'inconvenient time: Wednesdays', kind: 'inconvenient_time', value: { daysOfWeek: ['wed'] }, expect: [[{ channel: 'agent_call', account: 0 }, 'inconvenient_time']] },
];

describe('contact preferences feed the gate', () => {
  for (const c of prefCases) {
    it(c.name, async () => {
      const b = await newBorrower('US_REG_F');
      await t.db.transaction().execute((tx) =>
        setContactPreference(tx, { tenantId, borrowerId: b.borrowerId, kind: c.kind, channel: c.channel, contactPointId: c.point ? b[c.point] : null, value: c.value, source: 'desk', actor: 'user:agent' }),
      );
      for (const [p, reason] of c.expect) {
        const d = await decide('US_REG_F', b, p);
        if (reason === null) assert.equal(d.allowed, true, `${p.channel}: ${d.reasons.join(',')}`);
        else assert.ok(d.reasons.includes(reason), `${p.channel}: expected ${reason}, got ${d.reasons.join(',') || 'allowed'}`);
      }
    });
  }

  it('a robot call to a mobile needs TCPA consent; revoking it blocks again', async () => {
    const b = await insertBorrower(t.db, { tenantId, portfolioId: portfolios.US_REG_F, timezone: zones.US_REG_F, mobileConsent: false });
    const robot = () => decide('US_REG_F', b, { channel: 'voice_bot', account: 0 });
    assert.deepEqual((await robot()).reasons, ['tcpa_consent_required']);
    const pref = (kind: PreferenceKind) => t.db.transaction().execute((tx) => setContactPreference(tx, { tenantId, borrowerId: b.borrowerId, kind, contactPointId: b.mobileId, source: 'robot', actor: 'robot:voice-1' }));
    await pref('tcpa_consent');
    assert.equal((await robot()).allowed, true);
    await pref('tcpa_consent_revoked');
    assert.deepEqual((await robot()).reasons, ['tcpa_consent_required']);
  });
});

describe('US written disputes against the validation period (debt facts)', () => {
  const cases: { name: string; facts: Parameters<typeof setDebtFacts>[1]['facts']; blocked: boolean }[] = [
    { name: 'received inside the period, no verification yet: blocked', facts: { validationPeriodEnd: '2026-11-20' }, blocked: true },
    { name: 'received inside the period, verification sent after it: allowed', facts: { validationPeriodEnd: '2026-11-20', verificationSentAt: '2026-11-12T10:00:00Z' }, blocked: false },
    { name: 'received after the period ended: allowed (report as disputed)', facts: { validationPeriodEnd: '2026-11-05' }, blocked: false },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const b = await newBorrower('US_REG_F');
      await t.db.transaction().execute(async (tx) => {
        await setDebtFacts(tx, { tenantId, accountId: b.accountIds[0], facts: c.facts, actor: 'user:officer' });
        await setHold(tx, { tenantId, borrowerId: b.borrowerId, accountId: b.accountIds[0], type: 'written_dispute', details: {}, source: 'import', actor: 'system:import', receivedAt: '2026-11-10T10:00:00Z', startsAt: '2026-11-10T10:00:00Z' });
      });
      const d = await decide('US_REG_F', b, { channel: 'agent_call', account: 0 });
      if (c.blocked) assert.deepEqual(d.reasons, ['dispute_pending']);
      else assert.equal(d.allowed, true, d.reasons.join(','));
    });
  }
});
