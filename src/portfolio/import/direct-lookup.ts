/**
 * Loading what the new-rows path looks up: the tenant's referenced ids and the keys it
 * already has. Each list comes back as ONE text value (`string_agg` of escaped lines):
 * reading a million rows through the driver, or a million COPY messages, costs several
 * times more than splitting one string. Held in memory for the import, so the path turns
 * itself off for a tenant with more than `MAX_LOOKUP_KEYS` of them: such an import takes
 * the staging path for every row, as before.
 */
import type pg from 'pg';
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
 * Runs `query` (one text column, $1 = tenant id) and calls `onLine` for each row's text.
 * @returns false when it has more than `limit` rows (nothing is read then)
 */
async function readLines(client: pg.PoolClient, query: string, tenantId: string, limit: number, onLine: (line: string) => void): Promise<boolean> {
  const r = await client.query<{ n: number; text: string | null }>(
    `SELECT count(*)::int AS n, string_agg(line, E'\\n') AS text FROM (${query} LIMIT ${limit + 1}) AS q(line)`,
    [tenantId],
  );
  const { n, text } = r.rows[0];
  if (n > limit) return false;
  if (!text) return true;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    onLine(text.slice(start, nl));
    start = nl + 1;
  }
  onLine(text.slice(start));
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
  const ref = (line: string) => {
    const tab = line.lastIndexOf('\t');
    refs.set(detach(unescapeField(line.slice(0, tab))), Number(line.slice(tab + 1)));
  };
  if (q.refsQuery && !(await readLines(client, q.refsQuery, tenantId, MAX_LOOKUP_KEYS, ref))) return null;
  const existing = new Set<string | number>();
  const key = q.numericKeys ? (line: string) => existing.add(Number(line)) : (line: string) => existing.add(detach(unescapeField(line)));
  return (await readLines(client, q.existingQuery, tenantId, MAX_LOOKUP_KEYS - refs.size, key)) ? { refs, existing, touched: [] } : null;
}
