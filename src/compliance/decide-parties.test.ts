/**
 * Who may be contacted and through what: US third parties (1006.6(a), (d); 1006.10), spouse vs
 * parent (minor or not) vs neighbour; China's contacts only when the debtor is unreachable, never
 * told about the debt, never again after refusing; forbidden media (1006.22(f); CONC 7.9.7R/7.9.8G);
 * places (1006.6(b)(1)(ii), (b)(3)).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, decideRaw, rawScenario, type Raw } from './scenario-fixtures.ts';

type Case = { name: string; regime?: 'US_REG_F' | 'UK_CONC' | 'CN_NIFA'; debtor?: Raw; flags?: Raw; proposed?: Raw; history?: Raw[]; reasons: string[] };

function run(cases: Case[]): void {
  for (const c of cases) {
    it(`${c.name} → ${c.reasons.join(', ') || 'allowed'}`, () => {
      const d = decideRaw(rawScenario(c.regime ?? 'US_REG_F', { debtor: c.debtor, flags: c.flags, proposed: c.proposed, history: c.history }));
      assert.deepEqual(d.reasons, c.reasons);
    });
  }
}

const tp = (relationship: string, over: Raw = {}) => ({ party: 'third_party', relationship, thirdPartyId: `${relationship}-1`, ...over });
const loc = { purpose: 'location_information', content: 'Hi, this is Sam Lee. I am trying to confirm how to reach Jo Smith. Please call me at 1-800-555-1212.' };

describe('US: who counts as the consumer (1006.6(a)) and location contacts (1006.10)', () => {
  run([
    { name: 'spouse is the consumer', proposed: tp('spouse'), reasons: [] },
    { name: 'parent of a minor is the consumer', debtor: { isMinor: true }, proposed: tp('parent'), reasons: [] },
    { name: 'parent of an adult is a third party (debt contact)', proposed: tp('parent'), reasons: ['third_party_disclosure'] },
    { name: 'parent of an adult, location information', proposed: tp('parent', loc), reasons: [] },
    { name: 'neighbour, debt contact', proposed: tp('neighbor'), reasons: ['third_party_disclosure'] },
    { name: 'neighbour (British spelling), location information', proposed: tp('neighbour', loc), reasons: [] },
    { name: 'neighbour told about the debt', proposed: tp('neighbor', { ...loc, content: 'Jo Smith owes a past-due debt; ask her to call 1-800-555-1212.' }), reasons: ['third_party_disclosure'] },
    { name: 'colleague, second location communication (1006.10(c))', proposed: tp('colleague', loc), history: [call('2026-06-01T15:00:00Z', { ...tp('colleague'), kind: 'conversation', purpose: 'location_information' })], reasons: ['third_party_contact'] },
    { name: 'colleague, second communication within 7 days of the first conversation', proposed: tp('colleague', loc), history: [call('2026-06-08T15:00:00Z', { ...tp('colleague'), kind: 'conversation' })], reasons: ['post_conversation_wait', 'third_party_contact'] },
    { name: 'a letter to the colleague after a conversation', proposed: tp('colleague', { ...loc, channel: 'letter' }), history: [call('2026-06-01T15:00:00Z', { ...tp('colleague'), kind: 'conversation' })], reasons: ['third_party_contact'] },
    { name: 'colleague asked for another call', proposed: tp('colleague', loc), history: [call('2026-06-01T15:00:00Z', { ...tp('colleague'), kind: 'conversation' }), call('2026-06-02T15:00:00Z', { ...tp('colleague'), kind: 'email', channel: 'email', direction: 'inbound' })], reasons: [] },
    { name: 'a third party\'s "stop calling" is a medium opt-out (US)', proposed: tp('colleague', loc), history: [call('2026-06-01T15:00:00Z', { ...tp('colleague'), kind: 'opt_out_request', direction: 'inbound' })], reasons: ['medium_opt_out'] },
    { name: 'the same neighbour named by id in the history and by relationship now', proposed: { party: 'third_party', relationship: 'neighbor', ...loc }, history: [call('2026-06-01T15:00:00Z', { ...tp('neighbor'), kind: 'conversation' })], reasons: ['third_party_contact'] },
    { name: 'two different neighbours (ids differ)', proposed: tp('neighbor', { ...loc, thirdPartyId: 'n2' }), history: [call('2026-06-01T15:00:00Z', { ...tp('neighbor'), kind: 'conversation' })], reasons: [] },
    { name: 'an unanswered call is not a communication', proposed: tp('colleague', loc), history: [call('2026-06-08T15:00:00Z', tp('colleague'))], reasons: [] },
    { name: 'executor of a deceased consumer', flags: { deceased: true }, proposed: tp('executor'), reasons: [] },
    { name: 'third party on the do-not-contact list', flags: { thirdPartyDoNotContact: ['neighbor-1'] }, proposed: tp('neighbor', loc), reasons: ['third_party_contact'] },
  ]);
});

describe('CN: contacts only when the debtor is unreachable (失联)', () => {
  const contact = (over: Raw = {}) => tp('emergency_contact', { content: '您好，我们是某某银行，请转告张三尽快回电。', ...over });
  const failed = ['09:00', '10:00', '11:00'].map((t) => call(`2026-06-10T${t}:00+08:00`, { to: '13800000001' }));
  run([
    { name: 'debtor reachable', regime: 'CN_NIFA', proposed: contact(), reasons: ['third_party_contact'] },
    { name: 'debtor flagged unreachable', regime: 'CN_NIFA', flags: { unreachable: true }, proposed: contact(), reasons: [] },
    { name: 'three consecutive failed attempts make the debtor unreachable', regime: 'CN_NIFA', history: failed, proposed: contact(), reasons: [] },
    { name: 'two failed attempts do not', regime: 'CN_NIFA', history: failed.slice(1), proposed: contact(), reasons: ['third_party_contact'] },
    { name: 'a conversation after failures: reachable', regime: 'CN_NIFA', history: [...failed, call('2026-06-10T11:30:00+08:00', { kind: 'conversation' })], proposed: contact(), reasons: ['third_party_contact'] },
    { name: 'unreachable, but the contact is told about the debt', regime: 'CN_NIFA', flags: { unreachable: true }, proposed: contact({ content: '张三欠我们银行的钱逾期了，请你转告他还款。' }), reasons: ['third_party_disclosure'] },
    { name: 'unreachable, the contact refused before', regime: 'CN_NIFA', flags: { unreachable: true }, history: [call('2026-06-09T10:00:00+08:00', { ...tp('emergency_contact'), kind: 'opt_out_request', direction: 'inbound' })], proposed: contact(), reasons: ['third_party_contact'] },
    { name: 'unreachable, the contact on the do-not-contact list', regime: 'CN_NIFA', flags: { unreachable: true, thirdPartyDoNotContact: ['emergency_contact-1'] }, proposed: contact(), reasons: ['third_party_contact'] },
    { name: 'spouse is a contact too (debt use unknown)', regime: 'CN_NIFA', proposed: tp('spouse'), reasons: ['third_party_contact'] },
    { name: 'debtor at 22:30 Shanghai', regime: 'CN_NIFA', proposed: { at: '2026-06-10T22:30:00+08:00' }, reasons: ['inconvenient_time'] },
  ]);
});

describe('UK third parties (CONC 7.9.6R-7.9.11G)', () => {
  run([
    { name: 'spouse is a third party: no debt details', regime: 'UK_CONC', proposed: tp('spouse', { content: 'Your husband is in arrears on his loan.' }), reasons: ['third_party_disclosure'] },
    { name: 'neutral tracing message', regime: 'UK_CONC', proposed: tp('neighbor', { content: 'Please ask Jo Smith to call Sam at 0800 555 1212.' }), reasons: [] },
    { name: 'letter to "the occupier" (7.9.11G)', regime: 'UK_CONC', proposed: { channel: 'letter', addressedTo: 'The Occupier' }, reasons: ['third_party_disclosure'] },
  ]);
});

describe('forbidden media (1006.22(f); CONC 7.9.7R)', () => {
  run([
    { name: 'postcard', proposed: { channel: 'letter', format: 'postcard' }, reasons: ['prohibited_medium'] },
    { name: 'envelope with "Debt Collection Dept."', proposed: { channel: 'letter', envelopeText: 'Acme Debt Collection Dept., PO Box 1' }, reasons: ['prohibited_medium'] },
    { name: 'envelope with a neutral business name', proposed: { channel: 'letter', envelopeText: 'Acme Services, PO Box 1, Springfield' }, reasons: [] },
    { name: 'public social-media post', proposed: { channel: 'social_media', visibility: 'public', content: 'Jo, a debt collector needs you to call.' }, reasons: ['prohibited_medium'] },
    { name: 'private social-media message', proposed: { channel: 'social_media', visibility: 'private', content: 'Jo, this is from a debt collector. Reply STOP to stop messages.' }, reasons: [] },
    { name: 'email to an employer-provided address', debtor: { emails: [{ address: 'jo@bigcorp.com', employerProvided: true }] }, proposed: { channel: 'email', to: 'jo@bigcorp.com', content: 'From a debt collector. Reply STOP to unsubscribe.' }, reasons: ['prohibited_medium'] },
    { name: 'employer email the consumer used with us', debtor: { emails: [{ address: 'jo@bigcorp.com', employerProvided: true, consumerUsedToCommunicate: true }] }, proposed: { channel: 'email', to: 'jo@bigcorp.com', content: 'From a debt collector. Reply STOP to unsubscribe.' }, reasons: [] },
    { name: 'UK postcard exposes the debt', regime: 'UK_CONC', proposed: { channel: 'letter', format: 'postcard' }, reasons: ['third_party_disclosure'] },
    { name: 'UK calling card (the FCA\'s "missed delivery" example, 7.9.3G)', regime: 'UK_CONC', proposed: { channel: 'letter', format: 'calling_card' }, reasons: ['false_representation'] },
  ]);
});

describe('places (1006.6(b)(1)(ii), (b)(3))', () => {
  run([
    { name: '"home is inconvenient": home landline', flags: { inconvenientPlaces: ['home'] }, proposed: { numberType: 'home_landline' }, reasons: ['inconvenient_place'] },
    { name: '"home is inconvenient": mail to the home', flags: { inconvenientPlaces: ['home'] }, proposed: { channel: 'letter' }, reasons: ['inconvenient_place'] },
    { name: '"home is inconvenient": mobile is not tied to a place', flags: { inconvenientPlaces: ['home'] }, proposed: { numberType: 'mobile' }, reasons: [] },
    { name: '"work is inconvenient" ("workplace"): work line', flags: { inconvenientPlaces: ['workplace'] }, proposed: { numberType: 'work_landline' }, reasons: ['inconvenient_place'] },
    { name: 'employer prohibits calls: work line', flags: { employerProhibitsContact: true }, proposed: { numberType: 'work_landline' }, reasons: ['inconvenient_place'] },
    { name: 'employer prohibits calls: mobile', flags: { employerProhibitsContact: true }, proposed: { numberType: 'mobile' }, reasons: [] },
  ]);
});
