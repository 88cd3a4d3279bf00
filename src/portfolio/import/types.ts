/** Shared types of the import pipeline. */
import type pg from 'pg';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db-types.ts';
import type { ImportKind } from '../tables.ts';
import type { KeyFilter } from './key-filter.ts';

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
  /** What the new-rows path looks up, when the kind has one and it is on for this import (else null). */
  direct: DirectLookup | null;
};

/**
 * What a validator needs to send a row straight into the target table (the new-rows path):
 * the ids of the rows it references and the keys already stored, both loaded for the
 * importing tenant under the import's lock, so that "not stored" means new.
 */
export type DirectLookup = {
  /** Referenced external id → packed reference (see each kind: a borrower id; an account id with flags). */
  refs: ReadonlyMap<string, number>;
  /** Hashes of the keys of rows already stored (hashText of an external id; hashNumber of a numeric key). */
  existing: KeyFilter;
  /** Account external ids of new rows that reconciliation must look at (validators append). */
  touched: string[];
};

/**
 * A validated row: its duplicate key and either its staging line (COPY text without the
 * leading line number) or, for a row known to be new, its COPY text for the target table
 * (`direct`, columns as in the kind's `direct.columns`, without the line break).
 */
export type ValidRow = { key: string; copy: string; direct?: string };

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
  /** The tables the kind writes, re-analysed after an import that grew them a lot (see `refreshStatistics`). */
  tables: readonly string[];
  /** The new-rows path: rows known to be new are COPYed straight into `table` (no staging, no merge). */
  direct?: DirectSpec;
};

/** How a kind's new rows go straight into their table. */
export type DirectSpec = {
  table: string;
  /** Target columns in the order of the validators' `direct` text. */
  columns: readonly string[];
  /** Loads the lookup for the tenant; null when the path is off (e.g. the tenant is too big to hold its keys in memory). */
  load: (client: pg.PoolClient, tenantId: string) => Promise<DirectLookup | null>;
};
