/**
 * A streaming RFC 4180 record splitter written for speed and recovery: lines without a
 * quote take a fast `split(',')` path; quoted fields may contain commas, doubled quotes and
 * line breaks. A quote that never closes (or whose record then has the wrong number of
 * fields) is reported at the row where it opened, and parsing resumes on the next line,
 * so one bad row never swallows the rest of the file. (csv-parse stops at the first
 * unclosed quote, which would lose every later row.)
 */

/** Where records and unreadable rows go. `line` is the physical line where the record starts (header = 1). */
export type RecordSink = {
  record: (cells: string[], line: number, raw: string) => void;
  error: (line: number, reason: string, raw: string) => void;
};

const OPEN = 0;
/** A multi-line record longer than this is taken for an unclosed quote. */
const MAX_RECORD_LINES = 200;
const MAX_RECORD_CHARS = 1 << 20;

/**
 * Parses one record's text that contains at least one quote.
 * @returns the cells, OPEN when the text ends inside a quoted field, or a reason string
 */
export function parseQuotedRecord(text: string): string[] | typeof OPEN | string {
  const cells: string[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      let val = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return OPEN;
        val += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          val += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      cells.push(val);
      if (i >= n) return cells;
      if (text.charCodeAt(i) !== 44) return `malformed quoting: text after a closing quote at character ${i + 1}`;
      i++;
    } else {
      const c = text.indexOf(',', i);
      if (c < 0) {
        cells.push(text.slice(i));
        return cells;
      }
      cells.push(text.slice(i, c));
      i = c + 1;
    }
    if (i >= n) {
      cells.push('');
      return cells;
    }
  }
}

/** Splits CSV text pushed in arbitrary chunks into records. */
export class CsvSplitter {
  private carry = '';
  private lineNo = 0;
  private pending: { start: number; lines: string[]; chars: number } | null = null;
  private atEnd = false;

  /** @param expectedCells the header's field count once known (0 before), used to accept multi-line records */
  constructor(
    private readonly sink: RecordSink,
    private readonly expectedCells: () => number,
  ) {}

  /** Feeds the next chunk of text. */
  push(text: string): void {
    const s = this.carry ? this.carry + text : text;
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl < 0) break;
      const end = nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.consume(s.slice(start, end), ++this.lineNo);
      start = nl + 1;
    }
    this.carry = start === 0 ? s : s.slice(start);
  }

  /** Flushes the last line and any record left open at the end of the file. */
  end(): void {
    this.atEnd = true;
    if (this.carry !== '') {
      const last = this.carry.endsWith('\r') ? this.carry.slice(0, -1) : this.carry;
      this.carry = '';
      this.consume(last, ++this.lineNo);
    }
    while (this.pending) this.failPending();
  }

  private consume(line: string, no: number): void {
    if (this.pending) {
      this.pending.lines.push(line);
      this.pending.chars += line.length + 1;
      this.tryClose();
      return;
    }
    if (line.indexOf('"') < 0) {
      if (line.trim() !== '') this.sink.record(line.split(','), no, line);
      return;
    }
    const r = parseQuotedRecord(line);
    if (r === OPEN) {
      this.pending = { start: no, lines: [line], chars: line.length };
      if (this.atEnd) this.failPending();
    } else if (typeof r === 'string') this.sink.error(no, r, line);
    else this.sink.record(r, no, line);
  }

  private tryClose(): void {
    const p = this.pending;
    if (!p) return;
    const text = p.lines.join('\n');
    const r = parseQuotedRecord(text);
    if (r === OPEN) {
      if (this.atEnd || p.lines.length > MAX_RECORD_LINES || p.chars > MAX_RECORD_CHARS) this.failPending();
      return;
    }
    const want = this.expectedCells();
    if (typeof r === 'string' || (want > 0 && r.length !== want)) {
      this.failPending();
      return;
    }
    this.pending = null;
    this.sink.record(r, p.start, text);
  }

  /** Reports the opening row as an unclosed quote and re-reads the lines after it. */
  private failPending(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.sink.error(p.start, 'unbalanced quotes: a quoted field opened on this row is never closed', p.lines[0]);
    for (let k = 1; k < p.lines.length; k++) this.consume(p.lines[k], p.start + k);
  }
}
