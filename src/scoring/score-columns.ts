/**
 * Bulk scoring over a columnar data set. Each characteristic becomes a points lookup
 * (cut points + points per range, or level code → points); rows are processed in blocks so
 * the running totals stay in cache while each characteristic's column streams through.
 * Rows scored in a fallback bin (unseen category, missing value training never saw) are
 * counted per characteristic and reported in `flags`; nothing is defaulted silently.
 */
import { AppError } from '../platform/errors.ts';
import { compileCategories, locateNumeric } from './bin-lookup.ts';
import { upperBound } from './bin-numeric.ts';
import type { CompiledCharacteristic, CompiledModel } from './compile-model.ts';
import { getColumn, type CategoricalColumn, type Column, type Dataset } from './dataset.ts';

export type ScoringFlag = { characteristic: string; reason: 'missing-not-in-training' | 'unseen-category'; rows: number; values: string[] };

export type ColumnScores = { scores: Float64Array; flags: ScoringFlag[] };

const BLOCK = 2048;

/** Resolves the data set column of a characteristic, in the form the model needs. */
function columnFor(c: CompiledCharacteristic, dataset: Dataset): Column {
  const col = getColumn(dataset, c.name);
  if (c.kind === 'numeric' && col.kind !== 'numeric') {
    const bad = col.levels.find((l) => Number.isNaN(Number(l))) ?? col.levels[0];
    throw new AppError('INVALID_INPUT', { message: `${dataset.source}: column "${c.name}" must be numeric for this model but holds ${JSON.stringify(bad)}` });
  }
  if (c.kind === 'categorical' && col.kind === 'numeric') return numericAsCategorical(col.name, col.values);
  return col;
}

function numericAsCategorical(name: string, values: Float64Array): CategoricalColumn {
  const index = new Map<number, number>();
  const levels: string[] = [];
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) {
      codes[i] = -1;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = levels.length;
      index.set(v, code);
      levels.push(String(v));
    }
    codes[i] = code;
  }
  return { kind: 'categorical', name, codes, levels };
}

/** Level code (+1, so that missing −1 lands on 0) → bin, with unseen levels on the fallback bin. */
function categoryBins(c: CompiledCharacteristic, col: CategoricalColumn): { table: Int32Array; unseen: string[]; unseenMask: Uint8Array } {
  const { table, unseen } = compileCategories(c.source, col.levels);
  const shifted = new Int32Array(col.levels.length + 1);
  const unseenMask = new Uint8Array(col.levels.length);
  const unseenSet = new Set(unseen);
  shifted[0] = c.missingBin;
  for (let l = 0; l < table.length; l++) {
    shifted[l + 1] = table[l] < 0 ? c.unseenBin : table[l];
    if (unseenSet.has(col.levels[l])) unseenMask[l] = 1;
  }
  return { table: shifted, unseen, unseenMask };
}

type NumericPlan = {
  kind: 'numeric';
  values: Float64Array;
  cuts: Float64Array;
  rangePoints: Float64Array;
  cuts8: Float64Array;
  points9: Float64Array;
  missingPoints: number;
  specials: Float64Array;
  specialPoints: number;
  c: CompiledCharacteristic;
  /** Counted while scoring. */
  missingRows: number;
};

type CategoricalPlan = {
  kind: 'categorical';
  codes: Int32Array;
  table: Float64Array;
  unseen: string[];
  /** Per code + 1: 1 = missing to flag, 0x10000 = unseen category; null when nothing can be flagged. */
  flagMask: Int32Array | null;
  c: CompiledCharacteristic;
  missingRows: number;
  unseenRows: number;
};

type Plan = NumericPlan | CategoricalPlan;

function pointsOf(bins: Int32Array, points: Float64Array): Float64Array {
  const out = new Float64Array(bins.length);
  for (let i = 0; i < bins.length; i++) out[i] = points[bins[i]];
  return out;
}

function plan(c: CompiledCharacteristic, dataset: Dataset): Plan {
  const col = columnFor(c, dataset);
  if (col.kind === 'numeric' && c.numeric) {
    const loc = c.numeric;
    const rangePoints = pointsOf(loc.rangeBins, c.points);
    const cuts8 = new Float64Array(8).fill(Infinity);
    if (loc.cuts.length <= 8) cuts8.set(loc.cuts);
    const points9 = new Float64Array(9);
    for (let k = 0; k < 9; k++) points9[k] = rangePoints[Math.min(k, loc.cuts.length)];
    return {
      kind: 'numeric',
      cuts8,
      points9,
      values: col.values,
      cuts: loc.cuts,
      rangePoints,
      missingPoints: c.points[c.missingBin],
      specials: loc.specials,
      specialPoints: loc.specialBin >= 0 ? c.points[loc.specialBin] : 0,
      c,
      missingRows: 0,
    };
  }
  const cat = col as CategoricalColumn;
  const { table, unseen, unseenMask } = categoryBins(c, cat);
  let flagMask: Int32Array | null = null;
  if (c.missingFlagged || unseen.length > 0) {
    flagMask = new Int32Array(unseenMask.length + 1);
    flagMask[0] = c.missingFlagged ? 1 : 0;
    for (let l = 0; l < unseenMask.length; l++) flagMask[l + 1] = unseenMask[l] ? 0x10000 : 0;
  }
  return { kind: 'categorical', codes: cat.codes, table: pointsOf(table, c.points), unseen, flagMask, c, missingRows: 0, unseenRows: 0 };
}

