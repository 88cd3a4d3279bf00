/**
 * Connection pool and Kysely instance. `int8` and `numeric` are parsed to JS numbers only
 * where safe: bigint columns come back as strings from pg unless parsed here; money is
 * stored as bigint minor units and read as number (safe below 2^53).
 */
import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './db-types.ts';
import { isShuttingDown } from './shutdown.ts';

// int8 → number (money in minor units, counters); values above 2^53 would lose precision,
// which no amount in minor units of any currency reaches in this domain.
pg.types.setTypeParser(20, (v) => Number(v));
// numeric → number
pg.types.setTypeParser(1700, (v) => Number(v));
// date → 'YYYY-MM-DD' string (calendar dates are not instants)
pg.types.setTypeParser(1082, (v) => v);

/** Statements with more parameters than this (e.g. long `IN ($1 … $n)` lists) stay unnamed. */
const MAX_PREPARED_PARAMS = 64;
const names = new Map<string, string>();

/** A stable statement name per SQL text (SHA-1, memoised; the texts are the program's own). */
function statementName(text: string): string {
  let n = names.get(text);
  if (!n) {
    n = `r${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size < 10_000) names.set(text, n);
  }
  return n;
}

/**
 * A pg client that turns every parameterised statement (text + values: what Kysely and
 * our `client.query(sql, params)` calls send) into a named prepared statement, so that
 * PostgreSQL parses and plans it once per connection instead of on every call. Planning
 * was about half of the database's time for one payment posted over the API (≈ 2 ms of
 * ≈ 4 ms across its twenty statements). Statements without parameters (DDL, COPY,
 * BEGIN/COMMIT) and very long parameter lists stay unnamed. node-postgres has no such
 * option of its own: it prepares only statements given a `name`.
 */
export class PreparingClient extends pg.Client {
  // The overloads of pg.Client#query cannot be restated one by one here; the cast is the
  // narrowest way to forward them.
  override query(...args: unknown[]): never {
    const [config, values] = args;
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && values.length <= MAX_PREPARED_PARAMS) {
      args = [{ name: statementName(config), text: config, values }, ...args.slice(2)];
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

export type DbHandle = { pool: pg.Pool; db: Kysely<Database>; close: () => Promise<void> };

/** Opens a pool and a Kysely instance over it. */
export function openDb(connectionString: string, max = 10): DbHandle {
  const pool = new pg.Pool({ connectionString, max, Client: PreparingClient });
  const report = (what: string) => (e: Error) => {
    if (!isShuttingDown()) process.stderr.write(`${what}: ${e.message}\n`);
  };
  pool.on('error', report('pg pool error'));
  pool.on('connect', (client) => client.on('error', report('pg client error')));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { pool, db, close: () => db.destroy() };
}
