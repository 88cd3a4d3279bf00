/**
 * Scoring one row given as a plain object (API, nightly cycle): bins, points, score, band,
 * probability of bad and reason codes. A value the model cannot place never gets a silent
 * default: an absent field or a non-number in a numeric characteristic is an error, and
 * missing/unseen values that training never saw are scored in the riskiest bin and flagged.
 */
import { AppError } from '../platform/errors.ts';
import { bandOf, type CompiledCharacteristic, type CompiledModel } from './compile-model.ts';
import { locateNumeric } from './bin-lookup.ts';
import { countAtMost } from './bin-numeric.ts';
import { missingTokens, parseNumber } from './csv-reader.ts';
import { reasonCodes, type ReasonCode } from './reason-codes.ts';

export type RowValue = string | number | null;

export type RowScore = {
  score: number;
  band: string;
  probabilityBad: number;
  reasons: ReasonCode[];
  /** Why a value was scored in a fallback bin (unseen category, missing value training never saw). */
  flags: string[];
};

const missingSet = new Set(missingTokens);

function numericBin(c: CompiledCharacteristic, value: RowValue, flags: string[]): number {
  let x: number;
  if (typeof value === 'number' && value === value && c.padded) return c.rangeBins[countAtMost(c.padded, value)];
  if (value === null) x = NaN;
  else if (typeof value === 'number') x = value;
  else {
    const t = value.trim();
    x = missingSet.has(t) ? NaN : parseNumber(t);
    if (x !== x && !missingSet.has(t)) {
      throw new AppError('INVALID_INPUT', { message: `${c.name}: ${JSON.stringify(value)} is not a number`, details: [{ path: c.name, message: 'not a number' }] });
    }
  }
  if (x !== x) {
    if (c.missingFlagged) flags.push(`${c.name}: missing value, not seen in training → riskiest bin`);
    return c.missingBin;
  }
  return c.numeric ? locateNumeric(c.numeric, x) : c.missingBin;
}

function categoryBin(c: CompiledCharacteristic, value: RowValue, flags: string[]): number {
  if (typeof value === 'string') {
    const exact = c.categoryBin.get(value);
    if (exact !== undefined) return exact;
  }
  const t = value === null ? '' : String(value).trim();
  if (missingSet.has(t)) {
    if (c.missingFlagged) flags.push(`${c.name}: missing value, not seen in training → riskiest bin`);
    return c.missingBin;
  }
  const bin = c.categoryBin.get(t);
  if (bin !== undefined) return bin;
  flags.push(`${c.name}: category ${JSON.stringify(t)} not seen in training → bin ${c.unseenBin + 1}`);
  return c.unseenBin;
}

/**
 * Scores one row.
 * @param reasons how many reason codes to return (0 for none)
 * @throws AppError INVALID_INPUT when a characteristic is absent from the row or a numeric value is not a number
 */
export function scoreRow(compiled: CompiledModel, row: Record<string, RowValue | undefined>, reasons = 3): RowScore {
  // `compiled.scratch` holds this row's bins until reasonCodes has read them (synchronous).
  const chars = compiled.characteristics;
  const bins = compiled.scratch;
  const flags: string[] = [];
  let score = compiled.basePoints;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k];
    const value = row[c.name];
    if (value === undefined) {
      throw new AppError('INVALID_INPUT', { message: `row has no field "${c.name}" (the model needs it)`, details: [{ path: c.name, message: 'missing field' }] });
    }
    const bin = c.kind === 'numeric' ? numericBin(c, value, flags) : categoryBin(c, value, flags);
    bins[k] = bin;
    score += c.points[bin];
  }
  return {
    score,
    band: bandOf(compiled, score),
    probabilityBad: 1 / (1 + Math.exp((score - compiled.offset) / compiled.factor)),
    reasons: reasons > 0 ? reasonCodes(compiled, bins, reasons) : [],
    flags,
  };
}
