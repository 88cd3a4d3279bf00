/**
 * API answers name fields in camelCase; database rows come in snake_case. `camelRow` renames
 * the top-level keys of a row (`tenant_id` → `tenantId`, `rows_total` → `rowsTotal`), leaving
 * the values — JSON payloads included — as they are.
 */

const cache = new Map<string, string>();

function camel(key: string): string {
  let c = cache.get(key);
  if (c === undefined) {
    c = key.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
    cache.set(key, c);
  }
  return c;
}

/** A copy of `row` with camelCase keys. */
export function camelRow<T extends Record<string, unknown>>(row: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[camel(k)] = v;
  return out;
}
