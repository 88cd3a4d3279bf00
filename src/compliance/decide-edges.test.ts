/**
 * Combinations and remaining edges: holds with time blocks (no nextAllowedAt), citations
 * aligned with reasons, UK customer-requested times and firm windows, CN zones, and aliases.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideContact } from './evaluate.ts';
import { resolvePack } from './rules/packs.ts';
import { parseScenario } from './scenario-parse.ts';
import { call, decideRaw, rawScenario, type Raw } from './scenario-fixtures.ts';

function parsed(raw: Raw) {
  const p = parseScenario(raw);
  if (!p.ok) throw new Error(p.error);
  return p.scenario;
}

describe('combinations', () => {
  it('a hold together with a time block gives no nextAllowedAt', () => {
    const d = decideRaw(rawScenario('US_REG_F', { flags: { bankruptcy: true }, proposed: { at: '2026-06-11T02:00:00Z' } }));
    assert.deepEqual(d.reasons, ['inconvenient_time', 'bankruptcy_stay']);
    assert.equal(d.nextAllowedAt, null);
  });
  it('every reason has its own citation, in the same order', () => {
    const d = decideRaw(rawScenario('US_REG_F', {
      flags: { ceaseCommunication: true, mediumOptOut: ['phone'] },
      history: Array.from({ length: 7 }, (_, i) => call(`2026-06-09T14:0${i}:00Z`)),
      proposed: { at: '2026-06-10T11:00:00Z' },
    }));
    assert.deepEqual(d.reasons, ['inconvenient_time', 'frequency_7_in_7', 'cease_communication', 'medium_opt_out']);
    assert.deepEqual(d.citations.map((c) => /1006\.(6\(b\)|14\(b\)|6\(c\)|14\(h\))/.test(c)), [true, true, true, true]);
  });
  it('time window + 7-in-7 + a designated weekday combine into one nextAllowedAt', () => {
    const d = decideRaw(rawScenario('US_REG_F', {
      debtor: { knownTimezones: ['America/New_York', 'America/Los_Angeles'] },
      flags: { inconvenientTimes: [{ daysOfWeek: ['Tue'] }] },
      history: Array.from({ length: 7 }, (_, i) => call(`2026-06-09T14:0${i}:00Z`)), // Tue June 9
      proposed: { at: '2026-06-10T16:00:00Z' },
    }));
    assert.deepEqual(d.reasons, ['frequency_7_in_7']);
    // the 7 calls leave the window on Tue June 16 (designated inconvenient) → Wed June 17, 11:01 ET (08:01 PT)
    assert.equal(d.nextAllowedAt, '2026-06-17T15:00:01Z');
  });
});

describe('UK', () => {
  it('a shift worker\'s request (CONC 7.9.4R) is honoured', () => {
    const d = decideRaw(rawScenario('UK_CONC', { flags: { inconvenientTimes: [{ daysOfWeek: [1, 2, 3, 4, 5], from: '09:00', to: '16:00' }] } }));
    assert.deepEqual(d.reasons, ['inconvenient_time']);
    assert.match(d.citations[0], /7\.9\.4R/);
    assert.equal(d.nextAllowedAt, '2026-06-10T15:00:00Z');
  });
  it('a firm window set per portfolio (09:00-20:00) applies', () => {
    const s = parsed(rawScenario('UK_CONC', { proposed: { at: '2026-06-10T07:30:00Z' } })); // 08:30 BST
    assert.equal(decideContact(s, resolvePack('UK_CONC')).allowed, true);
    const d = decideContact(s, resolvePack('UK_CONC', { window: { startMinute: 540, endMinute: 1200, edgesBlocked: true } }));
    assert.deepEqual(d.reasons, ['inconvenient_time']);
    assert.equal(d.nextAllowedAt, '2026-06-10T08:00:01Z');
    assert.notEqual(d.packVersion, resolvePack('UK_CONC').version);
  });
  it('no US-style call caps under CONC', () => {
    const d = decideRaw(rawScenario('UK_CONC', { history: Array.from({ length: 9 }, (_, i) => call(`2026-06-09T10:0${i}:00Z`)) }));
    assert.equal(d.allowed, true);
  });
});

describe('CN', () => {
  it('a second known zone (Asia/Urumqi, UTC+6) holds the morning back', () => {
    const raw = rawScenario('CN_NIFA', { debtor: { knownTimezones: ['Asia/Shanghai', 'Asia/Urumqi'] }, proposed: { at: '2026-06-10T09:30:00+08:00' } });
    const d = decideRaw(raw);
    assert.deepEqual(d.reasons, ['inconvenient_time']);
    assert.equal(d.nextAllowedAt, '2026-06-10T02:00:01Z');
  });
  it('no 7-in-7 under CN rules; the daily cap applies instead', () => {
    const h = ['06-05', '06-06', '06-07', '06-08', '06-09'].flatMap((d) => [call(`2026-${d}T10:00:00+08:00`), call(`2026-${d}T11:00:00+08:00`)]);
    assert.equal(decideRaw(rawScenario('CN_NIFA', { history: h })).allowed, true);
  });
});

describe('aliases and packs in decisions', () => {
  it('"prerecorded" is the same TCPA rule as "artificial_voice"', () => {
    const d = decideRaw(rawScenario('US_REG_F', { proposed: { automation: 'prerecorded', numberType: 'mobile', to: '+12125550100' } }));
    assert.deepEqual(d.reasons, ['tcpa_consent_required']);
  });
  it('an autodialer needs consent to a mobile but is not under the residential 3-call cap', () => {
    const auto = (at: string) => call(at, { automation: 'autodialer', to: '+12125550100', numberType: 'home_landline' });
    assert.deepEqual(decideRaw(rawScenario('US_REG_F', { proposed: { automation: 'autodialer', numberType: 'mobile', to: '+12125550100' } })).reasons, ['tcpa_consent_required']);
    const h = ['2026-06-01T14:00:00Z', '2026-06-03T14:00:00Z', '2026-06-05T14:00:00Z'].map(auto);
    assert.deepEqual(decideRaw(rawScenario('US_REG_F', { history: h, proposed: { automation: 'autodialer', numberType: 'home_landline', to: '+12125550100' } })).reasons, []);
  });
  it('a direct message ("dm") is private; "followers" is visible to others', () => {
    const msg = { channel: 'social_media', content: 'Jo, this is from a debt collector. Reply STOP to stop messages.' };
    assert.deepEqual(decideRaw(rawScenario('US_REG_F', { proposed: { ...msg, visibility: 'dm' } })).reasons.filter((r) => r === 'prohibited_medium'), []);
    assert.deepEqual(decideRaw(rawScenario('US_REG_F', { proposed: { ...msg, visibility: 'followers' } })).reasons.filter((r) => r === 'prohibited_medium'), ['prohibited_medium']);
  });
  it('the decision records the pack id and version', () => {
    const d = decideRaw(rawScenario('CN_NIFA'));
    assert.deepEqual([d.packId, d.packVersion], ['CN_NIFA', resolvePack('CN_NIFA').version]);
  });
});

describe('a Scenario built by hand (as the database gate does)', () => {
  it('decideContact sorts a history that is out of order (CN: a late conversation makes the debtor reachable)', () => {
    const talk = call('2026-06-10T11:30:00+08:00', { kind: 'conversation' });
    const fails = ['09:00', '10:00', '11:00'].map((t) => call(`2026-06-10T${t}:00+08:00`));
    const s = parsed(rawScenario('CN_NIFA', { history: [talk, ...fails], proposed: { party: 'third_party', relationship: 'emergency_contact', thirdPartyId: 'c1' } }));
    const shuffled = { ...s, history: [s.history[3], s.history[0], s.history[1], s.history[2]] };
    assert.equal(shuffled.history[0].kind, 'conversation');
    assert.deepEqual(decideContact(shuffled, resolvePack('CN_NIFA')).reasons, ['third_party_contact']);
    const withoutTalk = { ...s, history: s.history.filter((e) => e.kind !== 'conversation').reverse() };
    assert.deepEqual(decideContact(withoutTalk, resolvePack('CN_NIFA')).reasons, []);
  });
});

// An exception label is taken at its word only when the content is what the label says (third outside-style probe).
describe('termination notices and opt-out confirmations are judged by their content', () => {
  const optedOut = { electronicOptOut: ['sms:+12125550100'] };
  const confirm = (content: string) => decideRaw(rawScenario('US_REG_F', { flags: optedOut, proposed: { channel: 'sms', to: '+12125550100', purpose: 'opt_out_confirmation', content } }));
  it('a confirmation that only confirms goes to the opted-out number (1006.14(h)(2)(i))', () => {
    assert.equal(confirm('We received your request and will no longer send texts to this number.').allowed, true);
  });
  it('a "confirmation" that also demands payment, or confirms nothing, meets the opt-out', () => {
    for (const content of ['We received your request and will no longer send texts to this number. Please pay your balance of $500 today.', 'Call us at 1-800-555-0100 about your account.']) {
      const d = confirm(content);
      assert.equal(d.allowed, false, content);
      assert.ok(d.reasons.includes('electronic_opt_out'), `${content}: ${d.reasons.join(',')}`);
      assert.ok(d.warnings?.some((w) => w.includes('not honoured')), JSON.stringify(d.warnings));
    }
  });
  const terminate = (content: string) => decideRaw(rawScenario('US_REG_F', { flags: { ceaseCommunication: true }, proposed: { channel: 'letter', purpose: 'termination_notice', content } }));
  it('a termination notice passes a cease hold (1006.6(c)(2)(i)), one that demands payment does not', () => {
    assert.equal(terminate('ABC Inc is a debt collector. We are closing your file and will make no further attempts to collect this debt. You do not need to pay anything.').allowed, true);
    assert.deepEqual(terminate('ABC Inc is a debt collector. We are closing your file. Pay $500 now or we will report you to the credit bureaus.').reasons, ['cease_communication']);
  });
  it('a factual description of the debt ("you took out a loan with us") is not pressure to borrow', () => {
    const d = decideRaw(rawScenario('UK_CONC', { proposed: { content: 'Hello, this is Sam from ABC Recoveries. You took out a loan with us in 2021 and have missed three payments. Please call us to discuss an affordable plan.' } }));
    assert.equal(d.allowed, true, d.reasons.join(','));
  });
});
