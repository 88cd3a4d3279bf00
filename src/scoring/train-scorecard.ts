/**
 * Training a scorecard end to end: target, binning, WOE/IV, selection, logistic fit with
 * wrong-sign removal, points scaling, bands and training metrics → a sealed model.
 */
import { AppError } from '../platform/errors.ts';
import { binDataset, type BinOverride, type DroppedColumn } from './bin-dataset.ts';
import { defaultBinningOptions, type BinningOptions } from './binning-options.ts';
import { selectRows, type Dataset } from './dataset.ts';
import { fitWoeModel } from './fit-woe-model.ts';
import { buildBands, scoreDistribution } from './bands.ts';
import { discrimination } from './metrics.ts';
import { sealModel, SCHEMA_VERSION, type Candidate, type Label, type ModelCharacteristic, type ScorecardModel } from './model-artifact.ts';
import { basePoints, binPoints, defaultScaling, scalingConstants, type Scaling } from './points-scaling.ts';
import { selectCharacteristics } from './select-characteristics.ts';
import { readTarget } from './target.ts';
import type { CharacteristicBinning } from './woe.ts';

export type TrainOptions = {
  target: string;
  /** The target value that means bad (default "1"). */
  bad?: string;
  exclude?: string[];
  binning?: Partial<BinningOptions>;
  /** Minimum information value to keep a characteristic (default 0.02). */
  minIv?: number;
  /** Maximum absolute WOE correlation between kept characteristics (default 0.7). */
  maxCorrelation?: number;
  /** L2 penalty of the logistic regression (default 0: unpenalised). */
  l2?: number;
  scaling?: Partial<Scaling>;
  overrides?: Record<string, BinOverride>;
  labels?: Record<string, Partial<Label>>;
  purpose?: string;
  onProgress?: (message: string) => void;
};

function withoutMissingTarget(dataset: Dataset, y: Uint8Array, missing: number): { data: Dataset; y: Uint8Array } {
  if (missing === 0) return { data: dataset, y };
  const keep: number[] = [];
  for (let i = 0; i < y.length; i++) if (y[i] !== 255) keep.push(i);
  if (keep.length === y.length) return { data: dataset, y };
  return { data: selectRows(dataset, keep), y: Uint8Array.from(keep, (i) => y[i]) };
}

function candidateColumns(dataset: Dataset, options: TrainOptions) {
  const exclude = new Set(options.exclude ?? []);
  for (const name of exclude) {
    if (!dataset.columns.some((c) => c.name === name)) {
      throw new AppError('INVALID_INPUT', { message: `${dataset.source}: excluded column "${name}" does not exist` });
    }
  }
  return dataset.columns.filter((c) => c.name !== options.target && !exclude.has(c.name));
}

/** Binned training data: the output of {@link binTrainingData}, the input of {@link fitScorecard}. */
export type PreparedTraining = {
  data: Dataset;
  y: Uint8Array;
  totals: { bads: number; goods: number };
  binnings: CharacteristicBinning[];
  binIndex: Uint8Array[];
  dropped: DroppedColumn[];
  warnings: string[];
  binning: BinningOptions;
};

/**
 * First half of training: target, candidate checks, binning and per-row bin indices.
 * @throws AppError INVALID_INPUT for a bad target or columns; RULE_VIOLATION when no column is usable
 */
export function binTrainingData(dataset: Dataset, options: TrainOptions): PreparedTraining {
  const log = options.onProgress ?? (() => undefined);
  const target = readTarget(dataset, options.target, options.bad ?? '1');
  const warnings: string[] = [];
  if (target.missing) warnings.push(`${target.missing} rows without a target value were left out`);
  const { data, y } = withoutMissingTarget(dataset, target.y, target.missing);
  const totals = { bads: target.bads, goods: target.goods };
  const binning: BinningOptions = { ...defaultBinningOptions, ...options.binning };
  log(`binning ${data.rows} rows (${target.bads} bad)…`);
  const { binnings, binIndex, dropped } = binDataset({ columns: candidateColumns(data, options), y, totals, options: binning, overrides: options.overrides, onProgress: log });
  for (const d of dropped) warnings.push(`column "${d.name}" dropped: ${d.reason}`);
  if (binnings.length === 0) throw new AppError('RULE_VIOLATION', { message: `${data.source}: no usable characteristic (all columns dropped)` });
  return { data, y, totals, binnings, binIndex, dropped, warnings, binning };
}

/**
 * Trains a scorecard on a data set: {@link binTrainingData} then {@link fitScorecard}.
 * @throws AppError INVALID_INPUT for a bad target or columns; RULE_VIOLATION when no
 *   characteristic survives selection or the regression does not converge
 */
