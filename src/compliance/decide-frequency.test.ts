/**
 * Frequency rules at their edges: US 7-in-7 (1006.14(b)(2)(i)(A)) — the 7th and 8th call, what
 * counts as a call, particular debts, student loans, several debts, consent — the
 * post-conversation wait ((B), day 1 = date of the conversation), the TCPA, and the Chinese
 * daily caps. The proposed call is Wed 2026-06-10 12:00 EDT (16:00Z) unless said otherwise.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, decideRaw, rawScenario, type Raw } from './scenario-fixtures.ts';

/** n events at 14:00Z (10:00 EDT) on June `day`, one minute apart. */
function calls(day: number, n: number, over: Raw = {}): Raw[] {
  return Array.from({ length: n }, (_, i) => call(`2026-06-${String(day).padStart(2, '0')}T14:${String(i).padStart(2, '0')}:00Z`, over));
}

const twoDebts = [{ id: 'd1' }, { id: 'd2' }, { id: 'd3' }];
const us = (history: Raw[], proposed: Raw = {}, debts: Raw[] = twoDebts) => decideRaw(rawScenario('US_REG_F', { history, proposed, debts }));

describe('7 calls in 7 days (1006.14(b)(2)(i)(A))', () => {
  const table: [string, Raw[], Raw, string[]][] = [
    ['6 earlier calls: the 7th is allowed', [...calls(4, 3), ...calls(8, 3)], {}, []],
    ['7 earlier calls: the 8th is blocked', [...calls(4, 3), ...calls(8, 4)], {}, ['frequency_7_in_7']],
    ['a call 7 dates before (June 3) is outside the window', [...calls(3, 1), ...calls(8, 6)], {}, []],
    ['a call 6 dates before (June 4) is inside', [...calls(4, 1), ...calls(8, 6)], {}, ['frequency_7_in_7']],
    ['texts and emails are not calls', [...calls(8, 7, { channel: 'sms', kind: 'sms' }), ...calls(9, 3, { channel: 'email', kind: 'email' })], {}, []],
    ['busy signals / numbers not in service do not count', [...calls(8, 6), ...calls(9, 3, { connected: false })], {}, []],
    ['misdirected calls do not count toward the person', [...calls(8, 6), ...calls(9, 3, { misdirected: true })], {}, []],
    ['voicemails count', [...calls(8, 6), ...calls(9, 1, { kind: 'voicemail' })], {}, ['frequency_7_in_7']],
    ['ringless voicemails count', [...calls(8, 6), ...calls(9, 1, { kind: 'voicemail', ringless: true, channel: 'phone' })], {}, ['frequency_7_in_7']],
    ['calls about another debt do not count', [...calls(8, 7, { debtId: 'd2' })], {}, []],
    ['an unanswered call counts only toward its debtId', [...calls(8, 7, { debtId: 'd1' })], { debtId: 'd2' }, []],
    ['a voicemail naming several debts counts for each', [...calls(8, 7, { kind: 'voicemail', debtId: 'd1', discussedDebtIds: ['d1', 'd2'] })], { debtId: 'd2' }, ['frequency_7_in_7']],
    ['calls to a third party are counted separately', [...calls(8, 7, { party: 'third_party', thirdPartyId: 'n1', relationship: 'neighbor' })], {}, []],
    ['the proposed 8th voicemail is a call too', [...calls(8, 7)], { kind: 'voicemail' }, ['frequency_7_in_7']],
    ['a proposed text is not a call', [...calls(8, 7)], { channel: 'sms' }, []],
  ];
  for (const [name, history, proposed, reasons] of table) {
    it(name, () => {
      const d = us(history, proposed);
      assert.deepEqual(d.reasons, reasons);
    });
  }
  it('history out of order is sorted by time', () => {
    const h = [...calls(4, 3), ...calls(8, 4)].reverse();
    assert.deepEqual(us(h).reasons, ['frequency_7_in_7']);
  });
  it('nextAllowedAt: one call a day June 4-10 → June 11 08:01 EDT', () => {
    const h = [4, 5, 6, 7, 8, 9].flatMap((d) => calls(d, 1)).concat([call('2026-06-10T13:00:00Z')]);
    const d = us(h);
    assert.deepEqual(d.reasons, ['frequency_7_in_7']);
    assert.equal(d.nextAllowedAt, '2026-06-11T12:00:01Z');
    assert.equal(us(h, { at: d.nextAllowedAt }).allowed, true);
  });
  it('nextAllowedAt: seven calls on June 9 → June 16 08:01 EDT', () => {
    const d = us(calls(9, 7));
    assert.equal(d.nextAllowedAt, '2026-06-16T12:00:01Z');
  });
  it('at 23:30 the 7-in-7 block and the hours combine into the next allowed morning', () => {
    const d = us(calls(9, 7), { at: '2026-06-11T03:30:00Z' });
    assert.deepEqual(d.reasons, ['inconvenient_time', 'frequency_7_in_7']);
    assert.equal(d.nextAllowedAt, '2026-06-16T12:00:01Z');
  });
});

