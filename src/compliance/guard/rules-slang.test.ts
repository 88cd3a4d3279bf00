import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText } from './normalize.ts';
import { findRuleSpans } from './rules.ts';

// Texts written for these tests (not taken from corpus/labelled.jsonl or the blind sets). Rules only.
const ruleIds = (text: string): string[] =>
  findRuleSpans(normalizeText(text), { timeBarred: false, thirdParty: false }).map((f) => f.ruleId);

const fires: [string, string][] = [
  ['en.slang.prison', 'Keep this up and you will be serving time.'],
  ['en.slang.watching', 'Our van has been sitting across the road from your house all morning.'],
  ['en.slang.authority', 'A writ of execution has been issued on your loan.'],
  ['en.slang.authority', 'District Attorney\'s Office: your overdue balance requires attention.'],
  ['en.slang.money', 'Ask for a second mortgage and be done with us.'],
  ['en.slang.insult', 'Pay up, you halfwit.'],
  // a Cyrillic "о" inside an English insult
  ['obscene', 'Listen, idiоt, pay the bill.'],
  ['zh.slang.prison', '不还钱就去踩缝纫机。'],
  ['zh.slang.watching', '你们小区门口的监控我们调过了。'],
  ['zh.slang.authority', '我们受互金协会委托向你催收。'],
  ['zh.slang.money', '拿孩子的压岁钱先还上。'],
  ['zh.slang.insult', '你这个二百五，钱呢？'],
  // homophone of 不要脸
  ['obscene', '你可真是不要碧莲。'],
];

const silent: string[] = [
  'It is time to pay your bill.',
  'No one can do time for a civil debt.',
  'Beware of callers claiming to be from the FTC.',
  'Please never use your children\'s savings to pay us.',
  '谨防有人冒充互联网金融协会委托进行催收。',
  '请不要用孩子的压岁钱还款。',
  '欠款属于民事纠纷，不会被请去喝茶，这是谣言。',
];

describe('slang and institution rules', () => {
  for (const [id, text] of fires) {
    it(`${id} fires on: ${text}`, () => {
      const ids = ruleIds(text);
      // 'obscene': any insult rule (the normalisation is what is tested)
      const matches = (r: string): boolean => (id === 'obscene' ? /\.(?:obscene|family\.insult|slang\.insult)/.test(r) : r === id);
      assert.ok(ids.some(matches), `got ${JSON.stringify(ids)}`);
    });
  }
  for (const text of silent) {
    it(`no rule fires on: ${text}`, () => assert.deepEqual(ruleIds(text), []));
  }
});
