/**
 * What every use case adapter gets: the database, the PII cipher, a logger. Built once per
 * process (server, worker, CLI command) and passed explicitly.
 */
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { FieldCipher } from '../platform/crypto.ts';
import type { Database } from '../platform/db-types.ts';

export type AppContext = {
  db: Kysely<Database>;
  pool: pg.Pool;
  cipher: FieldCipher;
  /** Log to stderr / the server log. */
  log: (message: string) => void;
  /** The data folder (RECOUP_DATA_DIR) where the server keeps its files, e.g. import error files; absent in tests and benchmarks. */
  dataDir?: string;
};
