/**
 * Bulk I/O for the nightly cycle over one pg client: COPY … TO STDOUT parsed straight into
 * numbers (no row objects, no strings), and a Kysely instance bound to the same client so
 * that typed queries share its transaction. COPY … FROM STDIN is platform/copy-text.ts.
 */
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { Database } from '../platform/db-types.ts';

/**
 * Runs `COPY (query) TO STDOUT` where every column is an integer (or NULL), calling
 * `onRow` with a reused array (NULL → NaN). Returns the row count.
 */
export async function copyOutIntegers(
  client: pg.PoolClient,
  query: string,
  columns: number,
  onRow: (row: Float64Array) => void,
): Promise<number> {
  const stream = client.query(copyTo(`COPY (${query}) TO STDOUT`));
  const row = new Float64Array(columns);
  let col = 0;
  let val = 0;
  let neg = false;
  let isNull = false;
  let rows = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let k = 0; k < chunk.length; k++) {
      const c = chunk[k];
      if (c >= 48 && c <= 57) {
        val = val * 10 + (c - 48);
      } else if (c === 9 || c === 10) {
        row[col++] = isNull ? NaN : neg ? -val : val;
        val = 0;
        neg = false;
        isNull = false;
        if (c === 10) {
          onRow(row);
          col = 0;
          rows++;
        }
      } else if (c === 45) {
        neg = true;
      } else if (c === 92) {
        isNull = true; // "\N"
      }
    }
  }
  return rows;
}

/** A Kysely instance whose every query runs on `client` (and so inside its open transaction). */
export function kyselyOnClient(client: pg.PoolClient): Kysely<Database> {
  const shared = {
    query: (sql: string, parameters: ReadonlyArray<unknown>) => client.query(sql, parameters as unknown[]),
    release: () => {},
  } as unknown as PostgresPoolClient;
  const pool: PostgresPool = { connect: async () => shared, end: async () => {} };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