function addNumeric(p: NumericPlan, out: Float64Array, start: number, end: number): void {
  const { values, cuts, rangePoints, missingPoints, specials } = p;
  if (specials.length === 0 && cuts.length <= 8) {
    addNumericUnrolled(p, out, start, end);
    return;
  }
  for (let i = start; i < end; i++) {
    const x = values[i];
    if (x !== x) {
      out[i] += missingPoints;
      p.missingRows++;
      continue;
    }
    if (specials.length > 0 && specials.includes(x)) {
      out[i] += p.specialPoints;
      continue;
    }
    out[i] += rangePoints[upperBound(cuts, x)];
  }
}

/**
 * Up to 8 cut points, compared without branches: the range index is the number of cuts
 * ≤ x (unused cuts are +∞). Several times faster than a search loop, whose branches the
 * CPU cannot predict.
 */
function addNumericUnrolled(p: NumericPlan, out: Float64Array, start: number, end: number): void {
  const { values, missingPoints, cuts8: c, points9: pts } = p;
  const c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3], c4 = c[4], c5 = c[5], c6 = c[6], c7 = c[7];
  let missing = 0;
  for (let i = start; i < end; i++) {
    const x = values[i];
    if (x !== x) {
      out[i] += missingPoints;
      missing++;
      continue;
    }
    const k = +(x >= c0) + +(x >= c1) + +(x >= c2) + +(x >= c3) + +(x >= c4) + +(x >= c5) + +(x >= c6) + +(x >= c7);
    out[i] += pts[k];
  }
  p.missingRows += missing;
}

function addCategorical(p: CategoricalPlan, out: Float64Array, start: number, end: number): void {
  const { codes, table, flagMask } = p;
  if (!flagMask) {
    for (let i = start; i < end; i++) out[i] += table[codes[i] + 1];
    return;
  }
  // count flagged rows in the same pass, without branches
  // one add per row: missing rows count in the low 16 bits, unseen ones above (a block has ≤ 2,048 rows)
  let flagged = 0;
  for (let i = start; i < end; i++) {
    const k = codes[i] + 1;
    out[i] += table[k];
    flagged += flagMask[k];
  }
  p.missingRows += flagged & 0xffff;
  p.unseenRows += flagged >>> 16;
}

function collectFlags(plans: Plan[]): ScoringFlag[] {
  const flags: ScoringFlag[] = [];
  for (const p of plans) {
    if (p.kind === 'categorical' && p.unseenRows) {
      flags.push({ characteristic: p.c.name, reason: 'unseen-category', rows: p.unseenRows, values: p.unseen.slice(0, 20) });
    }
    if (p.missingRows && p.c.missingFlagged) flags.push({ characteristic: p.c.name, reason: 'missing-not-in-training', rows: p.missingRows, values: [] });
  }
  return flags;
}

/**
 * Scores every row of a data set.
 * @throws AppError INVALID_INPUT naming a column the model needs that is absent or of the wrong type
 */
export function scoreColumns(compiled: CompiledModel, dataset: Dataset): ColumnScores {
  const plans = compiled.characteristics.map((c) => plan(c, dataset));
  const n = dataset.rows;
  const scores = new Float64Array(n);
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    scores.fill(compiled.basePoints, start, end);
    for (const p of plans) {
      if (p.kind === 'numeric') addNumeric(p, scores, start, end);
      else addCategorical(p, scores, start, end);
    }
  }
  return { scores, flags: collectFlags(plans) };
}

/** The bin of every row for every characteristic (for reason codes and CSI). */
export function binIndices(compiled: CompiledModel, dataset: Dataset): Uint8Array[] {
  return compiled.characteristics.map((c) => {
    const col = columnFor(c, dataset);
    const out = new Uint8Array(dataset.rows);
    if (col.kind === 'numeric' && c.numeric) {
      const loc = c.numeric;
      for (let i = 0; i < out.length; i++) {
        const k = locateNumeric(loc, col.values[i]);
        out[i] = k < 0 ? c.missingBin : k;
      }
      return out;
    }
    const cat = col as CategoricalColumn;
    const { table } = categoryBins(c, cat);
    for (let i = 0; i < out.length; i++) out[i] = table[cat.codes[i] + 1];
    return out;
  });
}

/** Per row (0-based, only rows that have any), why a value was scored in a fallback bin. */
export function rowFlags(compiled: CompiledModel, dataset: Dataset): Map<number, string[]> {
  const flags = new Map<number, string[]>();
  const add = (i: number, text: string) => {
    const list = flags.get(i);
    if (list) list.push(text);
    else flags.set(i, [text]);
  };
  for (const c of compiled.characteristics) {
    const col = columnFor(c, dataset);
    if (col.kind === 'numeric') {
      if (!c.missingFlagged) continue;
      for (let i = 0; i < col.values.length; i++) if (col.values[i] !== col.values[i]) add(i, `${c.name}: missing, not seen in training`);
      continue;
    }
    const { unseenMask } = categoryBins(c, col);
    for (let i = 0; i < col.codes.length; i++) {
      const code = col.codes[i];
      if (code < 0 && c.missingFlagged) add(i, `${c.name}: missing, not seen in training`);
      else if (code >= 0 && unseenMask[code]) add(i, `${c.name}: unseen category ${JSON.stringify(col.levels[code])}`);
    }
  }
  return flags;
}
