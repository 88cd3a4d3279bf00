/**
 * Fitting the logistic regression of the bad flag on the WOE of the chosen
 * characteristics, dropping wrong-sign characteristics one at a time. With our WOE sign
 * (positive = riskier) every coefficient must be positive; a characteristic whose
 * coefficient is not (a symptom of collinearity) would give more points to a riskier bin.
 */
import { AppError } from '../platform/errors.ts';
import { fitLogistic, type LogisticFit } from './logistic-regression.ts';
import type { CharacteristicBinning } from './woe.ts';

/** Row-major WOE design (rows × chosen.length) from per-row bin indices. */
export function woeDesign(binIndex: Uint8Array[], binnings: CharacteristicBinning[], chosen: number[], rows: number): Float64Array {
  const p = chosen.length;
  const x = new Float64Array(rows * p);
  chosen.forEach((k, j) => {
    const woe = Float64Array.from(binnings[k].bins, (b) => b.woe);
    const idx = binIndex[k];
    for (let i = 0; i < rows; i++) x[i * p + j] = woe[idx[i]];
  });
  return x;
}

export type WoeFit = { kept: number[]; fit: LogisticFit; wrongSign: { name: string; coefficient: number }[] };

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
  onProgress?: (m: string) => void;
}): WoeFit {
  let kept = args.chosen.slice();
  const wrongSign: WoeFit['wrongSign'] = [];
  const rows = args.y.length;
  while (kept.length > 0) {
    const x = woeDesign(args.binIndex, args.binnings, kept, rows);
    const fit = fitLogistic({ x, rows, p: kept.length, y: args.y, l2: args.l2 });
    const offenders = kept.map((k, j) => ({ k, j, coef: fit.coefficients[j + 1] })).filter((o) => !(o.coef > 0));
    if (offenders.length === 0) return { kept, fit, wrongSign };
    offenders.sort((a, b) => args.binnings[a.k].iv - args.binnings[b.k].iv);
    const drop = offenders[0];
    wrongSign.push({ name: args.binnings[drop.k].name, coefficient: drop.coef });
    args.onProgress?.(`warning: "${args.binnings[drop.k].name}" dropped: wrong-sign coefficient ${drop.coef.toFixed(4)}`);
    kept = kept.filter((k) => k !== drop.k);
  }
  throw new AppError('RULE_VIOLATION', { message: 'no characteristic left after removing wrong-sign coefficients' });
}
