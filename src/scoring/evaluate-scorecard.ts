/**
 * Evaluating a scorecard on a labelled data set: discrimination (AUC, KS, Gini), gains and
 * calibration tables, PSI of the score against the training distribution and CSI per
 * characteristic. Rows without a target value are scored but left out of the metrics.
 */
import { compileModel, type CompiledModel } from './compile-model.ts';
import { binCounts, computeCsi, computePsi, histogram, stabilityLevel, type StabilityLevel } from './drift.ts';
import type { Dataset } from './dataset.ts';
import { discrimination } from './metrics.ts';
import type { ScorecardModel } from './model-artifact.ts';
import { probabilityFromScore } from './points-scaling.ts';
import { binIndices, scoreColumns, type ScoringFlag } from './score-columns.ts';
import { calibrationTable, gainsTable, type CalibrationRow, type GainsRow } from './tables.ts';
import { readTarget } from './target.ts';

export type Evaluation = {
  auc: number;
  ks: number;
  gini: number;
  rows: number;
  bads: number;
  goods: number;
  rowsWithoutTarget: number;
  ksScore: number;
  psi: number;
  stability: StabilityLevel;
  gains: GainsRow[];
  calibration: CalibrationRow[];
  csi: { characteristic: string; csi: number; scoreShift: number }[];
  flags: ScoringFlag[];
};

/** Characteristic stability of every characteristic against its training bin shares. */
export function characteristicStability(compiled: CompiledModel, dataset: Dataset): Evaluation['csi'] {
  const bins = binIndices(compiled, dataset);
  return compiled.characteristics.map((c, k) => {
    const counts = binCounts(bins[k], c.points.length);
    const { csi, scoreShift } = computeCsi(c.source.bins.map((b) => b.share), counts, c.points);
    return { characteristic: c.name, csi, scoreShift };
  });
}

/**
 * Scores and measures a labelled data set.
 * @throws AppError INVALID_INPUT for a missing column, a bad target or a single class
 */
export function evaluateScorecard(model: ScorecardModel, dataset: Dataset, target: string, bad: string): Evaluation {
  const compiled = compileModel(model);
  const t = readTarget(dataset, target, bad);
  const { scores, flags } = scoreColumns(compiled, dataset);
  const keep = t.missing ? Int32Array.from({ length: dataset.rows }, (_, i) => i).filter((i) => t.y[i] !== 255) : null;
  const s = keep ? Float64Array.from(keep, (i) => scores[i]) : scores;
  const y = keep ? Uint8Array.from(keep, (i) => t.y[i]) : t.y;
  const d = discrimination(s, y, false);
  const pd = s.map((v) => probabilityFromScore(v, model.scaling));
  const psi = computePsi(model.scoreDistribution.shares, histogram(scores, model.scoreDistribution.boundaries));
  return {
    auc: d.auc,
    ks: d.ks,
    gini: d.gini,
    rows: d.rows,
    bads: d.bads,
    goods: d.goods,
    rowsWithoutTarget: t.missing,
    ksScore: d.ksScore,
    psi,
    stability: stabilityLevel(psi),
    gains: gainsTable(s, y),
    calibration: calibrationTable(pd, y),
    csi: characteristicStability(compiled, dataset),
    flags,
  };
}
