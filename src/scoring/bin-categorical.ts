/**
 * Binning of a categorical characteristic: rare categories pooled, categories ordered by
 * bad rate and merged (small ones into the neighbour with the closest bad rate, then down
 * to the maximum bin count), or manual groups of categories with recalculated statistics.
 * Categories not seen in training go, at scoring, to the pooled rare bin when there is
 * one, otherwise to the riskiest bin, and the row is flagged.
 */
import { finishBinning, type BinningOptions, type CorePart, type Totals } from './binning-options.ts';
import { mergeMonotone, type Group } from './merge-bins.ts';
import type { CharacteristicBinning } from './woe.ts';

type LevelCounts = { bads: Float64Array; counts: Float64Array; missing: { bads: number; goods: number } };

function countLevels(codes: Int32Array, levels: number, y: Uint8Array): LevelCounts {
  const bads = new Float64Array(levels);
  const counts = new Float64Array(levels);
  const missing = { bads: 0, goods: 0 };
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c < 0) {
      if (y[i] === 1) missing.bads++;
      else missing.goods++;
    } else {
      counts[c]++;
      bads[c] += y[i];
    }
  }
  return { bads, counts, missing };
}

function rate(g: Group): number {
  return (g.bads + 0.5) / (g.bads + g.goods + 1);
}

function toParts(groups: Group[], levels: string[], rareItems: Set<number>): { core: CorePart[]; otherIndex?: number } {
  let otherIndex: number | undefined;
  const core = groups.map((g, i): CorePart => {
    const other = g.items.some((l) => rareItems.has(l));
    if (other) otherIndex = i;
    const categories = g.items.map((l) => levels[l]).sort();
    return { spec: { type: 'categories', categories, other }, bads: g.bads, goods: g.goods };
  });
  return { core, otherIndex };
}

function automaticGroups(lc: LevelCounts, n: number, options: BinningOptions, minCount: number, totals: Totals): { groups: Group[]; rare: Set<number> } {
  const rareCount = options.rareShare * n;
  const groups: Group[] = [];
  const pool: Group = { items: [], bads: 0, goods: 0 };
  const rare = new Set<number>();
  for (let l = 0; l < lc.counts.length; l++) {
    const count = lc.counts[l];
    if (count === 0) continue;
    const g = { items: [l], bads: lc.bads[l], goods: count - lc.bads[l] };
    if (count < rareCount) {
      rare.add(l);
      pool.items.push(l);
      pool.bads += g.bads;
      pool.goods += g.goods;
    } else groups.push(g);
  }
  if (pool.items.length) groups.push(pool);
  groups.sort((a, b) => rate(a) - rate(b));
  const merged = mergeMonotone(groups, { direction: 'ascending', minCount, maxBins: options.maxBins, totalBads: totals.bads, totalGoods: totals.goods });
  return { groups: merged, rare };
}

function manualGroupsOf(lc: LevelCounts, levels: string[], manual: string[][]): { groups: Group[]; rare: Set<number> } {
  const index = new Map(levels.map((l, i) => [l, i]));
  const listed = new Set<number>();
  const groups: Group[] = manual.map((cats) => {
    const g: Group = { items: [], bads: 0, goods: 0 };
    for (const cat of cats) {
      const l = index.get(cat);
      if (l === undefined) continue;
      listed.add(l);
      g.items.push(l);
      g.bads += lc.bads[l];
      g.goods += lc.counts[l] - lc.bads[l];
    }
    return g;
  });
  const rest: Group = { items: [], bads: 0, goods: 0 };
  for (let l = 0; l < levels.length; l++) {
    if (listed.has(l) || lc.counts[l] === 0) continue;
    rest.items.push(l);
    rest.bads += lc.bads[l];
    rest.goods += lc.counts[l] - lc.bads[l];
  }
  if (rest.items.length) groups.push(rest);
  return { groups: groups.filter((g) => g.items.length > 0), rare: new Set(rest.items) };
}

/**
 * Bins one categorical characteristic. `manualGroups` lists groups of category labels;
 * categories present in the data but not listed form one extra rare ("other") bin.
 */
export function binCategorical(args: {
  name: string;
  codes: Int32Array;
  levels: string[];
  y: Uint8Array;
  totals: Totals;
  options: BinningOptions;
  manualGroups?: string[][];
}): CharacteristicBinning {
  const { name, codes, levels, y, totals, options } = args;
  const n = totals.bads + totals.goods;
  const minCount = Math.max(1, Math.ceil(options.minShare * n));
  const lc = countLevels(codes, levels.length, y);
  const { groups, rare } = args.manualGroups ? manualGroupsOf(lc, levels, args.manualGroups) : automaticGroups(lc, n, options, minCount, totals);
  const { core, otherIndex } = toParts(groups, levels, rare);
  return finishBinning({
    name,
    kind: 'categorical',
    method: args.manualGroups ? 'manual' : 'monotone-ascending',
    core,
    missing: lc.missing,
    special: { bads: 0, goods: 0, values: [] },
    totals,
    minCount,
    otherIndex,
  });
}
