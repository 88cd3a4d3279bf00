/**
 * The binary target of a scorecard: 1 = bad, 0 = good, read from a 0/1 or text column.
 */
import { AppError } from '../platform/errors.ts';
import { parseNumber } from './csv-reader.ts';
import { getColumn, type Dataset } from './dataset.ts';

/** `y[i]` is 1 for bad, 0 for good, 255 when the target cell is missing. */
export type Target = { column: string; bad: string; y: Uint8Array; bads: number; goods: number; missing: number };

/**
 * Reads the target column: cells equal to `bad` (numerically when both are numbers, so
 * `1` matches `1.0`) are bad, every other non-missing value is good.
 * @throws AppError INVALID_INPUT when the column is absent, holds more than two distinct
 *   values, does not contain `bad`, or holds only one class
 */
export function readTarget(dataset: Dataset, column: string, bad: string): Target {
  const col = getColumn(dataset, column);
  const y = new Uint8Array(dataset.rows);
  let values: string[];
  if (col.kind === 'numeric') {
    const badNum = parseNumber(bad.trim());
    const distinct = new Set<number>();
    for (let i = 0; i < y.length; i++) {
      const v = col.values[i];
      if (v !== v) y[i] = 255;
      else {
        if (distinct.size <= 2) distinct.add(v);
        y[i] = v === badNum ? 1 : 0;
      }
    }
    values = [...distinct].map(String);
  } else {
    const badLevel = findLevel(col.levels, bad);
    const used = new Uint8Array(col.levels.length);
    for (let i = 0; i < y.length; i++) {
      const c = col.codes[i];
      if (c < 0) y[i] = 255;
      else {
        used[c] = 1;
        y[i] = c === badLevel ? 1 : 0;
      }
    }
    values = col.levels.filter((_, l) => used[l] === 1);
  }
  return checkTarget(dataset, column, bad, y, values);
}

function findLevel(levels: string[], bad: string): number {
  const exact = levels.indexOf(bad);
  if (exact >= 0) return exact;
  const num = parseNumber(bad.trim());
  if (!Number.isNaN(num)) {
    const i = levels.findIndex((l) => parseNumber(l) === num);
    if (i >= 0) return i;
  }
  return levels.findIndex((l) => l.toLowerCase() === bad.trim().toLowerCase());
}

function checkTarget(dataset: Dataset, column: string, bad: string, y: Uint8Array, values: string[]): Target {
  let bads = 0;
  let goods = 0;
  let missing = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] === 1) bads++;
    else if (y[i] === 0) goods++;
    else missing++;
  }
  const shown = values.slice(0, 5).map((v) => JSON.stringify(v)).join(', ');
  const where = `${dataset.source}: target "${column}"`;
  if (values.length > 2) {
    throw new AppError('INVALID_INPUT', { message: `${where} holds more than two distinct values (${shown}…); a scorecard needs a binary target` });
  }
  if (bads === 0) {
    throw new AppError('INVALID_INPUT', { message: `${where} never holds the bad value ${JSON.stringify(bad)} (values: ${shown}); pass --bad VALUE` });
  }
  if (goods === 0) {
    throw new AppError('INVALID_INPUT', { message: `${where} holds only one class (${shown}); a scorecard needs both goods and bads` });
  }
  return { column, bad, y, bads, goods, missing };
}