describe('student loans on one account are one particular debt (1006.14(b)(4))', () => {
  const loans = [{ id: 'sl1', studentLoanAccount: 'ACC-9' }, { id: 'sl2', studentLoanAccount: 'ACC-9' }, { id: 'sl3', studentLoanAccount: 'ACC-10' }];
  const h = [...calls(8, 4, { debtId: 'sl1' }), ...calls(9, 3, { debtId: 'sl2' })];
  it('4 calls on sl1 + 3 on sl2 (same account) block the 8th on sl1', () => {
    assert.deepEqual(us(h, { debtId: 'sl1' }, loans).reasons, ['frequency_7_in_7']);
  });
  it('a loan on another account is a separate debt', () => {
    assert.deepEqual(us(h, { debtId: 'sl3' }, loans).reasons, []);
  });
  it('without a shared account each loan is its own debt', () => {
    assert.deepEqual(us(h, { debtId: 'sl1' }, [{ id: 'sl1' }, { id: 'sl2' }]).reasons, []);
  });
});

describe('post-conversation wait (1006.14(b)(2)(i)(B)), day 1 = date of the conversation', () => {
  const conv = (day: number, over: Raw = {}) => call(`2026-06-${String(day).padStart(2, '0')}T15:00:00Z`, { kind: 'conversation', ...over });
  const table: [string, Raw[], Raw, string[], string | null][] = [
    ['conversation June 4 → June 10 is day 7: blocked', [conv(4)], {}, ['post_conversation_wait'], '2026-06-11T12:00:01Z'],
    ['conversation June 3 → June 10 is day 8: allowed', [conv(3)], {}, [], null],
    ['conversation earlier the same day', [conv(10)], {}, ['post_conversation_wait'], '2026-06-17T12:00:01Z'],
    ['a consumer-initiated (inbound) conversation also starts the wait', [conv(9, { direction: 'inbound' })], {}, ['post_conversation_wait'], '2026-06-16T12:00:01Z'],
    ['a conversation about d1 does not hold calls about d2', [conv(9)], { debtId: 'd2' }, [], null],
    ['a conversation counts for every debt discussed', [conv(9, { discussedDebtIds: ['d1', 'd2'] })], { debtId: 'd2' }, ['post_conversation_wait'], '2026-06-16T12:00:01Z'],
    ['a conversation with a misdirected number does not count', [conv(9, { misdirected: true })], {}, [], null],
    ['a text conversation is not a telephone conversation', [conv(9, { channel: 'sms' })], {}, [], null],
  ];
  for (const [name, history, proposed, reasons, next] of table) {
    it(name, () => {
      const d = us(history, proposed);
      assert.deepEqual(d.reasons, reasons);
      assert.equal(d.nextAllowedAt, next);
    });
  }
  it('a letter is not held by the wait', () => {
    assert.deepEqual(us([conv(9)], { channel: 'letter' }).reasons, []);
  });
});

