/** Shared types of the import pipeline. */
import type pg from 'pg';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db-types.ts';
import type { ImportKind } from '../tables.ts';

/** One located problem of a file: row (physical line, header = 1), field, reason, raw line. */
export type RowError = { line: number; field: string; reason: string; raw?: string };

/** A problem with one field of the row being validated. */
export type FieldProblem = { field: string; reason: string };

/** What a validator knows besides the row: the importing tenant and its reference data. */
export type RowEnv = {
  tenantId: string;
  tenantSlug: string;
  cipher: FieldCipher;
  portfolios: ReadonlyMap<string, { id: string; currency: string }>;
  products: ReadonlyMap<string, number>;
  /** Names of the columns the file has (CSV header or JSON keys seen so far). */
  present: ReadonlySet<string>;
};

/** A validated row: its staging line (COPY text, without the leading line number) and its duplicate key. */
export type ValidRow = { copy: string; key: string };

/** What the merge of one kind reports. */
export type MergeOutcome = {
  inserted: number;
  updated: number;
  suspense: number;
  /** Rows refused at merge time (unknown borrower, account …): located errors. */
  errors: RowError[];
  /** Up to 20 suspense rows, for the summary. */
  suspended?: { line: number; externalId: string; reason: string }[];
  /** Accounts whose balances changed, for reconciliation. */
  accountIds?: number[];
};

export type MergeEnv = {
  /** The raw client of the import transaction (COPY, set-based SQL). */
  client: pg.PoolClient;
  /** The same transaction as a Kysely handle (for use cases such as postPayments). */
  tx: Db;
  tenantId: string;
  actor: string;
  /** The staging table's name. */
  stage: string;
  present: ReadonlySet<string>;
  log: (m: string) => void;
};

/** How one kind of file is checked, staged and merged. */
export type KindSpec = {
  kind: ImportKind;
  required: readonly string[];
  optional: readonly string[];
  /** Staging columns after `line int`, with SQL types, in COPY order. */
  staging: readonly (readonly [string, string])[];
  /**
   * Validates one row; `cells` follow `required` then `optional` (undefined = absent or
   * empty, values trimmed). Pushes problems to `problems` and returns null when there are any.
   */
  validate: (cells: readonly (string | undefined)[], env: RowEnv, problems: FieldProblem[]) => ValidRow | null;
  /** Merges the staging table into the real tables inside the import transaction. */
  merge: (env: MergeEnv) => Promise<MergeOutcome>;
};
