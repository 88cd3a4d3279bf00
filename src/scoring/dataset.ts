/**
 * Columnar data sets for scorecard work. Numeric columns are Float64Array with NaN for a
 * missing value; categorical columns are Int32Array codes into a dictionary of levels with
 * -1 for a missing value. No arrays of row objects anywhere on a hot path.
 */
import { AppError } from '../platform/errors.ts';

/** A numeric column: NaN marks a missing value. */
export type NumericColumn = { kind: 'numeric'; name: string; values: Float64Array };

/** A categorical column: `codes[i]` indexes `levels`, -1 marks a missing value. */
export type CategoricalColumn = { kind: 'categorical'; name: string; codes: Int32Array; levels: string[] };

export type Column = NumericColumn | CategoricalColumn;

/** A columnar data set; every column has `rows` entries. `source` names the file for messages. */
export type Dataset = { rows: number; columns: Column[]; source: string };

/**
 * The column called `name`.
 * @throws AppError INVALID_INPUT naming the column (and the file) when it is absent
 */
export function getColumn(dataset: Dataset, name: string): Column {
  const col = dataset.columns.find((c) => c.name === name);
  if (!col) {
    throw new AppError('INVALID_INPUT', {
      message: `${dataset.source}: column "${name}" not found (columns: ${dataset.columns.map((c) => c.name).join(', ')})`,
      details: [{ path: `${dataset.source}:1:${name}`, message: 'column missing' }],
    });
  }
  return col;
}

/** Number of missing entries of a column. */
export function countMissing(col: Column): number {
  let n = 0;
  if (col.kind === 'numeric') {
    const v = col.values;
    for (let i = 0; i < v.length; i++) if (v[i] !== v[i]) n++;
  } else {
    const c = col.codes;
    for (let i = 0; i < c.length; i++) if (c[i] < 0) n++;
  }
  return n;
}

/** Number of distinct non-missing values (stops counting at `cap`). */
export function countDistinct(col: Column, cap = Infinity): number {
  if (col.kind === 'categorical') {
    const seen = new Uint8Array(col.levels.length);
    let n = 0;
    for (let i = 0; i < col.codes.length && n < cap; i++) {
      const c = col.codes[i];
      if (c >= 0 && seen[c] === 0) {
        seen[c] = 1;
        n++;
      }
    }
    return n;
  }
  const seen = new Set<number>();
  const v = col.values;
  for (let i = 0; i < v.length && seen.size < cap; i++) if (v[i] === v[i]) seen.add(v[i]);
  return seen.size;
}

/** A new data set holding only the rows whose index is listed (in that order). */
export function selectRows(dataset: Dataset, rows: ArrayLike<number>): Dataset {
  const n = rows.length;
  const columns = dataset.columns.map((col): Column => {
    if (col.kind === 'numeric') {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = col.values[rows[i]];
      return { kind: 'numeric', name: col.name, values };
    }
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = col.codes[rows[i]];
    return { kind: 'categorical', name: col.name, codes, levels: col.levels };
  });
  return { rows: n, columns, source: dataset.source };
}
