/**
 * Benchmark data: the German credit data resampled (with replacement, seeded) to any
 * number of rows, plus three derived numeric characteristics with noise so that they have
 * ~n distinct values (20 + 3 = 23 characteristics). Also writes it in a raw binary form
 * for the Python peer (float64 column-major, categorical columns as their codes).
 */
import { writeFile } from 'node:fs/promises';
import type { Column, Dataset, NumericColumn } from './dataset.ts';
import { getColumn } from './dataset.ts';
import { seededRandom } from '../platform/seeded-random.ts';

function numeric(d: Dataset, name: string): Float64Array {
  const c = getColumn(d, name);
  if (c.kind !== 'numeric') throw new Error(`${name} is not numeric`);
  return c.values;
}

/** Resamples `base` to `rows` rows and adds the derived columns. */
export function resampleGerman(base: Dataset, rows: number, seed = 42): Dataset {
  const r = seededRandom(seed);
  const pick = new Int32Array(rows);
  for (let i = 0; i < rows; i++) pick[i] = Math.floor(r() * base.rows);
  const columns: Column[] = base.columns.map((c): Column => {
    if (c.kind === 'numeric') {
      const values = new Float64Array(rows);
      for (let i = 0; i < rows; i++) values[i] = c.values[pick[i]];
      return { kind: 'numeric', name: c.name, values };
    }
    const codes = new Int32Array(rows);
    for (let i = 0; i < rows; i++) codes[i] = c.codes[pick[i]];
    return { kind: 'categorical', name: c.name, codes, levels: c.levels };
  });
  const resampled: Dataset = { rows, columns, source: `german-resampled-${rows}` };
  const amount = numeric(resampled, 'credit_amount');
  const duration = numeric(resampled, 'duration_in_month');
  const age = numeric(resampled, 'age_in_years');
  const rate = numeric(resampled, 'installment_rate_in_percentage_of_disposable_income');
  const monthly = new Float64Array(rows);
  const maturity = new Float64Array(rows);
  const burden = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    monthly[i] = (amount[i] / duration[i]) * (0.9 + 0.2 * r());
    maturity[i] = age[i] + duration[i] / 12 + r();
    burden[i] = (rate[i] * amount[i]) / 1000 + r();
  }
  const derived: NumericColumn[] = [
    { kind: 'numeric', name: 'monthly_amount', values: monthly },
    { kind: 'numeric', name: 'age_at_maturity', values: maturity },
    { kind: 'numeric', name: 'installment_burden', values: burden },
  ];
  return { ...resampled, columns: [...columns, ...derived] };
}

/** Writes the data set as float64 column-major binary plus a JSON header (for numpy). */
export async function writeForNumpy(d: Dataset, y: Uint8Array, target: string, path: string): Promise<void> {
  const cols = d.columns.filter((c) => c.name !== target);
  const buf = new Float64Array((cols.length + 1) * d.rows);
  cols.forEach((c, j) => {
    const off = j * d.rows;
    if (c.kind === 'numeric') buf.set(c.values, off);
    else for (let i = 0; i < d.rows; i++) buf[off + i] = c.codes[i];
  });
  buf.set(y, cols.length * d.rows);
  await writeFile(path, new Uint8Array(buf.buffer));
  const meta = { rows: d.rows, columns: cols.map((c) => ({ name: c.name, kind: c.kind })), target };
  await writeFile(path + '.json', JSON.stringify(meta));
}
