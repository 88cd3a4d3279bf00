/**
 * `recoup scorecard score`: scores every row of a CSV and writes
 * row,[id,]score,band,probability_bad,reason_1..N,reasons_en,reasons_zh,flags.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { log } from '../cli/output.ts';
import { AppError } from '../platform/errors.ts';
import { modelColumnTypes, numberOption } from './cli-options.ts';
import { bandOf, compileModel } from './compile-model.ts';
import { readCsvFile } from './csv-reader.ts';
import { getColumn, type Column } from './dataset.ts';
import { loadModel } from './model-artifact.ts';
import { probabilityFromScore } from './points-scaling.ts';
import { reasonCodes } from './reason-codes.ts';
import { binIndices, rowFlags, scoreColumns } from './score-columns.ts';

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function idText(col: Column | null, i: number): string {
  if (!col) return '';
  if (col.kind === 'numeric') return Number.isNaN(col.values[i]) ? '' : String(col.values[i]);
  return col.codes[i] < 0 ? '' : col.levels[col.codes[i]];
}

/** Runs the command. @throws AppError for unreadable or invalid input, naming a missing column */
export async function runScore(opts: { model: string; data: string; out: string; id?: string; reasons: string }): Promise<void> {
  const n = numberOption('reasons', opts.reasons, 0, 50);
  const model = await loadModel(opts.model);
  const compiled = compileModel(model);
  if (opts.out !== '-') {
    try {
      await writeFile(opts.out, '');
    } catch (cause) {
      throw new AppError('INVALID_INPUT', { message: `cannot write ${opts.out}: ${(cause as Error).message}`, cause });
    }
  }
  log(`reading ${opts.data}…`);
  const types = modelColumnTypes(model);
  if (opts.id) delete types[opts.id];
  const dataset = await readCsvFile(opts.data, { types });
  const idCol = opts.id ? getColumn(dataset, opts.id) : null;
  const { scores, flags } = scoreColumns(compiled, dataset);
  for (const f of flags) log(`warning: ${f.characteristic}: ${f.rows} rows ${f.reason}${f.values.length ? ` (${f.values.join(', ')})` : ''}, scored in the fallback bin and flagged`);
  const bins = binIndices(compiled, dataset);
  const flagText = rowFlags(compiled, dataset);
  const out = opts.out === '-' ? process.stdout : createWriteStream(opts.out);
  const reasonHeads = Array.from({ length: n }, (_, k) => `reason_${k + 1}`);
  const header = ['row', ...(idCol ? [opts.id ?? 'id'] : []), 'score', 'band', 'probability_bad', ...reasonHeads, 'reasons_en', 'reasons_zh', 'flags'];
  let chunk = header.join(',') + '\n';
  const rowBins = new Int32Array(bins.length);
  for (let i = 0; i < dataset.rows; i++) {
    for (let k = 0; k < bins.length; k++) rowBins[k] = bins[k][i];
    const reasons = n > 0 ? reasonCodes(compiled, rowBins, n) : [];
    const cells = [String(i + 1), ...(idCol ? [csvCell(idText(idCol, i))] : []), String(Number(scores[i].toFixed(6))), bandOf(compiled, scores[i]), probabilityFromScore(scores[i], model.scaling).toFixed(6)];
    for (let k = 0; k < n; k++) cells.push(reasons[k]?.code ?? '');
    cells.push(csvCell(reasons.map((r) => r.en).join('; ')), csvCell(reasons.map((r) => r.zh).join('；')), csvCell(flagText.get(i)?.join('; ') ?? ''));
    chunk += cells.join(',') + '\n';
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish').catch((cause: Error) => {
      throw new AppError('INVALID_INPUT', { message: `cannot write ${opts.out}: ${cause.message}`, cause });
    });
  }
  log(`${dataset.rows} rows scored${opts.out === '-' ? '' : ` → ${opts.out}`}`);
}
