/** `recoup scorecard report`: the bin and points tables, as text or JSON. */
import { printJson } from '../cli/output.ts';
import { AppError } from '../platform/errors.ts';
import { loadModel } from './model-artifact.ts';
import { binTables, formatReport } from './report.ts';

/** Runs the command. @throws AppError for an invalid model or language */
export async function runReport(opts: { model: string; json?: boolean; lang: string }): Promise<void> {
  // zh-CN (the tag the rest of Recoup uses for people) is the same as zh here.
  const lang = opts.lang === 'zh-CN' ? 'zh' : opts.lang;
  if (lang !== 'en' && lang !== 'zh') throw new AppError('INVALID_INPUT', { message: `--lang must be en, zh or zh-CN, not ${JSON.stringify(opts.lang)}` });
  const model = await loadModel(opts.model);
  if (opts.json) {
    const { characteristics: _c, ...rest } = model;
    printJson({ ...rest, characteristics: binTables(model) });
    return;
  }
  process.stdout.write(formatReport(model, lang));
}
