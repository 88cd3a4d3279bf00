/**
 * Ordinary short and neutral texts pass clean. The classifier learned from whole messages:
 * on one to seven words its score rested on its intercept and a few n-grams, and it blocked
 * "hello", "OK", "Good morning" and the debt-collector disclosure itself. Texts written for
 * these tests (none of them is in corpus/labelled.jsonl).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentUnits, SHORT_TEXT_UNITS } from './classifier.ts';
import { guardText } from './index.ts';
import { normalizeText } from './normalize.ts';

const MINI_MIRANDA = 'This is a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.';

const clean: string[] = [
  'hello', 'Hello', 'Hi', 'OK', 'ok', 'Okay', 'Good morning', 'Good afternoon', 'Thank you', 'Thanks!', 'Yes', 'No', 'Sure',
  'Fine', 'Bye', 'Noted', 'Who is this?', 'Speaking.', 'Call me back tomorrow', 'I can pay on Friday.', 'OK, thanks',
  'This is a debt collector.', 'Hello, this is Jane calling about your account.', MINI_MIRANDA,
  'This communication is from a debt collector.', 'Please call me after 6pm.',
  '好的', '您好', '谢谢', '谢谢您', '是的', '不是', '好', '嗯', '早上好', '请稍等', '明天再打给我', '没事', '我下周一还款',
  '本次通话可能被录音', '您好，我是张女士，来电是关于您的账户。',
];

describe('ordinary short texts pass clean', () => {
  for (const text of clean) {
    it(JSON.stringify(text), () => {
      const r = guardText({ text });
      assert.deepEqual({ allowed: r.allowed, reasons: r.reasons }, { allowed: true, reasons: [] });
    });
  }

  it('also as a third party hears them, when they say nothing about a debt', () => {
    for (const text of ['Hello', 'OK', 'Call me back tomorrow', '您好', '好的', '谢谢']) {
      assert.equal(guardText({ text, audience: 'third_party' }).allowed, true, text);
    }
  });
});

describe('short abuse is still caught', () => {
  const blocked: [string, string][] = [
    ['Hey deadbeat', 'prohibited_content_obscene'],
    ['You idiot.', 'prohibited_content_obscene'],
    ['Pay or go to jail.', 'prohibited_content_threat'],
    ['I will hurt you.', 'prohibited_content_threat'],
    ['你这个老赖', 'prohibited_content_obscene'],
    ['不还就坐牢', 'prohibited_content_threat'],
    ['我是法院的', 'false_representation'],
  ];
  for (const [text, reason] of blocked) {
    it(JSON.stringify(text), () => {
      assert.ok(contentUnits(normalizeText(text).text) < SHORT_TEXT_UNITS, 'a short text');
      assert.ok((guardText({ text }).reasons as string[]).includes(reason), `${text}: ${reason}`);
    });
  }
});

describe('contentUnits', () => {
  it('counts words and Chinese characters', () => {
    assert.deepEqual(
      ['ok', 'good morning', "we'll call back", '好的', '您好，我是小王', 'call 张三 now'].map(contentUnits),
      [1, 2, 3, 2, 6, 4],
    );
  });
});
