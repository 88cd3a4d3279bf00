/** Parsing of CLI option values with errors that name the option. */
import { readFile } from 'node:fs/promises';
import { AppError } from '../platform/errors.ts';
import type { ColumnType } from './csv-reader.ts';
import type { ScorecardModel } from './model-artifact.ts';

/**
 * A number option within [min, max].
 * @throws AppError INVALID_INPUT naming the option
 */
export function numberOption(name: string, value: string, min: number, max: number): number {
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < min || x > max) {
    throw new AppError('INVALID_INPUT', { message: `--${name}: ${JSON.stringify(value)} is not a number between ${min} and ${max}` });
  }
  return x;
}

/**
 * Reads a JSON file given to an option.
 * @throws AppError INVALID_INPUT when unreadable or not JSON
 */
export async function jsonOption(name: string, path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new AppError('INVALID_INPUT', { message: `--${name} ${path}: ${(cause as Error).message}`, cause });
  }
}

/** The column types a model expects, to read a scoring file consistently with training. */
export function modelColumnTypes(model: ScorecardModel): Record<string, ColumnType> {
  return Object.fromEntries(model.characteristics.map((c) => [c.name, c.kind]));
}
