/**
 * A CSV file written in chunks (RFC 4180 quoting, UTF-8, LF line ends): rows collect in
 * a 1 MiB buffer that goes to disk whenever it fills, so that a million-account portfolio
 * never sits in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const NEEDS_QUOTES = /[",\n\r]/;

/** Quotes one cell when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

const CAPACITY = 1 << 20;

/** One CSV file being written. */
export class CsvFile {
  readonly path: string;
  rows = 0;
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(CAPACITY);
  private used = 0;

  constructor(path: string, columns: readonly string[]) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.put(columns.join(','));
  }

  /** Appends one row, quoting cells as needed. */
  write(cells: readonly string[]): void {
    let line = '';
    for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]);
    this.writeLine(line);
  }

  /** Appends one row already joined, for rows whose cells never need quotes (ids, numbers, dates). */
  writeLine(line: string): void {
    this.put(line);
    this.rows++;
  }

  /** Like `writeLine`, for a line of ASCII characters only (a faster encoding). */
  writeAsciiLine(line: string): void {
    if (this.used + line.length + 1 > CAPACITY) this.flush();
    if (line.length + 1 > CAPACITY) {
      this.put(line);
    } else {
      this.used += this.buffer.write(line, this.used, 'latin1');
      this.buffer[this.used++] = 10;
    }
    this.rows++;
  }

  private put(line: string): void {
    // a UTF-8 character takes at most 3 bytes per UTF-16 unit
    if (this.used + line.length * 3 + 1 > CAPACITY) this.flush();
    if (line.length * 3 + 1 > CAPACITY) {
      writeSync(this.fd, line + '\n');
      return;
    }
    this.used += this.buffer.write(line, this.used, 'utf8');
    this.buffer[this.used++] = 10;
  }

  /** Writes the buffered rows to disk. */
  flush(): void {
    if (this.used === 0) return;
    writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }

  /** Flushes and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