export function trainScorecard(dataset: Dataset, options: TrainOptions): ScorecardModel {
  return fitScorecard(binTrainingData(dataset, options), options);
}

/**
 * Second half of training: WOE, selection by IV and correlation, logistic fit with
 * wrong-sign removal, points, bands and training metrics → a sealed model.
 * @throws AppError RULE_VIOLATION when no characteristic survives or the fit fails
 */
export function fitScorecard(prepared: PreparedTraining, options: TrainOptions): ScorecardModel {
  const log = options.onProgress ?? (() => undefined);
  const { data, y, binnings, binIndex, dropped, binning } = prepared;
  const warnings = prepared.warnings.slice();
  const bad = options.bad ?? '1';
  const minIv = options.minIv ?? 0.02;
  const maxCorrelation = options.maxCorrelation ?? 0.7;
  const l2 = options.l2 ?? 0;
  const scaling: Scaling = { ...defaultScaling, ...options.scaling };
  const selection = selectCharacteristics({ binnings, binIndex, minIv, maxCorrelation });
  if (selection.selected.length === 0) {
    throw new AppError('RULE_VIOLATION', { message: `${data.source}: no characteristic reaches IV ${minIv}; the target looks unrelated to the data` });
  }
  log(`fitting logistic regression on ${selection.selected.length} characteristics…`);
  const { kept, fit, wrongSign, l2: usedL2 } = fitWoeModel({ binIndex, binnings, chosen: selection.selected, y, l2, onProgress: log });
  if (usedL2 !== l2) warnings.push(`the unpenalised regression failed; fitted with L2 penalty ${usedL2}`);
  for (const w of wrongSign) warnings.push(`characteristic "${w.name}" dropped: wrong-sign coefficient ${w.coefficient.toFixed(4)}`);

  const characteristics = modelCharacteristics(binnings, kept, fit.coefficients, fit.standardErrors, scaling, options.labels);
  const base = basePoints(fit.coefficients[0], scaling);
  const scores = trainingScores(base, characteristics, kept.map((k) => binIndex[k]));
  const train = discrimination(scores, y, false);
  log(`train AUC ${train.auc.toFixed(4)}, KS ${train.ks.toFixed(4)}`);
  const candidates: Candidate[] = [
    ...selection.candidates.map((c) => (wrongSign.some((w) => w.name === c.name) ? { ...c, status: 'wrong-sign' as const, note: 'coefficient not positive on WOE' } : c)),
    ...dropped.map((d) => ({ name: d.name, iv: null, status: d.reason })),
  ];
  return sealModel({
    schemaVersion: SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    purpose: options.purpose ?? 'collection',
    target: { column: options.target, bad },
    scaling: { ...scaling, ...scalingConstants(scaling) },
    intercept: fit.coefficients[0],
    interceptStandardError: fit.standardErrors[0],
    basePoints: base,
    characteristics,
    candidates,
    bands: buildBands(scores, y),
    scoreDistribution: scoreDistribution(scores),
    metrics: { train: { rows: train.rows, bads: train.bads, auc: train.auc, ks: train.ks, gini: train.gini } },
    training: {
      source: data.source,
      rows: data.rows,
      bads: prepared.totals.bads,
      goods: prepared.totals.goods,
      iterations: fit.iterations,
      options: { binning, minIv, maxCorrelation, l2: usedL2, exclude: options.exclude ?? [], overrides: options.overrides ?? {} },
      warnings,
    },
  });
}

function modelCharacteristics(
  binnings: CharacteristicBinning[],
  kept: number[],
  coefficients: Float64Array,
  standardErrors: Float64Array,
  scaling: Scaling,
  labels: TrainOptions['labels'],
): ModelCharacteristic[] {
  return kept.map((k, j) => {
    const b = binnings[k];
    const coefficient = coefficients[j + 1];
    const given = labels?.[b.name];
    const label = { en: given?.en ?? b.name, zh: given?.zh ?? given?.en ?? b.name };
    return { ...b, label, coefficient, standardError: standardErrors[j + 1], points: binPoints(coefficient, b.bins.map((x) => x.woe), scaling) };
  });
}

function trainingScores(base: number, characteristics: ModelCharacteristic[], binIndex: Uint8Array[]): Float64Array {
  const scores = new Float64Array(binIndex[0]?.length ?? 0).fill(base);
  characteristics.forEach((c, j) => {
    const idx = binIndex[j];
    const points = Float64Array.from(c.points);
    for (let i = 0; i < scores.length; i++) scores[i] += points[idx[i]];
  });
  return scores;
}
