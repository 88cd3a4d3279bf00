/**
 * Finding the bin of a value: compiled once per characteristic (cut points as a typed
 * array, categories as a level → bin table) and used by training and by scoring.
 */
import { AppError } from '../platform/errors.ts';
import { countAtMost, padCuts, upperBound } from './bin-numeric.ts';
import type { Column } from './dataset.ts';
import type { CharacteristicBinning } from './woe.ts';

/** Bin lookup for a numeric characteristic; `missingBin` is -1 when training saw no missing value. */
export type NumericLocator = {
  cuts: Float64Array;
  rangeBins: Int32Array;
  specials: Float64Array;
  specialBin: number;
  missingBin: number;
};

/** Compiles the cut points of a numeric binning. */
export function compileNumeric(b: CharacteristicBinning): NumericLocator {
  const ranges: { lo: number; bin: number }[] = [];
  let specials: number[] = [];
  let specialBin = -1;
  b.bins.forEach((bin, i) => {
    if (bin.spec.type === 'range') ranges.push({ lo: bin.spec.lo ?? -Infinity, bin: i });
    else if (bin.spec.type === 'special') {
      specials = bin.spec.values;
      specialBin = i;
    }
  });
  if (ranges.length === 0) throw new AppError('INVALID_INPUT', { message: `characteristic "${b.name}" has no range bins` });
  ranges.sort((a, c) => a.lo - c.lo);
  return {
    cuts: Float64Array.from(ranges.slice(1).map((r) => r.lo)),
    rangeBins: Int32Array.from(ranges.map((r) => r.bin)),
    specials: Float64Array.from(specials),
    specialBin,
    missingBin: b.missingBin ?? -1,
  };
}

/** The bin of `x` (-1 for a missing value when training saw none). */
export function locateNumeric(loc: NumericLocator, x: number): number {
  if (x !== x) return loc.missingBin;
  for (let s = 0; s < loc.specials.length; s++) if (loc.specials[s] === x) return loc.specialBin;
  return loc.rangeBins[upperBound(loc.cuts, x)];
}

/**
 * Level code → bin for a categorical binning and the levels of a data set column.
 * Levels not seen in training map to `unseenBin` and are listed in `unseen`.
 */
export function compileCategories(b: CharacteristicBinning, levels: string[]): { table: Int32Array; unseen: string[] } {
  const binOf = new Map<string, number>();
  b.bins.forEach((bin, i) => {
    if (bin.spec.type === 'categories') for (const c of bin.spec.categories) binOf.set(c, i);
  });
  const table = new Int32Array(levels.length);
  const unseen: string[] = [];
  levels.forEach((l, code) => {
    const bin = binOf.get(l);
    if (bin === undefined) {
      unseen.push(l);
      table[code] = b.unseenBin ?? -1;
    } else table[code] = bin;
  });
  return { table, unseen };
}

/** The bin index of every row (255 where a value has no bin). */
export function assignBins(b: CharacteristicBinning, col: Column): Uint8Array {
  const out = new Uint8Array(col.kind === 'numeric' ? col.values.length : col.codes.length);
  if (col.kind === 'numeric') {
    const loc = compileNumeric(b);
    const padded = loc.specials.length === 0 ? padCuts(loc.cuts) : null;
    const missing = loc.missingBin < 0 ? 255 : loc.missingBin;
    const values = col.values;
    for (let i = 0; i < out.length; i++) {
      const x = values[i];
      if (padded && x === x) out[i] = loc.rangeBins[countAtMost(padded, x)];
      else if (x !== x) out[i] = missing;
      else out[i] = locateNumeric(loc, x);
    }
    return out;
  }
  const { table } = compileCategories(b, col.levels);
  const missing = b.missingBin ?? -1;
  for (let i = 0; i < out.length; i++) {
    const c = col.codes[i];
    const k = c < 0 ? missing : table[c];
    out[i] = k < 0 ? 255 : k;
  }
  return out;
}
