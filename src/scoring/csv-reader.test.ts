import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError } from '../platform/errors.ts';
import { parseCsv, parseNumber } from './csv-reader.ts';

describe('parseNumber', () => {
  const cases: [string, number][] = [
    ['12', 12],
    ['-3.5', -3.5],
    ['5.00E+05', 500000],
    ['1e-3', 0.001],
    ['.5', 0.5],
    ['1,234.5', 1234.5],
    ['abc', NaN],
    ['0x10', NaN],
    ['1,23', NaN],
    ['Infinity', NaN],
  ];
  for (const [text, want] of cases) it(`${text} → ${want}`, () => assert.deepEqual(parseNumber(text), want));
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y",5.00E+05\r\n2,"say ""hi""\nthere",NA\r\n';
    const d = parseCsv(text);
    assert.equal(d.rows, 2);
    const [a, b, c] = d.columns;
    assert.equal(a.kind, 'numeric');
    assert.equal(b.kind, 'categorical');
    assert.equal(c.kind, 'numeric');
    if (b.kind !== 'categorical' || c.kind !== 'numeric') return;
    assert.deepEqual([b.levels[b.codes[0]], b.levels[b.codes[1]]], ['x, y', 'say "hi"\nthere']);
    assert.equal(c.values[0], 500000);
    assert.ok(Number.isNaN(c.values[1]));
  });

  it('treats empty cells and NA tokens as missing and keeps the column numeric', () => {
    const d = parseCsv('x,y\n1,a\n,b\nNA,\n4,c\n');
    const [x, y] = d.columns;
    assert.equal(x.kind, 'numeric');
    if (x.kind !== 'numeric' || y.kind !== 'categorical') return;
    assert.deepEqual(Array.from(x.values, (v) => (Number.isNaN(v) ? null : v)), [1, null, null, 4]);
    assert.deepEqual(Array.from(y.codes), [0, 1, -1, 2]);
  });

  it('accepts a last line without newline and a trailing empty field', () => {
    const d = parseCsv('a,b\n1,\n2,3');
    assert.equal(d.rows, 2);
  });

  const bad: [string, string, RegExp][] = [
    ['ragged row', 'a,b\n1,2\n3\n4,5\n', /f\.csv:3/],
    ['empty file', '', /empty file/],
    ['duplicate header', 'a,a\n1,2\n', /duplicate column "a"/],
    ['unterminated quote', 'a,b\n1,"x\n', /unterminated/],
  ];
  for (const [name, text, msg] of bad) {
    it(`rejects ${name}`, () => {
      assert.throws(() => parseCsv(text, { source: 'f.csv' }), (e) => isAppError(e, 'INVALID_INPUT') && msg.test(e.message));
    });
  }

  it('names the cell when a forced numeric column holds text', () => {
    assert.throws(
      () => parseCsv('a,b\n1,2\n3,x\n', { source: 'f.csv', types: { b: 'numeric' } }),
      (e) => isAppError(e) && /f\.csv:3:b/.test(e.message),
    );
  });

  it('names an unnamed header field (a pandas row index) column_N', () => {
    assert.deepEqual(parseCsv(',a\n0,1\n').columns.map((c) => c.name), ['column_1', 'a']);
  });

  it('keeps a forced categorical column as text even when it looks numeric', () => {
    const d = parseCsv('a\n01\n1\n', { types: { a: 'categorical' } });
    const a = d.columns[0];
    assert.equal(a.kind, 'categorical');
    if (a.kind === 'categorical') assert.deepEqual(a.levels, ['01', '1']);
  });
});
