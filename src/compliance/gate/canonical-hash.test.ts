/** Canonical JSON: key order never changes the hash; undefined is dropped (objects) or null (arrays). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalHash, canonicalJson } from './canonical-hash.ts';

describe('canonicalJson', () => {
  const cases: [string, unknown, string][] = [
    ['sorts keys at every depth', { b: 1, a: [{ d: 2, c: 1 }] }, '{"a":[{"c":1,"d":2}],"b":1}'],
    ['drops undefined properties', { a: undefined, b: null }, '{"b":null}'],
    ['turns undefined array items into null', [undefined, 1], '[null,1]'],
    ['escapes strings as JSON does', { 'k"': 'é"\n' }, JSON.stringify({ 'k"': 'é"\n' })],
    ['serialises a bare undefined as null', undefined, 'null'],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.equal(canonicalJson(input), expected));

  it('gives equal hashes for equal data in any key order, different hashes otherwise', () => {
    assert.equal(canonicalHash({ x: 1, y: [1, 2] }), canonicalHash({ y: [1, 2], x: 1 }));
    assert.notEqual(canonicalHash({ x: 1, y: [1, 2] }), canonicalHash({ x: 1, y: [2, 1] }));
    assert.match(canonicalHash({}), /^[0-9a-f]{64}$/);
  });
});
