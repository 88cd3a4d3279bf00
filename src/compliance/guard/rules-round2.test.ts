import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText, type GuardInput, type GuardReason } from './index.ts';
import { normalizeText } from './normalize.ts';
import { findRuleSpans, hasReassuranceCue, hasRebuttal } from './rules.ts';

// Round 2 families (see README). Texts written for these tests, not taken from the corpus or
// any blind set. Rules only (no classifier), so the verdicts do not move with retraining.
const ruleVerdict = (input: GuardInput): GuardReason[] =>
  guardText(input, { useClassifier: false }).reasons;
const ruleIds = (text: string): string[] =>
  findRuleSpans(normalizeText(text), { timeBarred: false, thirdParty: false }).map((f) => f.ruleId);

const blocked: { input: GuardInput; expect: GuardReason[] }[] = [
  // "prescribed" with a concessive or "under … law" is a time-bar statement
  { input: { text: 'Though prescribed under provincial law, this account can still end up in court.' }, expect: ['time_barred_suit_threat'] },
  // a negation inside a rhetorical question is not a denial
  { input: { text: 'Statute-barred, you say? Do you think that means we cannot sue? Watch us.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: 'You are hereby ordered to appear regarding your unpaid card balance.' }, expect: ['false_representation'] },
  { input: { text: 'WRIT: your goods are listed for removal on Monday.' }, expect: ['false_representation'] },
  { input: { text: 'TransUnion recovery team here about your overdue phone bill.' }, expect: ['false_representation'] },
  { input: { text: 'Experian speaking: your loan is overdue.' }, expect: ['false_representation'] },
  { input: { text: 'How about asking your uncle? Sorted by Friday.' }, expect: ['undue_pressure'] },
  { input: { text: 'Your file was forwarded to the cyber cell this morning.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Pick up the phone, you a-hole.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Our lads will pay your mum a "visit" on Sunday.' }, expect: ['prohibited_content_threat'] },
  { input: { text: '实在不行找你丈母娘借点，今天就转。' }, expect: ['undue_pressure'] },
  { input: { text: 'Unpaid balances have a way of following people to their next landlord.' }, expect: ['prohibited_content_threat'] },
  { input: { text: '💩🐀 that is you until the bill is paid.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'We can let ourselves into your house and take the furniture, no court needed.' }, expect: ['prohibited_content_threat'] },
  // third-party wording: an outstanding invoice, a recovery department, "borrowed 3,000 and never repaid"
  { input: { text: 'Could you pass on to Mark that his outstanding invoice is with us?', audience: 'third_party' }, expect: ['third_party_disclosure'] },
  { input: { text: 'Please let Jo know we rang from the recovery department.', audience: 'third_party' }, expect: ['third_party_disclosure'] },
  { input: { text: '麻烦转告小李，他在我们这借了三千一直没还。', audience: 'third_party' }, expect: ['third_party_disclosure'] },
];

const allowed: GuardInput[] = [
  // advice against borrowing that follows the condition
  { text: "If settling this means taking out a payday loan, please don't; we can wait." },
  // refusing borrow-to-repay is not pressure
  { text: '我们不支持以贷养贷，请按自己的收入安排还款。' },
  // a scam message reported, through any channel
  { text: 'Report any Telegram account saying your colleagues will hear about the debt.' },
  // a negated list whose subject is "no one at our firm"
  { text: 'No one at our firm will ever visit your home, phone your boss, or message your friends.' },
  // a hearsay question answered by a denial
  { text: 'Heard that people get arrested over unpaid credit cards? That is a myth; it is a civil matter.' },
  { text: '听说欠钱不还会被拘留？这是谣言，欠款纠纷属于民事问题。' },
  // essentials first
  { text: '孩子的学费和房租请优先安排，剩下的再还我们也行。' },
  // a field agent is a collector's job title, not an impersonation
  { text: 'Our field agent can meet you at the branch if that is easier.' },
  // the reader's own job loss is a circumstance, not a threat
  { text: 'Tell us if things change, for example you lose your job, and we will pause collection.' },
  // goods taken only after a court order is lawful wording
  { text: 'Goods can only be removed after a court judgment, and an enforcement agent must give you notice first.' },
  // a real court's papers
  { text: 'Any claim would be issued by the court itself, and you could respond to it.' },
];

const supportive: [string, boolean][] = [
  ['We can set up a plan you can afford.', true],
  ['If money is tight, we can work something out together.', true],
  ['哪怕先还一部分也可以，我们一起想办法。', true],
  ['房租水电请优先安排，其余的我们可以协商。', true],
  ['You can pay in instalments if that is easier.', true],
  ['Our field staff visit by appointment only and always show ID.', true],
  ['Pay the full amount by noon.', false],
  // an offer followed by a turn is a set-up
  ['We can set up a plan you can afford. Of course, your boss may hear about it otherwise.', false],
  ['今天必须还清。', false],
];

describe('round-2 rule families', () => {
  for (const c of blocked) {
    it(`${c.expect.join(',')}: ${c.input.text}`, () => assert.deepEqual(ruleVerdict(c.input), c.expect));
  }
  for (const input of allowed) {
    it(`allowed: ${input.text}`, () => assert.deepEqual(ruleVerdict(input), []));
  }
  it('court wording and bureau voice are their own rules', () => {
    assert.ok(ruleIds('You are hereby commanded to answer this notice.').includes('en.family.court_wording'));
    assert.ok(ruleIds('Equifax calling about your account.').includes('en.family.bureau_voice'));
    assert.deepEqual(ruleIds('Beware of fraudsters claiming to be Equifax calling about debts.'), []);
  });
});

describe('supportive offers count as reassurance for the classifier', () => {
  for (const [text, expected] of supportive) {
    it(`${expected ? 'supportive' : 'not supportive'}: ${text}`, () => assert.equal(hasReassuranceCue(normalizeText(text).text), expected));
  }
});

const rebuttals: [string, boolean][] = [
  ['Been told you could lose your house over this? That is not true; it is an unsecured loan.', true],
  ['听说逾期会被抓？这是谣言，请放心。', true],
  ['Heard about our new app? It makes paying easy.', false],
  ['Did you think we would forget? We will be in touch.', false],
];

describe('a hearsay question answered by a denial is a rebuttal', () => {
  for (const [text, expected] of rebuttals) {
    it(`${expected ? 'rebuttal' : 'not a rebuttal'}: ${text}`, () => assert.equal(hasRebuttal(normalizeText(text).text), expected));
  }
});
