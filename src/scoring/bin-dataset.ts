/**
 * Binning every candidate characteristic of a data set, with the checks that keep junk
 * out: all-missing and constant columns and identifier-like text columns are dropped
 * with a warning (they carry no information); manual overrides replace automatic bins.
 */
import { binCategorical } from './bin-categorical.ts';
import { assignBins } from './bin-lookup.ts';
import { binNumeric } from './bin-numeric.ts';
import type { BinningOptions, Totals } from './binning-options.ts';
import { countDistinct, countMissing, type Column } from './dataset.ts';
import type { CharacteristicBinning } from './woe.ts';

/** Manual bins for one characteristic: numeric cut points or categorical groups. */
export type BinOverride = { cuts?: number[]; groups?: string[][] };

export type DroppedColumn = { name: string; reason: 'all-missing' | 'constant' | 'identifier-like' };

/**
 * Bins one column: manual when an override is given (statistics recalculated), else automatic.
 * `y` must be 0/1 on every row of `col`.
 */
export function binColumn(col: Column, y: Uint8Array, totals: Totals, options: BinningOptions, override?: BinOverride, rowBins?: Uint8Array): CharacteristicBinning {
  if (col.kind === 'numeric') {
    return binNumeric({ name: col.name, values: col.values, y, totals, options, manualCuts: override?.cuts, rowBins });
  }
  return binCategorical({ name: col.name, codes: col.codes, levels: col.levels, y, totals, options, manualGroups: override?.groups });
}

/** Why a column cannot be a characteristic, or null when it can. */
export function checkCandidate(col: Column, rows: number): DroppedColumn['reason'] | null {
  if (countMissing(col) === rows) return 'all-missing';
  if (countDistinct(col, 2) < 2) return 'constant';
  if (col.kind === 'categorical' && rows >= 50 && col.levels.length > rows / 2 && countDistinct(col, Math.ceil(rows / 2) + 1) > rows / 2) return 'identifier-like';
  if (col.kind === 'numeric' && rows >= 50 && isRowCounter(col.values)) return 'identifier-like';
  return null;
}

/** Strictly increasing whole numbers on every row: a record id or row number, not a characteristic. */
function isRowCounter(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== Math.floor(v) || (i > 0 && !(v > values[i - 1]))) return false;
  }
  return true;
}

/** Bins every candidate column; returns the binnings, each row's bin per binning, and the columns dropped (with reason). */
export function binDataset(args: {
  columns: Column[];
  y: Uint8Array;
  totals: Totals;
  options: BinningOptions;
  overrides?: Record<string, BinOverride>;
  onProgress?: (message: string) => void;
}): { binnings: CharacteristicBinning[]; binIndex: Uint8Array[]; dropped: DroppedColumn[] } {
  const binnings: CharacteristicBinning[] = [];
  const binIndex: Uint8Array[] = [];
  const dropped: DroppedColumn[] = [];
  const rows = args.totals.bads + args.totals.goods;
  for (const col of args.columns) {
    const reason = checkCandidate(col, rows);
    if (reason) {
      dropped.push({ name: col.name, reason });
      args.onProgress?.(`warning: column "${col.name}" dropped: ${reason}`);
      continue;
    }
    const rowBins = new Uint8Array(rows).fill(255);
    const b = binColumn(col, args.y, args.totals, args.options, args.overrides?.[col.name], rowBins);
    binnings.push(b);
    // numeric binning fills rowBins itself; categorical (and very fine manual cuts) need the lookup
    binIndex.push(col.kind === 'numeric' && rowBins[0] !== 255 ? rowBins : assignBins(b, col));
  }
  return { binnings, binIndex, dropped };
}
