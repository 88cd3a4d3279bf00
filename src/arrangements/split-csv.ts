/**
 * A small CSV splitter (RFC 4180: `,` between fields, `"` quotes, `""` a quote inside
 * quotes, LF / CRLF / CR line ends) that keeps the true line number of every record, even
 * after quoted fields spanning lines, and goes on after a malformed record, so that one
 * pass reports every bad line. Spaces around fields are trimmed; blank lines are skipped.
 */
export type CsvRecord = { line: number; fields: string[] };
export type CsvProblem = { line: number; message: string };

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isEnd = (c: string | undefined) => c === undefined || c === '\n' || c === '\r';

type Cursor = { text: string; i: number; line: number };

/** Reads a quoted field from the opening quote; null when the file ends inside it. */
function quoted(c: Cursor): string | null {
  let value = '';
  c.i++;
  while (c.i < c.text.length) {
    const ch = c.text[c.i];
    if (ch === '"') {
      if (c.text[c.i + 1] !== '"') {
        c.i++;
        return value;
      }
      value += '"';
      c.i += 2;
      continue;
    }
    if (ch === '\n' || (ch === '\r' && c.text[c.i + 1] !== '\n')) c.line++;
    value += ch;
    c.i++;
  }
  return null;
}

/** Reads one record from the start of a line; `problem` set when it is malformed (the cursor then stands at its line's end). */
function record(c: Cursor): { fields: string[]; problem?: string; unclosedFrom?: number } {
  const fields: string[] = [];
  for (;;) {
    while (isBlank(c.text[c.i])) c.i++;
    let value: string;
    if (c.text[c.i] === '"') {
      const from = c.line;
      const q = quoted(c);
      if (q === null) return { fields, unclosedFrom: from };
      value = q;
      while (isBlank(c.text[c.i])) c.i++;
      if (!isEnd(c.text[c.i]) && c.text[c.i] !== ',') return { fields, problem: `${JSON.stringify(c.text[c.i])} after a closing quote: quote the whole field and write a quote inside it as ""` };
    } else {
      const start = c.i;
      while (!isEnd(c.text[c.i]) && c.text[c.i] !== ',') c.i++;
      value = c.text.slice(start, c.i).trim();
      if (value.includes('"')) return { fields, problem: 'a quote inside an unquoted field: quote the whole field and write a quote inside it as ""' };
    }
    fields.push(value);
    if (c.text[c.i] !== ',') return { fields };
    c.i++;
  }
}

/**
 * Splits CSV text into records with their line numbers, and the problems of the malformed
 * ones (a quote left open swallows the rest of the file: it is reported at the line it opens).
 * @example splitCsv('a,b\n1,"x\ny"\n2,z') // records at lines 1, 2 and 4
 */
export function splitCsv(input: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const c: Cursor = { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, i: 0, line: 1 };
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  while (c.i < c.text.length) {
    const line = c.line;
    const r = record(c);
    if (r.unclosedFrom !== undefined) {
      problems.push({ line: r.unclosedFrom, message: 'a quote opened on this line is never closed (the rest of the file is inside it)' });
      break;
    }
    if (r.problem) problems.push({ line: c.line, message: r.problem });
    else if (r.fields.length > 1 || r.fields[0] !== '') records.push({ line, fields: r.fields });
    while (!isEnd(c.text[c.i])) c.i++;
    c.i += c.text[c.i] === '\r' && c.text[c.i + 1] === '\n' ? 2 : 1;
    c.line++;
  }
  return { records, problems };
}
