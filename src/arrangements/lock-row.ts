/**
 * Locks one arrangement row (FOR UPDATE) before a decision reads it: a concurrent decision on
 * the same row waits, then reads the state the first one left (READ COMMITTED: each statement
 * sees what committed before it), so a check such as "only a pending promise can be
 * cancelled" holds under concurrency.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';

/** The arrangement tables whose state a decision changes. */
export type DecidedTable = 'hardship_applications' | 'settlements' | 'promises' | 'payment_plans';

/** Locks row `id` of `table` for the rest of the transaction `tx` (a missing row locks nothing). */
export async function lockRow(tx: Db, table: DecidedTable, tenantId: string, id: number): Promise<void> {
  await sql`SELECT 1 FROM ${sql.table(table)} WHERE tenant_id = ${tenantId}::uuid AND id = ${id} FOR UPDATE`.execute(tx);
}