describe('consent to calls excludes calls for up to 7 days (1006.14(b)(3)(i))', () => {
  const consent = (at: string, over: Raw = {}) => call(at, { kind: 'consent_to_calls', direction: 'inbound', ...over });
  it('calls made under consent are not counted', () => {
    const h = [consent('2026-06-07T13:00:00Z'), ...calls(8, 7)];
    assert.deepEqual(us(h, { at: '2026-06-15T16:00:00Z' }).reasons, []);
    assert.deepEqual(us(calls(8, 7), { at: '2026-06-12T16:00:00Z' }).reasons, ['frequency_7_in_7']);
  });
  it('the proposed call under consent is excluded itself', () => {
    assert.deepEqual(us([...calls(8, 7), consent('2026-06-09T13:00:00Z')]).reasons, []);
  });
  it('consent covers 7 days at most (day 8 counts again)', () => {
    const h = [consent('2026-06-03T13:00:00Z'), ...calls(9, 1), ...calls(10, 7)];
    assert.deepEqual(us(h).reasons, ['frequency_7_in_7']);
  });
  it('a shorter consentWindow ends earlier', () => {
    const h = [consent('2026-06-07T13:00:00Z', { consentWindow: { from: '2026-06-07', to: '2026-06-07' } }), ...calls(8, 7)];
    assert.deepEqual(us(h).reasons, ['frequency_7_in_7']);
  });
  it('a conversation about the debt ends the consent', () => {
    const h = [consent('2026-06-07T13:00:00Z'), call('2026-06-07T14:00:00Z', { kind: 'conversation' }), ...calls(8, 7)];
    assert.deepEqual(us(h, { at: '2026-06-14T16:00:00Z' }).reasons, ['frequency_7_in_7']);
  });
});

describe('state overlay: a stricter weekly cap (example US-MA-940CMR7)', () => {
  it('2 calls in 7 days → the 3rd is blocked with the overlay\'s citation', () => {
    const raw = rawScenario('US_REG_F', { history: calls(8, 2) });
    assert.equal(decideRaw(raw).allowed, true);
    const d = decideRaw(raw, ['US-MA-940CMR7']);
    assert.deepEqual(d.reasons, ['frequency_7_in_7']);
    assert.match(d.citations[0], /940 CMR/);
    assert.match(d.warnings.join(' '), /content/);
  });
});

describe('TCPA: artificial or prerecorded (incl. AI) voice', () => {
  const robot = { automation: 'artificial_voice', to: '+1 212 555 0100' };
  const auto = (day: number, n: number) => calls(day, n, { automation: 'artificial_voice', to: '+12125550100', numberType: 'home_landline' });
  const table: [string, Raw, Raw[], string[], string | null][] = [
    ['mobile without consent', { ...robot, numberType: 'mobile' }, [], ['tcpa_consent_required'], null],
    ['mobile with consent', { ...robot, numberType: 'mobile' }, [], [], null],
    ['human call to a mobile needs no consent', { numberType: 'mobile', to: '+12125550100' }, [], [], null],
    ['residential: 3 robot calls in 30 days → 4th blocked', { ...robot, numberType: 'home_landline' }, [...auto(1, 1), ...auto(5, 1), ...auto(9, 1)], ['tcpa_call_limit'], '2026-07-01T12:00:01Z'],
    ['residential: a call 30 dates before falls out', { ...robot, numberType: 'home_landline' }, [...calls(11, 1, { automation: 'artificial_voice', to: '+12125550100' }).map((e) => ({ ...e, at: '2026-05-11T14:00:00Z' })), ...auto(5, 1), ...auto(9, 1)], [], null],
    ['residential: 2 robot calls → 3rd allowed', { ...robot, numberType: 'home_landline' }, [...auto(5, 1), ...auto(9, 1)], [], null],
  ];
  for (const [name, proposed, history, reasons, next] of table) {
    it(name, () => {
      const consent = name.includes('with consent') ? ['+12125550100'] : [];
      const d = decideRaw(rawScenario('US_REG_F', { proposed, history, flags: { tcpaConsentNumbers: consent } }));
      assert.deepEqual(d.reasons, reasons);
      assert.equal(d.nextAllowedAt, next);
    });
  }
  it('residential cap lifted by consent', () => {
    const d = decideRaw(rawScenario('US_REG_F', { proposed: { ...robot, numberType: 'home_landline' }, history: [...auto(5, 2), ...auto(9, 2)], flags: { tcpaConsentNumbers: ['2125550100'] } }));
    assert.deepEqual(d.reasons, []);
  });
});

