/**
 * The Kysely database type. Each domain adds its own tables by declaration merging in its
 * `tables.ts`, so that no shared file lists every table:
 *
 * @example
 * declare module '../platform/db-types.ts' {
 *   interface Database { accounts: AccountTable }
 * }
 */
import type { Kysely, Transaction } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}

/** A database handle: the root connection or a transaction. Pass it explicitly. */
export type Db = Kysely<Database> | Transaction<Database>;
