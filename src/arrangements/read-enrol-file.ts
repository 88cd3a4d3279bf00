/**
 * Reads and checks a whole bulk-enrolment file before anyone is enrolled (pure): UTF-8,
 * a header row with `account_external_id` and optionally `note` (no other columns), then
 * one account per row; a row may leave out the note. Every malformed line is reported
 * with its true line number, and a file with any is refused as a whole.
 */
import { AppError } from '../platform/errors.ts';
import { splitCsv } from './split-csv.ts';

export type EnrolRow = { line: number; accountExternalId: string; note: string | undefined };

const COLUMNS = ['account_external_id', 'note'];

/**
 * The text of a file given as bytes (strict UTF-8) or text.
 * @throws AppError INVALID_INPUT when the bytes are not UTF-8
 */
export function enrolFileText(csv: Buffer | string, fileName: string): string {
  if (typeof csv === 'string') return csv;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(csv);
  } catch (cause) {
    throw new AppError('INVALID_INPUT', {
      message: `${fileName} is not UTF-8 text: save it as UTF-8 (CSV UTF-8) and send it again; nobody was enrolled`,
      userMessage: `${fileName} 不是 UTF-8 编码，请另存为 UTF-8 (CSV UTF-8) 后重新提交；未登记任何账户 / ${fileName} is not UTF-8: save it as UTF-8 and send it again; nobody was enrolled`,
      details: [{ path: fileName, message: 'not UTF-8' }],
      cause,
    });
  }
}

type Problem = { line: number; column?: string; message: string };

function headerProblems(header: string[], line: number): Problem[] {
  const out: Problem[] = [];
  if (!header.includes('account_external_id')) out.push({ line, message: `the header has no account_external_id column (it has ${header.map((h) => JSON.stringify(h)).join(', ')}); the columns are account_external_id[,note]` });
  for (const h of header.filter((x, k) => !COLUMNS.includes(x) || header.indexOf(x) !== k)) {
    out.push({ line, message: COLUMNS.includes(h) ? `column ${h} appears twice` : `unknown column ${JSON.stringify(h)}: the columns are account_external_id[,note]` });
  }
  return out;
}

/**
 * The rows of an enrolment file.
 * @throws AppError INVALID_INPUT listing every bad line (`file:line[:column]`) when the file is malformed
 */
export function readEnrolFile(text: string, fileName: string): EnrolRow[] {
  const split = splitCsv(text);
  const problems: Problem[] = [...split.problems];
  const [header, ...body] = split.records;
  if (!header) problems.push({ line: 1, message: 'the file is empty: it needs the header account_external_id[,note] and one account per line' });
  const names = header?.fields ?? [];
  if (header) problems.push(...headerProblems(names, header.line));
  const extAt = names.indexOf('account_external_id');
  const noteAt = names.indexOf('note');
  const rows: EnrolRow[] = [];
  for (const r of body) {
    if (r.fields.length > names.length) {
      problems.push({ line: r.line, message: `${r.fields.length} fields but the header has ${names.length} (${names.join(',')}): put a note that contains a comma in quotes` });
      continue;
    }
    const ext = extAt >= 0 ? (r.fields[extAt] ?? '') : '';
    if (extAt >= 0 && !ext) problems.push({ line: r.line, column: 'account_external_id', message: 'is empty' });
    rows.push({ line: r.line, accountExternalId: ext, note: noteAt >= 0 && r.fields[noteAt] ? r.fields[noteAt] : undefined });
  }
  if (!problems.length) return rows;
  problems.sort((a, b) => a.line - b.line);
  const n = new Set(problems.map((p) => p.line)).size;
  const lines = `${n} bad line${n === 1 ? '' : 's'}`;
  throw new AppError('INVALID_INPUT', {
    message: `${fileName}: ${lines}; nobody was enrolled: correct ${n === 1 ? 'it' : 'them'} and send the whole file again`,
    userMessage: `${fileName} 有 ${n} 行格式错误，未登记任何账户；请改正后重新提交整个文件 / ${fileName}: ${lines}; nobody was enrolled: correct and send the whole file again`,
    details: problems.map((p) => ({ path: `${fileName}:${p.line}${p.column ? `:${p.column}` : ''}`, message: p.message })),
  });
}
