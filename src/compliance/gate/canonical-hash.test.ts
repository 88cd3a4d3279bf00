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

/** What canonicalJson replaced: JSON.stringify with a replacer that sorts the keys of every object. */
function viaReplacer(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const src = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(src).sort()) out[k] = src[k];
    return out;
  });
}

describe('canonicalJson against JSON.stringify with sorted keys', () => {
  it('matches it on hand-picked edge values', () => {
    const samples: unknown[] = [
      {}, [], '', 0, -0, 1.5e300, Number.NaN, Number.POSITIVE_INFINITY, true, false, null,
      { z: 1, a: { y: [3, { b: 2, a: 1 }], x: 'é\u2028"\\' } },
      { fn: () => 1, sym: Symbol('s'), u: undefined, keep: 1 },
      [() => 1, Symbol('s'), undefined, Number.NaN],
      { d: new Date('2026-11-18T10:00:00Z'), nested: { t: { toJSON: () => ({ b: 1, a: 2 }) } } },
      { B: 1, a: 2, '': 3, 'é': 4, 'e': 5, 'x-1': 6 },
    ];
    for (const s of samples) assert.equal(canonicalJson(s), viaReplacer(s), JSON.stringify(s));
  });

  it('sorts integer-like keys as strings too (RFC 8785), where a copied object would put them first', () => {
    const v = { '10': 'a', '9': 'b', B: 1, '': 3 };
    assert.equal(canonicalJson(v), '{"":3,"10":"a","9":"b","B":1}');
    assert.notEqual(viaReplacer(v), canonicalJson(v));
  });

  it('matches it on 500 random nested values', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const keys = ['a', 'b', 'Z', 'aa', 'é', '02', 'x y', 'at', 'id', 'debtId'];
    const gen = (depth: number): unknown => {
      switch (rnd(depth > 3 ? 5 : 8)) {
        case 0: return rnd(1000) - 500;
        case 1: return `s${rnd(50)}"\n`;
        case 2: return rnd(2) === 0;
        case 3: return null;
        case 4: return undefined;
        case 5: return Array.from({ length: rnd(4) }, () => gen(depth + 1));
        default: {
          const o: Record<string, unknown> = {};
          for (let i = rnd(5); i > 0; i--) o[keys[rnd(keys.length)]] = gen(depth + 1);
          return o;
        }
      }
    };
    for (let i = 0; i < 500; i++) {
      const v = gen(0);
      assert.equal(canonicalJson(v), viaReplacer(v));
    }
  });
});
