import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText, type GuardInput, type GuardReason } from './index.ts';
import { normalizeText } from './normalize.ts';
import { findRuleSpans } from './rules.ts';

// Texts written for these tests (not taken from corpus/labelled.jsonl or the blind sets).
const ruleIds = (text: string): string[] =>
  findRuleSpans(normalizeText(text), { timeBarred: false, thirdParty: false }).map((f) => f.ruleId);

const fires: [string, string][] = [
  ['en.family.coming', 'Settle up or they will come after you.'],
  ['en.family.document', 'Judgment Ref 77-AB: settle Northfield Finance by noon.'],
  ['en.family.document', 'Message from the State Revenue Recovery Division about your loan.'],
  ['en.family.document_header', 'ENFORCEMENT NOTICE - account 5512 is overdue.'],
  ['en.family.emoji', 'The clock is running 💣'],
  ['en.family.emoji_insult', 'Honestly, you are a 🐷.'],
  ['en.family.barred', 'Your children will never be able to get into a good university with this on file.'],
  ['zh.family.delivery', '明天你们人事就会收到一份催收材料。'],
  ['zh.family.agency_staff', '人民银行工作人员提醒：逾期须当天处理。'],
  ['zh.family.emoji_insult', '你就是个🐷。'],
  ['zh.family.barred', '再拖下去，你儿子连大学都上不了。'],
  ['zh.family.barred', '不还钱，你孩子以后不能考公务员。'],
  ['en.family.property', 'People who ignore us sometimes find their car scratched.'],
  ['en.family.crime_claim', 'Walking away from this loan counts as fraud.'],
  ['zh.family.deadline', '你的延期申请我们不同意，要么今天结清要么等着。'],
  ['en.family.deadline', 'It is the full balance or nothing, take it or leave it.'],
  ['en.family.discuss_with', 'Shall we go over your arrears with your mother-in-law instead?'],
  ['en.pressure.deadline_time', 'Transfer the $900 before 4pm today.'],
  // a condition is not a negated list: "if you can't pay, <pressure>"
  ['en.pressure.borrow', "If you can't pay, get the money off your family."],
];

// Each of these contains a phrase that a rule matches; the context (negation over a list,
// a report of others' conduct, a rumour, self-blame) must cancel it.
const silent: string[] = [
  'Some lenders threaten to ring your boss. We never do.',
  'Beware of texts claiming to be from the Federal Recovery Office.',
  'We will never ask you to sell your home, max out a card or borrow from relatives.',
  'Did you get a letter saying bailiffs would seize your car? It was not from us.',
  'Apologies, that was a pathetic mistake on our part.',
  'Words like "loser" have no place in our letters.',
  'Tell us if you want us to stop calling your office and we will.',
  '网上流传的“不还钱会被拘留”是谣言，请放心。',
  '有些催收公司会爆通讯录，我们不会。',
  '请不要为了还款去借网贷或者刷信用卡套现。',
  '我们承诺不上门、不联系您的单位。',
  '系统又出错了，真是太蠢了，抱歉。',
  '别为了还我们的钱去借网贷。',
  '如有人自称经侦民警向您催收，请直接挂断。',
  'We will never threaten you, raise our voices, or contact your employer.',
  'Being late with a loan is not a crime and is not fraud.',
  'Worried your neighbours will find out? We only ever write to you.',
  'Our phone lines are open until 8pm tonight.',
  'You can call us before 6pm today if that is easier.',
  // how a real court serves papers, and the right to answer
  'Any claim form would come directly from the court, and you can respond to it.',
  '法院的文书会由法院直接送达，您有权应诉和答辩。',
  'If a judgment is entered, the court may order an attachment of earnings after a hearing.',
  'We can discuss the balance with your husband if you want; just confirm by text.',
];

describe('context-aware rules', () => {
  for (const [id, text] of fires) {
    it(`${id} fires on: ${text}`, () => assert.ok(ruleIds(text).includes(id), `got ${JSON.stringify(ruleIds(text))}`));
  }
  for (const text of silent) {
    it(`no rule fires on: ${text}`, () => assert.deepEqual(ruleIds(text), []));
  }
});

type Case = { input: GuardInput; expect: GuardReason[] };

// Whole-guard verdicts where the context decides: is the debt said to be time-barred, is
// the reader a third party.
const verdicts: Case[] = [
  { input: { text: 'The limitation period on this loan ended in 2019, but we will still take you to court.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: 'That debt prescribed years ago, yet we are raising a court action.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: 'Being old will not stop us suing: this debt is time-barred and we will sue.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: '该借款诉讼时效已于去年届满，不还就起诉你。' }, expect: ['time_barred_suit_threat'] },
  { input: { text: 'This debt is not statute-barred; our client may take court action if no plan is agreed.' }, expect: [] },
  { input: { text: 'Your balance is still inside the limitation period, so a claim is possible if we cannot agree a plan.' }, expect: [] },
  { input: { text: '该债务已超过诉讼时效，我们承诺不会就此提起诉讼。' }, expect: [] },
  { input: { text: 'Could you let him know his account with us is still open?', audience: 'third_party' }, expect: ['third_party_disclosure'] },
  { input: { text: 'You are down as a reference for Priya; she has fallen behind with us.' }, expect: ['third_party_disclosure'] },
  { input: { text: '请转告她，她那笔账要尽快处理。', audience: 'third_party' }, expect: ['third_party_disclosure'] },
  { input: { text: '请转告她回个电话，谢谢。', audience: 'third_party' }, expect: [] },
  { input: { text: 'This debt is time-barred, and we are filing suit next week.' }, expect: ['time_barred_suit_threat'] },
  // "we never threaten" introduces the threat; it is not a reassurance
  { input: { text: 'We never threaten anyone. We only remind you that people who ignore us find their windows smashed.' }, expect: ['prohibited_content_threat'] },
];

describe('guardText with context', () => {
  for (const c of verdicts) {
    it(`${c.expect.join(',') || 'allowed'}: ${c.input.text}`, () => {
      assert.deepEqual(guardText(c.input).reasons, c.expect);
    });
  }
});
