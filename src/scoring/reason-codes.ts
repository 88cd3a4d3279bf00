/**
 * Reason codes: the characteristics where a row lost the most points against that
 * characteristic's best bin, with text in English and Chinese (simplified).
 */
import type { CompiledModel } from './compile-model.ts';
import { describeBin } from './woe.ts';

export type ReasonCode = {
  /** The characteristic name (stable, machine-readable). */
  code: string;
  bin: number;
  pointsLost: number;
  en: string;
  zh: string;
};

/**
 * The top `n` reasons for a row given its bin per characteristic (`bins[k]` for the k-th
 * characteristic of the compiled model). Characteristics that lost no points give no reason.
 */
export function reasonCodes(compiled: CompiledModel, bins: ArrayLike<number>, n = 3): ReasonCode[] {
  const lost: { k: number; loss: number }[] = [];
  compiled.characteristics.forEach((c, k) => {
    const loss = c.bestPoints - c.points[bins[k]];
    if (loss > 0) lost.push({ k, loss });
  });
  lost.sort((a, b) => b.loss - a.loss || a.k - b.k);
  return lost.slice(0, n).map(({ k, loss }) => {
    const c = compiled.characteristics[k];
    const bin = c.source.bins[bins[k]];
    const pts = Number(loss.toFixed(6));
    return {
      code: c.name,
      bin: bins[k],
      pointsLost: pts,
      en: `${c.source.label.en}: ${describeBin(bin, 'en')} (−${pts} points)`,
      zh: `${c.source.label.zh}：${describeBin(bin, 'zh')}（扣 ${pts} 分）`,
    };
  });
}
