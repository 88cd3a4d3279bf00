/**
 * Loading what the new-rows path looks up: the tenant's referenced ids and the keys it
 * already has. Each list comes back as ONE text value (`string_agg` of escaped lines):
 * reading a million rows through the driver, or a million COPY messages, costs several
 * times more than splitting one string. References are held in a Map, stored keys as
 * hashes (key-filter.ts); for memory the path turns itself off for a tenant with more than `MAX_LOOKUP_KEYS` of them: such an import takes
 * the staging path for every row, as before.
 */
import type pg from 'pg';
import { hashEscapedText, hashNumber, KeyFilter } from './key-filter.ts';
import { detach } from './row-processor.ts';
import type { DirectLookup } from './types.ts';

/** Most references + stored keys held for one import (about 100 bytes each). */
export const MAX_LOOKUP_KEYS = 4_000_000;

const UNESCAPE: Record<string, string> = { '\\': '\\', t: '\t', n: '\n' };

/** Undoes `escapedText`: backslash, tab and line feed. */
export function unescapeField(f: string): string {
  return f.indexOf('\\') < 0 ? f : f.replace(/\\(.)/g, (_, c: string) => UNESCAPE[c] ?? c);
}

/** SQL for a text column with backslash, line feed and tab escaped (so that lines and tab-separated fields split safely). */
export function escapedText(column: string): string {
  return `replace(replace(replace(${column}, '\\', '\\\\'), E'\\n', '\\n'), E'\\t', '\\t')`;
}

/**
 * Runs `query` (one text column, $1 = tenant id) and calls `onLine` with the whole text and
 * each row's range in it.
 * @returns false when it has more than `limit` rows (nothing is read then)
 */
async function readLines(client: pg.PoolClient, query: string, tenantId: string, limit: number, onLine: (text: string, start: number, end: number) => void): Promise<boolean> {
  const r = await client.query<{ n: number; text: string | null }>(
    `SELECT count(*)::int AS n, string_agg(line, E'\\n') AS text FROM (${query} LIMIT ${limit + 1}) AS q(line)`,
    [tenantId],
  );
  const { n, text } = r.rows[0];
  if (n > limit) return false;
  if (!text) return true;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    onLine(text, start, nl);
    start = nl + 1;
  }
  onLine(text, start, text.length);
  return true;
}

/**
 * Loads a lookup: `refsQuery` yields `escaped external id || tab || packed reference` lines
 * and `existingQuery` one key per stored row (`numericKeys`: a number; else escaped text).
 * @returns null when the tenant has too many keys to hold
 */
export async function loadDirectLookup(
  client: pg.PoolClient,
  tenantId: string,
  q: { refsQuery: string | null; existingQuery: string; numericKeys: boolean },
): Promise<DirectLookup | null> {
  const refs = new Map<string, number>();
  const ref = (text: string, start: number, end: number) => {
    const tab = text.lastIndexOf('\t', end - 1);
    refs.set(detach(unescapeField(text.slice(start, tab))), Number(text.slice(tab + 1, end)));
  };
  if (q.refsQuery && !(await readLines(client, q.refsQuery, tenantId, MAX_LOOKUP_KEYS, ref))) return null;
  const existing = new KeyFilter();
  const key = q.numericKeys
    ? (text: string, start: number, end: number) => existing.add(hashNumber(Number(text.slice(start, end))))
    : (text: string, start: number, end: number) => existing.add(hashEscapedText(text, start, end));
  return (await readLines(client, q.existingQuery, tenantId, MAX_LOOKUP_KEYS - refs.size, key)) ? { refs, existing, touched: [] } : null;
}
