/**
 * Loading what the new-rows path looks up: the tenant's referenced ids and the keys it
 * already has, streamed with `COPY (SELECT …) TO STDOUT` (text format is several times
 * cheaper to read than rows through the driver). Held in memory for the import, so the
 * path turns itself off for a tenant with more than `MAX_LOOKUP_KEYS` of them: such an
 * import takes the staging path for every row, as before.
 */
import { StringDecoder } from 'node:string_decoder';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { detach } from './row-processor.ts';
import type { DirectLookup } from './types.ts';

/** Most references + stored keys held for one import (about 100 bytes each). */
export const MAX_LOOKUP_KEYS = 4_000_000;

const UNESCAPE: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', v: '\v' };

/** One field of COPY text output, unescaped. */
export function unescapeCopyField(f: string): string {
  return f.indexOf('\\') < 0 ? f : f.replace(/\\(.)/g, (_, c: string) => UNESCAPE[c] ?? c);
}

/**
 * Streams the rows of `COPY (query) TO STDOUT` to `onRow` (fields still escaped).
 * @returns false when `limit` rows were exceeded (the rest is read and dropped)
 */
export async function readCopyRows(client: pg.PoolClient, query: string, limit: number, onRow: (fields: string[]) => void): Promise<boolean> {
  const stream = client.query(copyTo(`COPY (${query}) TO STDOUT`));
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let n = 0;
  for await (const chunk of stream) {
    const text = carry + decoder.write(chunk as Buffer);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (++n <= limit) onRow(text.slice(start, nl).split('\t'));
      start = nl + 1;
    }
    carry = text.slice(start);
  }
  return n <= limit;
}

/**
 * Loads a lookup: `refsQuery` yields (external id, packed reference) rows and
 * `existingQuery` yields one key column per stored row (`numericKeys`: numbers).
 * @returns null when the tenant has too many keys to hold
 */
export async function loadDirectLookup(
  client: pg.PoolClient,
  q: { refsQuery: string | null; existingQuery: string; numericKeys: boolean },
): Promise<DirectLookup | null> {
  const refs = new Map<string, number>();
  if (q.refsQuery && !(await readCopyRows(client, q.refsQuery, MAX_LOOKUP_KEYS, (f) => refs.set(detach(unescapeCopyField(f[0])), Number(f[1]))))) return null;
  const room = MAX_LOOKUP_KEYS - refs.size;
  const existing = new Set<string | number>();
  const key = q.numericKeys ? (f: string[]) => existing.add(Number(f[0])) : (f: string[]) => existing.add(detach(unescapeCopyField(f[0])));
  return (await readCopyRows(client, q.existingQuery, room, key)) ? { refs, existing, touched: [] } : null;
}

/** A tenant id as an SQL literal (COPY takes no parameters); ids are UUIDs, checked here. */
export function tenantLiteral(tenantId: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tenantId)) throw new Error(`not a tenant id: ${tenantId}`);
  return `'${tenantId}'::uuid`;
}