describe('China daily caps (GB/T 45251-2025; CBA 2026)', () => {
  const at = (hhmm: string, day = '10') => `2026-06-${day}T${hhmm}:00+08:00`;
  const talk = (hhmm: string, over: Raw = {}) => call(at(hhmm), { kind: 'conversation', to: '13800000001', ...over });
  const miss = (hhmm: string, over: Raw = {}) => call(at(hhmm), { to: '13800000001', ...over });
  const cn = (history: Raw[], proposed: Raw = {}, creditorType: string | undefined = 'bank') =>
    decideRaw(rawScenario('CN_NIFA', { history, proposed: { at: at('15:00'), to: '+86 138 0000 0001', ...proposed }, debts: [{ id: 'd1', creditorType }] }));
  const table: [string, Raw[], Raw, string | undefined, string[]][] = [
    ['2 connected calls today → 3rd allowed', [talk('09:00'), talk('10:00')], {}, 'bank', []],
    ['3 connected calls today → 4th blocked', [talk('09:00'), talk('10:00'), talk('11:00')], {}, 'bank', ['frequency_daily_cap']],
    ['connected calls by the agency count too', [talk('09:00'), talk('10:00', { actor: 'third_party_agency' }), talk('11:00', { actor: 'third_party_agency' })], {}, 'bank', ['frequency_daily_cap']],
    ['connected calls yesterday 23:30 do not count', [call(at('23:30', '09'), { kind: 'conversation' }), talk('09:00'), talk('10:00')], {}, 'bank', []],
    ['3 connected calls cap the debtor across numbers', [talk('09:00', { to: '139' }), talk('10:00'), talk('11:00')], { to: '13900000009' }, 'bank', ['frequency_daily_cap']],
    ['6 unanswered attempts to one number → 7th blocked (bank)', ['08:10', '09:00', '10:00', '11:00', '12:00', '13:00'].map((t) => miss(t)), {}, 'bank', ['frequency_daily_cap']],
    ['5 unanswered attempts → 6th allowed', ['08:10', '09:00', '10:00', '11:00', '12:00'].map((t) => miss(t)), {}, 'bank', []],
    ['6 unanswered to another number do not cap this one', ['08:10', '09:00', '10:00', '11:00', '12:00', '13:00'].map((t) => miss(t, { to: '13900000009' })), {}, 'bank', []],
    ['the 6-attempt rule is the banks\' guideline', ['08:10', '09:00', '10:00', '11:00', '12:00', '13:00'].map((t) => miss(t)), {}, 'consumer_finance_company', []],
    ['"Bank" is a bank', ['08:10', '09:00', '10:00', '11:00', '12:00', '13:00'].map((t) => miss(t)), {}, 'Bank', ['frequency_daily_cap']],
    ['no creditor type given: the banks\' cap applies (fail closed)', ['08:10', '09:00', '10:00', '11:00', '12:00', '13:00'].map((t) => miss(t)), {}, undefined, ['frequency_daily_cap']],
    ['no creditor type given, 5 attempts → 6th allowed', ['08:10', '09:00', '10:00', '11:00', '12:00'].map((t) => miss(t)), {}, undefined, []],
  ];
  for (const [name, history, proposed, creditorType, reasons] of table) {
    it(name, () => {
      const d = cn(history, proposed, creditorType);
      assert.deepEqual(d.reasons, reasons);
      assert.equal(d.nextAllowedAt, reasons.length ? '2026-06-11T00:00:01Z' : null);
    });
  }
});
