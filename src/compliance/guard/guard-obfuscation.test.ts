import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText, toOriginalRange } from './normalize.ts';
import { findRuleSpans } from './rules.ts';

// Texts written for these tests (not taken from corpus/labelled.jsonl or the blind sets).
// Each is caught by the rules as written; each disguise of it must be caught by the same rule.
const base: [string, string][] = [
  ['en.threat.exposure', 'We will call your employer tomorrow.'],
  ['en.threat.arrest', 'You will be arrested if this stays unpaid.'],
  ['en.timebarred.suit', 'The statute of limitations has expired but we will sue you anyway.'],
  ['zh.threat.exposure', '明天就爆你的通讯录。'],
  ['zh.threat.arrest', '再不还钱你就等着坐牢。'],
];

const disguises: [string, (s: string) => string][] = [
  ['full-width letters and ideographic spaces', (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000')],
  ['zero-width spaces between all characters', (s) => Array.from(s).join('\u200b')],
  ['Cyrillic look-alike letters', (s) => s.replace(/o/g, 'о').replace(/a/g, 'а').replace(/e/g, 'е')],
  ['an emoji between every word', (s) => s.replace(/ /g, ' 😡 ').replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, '$1😡')],
  ['spaces between Chinese characters', (s) => s.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, '$1 ')],
];

const timeBarredRule = (id: string): boolean => id.includes('timebarred');

describe('rules see through disguises', () => {
  for (const [ruleId, text] of base) {
    for (const [name, disguise] of disguises) {
      const disguised = disguise(text);
      if (disguised === text) continue;
      it(`${ruleId} with ${name}: ${disguised}`, () => {
        const n = normalizeText(disguised);
        const found = findRuleSpans(n, { timeBarred: false, thirdParty: false });
        const hit = found.find((f) => f.ruleId === ruleId);
        assert.ok(hit, `got ${JSON.stringify(found.map((f) => f.ruleId))}`);
        // the span still points into the disguised original
        const { start, end } = toOriginalRange(n, hit.start, hit.end);
        assert.ok(start >= 0 && end <= disguised.length && end > start);
        if (!timeBarredRule(ruleId)) assert.ok(found.every((f) => !timeBarredRule(f.ruleId)));
      });
    }
  }
});
