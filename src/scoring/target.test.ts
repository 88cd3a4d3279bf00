import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError } from '../platform/errors.ts';
import { parseCsv } from './csv-reader.ts';
import { readTarget } from './target.ts';

describe('readTarget', () => {
  const good: [string, string, string, number[]][] = [
    ['0/1 with default bad 1', 'y\n0\n1\n1\n0\n', '1', [0, 1, 1, 0]],
    ['1.0 matches bad 1', 'y\n0.0\n1.0\n', '1', [0, 1]],
    ['text labels', 'y\ngood\nbad\ngood\n', 'bad', [0, 1, 0]],
    ['text labels, other case', 'y\nGood\nBad\n', 'bad', [0, 1]],
    ['missing target cells', 'x,y\n1,0\n2,\n3,NA\n4,1\n', '1', [0, 255, 255, 1]],
  ];
  for (const [name, csv, bad, want] of good) {
    it(name, () => assert.deepEqual(Array.from(readTarget(parseCsv(csv), 'y', bad).y), want));
  }

  const bad: [string, string, string, RegExp][] = [
    ['one class', 'y\n1\n1\n', '1', /only one class/],
    ['bad value absent', 'y\ngood\nbad\n', '1', /never holds the bad value "1"/],
    ['more than two values', 'y\n0\n1\n2\n', '1', /more than two distinct values/],
    ['missing column', 'x\n0\n', '1', /column "y" not found/],
  ];
  for (const [name, csv, value, msg] of bad) {
    it(`rejects ${name}`, () => {
      assert.throws(() => readTarget(parseCsv(csv), 'y', value), (e) => isAppError(e, 'INVALID_INPUT') && msg.test(e.message));
    });
  }
});
