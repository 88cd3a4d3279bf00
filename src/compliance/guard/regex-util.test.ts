import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requiredPrefixes, topAlternatives } from './regex-util.ts';

// The rule gate (rules.ts) may skip a pattern only when a text holds none of these literals,
// so every literal must be one that each match contains.
const cases: [string, string[] | null][] = [
  ['\\bfoo bar|\\bbaz', ['foo bar', 'baz']],
  ['\\b(?:break|snap|smash) (?:your|his) legs?\\b|\\bbeat (?:you )?up\\b', ['break', 'snap', 'smash', 'beat ']],
  ['\\b(?:colou?r|shade)s?\\b', ['colo', 'shade']],
  // an optional leading group, a class, a lookbehind or a too-short literal: no gate
  ['\\b(?:very )?bad\\b', null],
  ['[a-z]+ing', null],
  ['\\b(?<!not )dead\\b', null],
  ['\\bno|\\byes', null],
  // two Chinese characters are enough
  ['坐牢|(?:拘留|逮捕)(?:你|您)', ['坐牢', '拘留', '逮捕']],
  ['(?:你|您)的家人', null],
];

describe('literals every match of a rule must contain', () => {
  for (const [source, expected] of cases) {
    it(source, () => assert.deepEqual(requiredPrefixes(source), expected));
  }
  it('unwraps the group that hoistWordBoundary makes, and only that one', () => {
    assert.deepEqual(topAlternatives('\\b(?:a|b)'), ['a', 'b']);
    assert.deepEqual(topAlternatives('\\b(?:a|b) c|\\bd'), ['\\b(?:a|b) c', '\\bd']);
  });
});
