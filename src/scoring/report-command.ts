/** `recoup scorecard report`: the bin and points tables, as text or JSON. */
import { printJson } from '../cli/output.ts';
import { AppError } from '../platform/errors.ts';
import { loadModel } from './model-artifact.ts';
import { binTables, formatReport } from './report.ts';

/** Runs the command. @throws AppError for an invalid model or language */
export async function runReport(opts: { model: string; json?: boolean; lang: string }): Promise<void> {
  if (opts.lang !== 'en' && opts.lang !== 'zh') throw new AppError('INVALID_INPUT', { message: `--lang must be en or zh, not ${JSON.stringify(opts.lang)}` });
  const model = await loadModel(opts.model);
  if (opts.json) {
    const { characteristics: _c, ...rest } = model;
    printJson({ ...rest, characteristics: binTables(model) });
    return;
  }
  process.stdout.write(formatReport(model, opts.lang));
}
