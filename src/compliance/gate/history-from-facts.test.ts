/**
 * The gate's fast path for history: `parsedHistory` must give exactly what the scenario schema
 * gives for the same raw events (else the gate would judge something else than
 * `recoup compliance check` judges), and must step aside (null) whenever it cannot.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Scenario, automations, channels, eventKinds, numberTypes, parties, purposes, relationships } from '../scenario.ts';
import { parsedHistory, toHistory, type RawEvent } from './history-from-facts.ts';
import type { FactContactPoint, FactEvent } from './load-facts.ts';

const points: FactContactPoint[] = [
  { id: 7, kind: 'phone', number_type: 'mobile', timezone: null, consent: true, do_not_use: false, employer_provided: false, related_party_id: null },
  { id: 8, kind: 'email', number_type: null, timezone: null, consent: false, do_not_use: false, employer_provided: true, related_party_id: null },
];

function fact(over: Partial<FactEvent>, i: number): FactEvent {
  return {
    id: 100 + i, account_id: 5, at: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T1${i % 10}:00:00+00:00`, channel: 'phone', kind: 'call_attempt',
    direction: 'outbound', party: 'debtor', connected: true, misdirected: false, ringless: false, discussed_account_ids: null, contact_point_id: null,
    number_type: null, automation: null, related_party_id: null, relationship: null, purpose: null, in_reply_to: null, actor_kind: 'agent',
    consent_window_from: null, consent_window_to: null, ...over,
  };
}

/** Every variation the stored history can take, one field at a time and a few together. */
const variations: Partial<FactEvent>[] = [
  {},
  ...channels.map((channel) => ({ channel })),
  { channel: 'chat', kind: 'chat' },
  { channel: 'email', kind: 'chat' },
  { channel: 'visit', kind: 'visit' },
  ...eventKinds.map((kind) => ({ kind })),
  ...parties.map((party) => ({ party })),
  { direction: 'inbound' },
  { connected: false, misdirected: true, ringless: true },
  { account_id: null },
  { discussed_account_ids: [5, 6] },
  { discussed_account_ids: [] },
  { contact_point_id: 7 },
  { contact_point_id: 8, channel: 'email', kind: 'email' },
  { contact_point_id: 99 },
  ...numberTypes.map((number_type) => ({ number_type })),
  ...automations.map((automation) => ({ automation })),
  { related_party_id: 3, relationship: 'spouse' },
  { related_party_id: 3, relationship: 'landlord' },
  ...relationships.map((relationship) => ({ relationship })),
  ...purposes.map((purpose) => ({ purpose })),
  { purpose: 'small_talk' },
  { in_reply_to: 101 },
  { actor_kind: 'third_party_agency' },
  { actor_kind: 'robot' },
  { at: '2026-11-03T09:15:30.250+08:00' },
  { at: '2026-11-03T23:59:59-05:00' },
  { channel: 'sms', kind: 'sms', automation: 'artificial_voice', number_type: 'mobile', contact_point_id: 7, discussed_account_ids: [9], in_reply_to: 100, related_party_id: 4, relationship: 'employer', purpose: 'location_information', actor_kind: 'third_party_agency' },
];

function viaSchema(raw: RawEvent[]): unknown {
  return Scenario.parse({ id: 's', regime: 'US_REG_F', debtor: { timezone: 'America/New_York' }, proposed: { at: '2026-11-30T15:00:00Z', channel: 'phone', party: 'debtor' }, history: raw }).history;
}

describe('parsedHistory', () => {
  it('gives what the scenario schema gives, for every variation of a stored event', () => {
    const raw = toHistory(variations.map(fact), points);
    assert.ok(raw.length >= variations.length - 1, 'only the visit is left out');
    const fast = parsedHistory(raw);
    assert.ok(fast, 'the plain form takes the fast path');
    assert.deepStrictEqual(fast, viaSchema(raw));
    for (const [i, v] of variations.entries()) {
      const one = toHistory([fact(v, i)], points);
      assert.deepStrictEqual(parsedHistory(one), viaSchema(one), JSON.stringify(v));
    }
  });

  it('sorts by time as the schema does (stable for equal times)', () => {
    const raw = toHistory([fact({ at: '2026-11-05T10:00:00Z' }, 1), fact({ at: '2026-11-04T10:00:00Z' }, 2), fact({ at: '2026-11-05T10:00:00Z', kind: 'sms', channel: 'sms' }, 3)], points);
    assert.deepStrictEqual(parsedHistory(raw), viaSchema(raw));
  });

  it('steps aside for what it does not handle, so that the schema words the problem', () => {
    const stepAside: Partial<FactEvent>[] = [
      { consent_window_from: '2026-11-03', consent_window_to: '2026-11-20' },
      { channel: 'pigeon' },
      { kind: 'smoke_signal' },
      { party: 'nobody' },
      { direction: 'sideways' },
      { number_type: 'satellite' },
      { automation: 'robot_arm' },
    ];
    for (const v of stepAside) assert.equal(parsedHistory(toHistory([fact(v, 0)], points)), null, JSON.stringify(v));
    const bad = toHistory([fact({ channel: 'pigeon' }, 0)], points);
    assert.throws(() => viaSchema(bad), /pigeon/);
  });
});

describe('toHistoryEvent', () => {
  it('sets the keys of every event in sorted order (the canonical hash then copies nothing)', () => {
    for (const [i, v] of [...variations, { consent_window_from: '2026-11-03', consent_window_to: '2026-11-20' }].entries()) {
      for (const e of toHistory([fact(v, i)], points)) {
        const keys = Object.keys(e);
        assert.deepEqual(keys, [...keys].sort(), JSON.stringify(v));
      }
    }
  });
});
