/**
 * Binning options and the shared last step of numeric and categorical binning: adding
 * the missing and special-value bins and computing WOE/IV.
 */
import { makeBins, riskiestBin, type BinSpec, type BinningMethod, type CharacteristicBinning } from './woe.ts';

export type MonotoneOption = 'auto' | 'ascending' | 'descending' | 'none';

export type BinningOptions = {
  /** Number of quantile fine classes before merging. */
  fineClasses: number;
  /** Minimum share of rows per bin (0..1). */
  minShare: number;
  /** Maximum number of bins, not counting the missing and special bins. */
  maxBins: number;
  /** Bad-rate trend across numeric bins; `auto` tries both directions and keeps the higher IV. */
  monotone: MonotoneOption;
  /** Numeric codes that mean "not a real value" (e.g. -999); they get their own bin. */
  specialValues: number[];
  /** Categories with a smaller share than this are pooled into one "rare" group before merging. */
  rareShare: number;
  /** Fine-class quantiles are taken on at most this many values (an evenly strided sample). */
  quantileSample: number;
};

/** Defaults that suit typical application and collection data without tuning. */
export const defaultBinningOptions: BinningOptions = {
  fineClasses: 20,
  minShare: 0.05,
  maxBins: 8,
  monotone: 'auto',
  specialValues: [],
  rareShare: 0.02,
  quantileSample: 100_000,
};

export type Counts = { bads: number; goods: number };

export type Totals = { bads: number; goods: number };

/** A core bin (range or category group) before statistics. */
export type CorePart = { spec: BinSpec; bads: number; goods: number };

function closestByRate(parts: CorePart[], c: Counts): number {
  const r = c.bads / Math.max(1, c.bads + c.goods);
  let best = 0;
  let bestDiff = Infinity;
  parts.forEach((p, i) => {
    const d = Math.abs(p.bads / Math.max(1, p.bads + p.goods) - r);
    if (d < bestDiff) {
      bestDiff = d;
      best = i;
    }
  });
  return best;
}

/**
 * Adds the missing bin (merged into the core bin with the closest bad rate when it has
 * fewer than `minCount` rows) and the special-value bin, then computes statistics.
 */
export function finishBinning(args: {
  name: string;
  kind: 'numeric' | 'categorical';
  method: BinningMethod;
  core: CorePart[];
  missing: Counts;
  special: Counts & { values: number[] };
  totals: Totals;
  minCount: number;
  /** Categorical: index into `core` of the pooled rare group, if any. */
  otherIndex?: number;
}): CharacteristicBinning {
  const parts: { spec: BinSpec; bads: number; goods: number; includesMissing?: boolean }[] = args.core.map((p) => ({ ...p }));
  let missingBin: number | null = null;
  const missingCount = args.missing.bads + args.missing.goods;
  if (missingCount > 0) {
    if (missingCount >= args.minCount || parts.length === 0) {
      parts.push({ spec: { type: 'missing' }, ...args.missing });
      missingBin = parts.length - 1;
    } else {
      missingBin = closestByRate(args.core, args.missing);
      const p = parts[missingBin];
      parts[missingBin] = { ...p, bads: p.bads + args.missing.bads, goods: p.goods + args.missing.goods, includesMissing: true };
    }
  }
  if (args.special.bads + args.special.goods > 0) {
    parts.push({ spec: { type: 'special', values: args.special.values }, bads: args.special.bads, goods: args.special.goods });
  }
  const { bins, iv } = makeBins(parts, args.totals.bads, args.totals.goods);
  let unseenBin: number | null = null;
  if (args.kind === 'categorical') unseenBin = args.otherIndex ?? riskiestBin(bins);
  return { name: args.name, kind: args.kind, method: args.method, bins, iv, missingBin, unseenBin };
}
