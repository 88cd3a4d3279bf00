/**
 * Merging ordered fine classes into coarse classes with a monotone bad rate, a minimum
 * bin size and a maximum bin count. Works on any ordered list of groups: numeric fine
 * classes in value order, or categories sorted by bad rate.
 */

/** An ordered group of fine classes (`items` are fine-class indices) with its counts. */
export type Group = { items: number[]; bads: number; goods: number };

export type Direction = 'ascending' | 'descending';

export type MergeOptions = {
  direction: Direction;
  /** A group with fewer rows, or with no bads or no goods, is merged into a neighbour. */
  minCount: number;
  maxBins: number;
  totalBads: number;
  totalGoods: number;
};

function join(a: Group, b: Group): Group {
  return { items: a.items.concat(b.items), bads: a.bads + b.bads, goods: a.goods + b.goods };
}

/** Bad rate with a tiny prior so that empty groups compare sanely. */
function rate(g: Group): number {
  return (g.bads + 1e-9) / (g.bads + g.goods + 2e-9);
}

/** Information value of one group against the totals (smoothed when a class is absent). */
export function groupIv(bads: number, goods: number, totalBads: number, totalGoods: number): number {
  const s = bads > 0 && goods > 0 ? 0 : 0.5;
  const pb = (bads + s) / totalBads;
  const pg = (goods + s) / totalGoods;
  return (pb - pg) * Math.log(pb / pg);
}

/** Folds groups with no rows into their left neighbour (or right, for the first). */
export function dropEmpty(groups: Group[]): Group[] {
  const out: Group[] = [];
  let pending: Group | null = null;
  for (const g of groups) {
    if (g.bads + g.goods === 0) {
      if (out.length) out[out.length - 1] = join(out[out.length - 1], g);
      else pending = pending ? join(pending, g) : g;
      continue;
    }
    out.push(pending ? join(pending, g) : g);
    pending = null;
  }
  if (pending && out.length === 0) out.push(pending);
  return out;
}

/** Pool-adjacent-violators: the finest partition whose bad rate is strictly monotone. */
export function poolAdjacentViolators(groups: Group[], direction: Direction): Group[] {
  const stack: Group[] = [];
  for (const g of groups) {
    stack.push(g);
    while (stack.length >= 2) {
      const b = stack[stack.length - 1];
      const a = stack[stack.length - 2];
      const violates = direction === 'ascending' ? rate(a) >= rate(b) : rate(a) <= rate(b);
      if (!violates) break;
      stack.splice(stack.length - 2, 2, join(a, b));
    }
  }
  return stack;
}

function isSmall(g: Group, minCount: number): boolean {
  return g.bads + g.goods < minCount || g.bads === 0 || g.goods === 0;
}

/** Merges the smallest too-small group into its neighbour with the closer bad rate, repeatedly. */
export function mergeSmall(groups: Group[], minCount: number): Group[] {
  const gs = groups.slice();
  while (gs.length > 1) {
    let worst = -1;
    for (let i = 0; i < gs.length; i++) {
      if (isSmall(gs[i], minCount) && (worst < 0 || gs[i].bads + gs[i].goods < gs[worst].bads + gs[worst].goods)) worst = i;
    }
    if (worst < 0) break;
    let other: number;
    if (worst === 0) other = 1;
    else if (worst === gs.length - 1) other = worst - 1;
    else {
      const r = rate(gs[worst]);
      other = Math.abs(rate(gs[worst - 1]) - r) <= Math.abs(rate(gs[worst + 1]) - r) ? worst - 1 : worst + 1;
    }
    const lo = Math.min(worst, other);
    gs.splice(lo, 2, join(gs[lo], gs[lo + 1]));
  }
  return gs;
}

/** Merges the adjacent pair that loses the least information value until `maxBins` remain. */
export function mergeToMaxBins(groups: Group[], maxBins: number, totalBads: number, totalGoods: number): Group[] {
  const gs = groups.slice();
  const iv = (g: Group) => groupIv(g.bads, g.goods, totalBads, totalGoods);
  while (gs.length > Math.max(1, maxBins)) {
    let best = 0;
    let bestLoss = Infinity;
    for (let i = 0; i + 1 < gs.length; i++) {
      const j = join(gs[i], gs[i + 1]);
      const loss = iv(gs[i]) + iv(gs[i + 1]) - iv(j);
      if (loss < bestLoss) {
        bestLoss = loss;
        best = i;
      }
    }
    gs.splice(best, 2, join(gs[best], gs[best + 1]));
  }
  return gs;
}

/** Total information value of a partition. */
export function partitionIv(groups: Group[], totalBads: number, totalGoods: number): number {
  let s = 0;
  for (const g of groups) s += groupIv(g.bads, g.goods, totalBads, totalGoods);
  return s;
}

/**
 * Fine classes → coarse classes: monotone bad rate in `direction`, then small groups
 * merged, then at most `maxBins` groups. Merging neighbours keeps the rate monotone.
 */
export function mergeMonotone(fine: Group[], options: MergeOptions): Group[] {
  const pooled = poolAdjacentViolators(dropEmpty(fine), options.direction);
  const sized = mergeSmall(pooled, options.minCount);
  return mergeToMaxBins(sized, options.maxBins, options.totalBads, options.totalGoods);
}

/** Like {@link mergeMonotone} but without the monotonicity constraint (for manual or `none`). */
export function mergeFree(fine: Group[], options: Omit<MergeOptions, 'direction'>): Group[] {
  const sized = mergeSmall(dropEmpty(fine), options.minCount);
  return mergeToMaxBins(sized, options.maxBins, options.totalBads, options.totalGoods);
}
