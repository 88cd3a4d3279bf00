/**
 * Holds and their exceptions: cease (per debt and debtor-wide, 1006.6(c)(2) notices; UK 7.15.8),
 * attorney representation (1006.6(b)(2), 1006.10(b)(5)), disputes in the validation period
 * (1006.38(d)(2); CONC 7.14.1R), bankruptcy, Breathing Space (60 days; mental health crisis),
 * mental capacity (CONC 7.10.1R), opt-outs of a medium and of an electronic address.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideRaw, rawScenario, type Raw } from './scenario-fixtures.ts';

type Case = { name: string; regime?: 'US_REG_F' | 'UK_CONC' | 'CN_NIFA'; flags?: Raw; debts?: Raw[]; proposed?: Raw; history?: Raw[]; reasons: string[] };

function run(cases: Case[]): void {
  for (const c of cases) {
    it(`${c.name} → ${c.reasons.join(', ') || 'allowed'}`, () => {
      const d = decideRaw(rawScenario(c.regime ?? 'US_REG_F', { flags: c.flags, debts: c.debts, proposed: c.proposed, history: c.history }));
      assert.deepEqual(d.reasons, c.reasons);
      assert.equal(d.allowed, c.reasons.length === 0);
      assert.equal(d.citations.length, d.reasons.length);
      assert.equal(d.nextAllowedAt, null, 'holds never give a next allowed time');
    });
  }
}

const attorney = { attorneyRepresented: true, attorney: { name: 'A. Lawyer', address: '1 Main St' } };
const twoDebts = [{ id: 'd1' }, { id: 'd2' }];

describe('cease communication (1006.6(c))', () => {
  run([
    { name: 'debtor-wide cease blocks every debt', flags: { ceaseCommunication: true }, proposed: { channel: 'letter' }, reasons: ['cease_communication'] },
    { name: 'cease on d1 blocks d1', debts: [{ id: 'd1', flags: { ceaseCommunication: true } }, { id: 'd2' }], reasons: ['cease_communication'] },
    { name: 'cease on d1 does not block d2', debts: [{ id: 'd1', flags: { ceaseCommunication: true } }, { id: 'd2' }], proposed: { debtId: 'd2' }, reasons: [] },
    { name: 'termination notice (c)(2)(i)', flags: { ceaseCommunication: true }, proposed: { channel: 'letter', purpose: 'termination_notice' }, reasons: [] },
    { name: 'notice of a remedy (c)(2)(ii)', flags: { ceaseCommunication: true }, proposed: { channel: 'letter', purpose: 'remedy_notice' }, reasons: [] },
    { name: 'spouse counts as the consumer', flags: { ceaseCommunication: true }, proposed: { party: 'third_party', relationship: 'spouse', thirdPartyId: 's1' }, reasons: ['cease_communication'] },
    { name: 'opting out of one email is not a cease', flags: { electronicOptOut: ['email:a@x.com'] }, proposed: { channel: 'letter' }, reasons: [] },
    { name: 'UK: refusal to pay a statute-barred debt (7.15.8)', regime: 'UK_CONC', flags: { ceaseCommunication: true }, debts: [{ id: 'd1', timeBarred: true }], reasons: ['cease_communication'] },
  ]);
});

describe('attorney representation (1006.6(b)(2))', () => {
  run([
    { name: 'represented, attorney known', flags: attorney, reasons: ['attorney_represented'] },
    { name: 'represented for d2 only, call about d1', debts: [{ id: 'd1' }, { id: 'd2', flags: { attorneyRepresented: true } }], flags: { attorney: attorney.attorney }, reasons: [] },
    { name: 'attorney\'s name and address not known', flags: { attorneyRepresented: true }, reasons: [] },
    { name: 'no location calls to third parties once an attorney is known (1006.10(b)(5))', flags: attorney, proposed: { party: 'third_party', relationship: 'neighbor', thirdPartyId: 'n1', purpose: 'location_information' }, reasons: ['attorney_represented'] },
    { name: 'responding to the consumer\'s own message', flags: attorney, proposed: { channel: 'email', inReplyTo: 'm1', to: 'a@x.com', content: 'This is from a debt collector. Reply STOP to opt out.' }, history: [{ id: 'm1', at: '2026-06-10T15:00:00Z', channel: 'email', kind: 'email', debtId: 'd1', party: 'debtor', direction: 'inbound' }], reasons: [] },
  ]);
});

describe('disputes (1006.38(d)(2); CONC 7.14.1R)', () => {
  run([
    { name: 'written dispute inside the period, no verification', debts: [{ id: 'd1', validationPeriodEnd: '2026-06-20', writtenDisputeReceivedAt: '2026-06-05T10:00:00Z' }], reasons: ['dispute_pending'] },
    { name: 'dispute on the last day of the period', debts: [{ id: 'd1', validationPeriodEnd: '2026-06-05', writtenDisputeReceivedAt: '2026-06-05T18:00:00-04:00' }], reasons: ['dispute_pending'] },
    { name: 'dispute the day after the period', debts: [{ id: 'd1', validationPeriodEnd: '2026-06-04', writtenDisputeReceivedAt: '2026-06-05T10:00:00Z' }], reasons: [] },
    { name: 'verification sent after the dispute', debts: [{ id: 'd1', validationPeriodEnd: '2026-06-20', writtenDisputeReceivedAt: '2026-06-05T10:00:00Z', verificationSentAt: '2026-06-08T10:00:00Z' }], reasons: [] },
    { name: 'period computed from the notice (5 business days + 30): notice Fri 2026-05-01 → ends 2026-06-07', debts: [{ id: 'd1', validationNoticeSentAt: '2026-05-01T12:00:00Z', writtenDisputeReceivedAt: '2026-06-07T12:00:00Z' }], reasons: ['dispute_pending'] },
    { name: 'the day after the computed end', debts: [{ id: 'd1', validationNoticeSentAt: '2026-05-01T12:00:00Z', writtenDisputeReceivedAt: '2026-06-08T12:00:00Z' }], reasons: [] },
    { name: 'Memorial Day is not a business day: notice Thu 2026-05-21 → receipt Fri 05-29 → ends 06-28', debts: [{ id: 'd1', validationNoticeSentAt: '2026-05-21T12:00:00Z', writtenDisputeReceivedAt: '2026-06-28T12:00:00Z' }], proposed: { at: '2026-06-29T16:00:00Z' }, reasons: ['dispute_pending'] },
    { name: 'dispute on another debt', debts: [{ id: 'd1' }, { id: 'd2', validationPeriodEnd: '2026-06-20', writtenDisputeReceivedAt: '2026-06-05T10:00:00Z' }], reasons: [] },
    { name: 'UK: dispute on valid grounds', regime: 'UK_CONC', flags: { disputed: true, disputeGrounds: 'not my debt' }, reasons: ['dispute_pending'] },
    { name: 'UK: "cannot afford" is not a dispute ground', regime: 'UK_CONC', flags: { disputed: true, disputeGrounds: 'cannot afford to pay' }, reasons: [] },
  ]);
});

describe('bankruptcy, Breathing Space, mental capacity', () => {
  run([
    { name: 'bankruptcy stay', flags: { bankruptcy: true }, reasons: ['bankruptcy_stay'] },
    { name: 'bankruptcy on d2 only', debts: [{ id: 'd1' }, { id: 'd2', flags: { bankruptcy: true } }], reasons: [] },
    { name: 'UK standard breathing space, day 60', regime: 'UK_CONC', flags: { breathingSpace: { type: 'standard', start: '2026-04-12' } }, reasons: ['breathing_space'] },
    { name: 'UK standard breathing space, day 61', regime: 'UK_CONC', flags: { breathingSpace: { type: 'standard', start: '2026-04-11' } }, reasons: [] },
    { name: 'UK breathing space not yet started', regime: 'UK_CONC', flags: { breathingSpace: { type: 'standard', start: '2026-06-11' } }, reasons: [] },
    { name: 'UK mental health crisis breathing space (no end)', regime: 'UK_CONC', flags: { breathingSpace: { type: 'mental_health_crisis', start: '2025-01-01' } }, reasons: ['breathing_space'] },
    { name: 'UK mental health crisis: treatment end + 30 days', regime: 'UK_CONC', flags: { breathingSpace: { type: 'mental_health_crisis', start: '2026-01-01', end: '2026-05-11' } }, reasons: ['breathing_space'] },
    { name: 'UK mental health crisis: day 31 after the treatment', regime: 'UK_CONC', flags: { breathingSpace: { type: 'mental_health_crisis', start: '2026-01-01', end: '2026-05-10' } }, reasons: [] },
    { name: 'UK mental capacity concern', regime: 'UK_CONC', flags: { mentalCapacityConcern: true }, reasons: ['mental_capacity_suspension'] },
    { name: 'UK mental capacity: the lasting power of attorney may be contacted (7.10.3G)', regime: 'UK_CONC', flags: { mentalCapacityConcern: true }, proposed: { party: 'third_party', relationship: 'attorney', thirdPartyId: 'lpa' }, reasons: [] },
  ]);
});

describe('opt-outs (1006.14(h), 1006.6(e))', () => {
  const sms = { channel: 'sms', to: '+1 (212) 555-0100', content: 'Acme, a debt collector: please call us. Reply STOP to opt out.' };
  run([
    { name: '"stop calling" → no calls', flags: { mediumOptOut: ['phone'] }, reasons: ['medium_opt_out'] },
    { name: '"stop calling" → letters still allowed', flags: { mediumOptOut: ['phone'] }, proposed: { channel: 'letter' }, reasons: [] },
    { name: 'a spoken opt-out recorded in history', history: [{ at: '2026-06-01T15:00:00Z', channel: 'phone', kind: 'opt_out_request', debtId: 'd2', party: 'debtor', direction: 'inbound' }], debts: twoDebts, reasons: ['medium_opt_out'] },
    { name: 'opted-out text number (applies to every debt)', flags: { electronicOptOut: ['sms:+12125550100'] }, proposed: { ...sms, debtId: 'd2' }, debts: twoDebts, reasons: ['electronic_opt_out'] },
    { name: 'another number is fine', flags: { electronicOptOut: ['sms:+12125550199'] }, proposed: sms, reasons: [] },
    { name: 'one opt-out confirmation', flags: { electronicOptOut: ['sms:+12125550100'] }, proposed: { ...sms, purpose: 'opt_out_confirmation', content: 'We received your request and will stop texting this number.' }, reasons: [] },
    { name: 'a second confirmation', flags: { electronicOptOut: ['sms:+12125550100'] }, history: [{ at: '2026-06-09T15:00:00Z', channel: 'sms', kind: 'sms', party: 'debtor', debtId: 'd1', purpose: 'opt_out_confirmation', to: '+12125550100' }], proposed: { ...sms, purpose: 'opt_out_confirmation', content: 'We received your request.' }, reasons: ['electronic_opt_out'] },
    { name: 'opted-out email address', flags: { electronicOptOut: ['email:Jo@Example.com'] }, proposed: { channel: 'email', to: 'jo@example.com', content: 'From a debt collector. Unsubscribe: reply STOP.' }, reasons: ['electronic_opt_out'] },
    { name: 'replying once through the refused medium', flags: { mediumOptOut: ['sms'] }, history: [{ id: 'in9', at: '2026-06-10T15:00:00Z', channel: 'sms', kind: 'sms', party: 'debtor', debtId: 'd1', direction: 'inbound' }], proposed: { ...sms, inReplyTo: 'in9' }, reasons: [] },
  ]);
});
