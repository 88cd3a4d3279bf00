/**
 * A model compiled for scoring: per characteristic, typed-array lookup tables from a value
 * to its bin and points, the best points (for reason codes) and the fallback bin for values
 * training never saw (missing when training had none: the riskiest bin, flagged).
 */
import { compileNumeric, type NumericLocator } from './bin-lookup.ts';
import { padCuts } from './bin-numeric.ts';
import { scalingConstants } from './points-scaling.ts';
import type { ModelCharacteristic, ScorecardModel } from './model-artifact.ts';
import { binReasonTexts } from './reason-codes.ts';
import { riskiestBin } from './woe.ts';

export type CompiledCharacteristic = {
  name: string;
  kind: 'numeric' | 'categorical';
  source: ModelCharacteristic;
  points: Float64Array;
  bestPoints: number;
  /** Numeric: cut points and bins. */
  numeric: NumericLocator | null;
  /** Numeric without special values and ≤ 31 cuts: padded cuts for the branch-free search, and range → bin. */
  padded: Float64Array | null;
  rangeBins: Int32Array;
  /** Categorical: category → bin. */
  categoryBin: Map<string, number>;
  /** Bin for a missing value; `missingFlagged` when training saw none (the row is flagged). */
  missingBin: number;
  missingFlagged: boolean;
  /** Categorical: bin for an unseen category (always flagged). */
  unseenBin: number;
  /** Reason text per bin, en and zh. */
  reasonEn: string[];
  reasonZh: string[];
};

export type CompiledModel = {
  model: ScorecardModel;
  basePoints: number;
  characteristics: CompiledCharacteristic[];
  /** Scaling constants: probability of bad = 1 / (1 + e^((score − offset) / factor)). */
  factor: number;
  offset: number;
  /** Per-call scratch for a row's bins (scoring is synchronous, so one buffer suffices). */
  scratch: Int32Array;
  /** Band boundaries, best band first. */
  bandMins: Float64Array;
  bandNames: string[];
};

function lowestPointsBin(c: ModelCharacteristic): number {
  let k = 0;
  for (let i = 1; i < c.points.length; i++) if (c.points[i] < c.points[k]) k = i;
  return c.points.length ? k : riskiestBin(c.bins);
}

function compileCharacteristic(c: ModelCharacteristic): CompiledCharacteristic {
  const points = Float64Array.from(c.points);
  const categoryBin = new Map<string, number>();
  c.bins.forEach((b, i) => {
    if (b.spec.type === 'categories') for (const cat of b.spec.categories) categoryBin.set(cat, i);
  });
  const worst = lowestPointsBin(c);
  const numeric = c.kind === 'numeric' ? compileNumeric(c) : null;
  const texts = binReasonTexts(c.label, c.bins);
  return {
    reasonEn: texts.en,
    reasonZh: texts.zh,
    name: c.name,
    kind: c.kind,
    source: c,
    points,
    bestPoints: Math.max(...c.points),
    numeric,
    padded: numeric && numeric.specials.length === 0 ? padCuts(numeric.cuts) : null,
    rangeBins: numeric ? numeric.rangeBins : new Int32Array(0),
    categoryBin,
    missingBin: c.missingBin ?? worst,
    missingFlagged: c.missingBin === null,
    unseenBin: c.unseenBin ?? worst,
  };
}

/** Compiles a (verified) model for scoring. */
export function compileModel(model: ScorecardModel): CompiledModel {
  const { factor, offset } = scalingConstants(model.scaling);
  return {
    model,
    factor,
    offset,
    scratch: new Int32Array(model.characteristics.length),
    basePoints: model.basePoints,
    characteristics: model.characteristics.map(compileCharacteristic),
    bandMins: Float64Array.from(model.bands.map((b) => b.minScore ?? -Infinity)),
    bandNames: model.bands.map((b) => b.name),
  };
}

/** The band of a score (bands are ordered best first). */
export function bandOf(compiled: CompiledModel, score: number): string {
  for (let i = 0; i < compiled.bandMins.length; i++) if (score >= compiled.bandMins[i]) return compiled.bandNames[i];
  return compiled.bandNames[compiled.bandNames.length - 1] ?? '';
}
