/**
 * Reason codes: the characteristics where a row lost the most points against that
 * characteristic's best bin, with text in English and Chinese (simplified).
 */
import type { CompiledModel } from './compile-model.ts';
import { describeBin, type Bin } from './woe.ts';

export type ReasonCode = {
  /** The characteristic name (stable, machine-readable). */
  code: string;
  bin: number;
  pointsLost: number;
  en: string;
  zh: string;
};

/** Reason text per bin (without the points), computed once when a model is compiled. */
export function binReasonTexts(label: { en: string; zh: string }, bins: Bin[]): { en: string[]; zh: string[] } {
  return {
    en: bins.map((b) => `${label.en}: ${describeBin(b, 'en')}`),
    zh: bins.map((b) => `${label.zh}：${describeBin(b, 'zh')}`),
  };
}

/**
 * The top `n` reasons for a row given its bin per characteristic (`bins[k]` for the k-th
 * characteristic of the compiled model). Characteristics that lost no points give no
 * reason; ties keep the model's characteristic order.
 */
export function reasonCodes(compiled: CompiledModel, bins: ArrayLike<number>, n = 3): ReasonCode[] {
  const chars = compiled.characteristics;
  const out: ReasonCode[] = [];
  const taken = new Uint8Array(chars.length);
  for (let r = 0; r < n; r++) {
    let best = -1;
    let bestLoss = 0;
    for (let k = 0; k < chars.length; k++) {
      const loss = chars[k].bestPoints - chars[k].points[bins[k]];
      if (taken[k] === 0 && loss > bestLoss) {
        best = k;
        bestLoss = loss;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    const c = chars[best];
    const bin = bins[best];
    const pts = Number.isInteger(bestLoss) ? bestLoss : Number(bestLoss.toFixed(6));
    out.push({ code: c.name, bin, pointsLost: pts, en: `${c.reasonEn[bin]} (−${pts} points)`, zh: `${c.reasonZh[bin]}（扣 ${pts} 分）` });
  }
  return out;
}
