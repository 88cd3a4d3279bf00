/**
 * Population stability: PSI of the score and CSI per characteristic between an expected
 * (training) and an actual distribution over the same bins.
 */
import { upperBound } from './bin-numeric.ts';

/** Shares below this are floored so that an empty bin gives a large but finite term. */
const FLOOR = 1e-4;

/** The usual reading: < 0.1 stable, 0.1–0.25 watch, > 0.25 shifted (alert). */
export type StabilityLevel = 'stable' | 'watch' | 'alert';

/** Reads a PSI value against the usual 0.1 and 0.25 thresholds. */
export function stabilityLevel(psi: number): StabilityLevel {
  if (psi > 0.25) return 'alert';
  return psi >= 0.1 ? 'watch' : 'stable';
}

function shares(counts: ArrayLike<number>): Float64Array {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = Math.max(FLOOR, total ? counts[i] / total : 0);
  return out;
}

/**
 * PSI = Σ (actual share − expected share) · ln(actual share / expected share) over bins;
 * the arguments are counts (or shares) per bin, in the same order.
 * @throws Error when the two lists differ in length
 */
export function computePsi(expected: ArrayLike<number>, actual: ArrayLike<number>): number {
  if (expected.length !== actual.length) throw new Error(`PSI needs the same bins (${expected.length} vs ${actual.length})`);
  const e = shares(expected);
  const a = shares(actual);
  let psi = 0;
  for (let i = 0; i < e.length; i++) psi += (a[i] - e[i]) * Math.log(a[i] / e[i]);
  return psi;
}

/** Counts of `values` in the intervals split by ascending `boundaries` (boundaries.length + 1 counts). */
export function histogram(values: Float64Array, boundaries: ArrayLike<number>): Float64Array {
  const b = Float64Array.from(boundaries);
  const counts = new Float64Array(b.length + 1);
  for (let i = 0; i < values.length; i++) counts[upperBound(b, values[i])]++;
  return counts;
}

/** Counts per bin of per-row bin indices (255 = unassigned, skipped). */
export function binCounts(binIndex: Uint8Array, bins: number): Float64Array {
  const counts = new Float64Array(bins);
  for (let i = 0; i < binIndex.length; i++) if (binIndex[i] < bins) counts[binIndex[i]]++;
  return counts;
}

/**
 * CSI of one characteristic: PSI over its bins, plus the mean score shift it causes,
 * Σ (actual share − expected share) · points of the bin.
 */
export function computeCsi(expectedShares: ArrayLike<number>, actualCounts: ArrayLike<number>, points: ArrayLike<number>): { csi: number; scoreShift: number } {
  let total = 0;
  for (let i = 0; i < actualCounts.length; i++) total += actualCounts[i];
  let shift = 0;
  for (let i = 0; i < points.length; i++) shift += ((total ? actualCounts[i] / total : 0) - expectedShares[i]) * points[i];
  return { csi: computePsi(expectedShares, actualCounts), scoreShift: shift };
}
