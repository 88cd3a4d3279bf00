/**
 * Connection pool and Kysely instance. `int8` and `numeric` are parsed to JS numbers only
 * where safe: bigint columns come back as strings from pg unless parsed here; money is
 * stored as bigint minor units and read as number (safe below 2^53).
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './db-types.ts';

// int8 → number (money in minor units, counters); values above 2^53 would lose precision,
// which no amount in minor units of any currency reaches in this domain.
pg.types.setTypeParser(20, (v) => Number(v));
// numeric → number
pg.types.setTypeParser(1700, (v) => Number(v));
// date → 'YYYY-MM-DD' string (calendar dates are not instants)
pg.types.setTypeParser(1082, (v) => v);

export type DbHandle = { pool: pg.Pool; db: Kysely<Database>; close: () => Promise<void> };

/** Opens a pool and a Kysely instance over it. */
export function openDb(connectionString: string, max = 10): DbHandle {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', (e) => process.stderr.write(`pg pool error: ${e.message}\n`));
  pool.on('connect', (client) => client.on('error', (e) => process.stderr.write(`pg client error: ${e.message}\n`)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { pool, db, close: () => db.destroy() };
}
