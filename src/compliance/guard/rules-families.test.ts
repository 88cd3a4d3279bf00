import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText } from './normalize.ts';
import { findRuleSpans } from './rules.ts';

// Texts written for these tests (not taken from corpus/labelled.jsonl). Rules only, no classifier.
const ruleIds = (text: string): string[] =>
  findRuleSpans(normalizeText(text), { timeBarred: false, thirdParty: false }).map((f) => f.ruleId);

const fires: [string, string][] = [
  ['en.family.harm', 'Somebody might get hurt if this drags on.'],
  ['en.family.property', 'Would be a pity if your van got keyed in the car park.'],
  ['en.family.watching', 'We found your new address in two days. We will find the next one too.'],
  ['en.family.exposure', 'We will send a notice about your arrears to every flat in the block.'],
  ['en.family.crime_words', 'Skipping these repayments is theft, plain and simple.'],
  ['en.family.money', 'We will be deducting it straight from your salary next month.'],
  ['en.family.authority', 'This message comes from the National Debt Enforcement Bureau.'],
  ['en.family.borrow', 'Your gold necklace would cover most of it.'],
  ['en.family.insult', 'Pay it, you spineless little worm.'],
  ['zh.family.menace', '欠钱不还，以后有你倒霉的时候。'],
  ['zh.family.exposure', '明天我们就拉横幅去你单位门口。'],
  ['zh.family.crime', '你这就是骗贷，我们直接报案。'],
  ['zh.family.authority', '【某市中级人民法院】您的欠款案件即将开庭。'],
  ['zh.family.borrow', '花呗还有额度吧？先套出来还了。'],
  ['zh.family.insult', '你这个窝囊废，钱呢？'],
];

const silent: string[] = [
  'Our agents will never make house calls.',
  'We know your schedule is busy; pay whenever suits you online.',
  'If you are worried about bailiffs, we do not use them.',
  'The debt is too old for us to sue you, so we will not.',
  'You can choose to sell your car if you want, but we are not asking you to.',
  '如发现有人冒充我司，请及时向公安机关报案。',
  '您之前问会不会联系您的单位，我们不会。',
  '请不要使用网贷或信用卡套现来还款。',
  '天有不测风云，如果您的情况有变化，请告诉我们，我们会调整还款计划。',
  '您可以向金融纠纷调解中心申请调解。',
];

describe('concept-family rules', () => {
  for (const [id, text] of fires) {
    it(`${id} fires on: ${text}`, () => assert.ok(ruleIds(text).includes(id), `got ${JSON.stringify(ruleIds(text))}`));
  }
  for (const text of silent) {
    it(`no rule fires on: ${text}`, () => assert.deepEqual(ruleIds(text), []));
  }
});
