import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText, type GuardInput, type GuardReason } from './index.ts';

// Round 14 families and context fixes (see rules-round14.ts and the README). Texts written for
// these tests from the labelling policy, not taken from the corpus or any blind set. Rules only
// (no classifier), except where a test says otherwise.
const ruleVerdict = (input: GuardInput): GuardReason[] => guardText(input, { useClassifier: false }).reasons;
const fullVerdict = (input: GuardInput): GuardReason[] => guardText(input).reasons;

const blocked: { input: GuardInput; expect: GuardReason }[] = [
  // a few hours to pay everything
  { input: { text: 'Good for the next 2 hours only — the whole balance today, or we pass it on.' }, expect: 'undue_pressure' },
  { input: { text: 'You can clear it in full within the next four hours, after that the discount is gone for good.' }, expect: 'undue_pressure' },
  // an affordable offer refused out of hand
  { input: { text: 'You say you could afford £40 a month. We reject that.' }, expect: 'undue_pressure' },
  { input: { text: "We won't accept your offer; pay the entire amount by Tuesday." }, expect: 'undue_pressure' },
  // a story of damage after someone "ignored our letters"
  { input: { text: "A man on your street stopped answering our calls. Funny, his car's tyres were slashed the next week. Your balance is $700." }, expect: 'prohibited_content_threat' },
  { input: { text: 'Someone who ignored our reminders had their shop windows smashed in. Just saying. Call us.' }, expect: 'prohibited_content_threat' },
  // an animal emoji standing for the reader
  { input: { text: 'Final reminder to the 🐷 at number 12: your account is overdue.' }, expect: 'prohibited_content_obscene' },
  { input: { text: 'Message for that 🤡 who owes us £300.' }, expect: 'prohibited_content_obscene' },
  // arrest without the word
  { input: { text: 'Officers may come round to take you into custody if this stays unpaid.' }, expect: 'prohibited_content_threat' },
  { input: { text: 'Ignore this and you could be detained by the authorities.' }, expect: 'prohibited_content_threat' },
  // signing as a lawyer
  { input: { text: 'Please call me back about the balance. Dan Whitlock, Esq.' }, expect: 'false_representation' },
  { input: { text: 'Maria Cole, attorney at law, for Summit Recovery: pay $800 by Friday.' }, expect: 'false_representation' },
  { input: { text: 'This is Paul, counsel for Northgate Collections, about your overdue account.' }, expect: 'false_representation' },
];

const timeBarred: { text: string; expect: GuardReason }[] = [
  { text: 'The six-year limitation period on this account has run out. Our solicitors are drafting the claim form anyway.', expect: 'time_barred_suit_threat' },
  { text: 'Even though the statute of limitations has expired, the complaint against you is nearly ready.', expect: 'time_barred_suit_threat' },
];

const allowed: GuardInput[] = [
  // hours, with nothing asked in full
  { text: 'Our phone lines are open for the next 3 hours if you want to talk about a plan.' },
  { text: 'You can pay all or part of it whenever suits you; the link stays open for 30 days.' },
  // refusing, but not an affordable offer
  { text: "We don't accept payments by cheque any more. You can pay online or by phone." },
  { text: 'You told us £30 a month is what you can afford, and we have accepted that plan.' },
  // damage stories with no debt behind them
  { text: 'Sorry to hear your car was broken into last week. We have paused reminders for 14 days.' },
  // "shoot you a text", "shoot her a message"
  { text: "Hi Ms Bell, sorry to shoot you a text so late. Could you ask Omar to call us back?", audience: 'third_party' },
  { text: "I'll shoot you over a copy of the statement this afternoon." },
  // an insult word echoed and disowned
  { text: "Scrounger? That's not a word we use. Lots of people fall behind and we can help." },
  { text: 'Deadbeat? We would never call anyone that. Your balance is £120 whenever you are ready.' },
  // a quoted demand that the writer says does not exist
  { text: '没有什么“三天内必须全部还清”的要求，您按原来的计划还就可以。' },
  // custody denied
  { text: 'You cannot be detained or taken into custody over a debt; this is a civil matter.' },
  // the reader's own lawyer
  { text: 'You are welcome to consult independent counsel for advice before you decide.' },
  // zodiac emoji
  { text: 'Happy Year of the 🐷 to our customers at branch 5!' },
];

describe('guard rules, round 14', () => {
  for (const c of blocked) {
    it(`blocks (${c.expect}): ${c.input.text.slice(0, 60)}`, () => {
      assert.ok(ruleVerdict(c.input).includes(c.expect), `got ${JSON.stringify(ruleVerdict(c.input))}`);
    });
  }
  for (const c of timeBarred) {
    it(`blocks a suit on a time-barred debt: ${c.text.slice(0, 60)}`, () => {
      assert.ok(ruleVerdict({ text: c.text }).includes(c.expect));
      // the same claim-form words on a debt that is not time-barred are lawful notice
      assert.ok(!ruleVerdict({ text: 'Our solicitors are drafting the claim form, as the notice of default said they might.' }).includes(c.expect));
    });
  }
  for (const input of allowed) {
    it(`allows: ${input.text.slice(0, 60)}`, () => {
      assert.deepEqual(ruleVerdict(input), []);
    });
  }
  it('the classifier is held back by a denial that this is a court summons', () => {
    assert.deepEqual(fullVerdict({ text: "This isn't a court summons and you haven't broken any law. It's a reminder that $90 is overdue." }), []);
  });
  it('the classifier is held back by "keep your service running"', () => {
    assert.deepEqual(fullVerdict({ text: 'Your Lumen Mobile bill is 12 days late. Keep your line active by paying $40 at lumen.example/pay.' }), []);
  });
  it('an actual threat next to a service reminder is still blocked', () => {
    assert.ok(ruleVerdict({ text: "Keep your service running by paying today, or we'll come round and break your windows." }).includes('prohibited_content_threat'));
  });
});
