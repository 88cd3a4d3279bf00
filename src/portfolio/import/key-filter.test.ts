import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashEscapedText, hashNumber, hashText, KeyFilter } from './key-filter.ts';

test('hashEscapedText of the escaped form equals hashText of the id itself', () => {
  const cases: [string, string][] = [
    ['A1', 'A1'],
    ['a\\\\b', 'a\\b'],
    ['tab\\there', 'tab\there'],
    ['line\\nbreak', 'line\nbreak'],
    ['借款人-7', '借款人-7'],
    ['', ''],
  ];
  for (const [escaped, id] of cases) {
    const text = `x\n${escaped}\ny`;
    assert.equal(hashEscapedText(text, 2, 2 + escaped.length), hashText(id), escaped);
  }
});

test('KeyFilter: added hashes are found after growing; absent ones are not', () => {
  const f = new KeyFilter(4);
  const ids = Array.from({ length: 5000 }, (_, i) => `A${i}`);
  for (const id of ids) f.add(hashText(id));
  f.add(hashText('A1'));
  assert.equal(f.size, 5000);
  for (const id of ids) assert.equal(f.has(hashText(id)), true, id);
  const absent = Array.from({ length: 5000 }, (_, i) => `B${i}`).filter((id) => f.has(hashText(id)));
  assert.ok(absent.length <= 2, `collisions: ${absent.join(',')}`);
  const n = new KeyFilter();
  for (const k of [1, 10_001, 2 ** 40 + 3]) n.add(hashNumber(k));
  assert.deepEqual([1, 10_001, 2 ** 40 + 3, 2, 10_002].map((k) => n.has(hashNumber(k))), [true, true, true, false, false]);
});
