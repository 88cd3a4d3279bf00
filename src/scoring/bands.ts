/**
 * Score bands (A = lowest risk) at the training score quintiles, and the training score
 * distribution kept in the model as the PSI baseline.
 */
import { histogram } from './drift.ts';
import type { Band } from './model-artifact.ts';
import { quantileBoundaries } from './tables.ts';

const BAND_NAMES = ['A', 'B', 'C', 'D', 'E'];

/** Bands best first: A holds the top fifth of training scores, E the bottom fifth. */
export function buildBands(scores: Float64Array, y: Uint8Array): Band[] {
  const bounds = quantileBoundaries(scores, BAND_NAMES.length);
  const mins: (number | null)[] = [...Array.from(bounds).reverse(), null];
  const rows = new Float64Array(mins.length);
  const bads = new Float64Array(mins.length);
  for (let i = 0; i < scores.length; i++) {
    let k = 0;
    while (k < mins.length - 1 && scores[i] < (mins[k] ?? -Infinity)) k++;
    rows[k]++;
    bads[k] += y[i];
  }
  return mins.map((minScore, k) => ({
    name: BAND_NAMES[k],
    minScore,
    trainShare: rows[k] / scores.length,
    trainBadRate: rows[k] ? bads[k] / rows[k] : 0,
  }));
}

/** Decile boundaries of the training scores and the share of rows between them. */
export function scoreDistribution(scores: Float64Array): { boundaries: number[]; shares: number[] } {
  const boundaries = quantileBoundaries(scores, 10);
  const counts = histogram(scores, boundaries);
  return { boundaries: Array.from(boundaries), shares: Array.from(counts, (c) => c / scores.length) };
}
