/**
 * Manual override of a characteristic's bins with recalculated statistics, for an analyst
 * adjusting cut points (numeric) or category groups (categorical) before retraining. Pass
 * the same override to `trainScorecard({ overrides })` (CLI: `--bins FILE`) to build the
 * model with it; the model then records `method: "manual"` and the overrides it used.
 */
import { AppError } from '../platform/errors.ts';
import { binColumn, type BinOverride } from './bin-dataset.ts';
import { defaultBinningOptions, type BinningOptions } from './binning-options.ts';
import { getColumn, type Dataset } from './dataset.ts';
import { readTarget } from './target.ts';
import type { CharacteristicBinning } from './woe.ts';

/**
 * Re-bins one column with the given cut points or groups and recomputes counts, bad
 * rates, WOE and IV on the rows with a target value.
 * @throws AppError INVALID_INPUT when the column is absent, the override does not fit the
 *   column type, or the target is unusable
 */
export function rebinCharacteristic(args: {
  dataset: Dataset;
  target: string;
  bad?: string;
  name: string;
  override: BinOverride;
  options?: Partial<BinningOptions>;
}): CharacteristicBinning {
  const col = getColumn(args.dataset, args.name);
  if (col.kind === 'numeric' && !args.override.cuts) throw new AppError('INVALID_INPUT', { message: `"${args.name}" is numeric: give cut points (cuts)` });
  if (col.kind === 'categorical' && !args.override.groups) throw new AppError('INVALID_INPUT', { message: `"${args.name}" is categorical: give category groups (groups)` });
  if (args.override.cuts?.some((c) => !Number.isFinite(c))) throw new AppError('INVALID_INPUT', { message: `"${args.name}": cut points must be finite numbers` });
  const t = readTarget(args.dataset, args.target, args.bad ?? '1');
  let keep: number[] | null = null;
  if (t.missing) {
    keep = [];
    for (let i = 0; i < t.y.length; i++) if (t.y[i] !== 255) keep.push(i);
  }
  const rows = keep;
  const y = rows ? Uint8Array.from(rows, (i) => t.y[i]) : t.y;
  const column = !rows
    ? col
    : col.kind === 'numeric'
      ? { ...col, values: Float64Array.from(rows, (i) => col.values[i]) }
      : { ...col, codes: Int32Array.from(rows, (i) => col.codes[i]) };
  return binColumn(column, y, { bads: t.bads, goods: t.goods }, { ...defaultBinningOptions, ...args.options }, args.override);
}
