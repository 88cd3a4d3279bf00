/**
 * Bins, their statistics, weight of evidence and information value.
 *
 * Sign convention: WOE = ln(share of bads in the bin / share of goods in the bin), so a
 * positive WOE means riskier than average and the logistic coefficients of a bad-target
 * model on WOE are positive. (Some texts use the opposite sign; the points come out the
 * same.) A bin without bads or without goods gets 0.5 added to both counts.
 */

/** What a bin holds. `lo`/`hi` null mean −∞/+∞; a range holds lo ≤ x < hi. */
export type BinSpec =
  | { type: 'range'; lo: number | null; hi: number | null }
  | { type: 'missing' }
  | { type: 'special'; values: number[] }
  | { type: 'categories'; categories: string[]; other: boolean };

export type BinStats = {
  count: number;
  bads: number;
  goods: number;
  badRate: number;
  /** Share of all rows. */
  share: number;
  woe: number;
  iv: number;
};

/** A bin with its statistics; `includesMissing` marks a bin that also takes missing values. */
export type Bin = { spec: BinSpec; includesMissing: boolean } & BinStats;

export type BinningMethod = 'monotone-ascending' | 'monotone-descending' | 'free' | 'manual';

/** The binning of one characteristic, as stored in a model. */
export type CharacteristicBinning = {
  name: string;
  kind: 'numeric' | 'categorical';
  method: BinningMethod;
  bins: Bin[];
  iv: number;
  /** Bin taking missing values, or null when training saw none (scoring then flags the row). */
  missingBin: number | null;
  /** Categorical only: bin for categories not seen in training (the pooled rare bin when there is one, otherwise the riskiest bin). */
  unseenBin: number | null;
};

/** WOE and IV of one bin against the totals. */
export function woeIv(bads: number, goods: number, totalBads: number, totalGoods: number): { woe: number; iv: number } {
  const s = bads > 0 && goods > 0 ? 0 : 0.5;
  const pb = (bads + s) / totalBads;
  const pg = (goods + s) / totalGoods;
  const woe = Math.log(pb / pg);
  return { woe, iv: (pb - pg) * woe };
}

/** Statistics of a bin from its counts. */
export function binStats(bads: number, goods: number, totalBads: number, totalGoods: number): BinStats {
  const count = bads + goods;
  const { woe, iv } = woeIv(bads, goods, totalBads, totalGoods);
  return { count, bads, goods, badRate: count ? bads / count : 0, share: count / (totalBads + totalGoods), woe, iv };
}

/** Builds bins from specs and counts, and the characteristic's total IV. */
export function makeBins(
  parts: { spec: BinSpec; bads: number; goods: number; includesMissing?: boolean }[],
  totalBads: number,
  totalGoods: number,
): { bins: Bin[]; iv: number } {
  const bins = parts.map((p) => ({ spec: p.spec, includesMissing: p.includesMissing ?? false, ...binStats(p.bads, p.goods, totalBads, totalGoods) }));
  return { bins, iv: bins.reduce((s, b) => s + b.iv, 0) };
}

/** Index of the riskiest bin (highest WOE); ties go to the first. */
export function riskiestBin(bins: Bin[]): number {
  let k = 0;
  for (let i = 1; i < bins.length; i++) if (bins[i].woe > bins[k].woe) k = i;
  return k;
}

/** Human-readable description of a bin in English or Chinese. */
export function describeBin(bin: Bin, lang: 'en' | 'zh'): string {
  const base = describeSpec(bin.spec, lang);
  if (!bin.includesMissing || bin.spec.type === 'missing') return base;
  return lang === 'en' ? `${base} or missing` : `${base}或缺失`;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

function describeSpec(spec: BinSpec, lang: 'en' | 'zh'): string {
  switch (spec.type) {
    case 'range': {
      if (spec.lo === null && spec.hi === null) return lang === 'en' ? 'any value' : '任意值';
      if (spec.lo === null) return lang === 'en' ? `< ${fmt(spec.hi ?? 0)}` : `小于 ${fmt(spec.hi ?? 0)}`;
      if (spec.hi === null) return lang === 'en' ? `≥ ${fmt(spec.lo)}` : `大于等于 ${fmt(spec.lo)}`;
      return `[${fmt(spec.lo)}, ${fmt(spec.hi)})`;
    }
    case 'missing':
      return lang === 'en' ? 'missing' : '缺失';
    case 'special':
      return lang === 'en' ? `special value ${spec.values.map(fmt).join(', ')}` : `特殊值 ${spec.values.map(fmt).join('、')}`;
    case 'categories': {
      const list = spec.categories.join(lang === 'en' ? ' | ' : '、');
      if (!spec.other) return list;
      return lang === 'en' ? `${list} (rare categories)` : `${list}（稀有类别）`;
    }
  }
}
