/**
 * The German credit data kept in the repository (data/germancredit, see its SOURCE.md)
 * with its fixed 70/30 split, for tests, the benchmark and examples.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvFile } from './csv-reader.ts';
import { selectRows, type Dataset } from './dataset.ts';

/** Folder holding germancredit.csv, split.csv and SOURCE.md. */
export const germanCreditDir = join(dirname(fileURLToPath(import.meta.url)), 'data', 'germancredit');

export const germanTarget = { column: 'creditability', bad: 'bad' } as const;

/** The whole data set and its train and test rows. */
export async function loadGermanCredit(): Promise<{ all: Dataset; train: Dataset; test: Dataset; trainRows: number[]; testRows: number[] }> {
  const all = await readCsvFile(join(germanCreditDir, 'germancredit.csv'));
  const split = await readCsvFile(join(germanCreditDir, 'split.csv'), { types: { set: 'categorical', row: 'numeric' } });
  const [rowCol, setCol] = split.columns;
  if (rowCol.kind !== 'numeric' || setCol.kind !== 'categorical') throw new Error('split.csv must have columns row,set');
  const trainRows: number[] = [];
  const testRows: number[] = [];
  for (let i = 0; i < split.rows; i++) {
    (setCol.levels[setCol.codes[i]] === 'train' ? trainRows : testRows).push(rowCol.values[i]);
  }
  return { all, train: selectRows(all, trainRows), test: selectRows(all, testRows), trainRows, testRows };
}
