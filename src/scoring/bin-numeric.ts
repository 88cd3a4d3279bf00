/**
 * Binning of a numeric characteristic: quantile fine classes, then merging to a monotone
 * bad rate (or manual cut points, kept as given), plus missing and special-value bins.
 */
import { finishBinning, type BinningOptions, type CorePart, type Totals } from './binning-options.ts';
import { mergeFree, mergeMonotone, partitionIv, type Group } from './merge-bins.ts';
import type { BinningMethod, CharacteristicBinning } from './woe.ts';

/** Number of cut points ≤ x (the fine or coarse class of x for cuts sorted ascending). */
export function upperBound(cuts: Float64Array, x: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted cut points padded with +∞ to 31 entries, for {@link countAtMost}; null when there are more than 31. */
export function padCuts(cuts: Float64Array): Float64Array | null {
  if (cuts.length > 31) return null;
  const c = new Float64Array(31).fill(Infinity);
  c.set(cuts);
  return c;
}

/**
 * Number of padded cut points ≤ x, by a branch-free binary search (the comparisons become
 * arithmetic, so unpredictable data costs no branch mispredictions). x must not be NaN.
 */
export function countAtMost(c: Float64Array, x: number): number {
  let pos = +(c[15] <= x) * 16;
  pos += +(c[pos + 7] <= x) * 8;
  pos += +(c[pos + 3] <= x) * 4;
  pos += +(c[pos + 1] <= x) * 2;
  return pos + +(c[pos] <= x);
}

/** Evenly strided sample (at most `limit` values) of the regular values: not missing, not special. */
function sampleRegular(values: Float64Array, specials: Set<number>, limit: number): Float64Array {
  const step = Math.max(1, Math.floor(values.length / limit));
  const out = new Float64Array(Math.ceil(values.length / step));
  let n = 0;
  for (let i = 0; i < values.length; i += step) {
    const v = values[i];
    if (v === v && !(specials.size > 0 && specials.has(v))) out[n++] = v;
  }
  return out.subarray(0, n);
}

/** Quantile cut points of a sample (sorted in place): at most `classes - 1`, distinct, ascending. */
export function quantileCuts(sample: Float64Array, classes: number): Float64Array {
  sample.sort();
  const m = sample.length;
  const cuts: number[] = [];
  for (let k = 1; k < classes; k++) {
    const v = sample[Math.floor((k * m) / classes)];
    if (v > sample[0] && (cuts.length === 0 || v > cuts[cuts.length - 1])) cuts.push(v);
  }
  return Float64Array.from(cuts);
}

type Counts = { bads: number; goods: number };

type Fine = { groups: Group[]; missing: Counts; special: Counts & { values: number[] } };

/** Counts bads and goods per fine class, and for missing and special values, in one pass. */
const FINE_MISSING = 255;
const FINE_SPECIAL = 254;

/** Counts per fine class; fills `fineIndex` (when given) with each row's fine class, 254 special, 255 missing. */
function fineCounts(values: Float64Array, y: Uint8Array, cuts: Float64Array, specials: Set<number>, fineIndex: Uint8Array | null): Fine {
  const m = cuts.length + 1;
  const bads = new Float64Array(m);
  const counts = new Float64Array(m);
  const missing = { bads: 0, goods: 0 };
  const special = { bads: 0, goods: 0, values: [] as number[] };
  const seen = new Set<number>();
  const padded = padCuts(cuts);
  const hasSpecials = specials.size > 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) {
      missing.bads += y[i];
      missing.goods += 1 - y[i];
      if (fineIndex) fineIndex[i] = FINE_MISSING;
      continue;
    }
    if (hasSpecials && specials.has(v)) {
      if (fineIndex) fineIndex[i] = FINE_SPECIAL;
      seen.add(v);
      special.bads += y[i];
      special.goods += 1 - y[i];
      continue;
    }
    const k = padded ? countAtMost(padded, v) : upperBound(cuts, v);
    if (fineIndex) fineIndex[i] = k;
    counts[k]++;
    bads[k] += y[i];
  }
  special.values = [...seen].sort((a, b) => a - b);
  const groups: Group[] = [];
  for (let k = 0; k < m; k++) groups.push({ items: [k], bads: bads[k], goods: counts[k] - bads[k] });
  return { groups, missing, special };
}

