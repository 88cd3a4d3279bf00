/** A Kysely handle over one checked-out pg client, so that use cases run inside a transaction begun on that client (COPY + merge + postPayments). */
import { Kysely, PostgresDialect, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import type { Database } from '../../platform/db-types.ts';

/** Wraps `client` (already in a transaction); releasing and destroying the handle never release the client. */
export function kyselyOnClient(client: pg.PoolClient): Kysely<Database> {
  const borrowed = {
    query: (text: string, params: unknown[]) => client.query(text, params),
    release: () => {},
  } as unknown as PostgresPoolClient;
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: { connect: async () => borrowed, end: async () => {} } }) });
}
