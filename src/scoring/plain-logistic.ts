/**
 * The baseline a scorecard is held against: a plain logistic regression on one-hot
 * categorical columns (first level dropped) and standardised numeric columns (missing →
 * the training mean), fitted by our IRLS. Used by the German figures test and README.
 */
import type { Column, Dataset } from './dataset.ts';
import { fitLogistic } from './logistic-regression.ts';

type Encoder = { name: string; width: number; write: (col: Column, i: number, out: Float64Array, at: number) => void };

function encoderFor(col: Column): Encoder {
  if (col.kind === 'numeric') {
    let sum = 0;
    let sq = 0;
    let n = 0;
    for (const v of col.values) {
      if (v !== v) continue;
      sum += v;
      sq += v * v;
      n++;
    }
    const mean = n ? sum / n : 0;
    const sd = n ? Math.sqrt(Math.max(sq / n - mean * mean, 0)) || 1 : 1;
    return { name: col.name, width: 1, write: (c, i, out, at) => {
      const v = c.kind === 'numeric' ? c.values[i] : NaN;
      out[at] = v === v ? (v - mean) / sd : 0;
    } };
  }
  const levels = col.levels.slice(1);
  return { name: col.name, width: levels.length, write: (c, i, out, at) => {
    if (c.kind !== 'categorical' || c.codes[i] < 0) return;
    const k = levels.indexOf(c.levels[c.codes[i]]);
    if (k >= 0) out[at + k] = 1;
  } };
}

function design(d: Dataset, encoders: Encoder[]): { x: Float64Array; p: number } {
  const p = encoders.reduce((s, e) => s + e.width, 0);
  const x = new Float64Array(d.rows * p);
  let at = 0;
  for (const e of encoders) {
    const col = d.columns.find((c) => c.name === e.name);
    if (col) for (let i = 0; i < d.rows; i++) e.write(col, i, x, i * p + at);
    at += e.width;
  }
  return { x, p };
}

/**
 * Fits the baseline on `train` (all columns but `exclude`) and returns the predicted
 * probability of bad for every row of `test`.
 */
export function plainLogisticPredict(args: { train: Dataset; test: Dataset; y: Uint8Array; exclude: string[]; l2: number }): Float64Array {
  const encoders = args.train.columns.filter((c) => !args.exclude.includes(c.name)).map(encoderFor);
  const tr = design(args.train, encoders);
  const fit = fitLogistic({ x: tr.x, rows: args.train.rows, p: tr.p, y: args.y, l2: args.l2 });
  const te = design(args.test, encoders);
  const out = new Float64Array(args.test.rows);
  for (let i = 0; i < out.length; i++) {
    let eta = fit.coefficients[0];
    for (let j = 0; j < te.p; j++) eta += te.x[i * te.p + j] * fit.coefficients[j + 1];
    out[i] = 1 / (1 + Math.exp(-eta));
  }
  return out;
}
