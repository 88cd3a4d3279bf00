/**
 * Characteristic selection: keep those with information value ≥ `minIv`, then walk them
 * from the highest IV down and drop any whose WOE correlates above `maxCorrelation` with
 * one already kept (the weaker of each correlated pair goes).
 */
import type { Candidate } from './model-artifact.ts';
import type { CharacteristicBinning } from './woe.ts';

/** Correlations are computed on at most this many rows (an evenly strided sample). */
const CORRELATION_SAMPLE = 100_000;

/** Pearson correlation of two columns over rows 0, step, 2·step, … */
export function pearson(a: Float64Array, b: Float64Array, step = 1): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < a.length; i += step) {
    sa += a[i];
    sb += b[i];
    n++;
  }
  const ma = sa / n;
  const mb = sb / n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < a.length; i += step) {
    const da = a[i] - ma;
    const db = b[i] - mb;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  return va > 0 && vb > 0 ? cov / Math.sqrt(va * vb) : 0;
}

export type Selection = { selected: number[]; candidates: Candidate[] };

/** WOE of every `step`-th row of one characteristic. */
export function sampledWoe(binning: CharacteristicBinning, binIndex: Uint8Array, step: number): Float64Array {
  const table = new Float64Array(binning.bins.length);
  binning.bins.forEach((b, i) => (table[i] = b.woe));
  const out = new Float64Array(Math.ceil(binIndex.length / step));
  for (let i = 0, r = 0; i < binIndex.length; i += step, r++) out[r] = table[binIndex[i]];
  return out;
}

/** Selects characteristics by IV and WOE correlation; `binIndex[k]` holds the row bins of `binnings[k]`. */
export function selectCharacteristics(args: {
  binnings: CharacteristicBinning[];
  binIndex: Uint8Array[];
  minIv: number;
  maxCorrelation: number;
}): Selection {
  const { binnings } = args;
  const order = binnings.map((_, k) => k).sort((a, b) => binnings[b].iv - binnings[a].iv);
  const rows = args.binIndex[0]?.length ?? 0;
  const sampleStep = Math.max(1, Math.floor(rows / CORRELATION_SAMPLE));
  const woe = binnings.map((b, k) => sampledWoe(b, args.binIndex[k], sampleStep));
  const step = 1;
  const selected: number[] = [];
  const status = new Map<number, Candidate>();
  for (const k of order) {
    const b = binnings[k];
    if (!(b.iv >= args.minIv)) {
      status.set(k, { name: b.name, iv: b.iv, status: 'low-iv', note: `IV ${b.iv.toFixed(4)} < ${args.minIv}` });
      continue;
    }
    const clash = selected.find((s) => Math.abs(pearson(woe[k], woe[s], step)) > args.maxCorrelation);
    if (clash !== undefined) {
      const r = pearson(woe[k], woe[clash], step);
      status.set(k, { name: b.name, iv: b.iv, status: 'correlated', note: `WOE correlation ${r.toFixed(3)} with "${binnings[clash].name}" (IV ${binnings[clash].iv.toFixed(4)})` });
      continue;
    }
    selected.push(k);
    status.set(k, { name: b.name, iv: b.iv, status: 'selected' });
  }
  return { selected, candidates: binnings.map((_, k) => status.get(k) ?? { name: binnings[k].name, iv: binnings[k].iv, status: 'low-iv' }) };
}
