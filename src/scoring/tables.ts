/**
 * Gains (decile) and calibration tables. Groups are quantiles of the score; rows with a
 * score equal to a boundary stay together, so groups can differ in size when scores tie.
 */
import { upperBound } from './bin-numeric.ts';

export type GainsRow = {
  group: number;
  minScore: number;
  maxScore: number;
  rows: number;
  bads: number;
  badRate: number;
  /** Share of all bads captured up to and including this group (riskiest first). */
  cumulativeBadShare: number;
  cumulativeGoodShare: number;
  /** Bad rate of the group over the overall bad rate. */
  lift: number;
};

export type CalibrationRow = { group: number; rows: number; meanPredicted: number; observedBadRate: number };

/** Quantile boundaries (groups − 1 of them, distinct, ascending). */
export function quantileBoundaries(values: Float64Array, groups: number): Float64Array {
  const s = values.slice().sort();
  const out: number[] = [];
  for (let k = 1; k < groups; k++) {
    const v = s[Math.floor((k * s.length) / groups)];
    if (v > s[0] && (out.length === 0 || v > out[out.length - 1])) out.push(v);
  }
  return Float64Array.from(out);
}

type Acc = { rows: Float64Array; bads: Float64Array; sum: Float64Array; min: Float64Array; max: Float64Array };

function accumulateGroups(values: Float64Array, y: Uint8Array, bounds: Float64Array): Acc {
  const m = bounds.length + 1;
  const acc: Acc = { rows: new Float64Array(m), bads: new Float64Array(m), sum: new Float64Array(m), min: new Float64Array(m).fill(Infinity), max: new Float64Array(m).fill(-Infinity) };
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const k = upperBound(bounds, v);
    acc.rows[k]++;
    acc.bads[k] += y[i];
    acc.sum[k] += v;
    if (v < acc.min[k]) acc.min[k] = v;
    if (v > acc.max[k]) acc.max[k] = v;
  }
  return acc;
}

/** Gains table of a points score (lower = riskier), riskiest group first. */
export function gainsTable(scores: Float64Array, y: Uint8Array, groups = 10): GainsRow[] {
  const acc = accumulateGroups(scores, y, quantileBoundaries(scores, groups));
  let totalBads = 0;
  for (let k = 0; k < acc.rows.length; k++) totalBads += acc.bads[k];
  const totalGoods = scores.length - totalBads;
  const overall = totalBads / Math.max(1, scores.length);
  const out: GainsRow[] = [];
  let cb = 0;
  let cg = 0;
  for (let k = 0; k < acc.rows.length; k++) {
    if (acc.rows[k] === 0) continue;
    cb += acc.bads[k];
    cg += acc.rows[k] - acc.bads[k];
    const badRate = acc.bads[k] / acc.rows[k];
    out.push({
      group: out.length + 1,
      minScore: acc.min[k],
      maxScore: acc.max[k],
      rows: acc.rows[k],
      bads: acc.bads[k],
      badRate,
      cumulativeBadShare: totalBads ? cb / totalBads : 0,
      cumulativeGoodShare: totalGoods ? cg / totalGoods : 0,
      lift: overall ? badRate / overall : 0,
    });
  }
  return out;
}

/** Calibration table: predicted probability of bad against the observed bad rate, by predicted-probability group. */
export function calibrationTable(predicted: Float64Array, y: Uint8Array, groups = 10): CalibrationRow[] {
  const acc = accumulateGroups(predicted, y, quantileBoundaries(predicted, groups));
  const out: CalibrationRow[] = [];
  for (let k = 0; k < acc.rows.length; k++) {
    if (acc.rows[k] === 0) continue;
    out.push({ group: out.length + 1, rows: acc.rows[k], meanPredicted: acc.sum[k] / acc.rows[k], observedBadRate: acc.bads[k] / acc.rows[k] });
  }
  return out;
}
