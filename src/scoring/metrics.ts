/**
 * Discrimination metrics by sorting, not by thresholds on a grid: AUC as the tie-aware
 * Mann–Whitney statistic, KS as the largest gap between the cumulative bad and good
 * distributions over every distinct score, and Gini = 2·AUC − 1. The bads' and goods'
 * scores are sorted separately with the native typed-array sort and then merged, which
 * is O(n log n) with no comparator calls and no index arrays.
 */
import { AppError } from '../platform/errors.ts';

export type Discrimination = { auc: number; ks: number; gini: number; ksScore: number; rows: number; bads: number; goods: number };

function splitByClass(scores: Float64Array, y: Uint8Array): { bad: Float64Array; good: Float64Array } {
  let nb = 0;
  for (let i = 0; i < y.length; i++) nb += y[i] === 1 ? 1 : 0;
  const bad = new Float64Array(nb);
  const good = new Float64Array(y.length - nb);
  let b = 0;
  let g = 0;
  for (let i = 0; i < y.length; i++) {
    const s = scores[i];
    if (s !== s) throw new AppError('INVALID_INPUT', { message: `score of row ${i + 1} is not a number` });
    if (y[i] === 1) bad[b++] = s;
    else good[g++] = s;
  }
  return { bad: bad.sort(), good: good.sort() };
}

/**
 * AUC, KS and Gini of `scores` against `y` (1 = bad). With `higherIsRiskier` false (a
 * points score) the AUC is P(score of a good > score of a bad) + ½·P(tie); with true (a
 * probability of bad) it is P(score of a bad > score of a good) + ½·P(tie).
 * @throws AppError INVALID_INPUT when a class is absent or a score is NaN
 */
export function discrimination(scores: Float64Array, y: Uint8Array, higherIsRiskier: boolean): Discrimination {
  const counted = integerScoreCounts(scores, y);
  if (counted) return walkCounts(counted, higherIsRiskier);
  const { bad, good } = splitByClass(scores, y);
  const nb = bad.length;
  const ng = good.length;
  if (nb === 0 || ng === 0) throw new AppError('INVALID_INPUT', { message: 'AUC and KS need both bads and goods' });
  let i = 0;
  let j = 0;
  let u = 0; // pairs with good above bad, ties counted half
  let ks = 0;
  let ksScore = NaN;
  while (i < nb || j < ng) {
    const v = j >= ng || (i < nb && bad[i] <= good[j]) ? bad[i] : good[j];
    let cb = 0;
    while (i < nb && bad[i] === v) {
      i++;
      cb++;
    }
    let cg = 0;
    while (j < ng && good[j] === v) {
      j++;
      cg++;
    }
    u += cg * (i - cb + 0.5 * cb);
    const gap = Math.abs(i / nb - j / ng);
    if (gap > ks) {
      ks = gap;
      ksScore = v;
    }
  }
  const aucGoodAbove = u / (nb * ng);
  const auc = higherIsRiskier ? 1 - aucGoodAbove : aucGoodAbove;
  return { auc, ks, gini: 2 * auc - 1, ksScore, rows: nb + ng, bads: nb, goods: ng };
}

type Counts = { min: number; bad: Float64Array; good: Float64Array; nb: number; ng: number };

/**
 * Integer scores in a range no wider than the row count (integer points): per-score
 * counts of bads and goods, so AUC and KS need one pass and no sort. Null otherwise.
 */
function integerScoreCounts(scores: Float64Array, y: Uint8Array): Counts | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== Math.floor(s)) return null;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const width = max - min + 1;
  if (!(width <= Math.max(1024, scores.length))) return null;
  const bad = new Float64Array(width);
  const good = new Float64Array(width);
  let nb = 0;
  for (let i = 0; i < scores.length; i++) {
    const k = scores[i] - min;
    if (y[i] === 1) {
      bad[k]++;
      nb++;
    } else good[k]++;
  }
  return { min, bad, good, nb, ng: scores.length - nb };
}

function walkCounts(c: Counts, higherIsRiskier: boolean): Discrimination {
  if (c.nb === 0 || c.ng === 0) throw new AppError('INVALID_INPUT', { message: 'AUC and KS need both bads and goods' });
  let below = 0;
  let cg = 0;
  let u = 0;
  let ks = 0;
  let ksScore = NaN;
  for (let k = 0; k < c.bad.length; k++) {
    const b = c.bad[k];
    const g = c.good[k];
    if (b === 0 && g === 0) continue;
    u += g * (below + 0.5 * b);
    below += b;
    cg += g;
    const gap = Math.abs(below / c.nb - cg / c.ng);
    if (gap > ks) {
      ks = gap;
      ksScore = c.min + k;
    }
  }
  const aucGoodAbove = u / (c.nb * c.ng);
  const auc = higherIsRiskier ? 1 - aucGoodAbove : aucGoodAbove;
  return { auc, ks, gini: 2 * auc - 1, ksScore, rows: c.nb + c.ng, bads: c.nb, goods: c.ng };
}
