/** `recoup scorecard train`: trains on a CSV, writes the model, prints a JSON summary. */
import { writeFile } from 'node:fs/promises';
import { log, printJson } from '../cli/output.ts';
import { AppError } from '../platform/errors.ts';
import type { BinOverride } from './bin-dataset.ts';
import { jsonOption, numberOption } from './cli-options.ts';
import { readCsvFile } from './csv-reader.ts';
import type { Label } from './model-artifact.ts';
import { trainScorecard } from './train-scorecard.ts';

export type TrainCommandOptions = {
  data: string;
  target: string;
  bad: string;
  exclude: string[];
  out: string;
  labels?: string;
  bins?: string;
  special: string[];
  maxBins: string;
  minShare: string;
  minIv: string;
  maxCorrelation: string;
  l2: string;
  exactPoints?: boolean;
  purpose: string;
};

/** Runs the command. @throws AppError for unreadable or invalid input */
export async function runTrain(opts: TrainCommandOptions): Promise<void> {
  const specialValues = opts.special.map((s) => numberOption('special', s, -Number.MAX_VALUE, Number.MAX_VALUE));
  const binning = {
    maxBins: numberOption('max-bins', opts.maxBins, 2, 50),
    minShare: numberOption('min-share', opts.minShare, 0, 0.5),
    specialValues,
  };
  const labels = opts.labels ? ((await jsonOption('labels', opts.labels)) as Record<string, Partial<Label>>) : undefined;
  const overrides = opts.bins ? ((await jsonOption('bins', opts.bins)) as Record<string, BinOverride>) : undefined;
  log(`reading ${opts.data}…`);
  const dataset = await readCsvFile(opts.data);
  log(`${dataset.rows} rows, ${dataset.columns.length} columns`);
  const model = trainScorecard(dataset, {
    target: opts.target,
    bad: opts.bad,
    exclude: opts.exclude,
    binning,
    minIv: numberOption('min-iv', opts.minIv, 0, 10),
    maxCorrelation: numberOption('max-correlation', opts.maxCorrelation, 0, 1),
    l2: numberOption('l2', opts.l2, 0, 1e9),
    scaling: { rounding: opts.exactPoints ? 'exact' : 'integer' },
    overrides,
    labels,
    purpose: opts.purpose,
    onProgress: log,
  });
  try {
    await writeFile(opts.out, JSON.stringify(model, null, 2) + '\n');
  } catch (cause) {
    throw new AppError('INVALID_INPUT', { message: `cannot write ${opts.out}: ${(cause as Error).message}`, cause });
  }
  log(`model written to ${opts.out}`);
  printJson({
    out: opts.out,
    checksum: model.checksum,
    characteristics: model.characteristics.map((c) => c.name),
    train: model.metrics.train,
    warnings: model.training.warnings,
  });
}
