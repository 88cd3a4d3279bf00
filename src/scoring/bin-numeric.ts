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

/** Quantile cut points of the (unsorted) values: at most `classes - 1`, distinct, ascending. */
export function quantileCuts(values: Float64Array, classes: number, sampleLimit: number): Float64Array {
  let sample = values;
  if (values.length > sampleLimit) {
    const step = values.length / sampleLimit;
    sample = new Float64Array(sampleLimit);
    for (let i = 0; i < sampleLimit; i++) sample[i] = values[Math.floor(i * step)];
  } else {
    sample = values.slice();
  }
  sample.sort();
  const m = sample.length;
  const cuts: number[] = [];
  for (let k = 1; k < classes; k++) {
    const v = sample[Math.floor((k * m) / classes)];
    if (v > sample[0] && (cuts.length === 0 || v > cuts[cuts.length - 1])) cuts.push(v);
  }
  return Float64Array.from(cuts);
}

type Split = { regular: Float64Array; missing: { bads: number; goods: number }; special: { bads: number; goods: number; values: number[] } };

function splitValues(values: Float64Array, y: Uint8Array, specials: number[]): Split {
  const regular = new Float64Array(values.length);
  let n = 0;
  const missing = { bads: 0, goods: 0 };
  const special = { bads: 0, goods: 0, values: [] as number[] };
  const specialSet = new Set(specials);
  const seenSpecial = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) {
      if (y[i] === 1) missing.bads++;
      else missing.goods++;
    } else if (specialSet.size > 0 && specialSet.has(v)) {
      seenSpecial.add(v);
      if (y[i] === 1) special.bads++;
      else special.goods++;
    } else regular[n++] = v;
  }
  special.values = [...seenSpecial].sort((a, b) => a - b);
  return { regular: regular.subarray(0, n), missing, special };
}

function fineGroups(values: Float64Array, y: Uint8Array, cuts: Float64Array, specials: Set<number>): Group[] {
  const m = cuts.length + 1;
  const bads = new Float64Array(m);
  const counts = new Float64Array(m);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v || (specials.size > 0 && specials.has(v))) continue;
    const k = upperBound(cuts, v);
    counts[k]++;
    bads[k] += y[i];
  }
  const groups: Group[] = [];
  for (let k = 0; k < m; k++) groups.push({ items: [k], bads: bads[k], goods: counts[k] - bads[k] });
  return groups;
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
}): CharacteristicBinning {
  const { name, values, y, totals, options } = args;
  const split = splitValues(values, y, options.specialValues);
  const minCount = Math.max(1, Math.ceil(options.minShare * (totals.bads + totals.goods)));
  const cuts = args.manualCuts
    ? Float64Array.from([...new Set(args.manualCuts)].sort((a, b) => a - b))
    : quantileCuts(split.regular, options.fineClasses, options.quantileSample);
  const fine = fineGroups(values, y, cuts, new Set(options.specialValues));
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
  return finishBinning({ name, kind: 'numeric', method, core: coreParts(groups, cuts), missing: split.missing, special: split.special, totals, minCount });
}
