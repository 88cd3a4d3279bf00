/** The error file: `row,field,reason,raw` in CSV (UTF-8 with BOM so that Excel shows Chinese), written as errors are found. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { RowError } from './types.ts';

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Writes located errors to `path`, creating the file on the first error only. */
export class ErrorFile {
  private out: WriteStream | null = null;
  count = 0;

  constructor(readonly path: string) {}

  /** Removes a stale error file of an earlier run. */
  async clear(): Promise<void> {
    await rm(this.path, { force: true });
  }

  /** Appends one error. */
  write(e: RowError): void {
    if (!this.out) {
      // Owner only: the raw rows may hold personal data.
      this.out = createWriteStream(this.path, { mode: 0o600 });
      this.out.write('\uFEFFrow,field,reason,raw\n');
    }
    this.count++;
    this.out.write(`${e.line},${csvCell(e.field)},${csvCell(e.reason)},${csvCell((e.raw ?? '').slice(0, 1000))}\n`);
  }

  /** Flushes and closes; returns the path when anything was written. */
  async close(): Promise<string | null> {
    if (!this.out) return null;
    this.out.end();
    await once(this.out, 'finish');
    return this.path;
  }
}
