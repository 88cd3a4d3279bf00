/** `recoup scorecard evaluate`: prints one JSON object with auc, ks, gini, rows and more. */
import { log, printJson } from '../cli/output.ts';
import { modelColumnTypes } from './cli-options.ts';
import { readCsvFile } from './csv-reader.ts';
import { evaluateScorecard } from './evaluate-scorecard.ts';
import { loadModel } from './model-artifact.ts';

/** Runs the command. @throws AppError for unreadable or invalid input */
export async function runEvaluate(opts: { model: string; data: string; target: string; bad?: string }): Promise<void> {
  const model = await loadModel(opts.model);
  log(`reading ${opts.data}…`);
  const types = modelColumnTypes(model);
  delete types[opts.target];
  const dataset = await readCsvFile(opts.data, { types });
  const result = evaluateScorecard(model, dataset, opts.target, opts.bad ?? model.target.bad);
  for (const f of result.flags) log(`warning: ${f.characteristic}: ${f.rows} rows ${f.reason} ${f.values.join(', ')}`);
  log(`rows ${result.rows}, AUC ${result.auc.toFixed(4)}, KS ${result.ks.toFixed(4)}, PSI ${result.psi.toFixed(4)}`);
  printJson(result, true);
}
