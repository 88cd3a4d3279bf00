/**
 * Runs a merge. Foreign-key triggers cost more than the insert itself on large loads (one
 * `SELECT … FOR KEY SHARE` per row and reference). Every reference a merge writes comes
 * from a join in the same statement (borrower, account) or from the tenant's portfolios
 * and products loaded for this import, and this platform never deletes those rows, so when
 * the role may (a superuser, as on the embedded server) and the target table has no
 * triggers of its own, the statements run with `session_replication_role = replica` (what
 * pg_restore --disable-triggers does), scoped to the merge inside the import transaction.
 * Otherwise the FK triggers run as usual.
 */
import type pg from 'pg';
import { importLockSql, type MergeSql } from './upsert-sql.ts';

/** True when the merge (or the new-rows COPY) may run with foreign-key triggers off, as explained above. */
export async function mayDeferForeignKeys(client: pg.PoolClient, table: string): Promise<boolean> {
  const r = await client.query<{ su: boolean; own: number }>(
    `SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) AS su,
            (SELECT count(*) FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal)::int AS own`,
    [table],
  );
  return r.rows[0].su && r.rows[0].own === 0;
}

/** Takes the per-tenant lock on `table` that serialises imports into it (held to the end of the transaction). */
export async function lockImportTable(client: pg.PoolClient, tenantId: string, table: string): Promise<void> {
  await client.query(importLockSql(table), [tenantId]);
}

/** Runs the statements of `buildUpsertSql` and returns what they changed. */
export async function runUpsert(client: pg.PoolClient, table: string, sql: MergeSql, params: unknown[]): Promise<{ inserted: number; updated: number }> {
  await client.query(sql.lock, params);
  const fast = await mayDeferForeignKeys(client, table);
  if (fast) await client.query('SET LOCAL session_replication_role = replica');
  // On failure the transaction is rolled back, which also undoes SET LOCAL.
  const updated = (await client.query(sql.update, params)).rowCount ?? 0;
  const inserted = (await client.query(sql.insert, params)).rowCount ?? 0;
  if (fast) await client.query('SET LOCAL session_replication_role = origin');
  return { inserted, updated };
}
