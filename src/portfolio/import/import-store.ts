/** SQL of import records: the summary row and its first errors, written in the import's transaction. */
import type pg from 'pg';
import type { Db } from '../../platform/db-types.ts';
import type { ImportKind } from '../tables.ts';
import type { Reconciliation } from './reconcile.ts';
import type { RowError } from './types.ts';

/** Errors kept in the database per import (the error file has all of them). */
export const STORED_ERRORS = 1000;

export type ImportRecord = {
  tenantId: string;
  kind: ImportKind;
  sourceName: string;
  format: 'csv' | 'jsonl';
  encoding: string;
  status: 'completed' | 'rejected';
  rows: { total: number; ok: number; error: number; inserted: number; updated: number; unchanged: number; suspense: number };
  errorFile: string | null;
  message: string | null;
  reconciliation: Reconciliation | null;
  actor: string;
  startedAt: Date;
};

/** Inserts the import row and its first errors; returns the import id. */
export async function insertImportRecord(client: pg.PoolClient | pg.Pool, r: ImportRecord, errors: RowError[]): Promise<string> {
  const res = await client.query<{ id: string }>(
    `INSERT INTO imports (tenant_id, kind, source_name, format, encoding, status, rows_total, rows_ok, rows_error, rows_inserted, rows_updated,
       rows_unchanged, rows_suspense, error_file, message, reconciliation, actor, started_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
    [
      r.tenantId, r.kind, r.sourceName, r.format, r.encoding, r.status, r.rows.total, r.rows.ok, r.rows.error, r.rows.inserted, r.rows.updated,
      r.rows.unchanged, r.rows.suspense, r.errorFile, r.message, JSON.stringify(r.reconciliation ?? {}), r.actor, r.startedAt,
    ],
  );
  const id = res.rows[0].id;
  const first = errors.slice(0, STORED_ERRORS);
  if (first.length) {
    await client.query(
      `INSERT INTO import_errors (import_id, tenant_id, seq, line, field, reason, raw)
       SELECT $1, $2, u.n, u.l, u.f, u.r, u.w FROM unnest($3::int[], $4::int[], $5::text[], $6::text[], $7::text[]) AS u(n, l, f, r, w)`,
      [id, r.tenantId, first.map((_, i) => i + 1), first.map((e) => e.line), first.map((e) => e.field), first.map((e) => e.reason), first.map((e) => (e.raw ?? '').slice(0, 1000))],
    );
  }
  return id;
}

/** One import's summary row, or null. */
export async function findImport(db: Db, tenantId: string, id: string) {
  return (await db.selectFrom('imports').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst()) ?? null;
}

/** A page of an import's stored errors, by sequence number after `afterSeq`. */
export async function findImportErrors(db: Db, tenantId: string, id: string, afterSeq: number, limit: number) {
  return db
    .selectFrom('import_errors')
    .select(['seq', 'line', 'field', 'reason', 'raw'])
    .where('tenant_id', '=', tenantId)
    .where('import_id', '=', id)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}
