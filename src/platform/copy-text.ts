/** Encoding of values for PostgreSQL `COPY … FROM STDIN` in text format, and streaming such lines in. */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESC: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** The NULL marker. */
export const COPY_NULL = '\\N';

/** A text value (undefined/null → NULL), with backslash, tab and line breaks escaped. */
export function copyText(v: string | undefined | null): string {
  if (v === undefined || v === null) return COPY_NULL;
  return SPECIAL.test(v) ? v.replace(SPECIAL_ALL, (c) => ESC[c] ?? c) : v;
}

/** A bytea value in hex form (`\x…`, its backslash escaped for COPY). */
export function copyBytes(b: Buffer | undefined | null): string {
  return b ? `\\\\x${b.toString('hex')}` : COPY_NULL;
}

/** A boolean value. */
export function copyBool(b: boolean | undefined): string {
  return b === undefined ? COPY_NULL : b ? 't' : 'f';
}

/** Runs `COPY table (columns) FROM STDIN` with already-formatted text lines (tab-separated, "\N" = NULL). */
export async function copyInLines(client: pg.PoolClient, table: string, columns: string[], lines: Iterable<string>): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(batched(lines)), stream);
}

function* batched(lines: Iterable<string>): Generator<string> {
  let buf: string[] = [];
  for (const l of lines) {
    buf.push(l);
    if (buf.length === 4096) {
      yield buf.join('\n') + '\n';
      buf = [];
    }
  }
  if (buf.length) yield buf.join('\n') + '\n';
}