function coreParts(groups: Group[], cuts: Float64Array): CorePart[] {
  const m = cuts.length + 1;
  return groups.map((g) => {
    const first = g.items[0];
    const last = g.items[g.items.length - 1];
    return {
      spec: { type: 'range', lo: first === 0 ? null : cuts[first - 1], hi: last === m - 1 ? null : cuts[last] },
      bads: g.bads,
      goods: g.goods,
    };
  });
}

/**
 * Bins one numeric characteristic. `y` holds 1 for bad and 0 for good on every row.
 * With `manualCuts` the bins are exactly those cut points (statistics recalculated).
 */
export function binNumeric(args: {
  name: string;
  values: Float64Array;
  y: Uint8Array;
  totals: Totals;
  options: BinningOptions;
  manualCuts?: number[];
  /** When given, filled with each row's bin (saves a second pass over the values). */
  rowBins?: Uint8Array;
}): CharacteristicBinning {
  const { name, values, y, totals, options } = args;
  const specials = new Set(options.specialValues);
  const minCount = Math.max(1, Math.ceil(options.minShare * (totals.bads + totals.goods)));
  const cuts = args.manualCuts
    ? Float64Array.from([...new Set(args.manualCuts)].sort((a, b) => a - b))
    : quantileCuts(sampleRegular(values, specials, options.quantileSample), options.fineClasses);
  const fineIndex = args.rowBins && cuts.length < 250 ? new Uint8Array(values.length) : null;
  const split = fineCounts(values, y, cuts, specials, fineIndex);
  const fine = split.groups;
  let groups: Group[];
  let method: BinningMethod;
  if (args.manualCuts) {
    groups = fine;
    method = 'manual';
  } else if (options.monotone === 'none') {
    groups = mergeFree(fine, { minCount, maxBins: options.maxBins, totalBads: totals.bads, totalGoods: totals.goods });
    method = 'free';
  } else {
    const base = { minCount, maxBins: options.maxBins, totalBads: totals.bads, totalGoods: totals.goods };
    const asc = options.monotone === 'descending' ? null : mergeMonotone(fine, { ...base, direction: 'ascending' });
    const desc = options.monotone === 'ascending' ? null : mergeMonotone(fine, { ...base, direction: 'descending' });
    const useAsc = asc !== null && (desc === null || partitionIv(asc, totals.bads, totals.goods) >= partitionIv(desc, totals.bads, totals.goods));
    groups = useAsc && asc ? asc : (desc ?? []);
    method = useAsc ? 'monotone-ascending' : 'monotone-descending';
  }
  const binning = finishBinning({ name, kind: 'numeric', method, core: coreParts(groups, cuts), missing: split.missing, special: split.special, totals, minCount });
  if (args.rowBins && fineIndex) fillRowBins(binning, groups, fineIndex, args.rowBins);
  return binning;
}

/** Row bins from fine classes: a 256-entry fine class → bin table, one gather per row. */
function fillRowBins(binning: CharacteristicBinning, groups: Group[], fineIndex: Uint8Array, out: Uint8Array): void {
  const table = new Uint8Array(256).fill(255);
  groups.forEach((g, bin) => g.items.forEach((item) => (table[item] = bin)));
  table[FINE_MISSING] = binning.missingBin ?? 255;
  const special = binning.bins.findIndex((b) => b.spec.type === 'special');
  table[FINE_SPECIAL] = special < 0 ? 255 : special;
  for (let i = 0; i < fineIndex.length; i++) out[i] = table[fineIndex[i]];
}
