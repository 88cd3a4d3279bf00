/**
 * A fast RFC 4180 CSV reader that builds a columnar {@link Dataset} in one pass: every
 * cell is dictionary-encoded per column (so a million rows of a 20-level category cost
 * one Int32Array), then columns whose levels all parse as numbers become Float64Array.
 * Handles quoted fields with commas, doubled quotes and line breaks, CRLF, a UTF-8 BOM,
 * scientific notation (`5.00E+05`) and thousands separators in quoted numbers (`"1,234"`).
 * We parse ourselves rather than with csv-parse because the dictionary encoding happens
 * in the same loop and the reader must keep up with million-row scoring files.
 */
import { readFile } from 'node:fs/promises';
import { AppError, type ErrorDetail } from '../platform/errors.ts';
import type { Column, Dataset } from './dataset.ts';

/** Cell texts read as a missing value (after trimming). */
export const missingTokens = ['', 'NA', 'N/A', 'NaN', 'nan', 'NULL', 'null', 'None', '?'];

export type ColumnType = 'numeric' | 'categorical';

export type ReadCsvOptions = {
  /** File name used in messages. */
  source?: string;
  /** Forced column types; a forced numeric column with text in it is an error naming the cell. */
  types?: Record<string, ColumnType>;
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** The number a cell text denotes, or NaN when it is not a plain decimal number. */
export function parseNumber(text: string): number {
  if (NUMBER.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replaceAll(',', ''));
  return NaN;
}

type Encoder = { map: Map<string, number>; levels: string[]; codes: Int32Array };

function newEncoder(capacity: number): Encoder {
  const map = new Map<string, number>();
  for (const t of missingTokens) map.set(t, -1);
  return { map, levels: [], codes: new Int32Array(capacity) };
}

function grow(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(Math.max(n * 2, 1024));
  b.set(a);
  return b;
}

/**
 * Parses CSV text (header row first) into a columnar data set.
 * @throws AppError INVALID_INPUT for an empty file, duplicate or empty header names, ragged
 *   rows (naming the line), an unterminated quote, or text in a forced numeric column
 */
export function parseCsv(input: string, options: ReadCsvOptions = {}): Dataset {
  const source = options.source ?? 'input.csv';
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const len = text.length;
  let pos = 0;
  let line = 1;
  let field = 0;
  let rows = 0;
  let header: string[] | null = null;
  let encoders: Encoder[] = [];
  let row: string[] = [];
  let lineOfRow: Int32Array = new Int32Array(1024);
  let rowStartLine = 1;
  const errors: ErrorDetail[] = [];

  const endRow = (): void => {
    if (header === null) {
      header = row.map((h) => h.trim());
      checkHeader(header, source);
      encoders = header.map(() => newEncoder(1024));
    } else if (!(row.length === 1 && row[0] === '')) {
      if (row.length !== header.length) {
        if (errors.length < 20) {
          errors.push({ path: `${source}:${rowStartLine}`, message: `row has ${row.length} fields, header has ${header.length}` });
        }
      } else {
        if (rows >= lineOfRow.length) lineOfRow = grow(lineOfRow, rows);
        lineOfRow[rows] = rowStartLine;
        for (let c = 0; c < row.length; c++) {
          const e = encoders[c];
          if (rows >= e.codes.length) e.codes = grow(e.codes, rows);
          const cell = row[c];
          let code = e.map.get(cell);
          if (code === undefined) {
            code = e.levels.length;
            e.levels.push(cell);
            e.map.set(cell, code);
          }
          e.codes[rows] = code;
        }
        rows++;
      }
    }
    row = [];
    field = 0;
    rowStartLine = line;
  };

  while (pos <= len) {
    if (pos === len) {
      if (field > 0 || row.length > 0) endRow();
      break;
    }
    let ch = text.charCodeAt(pos);
    if (ch === 34 /* " */) {
      let value = '';
      let start = ++pos;
      for (;;) {
        const q = text.indexOf('"', pos);
        if (q < 0) throw new AppError('INVALID_INPUT', { message: `${source}:${rowStartLine}: unterminated quoted field` });
        for (let k = pos; k < q; k++) if (text.charCodeAt(k) === 10) line++;
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(start, q + 1);
          pos = start = q + 2;
          continue;
        }
        value += text.slice(start, q);
        pos = q + 1;
        break;
      }
      row.push(value.trim());
      ch = pos < len ? text.charCodeAt(pos) : 10;
      // text after a closing quote up to the delimiter is kept (lenient, like most readers)
      while (pos < len && ch !== 44 && ch !== 10 && ch !== 13) ch = text.charCodeAt(++pos);
    } else {
      let end = pos;
      while (end < len) {
        const c = text.charCodeAt(end);
        if (c === 44 || c === 10 || c === 13) break;
        end++;
      }
      row.push(text.slice(pos, end).trim());
      pos = end;
      ch = pos < len ? text.charCodeAt(pos) : 10;
    }
    field++;
    if (ch === 44) {
      pos++;
      if (pos === len) row.push('');
      continue;
    }
    if (ch === 13 && text.charCodeAt(pos + 1) === 10) pos++;
    pos++;
    line++;
    endRow();
  }
  if (header === null) throw new AppError('INVALID_INPUT', { message: `${source}: empty file (no header row)` });
  if (errors.length) {
    throw new AppError('INVALID_INPUT', { message: `${source}: ragged rows (first at ${errors[0].path}): every row must have as many fields as the header`, details: errors });
  }
  const names: string[] = header;
  const columns = names.map((name, c) => finishColumn(name, encoders[c], rows, options.types?.[name], source, lineOfRow));
  return { rows, columns, source };
}

/** Names an unnamed column (often a row index written by pandas) `column_N`; rejects duplicates. */
function checkHeader(header: string[], source: string): void {
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (h === '') header[i] = `column_${i + 1}`;
    if (seen.has(header[i])) throw new AppError('INVALID_INPUT', { message: `${source}:1: duplicate column "${header[i]}"` });
    seen.add(header[i]);
  });
}

function finishColumn(name: string, e: Encoder, rows: number, forced: ColumnType | undefined, source: string, lineOfRow: Int32Array): Column {
  const codes = e.codes.length === rows ? e.codes : e.codes.slice(0, rows);
  const numbers = new Float64Array(e.levels.length);
  let bad = -1;
  for (let l = 0; l < e.levels.length; l++) {
    numbers[l] = parseNumber(e.levels[l]);
    if (Number.isNaN(numbers[l]) && bad < 0) bad = l;
  }
  if (forced === 'categorical' || (forced === undefined && bad >= 0)) {
    return { kind: 'categorical', name, codes, levels: e.levels };
  }
  if (bad >= 0) {
    const r = codes.indexOf(bad);
    throw new AppError('INVALID_INPUT', {
      message: `${source}:${lineOfRow[r]}:${name}: "${e.levels[bad]}" is not a number (the model reads "${name}" as numeric)`,
      details: [{ path: `${source}:${lineOfRow[r]}:${name}`, message: 'not a number' }],
    });
  }
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const c = codes[i];
    values[i] = c < 0 ? NaN : numbers[c];
  }
  return { kind: 'numeric', name, values };
}

/**
 * Reads a CSV file into a columnar data set.
 * @throws AppError INVALID_INPUT when the file cannot be read or is not valid CSV
 */
export async function readCsvFile(path: string, options: Omit<ReadCsvOptions, 'source'> = {}): Promise<Dataset> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new AppError('INVALID_INPUT', { message: `cannot read ${path}: ${(cause as Error).message}`, cause });
  }
  return parseCsv(text, { ...options, source: path });
}
