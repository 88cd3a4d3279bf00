/**
 * Points scaling. A score is offset + factor·ln(odds), odds = good:bad, with
 * factor = PDO / ln 2 and offset = baseScore − factor·ln(baseOdds): a score of
 * `baseScore` means good:bad odds of `baseOdds`, and every `pdo` points double the odds.
 * Defaults: 600 points at 50:1, 20 points to double the odds.
 *
 * With a logistic model ln(bad/good) = β₀ + Σ βⱼ·WOEⱼ the score splits into base points
 * offset − factor·β₀ and per-bin points −factor·βⱼ·WOEⱼₖ. In `exact` mode nothing is
 * rounded, so base + Σ points = offset + factor·ln(odds) up to floating-point error;
 * in `integer` mode base and bin points are each rounded to whole points.
 */

export type Scaling = { baseScore: number; baseOdds: number; pdo: number; rounding: 'integer' | 'exact' };

export const defaultScaling: Scaling = { baseScore: 600, baseOdds: 50, pdo: 20, rounding: 'integer' };

/** Factor and offset of a scaling. */
export function scalingConstants(s: Scaling): { factor: number; offset: number } {
  const factor = s.pdo / Math.LN2;
  return { factor, offset: s.baseScore - factor * Math.log(s.baseOdds) };
}

function round(x: number, s: Scaling): number {
  return s.rounding === 'integer' ? Math.round(x) + 0 : x;
}

/** Base points from the intercept. */
export function basePoints(intercept: number, s: Scaling): number {
  const { factor, offset } = scalingConstants(s);
  return round(offset - factor * intercept, s);
}

/** Points of each bin of one characteristic from its coefficient and bin WOEs. */
export function binPoints(coefficient: number, woes: number[], s: Scaling): number[] {
  const { factor } = scalingConstants(s);
  return woes.map((w) => round(-factor * coefficient * w, s));
}

/** The score for a probability of bad (exact, unrounded). */
export function scoreFromProbability(pBad: number, s: Scaling): number {
  const { factor, offset } = scalingConstants(s);
  return offset + factor * Math.log((1 - pBad) / pBad);
}

/** The probability of bad implied by a score. */
export function probabilityFromScore(score: number, s: Scaling): number {
  const { factor, offset } = scalingConstants(s);
  return 1 / (1 + Math.exp((score - offset) / factor));
}
