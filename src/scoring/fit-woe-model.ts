/**
 * Fitting the logistic regression of the bad flag on the WOE of the chosen
 * characteristics, dropping wrong-sign characteristics one at a time. With our WOE sign
 * (positive = riskier) every coefficient must be positive; a characteristic whose
 * coefficient is not (a symptom of collinearity) would give more points to a riskier bin.
 */
import { AppError, isAppError } from '../platform/errors.ts';
import { fitLogistic, type LogisticFit } from './logistic-regression.ts';
import type { CharacteristicBinning } from './woe.ts';

/** Row-major WOE design (rows × chosen.length) from per-row bin indices. */
export function woeDesign(binIndex: Uint8Array[], binnings: CharacteristicBinning[], chosen: number[], rows: number): Float64Array {
  const p = chosen.length;
  const x = new Float64Array(rows * p);
  chosen.forEach((k, j) => {
    const woe = new Float64Array(binnings[k].bins.length);
    binnings[k].bins.forEach((b, i) => (woe[i] = b.woe));
    const idx = binIndex[k];
    for (let i = 0; i < rows; i++) x[i * p + j] = woe[idx[i]];
  });
  return x;
}

/** Weighted design: one row per distinct (bin pattern, class), weight = number of rows. */
export type CompressedDesign = { x: Float64Array; y: Uint8Array; weights: Float64Array; rows: number };

/**
 * Collapses rows with the same bins on every chosen characteristic and the same class into
 * one weighted row. Exact: the likelihood, its gradient and Hessian depend only on these
 * counts, so coefficients and standard errors are unchanged. Returns null when it would
 * not save at least half the rows (or the pattern key would overflow 2^52).
 */
export function compressDesign(binIndex: Uint8Array[], binnings: CharacteristicBinning[], chosen: number[], y: Uint8Array): CompressedDesign | null {
  const rows = y.length;
  let span = 2;
  for (const k of chosen) span *= binnings[k].bins.length;
  if (span > 2 ** 52) return null;
  const keys = new Float64Array(rows);
  let radix = 2;
  for (let i = 0; i < rows; i++) keys[i] = y[i];
  for (const k of chosen) {
    const idx = binIndex[k];
    for (let i = 0; i < rows; i++) keys[i] += radix * idx[i];
    radix *= binnings[k].bins.length;
  }
  const slot = new Map<number, number>();
  const first: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < rows; i++) {
    const s = slot.get(keys[i]);
    if (s !== undefined) counts[s]++;
    else {
      if (first.length * 2 > rows) return null;
      slot.set(keys[i], first.length);
      first.push(i);
      counts.push(1);
    }
  }
  const n = first.length;
  const p = chosen.length;
  const x = new Float64Array(n * p);
  chosen.forEach((k, j) => {
    const woe = new Float64Array(binnings[k].bins.length);
    binnings[k].bins.forEach((b, i) => (woe[i] = b.woe));
    const idx = binIndex[k];
    for (let r = 0; r < n; r++) x[r * p + j] = woe[idx[first[r]]];
  });
  return { x, y: Uint8Array.from(first, (i) => y[i]), weights: Float64Array.from(counts), rows: n };
}

/** `l2` is the penalty finally used (raised from 0 when the unpenalised fit failed). */
export type WoeFit = { kept: number[]; fit: LogisticFit; wrongSign: { name: string; coefficient: number }[]; l2: number };

/**
 * Fits and removes wrong-sign characteristics (the lowest-IV offender first) until every
 * coefficient is positive.
 * @throws AppError RULE_VIOLATION when no characteristic is left, or the fit fails
 */
export function fitWoeModel(args: {
  binIndex: Uint8Array[];
  binnings: CharacteristicBinning[];
  chosen: number[];
  y: Uint8Array;
  l2: number;
  /** Collapse identical bin patterns into weighted rows when that halves the work (default true). */
  compress?: boolean;
  onProgress?: (m: string) => void;
}): WoeFit {
  let kept = args.chosen.slice();
  let l2 = args.l2;
  const wrongSign: WoeFit['wrongSign'] = [];
  while (kept.length > 0) {
    const packed = args.compress === false ? null : compressDesign(args.binIndex, args.binnings, kept, args.y);
    const fitWith = (l2: number) => (packed ? fitLogistic({ ...packed, p: kept.length, l2 }) : fitDense(args, kept, l2));
    let fit: LogisticFit;
    try {
      fit = fitWith(l2);
    } catch (e) {
      // an unpenalised fit that fails (singular or not converging) is retried once with a small penalty
      if (l2 > 0 || !isAppError(e, 'RULE_VIOLATION')) throw e;
      l2 = 1;
      args.onProgress?.(`warning: ${(e as Error).message}; refitting with L2 penalty ${l2}`);
      fit = fitWith(l2);
    }
    const offenders = kept.map((k, j) => ({ k, j, coef: fit.coefficients[j + 1] })).filter((o) => !(o.coef > 0));
    if (offenders.length === 0) return { kept, fit, wrongSign, l2 };
    offenders.sort((a, b) => args.binnings[a.k].iv - args.binnings[b.k].iv);
    const drop = offenders[0];
    wrongSign.push({ name: args.binnings[drop.k].name, coefficient: drop.coef });
    args.onProgress?.(`warning: "${args.binnings[drop.k].name}" dropped: wrong-sign coefficient ${drop.coef.toFixed(4)}`);
    kept = kept.filter((k) => k !== drop.k);
  }
  throw new AppError('RULE_VIOLATION', { message: 'no characteristic left after removing wrong-sign coefficients' });
}

/** Rows above which a dense fit first converges on a strided sample, then polishes on all rows. */
const WARM_START_ROWS = 200_000;

/**
 * Dense fit on every row. On large data the Newton iterations start from the solution on
 * an evenly strided sample of 100,000 rows, so the full passes are only the last two or
 * three (quadratic convergence); the result is the full-data maximum all the same.
 */
function fitDense(args: { binIndex: Uint8Array[]; binnings: CharacteristicBinning[]; y: Uint8Array }, kept: number[], l2: number): LogisticFit {
  const rows = args.y.length;
  const x = woeDesign(args.binIndex, args.binnings, kept, rows);
  let start: Float64Array | undefined;
  if (rows > WARM_START_ROWS) {
    const step = Math.floor(rows / 100_000);
    const idx = Int32Array.from({ length: Math.floor(rows / step) }, (_, r) => r * step);
    const sampleIndex = args.binIndex.map((b, k) => (kept.includes(k) ? Uint8Array.from(idx, (i) => b[i]) : b));
    const sx = woeDesign(sampleIndex, args.binnings, kept, idx.length);
    try {
      start = fitLogistic({ x: sx, rows: idx.length, p: kept.length, y: Uint8Array.from(idx, (i) => args.y[i]), l2: (l2 * idx.length) / rows }).coefficients;
    } catch {
      start = undefined; // the sample alone may not converge; the full fit then starts from scratch
    }
  }
  return fitLogistic({ x, rows, p: kept.length, y: args.y, l2, start });
}
