/**
 * The import pipeline: stream → decode (UTF-8 ± BOM, GBK) → split (CSV or JSON Lines) →
 * validate each row → COPY good rows into a staging table → one set-based merge into the
 * real tables → import record, all in one transaction (the database never holds half a
 * file's merge). Bad rows become located errors in the error file and the summary; good
 * rows are imported; a re-run of the same file changes nothing ("unchanged").
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type pg from 'pg';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { ImportKind } from '../tables.ts';
import { kyselyOnClient } from './client-db.ts';
import { CsvSplitter } from './csv-splitter.ts';
import { decodeStream, type EncodingChoice } from './decode.ts';
import { ErrorFile } from './error-file.ts';
import { insertImportRecord, type ImportRecord } from './import-store.ts';
import { JsonlSplitter } from './jsonl-splitter.ts';
import { kindSpecs } from './kinds/index.ts';
import { CHUNK_ROWS, ChunkedMerge } from './chunked-merge.ts';
import { RowProcessor } from './row-processor.ts';
import { loadRowEnv } from './row-env.ts';
import { createStage, CopyQueue, STAGE, StageWriter } from './stage.ts';
import { lockImportTable, mayDeferForeignKeys } from './kinds/run-upsert.ts';
import type { RowSink } from './row-processor.ts';
import type { DirectLookup, DirectSpec, RowEnv, RowError } from './types.ts';

export type ImportProgress = { bytes: number; totalBytes: number; rows: number };

export type ImportRequest = {
  tenantId: string;
  tenantSlug: string;
  actor: string;
  kind: ImportKind;
  /** The file to read. */
  path: string;
  /** The name shown in the summary and errors (the original file name). */
  sourceName: string;
  format: 'csv' | 'jsonl';
  encoding: EncodingChoice;
  /** Where the error file goes (created only when there are errors). */
  errorFile: string;
  onProgress?: (p: ImportProgress) => void;
  /** Rows merged per chunk (default 200,000; payments always in one piece). */
  chunkRows?: number;
  /** false: every row takes the staging + merge path (for tests and diagnosis; default: rows known to be new are COPYed straight in). */
  newRowsPath?: boolean;
};

export type ImportSummary = {
  id: string;
  kind: ImportKind;
  source: string;
  format: 'csv' | 'jsonl';
  encoding: string;
  status: 'completed' | 'rejected';
  rows: ImportRecord['rows'];
  errorFile: string | null;
  message: string | null;
  /** The first 20 errors (all are in the error file). */
  errors: RowError[];
  /** The first 20 payments held in suspense. */
  suspended: { line: number; externalId: string; reason: string }[];
  reconciliation: ImportRecord['reconciliation'];
};

/** Picks the format from the file name: `.jsonl`/`.ndjson` → JSON Lines, else CSV. */
export function formatOf(name: string): 'csv' | 'jsonl' {
  return /\.(jsonl|ndjson)$/i.test(name) ? 'jsonl' : 'csv';
}

/**
 * Imports one file for one tenant.
 * @throws AppError INVALID_INPUT when the file cannot be opened; a refused file is a summary with status `rejected`, not an error
 */
export async function runImport(ctx: AppContext, req: ImportRequest): Promise<ImportSummary> {
  const startedAt = new Date();
  const totalBytes = await stat(req.path).then(
    (s) => s.size,
    (cause: Error) => {
      throw new AppError('INVALID_INPUT', { message: `cannot read ${req.path}: ${cause.message}`, cause });
    },
  );
  const errors = new ErrorFile(req.errorFile);
  await errors.clear();
  const kept: RowError[] = [];
  const onError = (e: RowError) => {
    errors.write(e);
    if (kept.length < 1000) kept.push(e);
  };
  const base = { req, startedAt, kept, errors };
  let bytes = 0;
  async function* source(): AsyncGenerator<Buffer> {
    for await (const b of createReadStream(req.path, { highWaterMark: 1 << 20 })) {
      bytes += (b as Buffer).length;
      yield b as Buffer;
    }
  }
  const decoded = await decodeStream(source(), req.encoding);
  if (typeof decoded === 'string') return reject(ctx, base, decoded, 'unknown');
  const spec = kindSpecs[req.kind];
  const env: RowEnv & { present: Set<string> } = { ...(await loadRowEnv(ctx.db, req.tenantId, req.tenantSlug, ctx.cipher)), present: new Set<string>(), direct: null };
  const client = await ctx.pool.connect();
  let queues: CopyQueue[] = [];
  try {
    await client.query('BEGIN');
    await createStage(client, spec);
    const stageWriter = new StageWriter(client, spec);
    const direct = spec.direct && req.newRowsPath !== false ? await openDirectPath(client, spec.direct, req.tenantId) : null;
    env.direct = direct?.lookup ?? null;
    queues = direct ? [stageWriter, direct.queue] : [stageWriter];
    const sink: RowSink = { stage: (line, copy) => stageWriter.stage(line, copy), direct: (text) => direct?.queue.add(`${text}\n`) };
    const rows = new RowProcessor(spec, env, sink, onError);
    const tx = kyselyOnClient(client);
    const mergeEnv = { client, tx, tenantId: req.tenantId, actor: req.actor, stage: STAGE, present: env.present, log: ctx.log };
    const merged = new ChunkedMerge(spec, mergeEnv, stageWriter, direct, req.kind === 'payments' ? Infinity : (req.chunkRows ?? CHUNK_ROWS));
    await merged.start();
    const headerProblems = await splitInto(decoded.chunks, req.format, rows, () => merged.step(), () => req.onProgress?.({ bytes, totalBytes, rows: rows.counts.total }));
    if (headerProblems.length) {
      for (const q of queues) q.abort();
      await client.query('ROLLBACK');
      return reject(ctx, { ...base }, headerProblems.join('; '), decoded.encoding);
    }
    await merged.finish();
    const straight = direct ? `, ${direct.queue.rows} of them new and COPYed straight into ${spec.direct?.table}` : '';
    ctx.log(`${req.kind}: ${rows.counts.total} rows read, ${rows.counts.ok} valid ones staged and merged${straight} in ${Date.now() - startedAt.getTime()} ms`);
    for (const e of merged.outcome.errors) onError(e);
    const errorRows = rows.counts.errorRows + merged.outcome.errors.length;
    const ok = rows.counts.ok - merged.outcome.errors.length;
    const record: ImportRecord = {
      tenantId: req.tenantId, kind: req.kind, sourceName: req.sourceName, format: req.format, encoding: decoded.encoding, status: 'completed',
      rows: {
        total: rows.counts.total, ok, error: errorRows, inserted: merged.outcome.inserted, updated: merged.outcome.updated,
        unchanged: ok - merged.outcome.inserted - merged.outcome.updated - merged.outcome.suspense, suspense: merged.outcome.suspense,
      },
      errorFile: errors.count ? req.errorFile : null, message: null, reconciliation: merged.reconciliation, actor: req.actor, startedAt,
    };
    const id = await insertImportRecord(client, record, kept);
    await client.query('COMMIT');
    await errors.close();
    await refreshStatistics(client, spec.tables, merged.outcome.inserted, ctx.log);
    return { id, ...summaryOf(record, kept), suspended: merged.outcome.suspended ?? [] };
  } catch (e) {
    for (const q of queues) q.abort();
    await client.query('ROLLBACK').catch(() => {});
    await errors.close();
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Turns the new-rows path on for this import: takes the import lock of the target table
 * first (so that "not stored" stays true until commit: every other writer of these rows is
 * an import, serialised by that lock), loads the lookup, and prepares the COPY into the
 * table, with foreign-key triggers off where the merge may turn them off too (references
 * come from the lookup, loaded in this transaction). Null when the lookup is too big.
 */
async function openDirectPath(client: pg.PoolClient, d: DirectSpec, tenantId: string): Promise<{ queue: CopyQueue; lookup: DirectLookup } | null> {
  await lockImportTable(client, tenantId, d.table);
  const lookup = await d.load(client, tenantId);
  if (!lookup) return null;
  const replica = await mayDeferForeignKeys(client, d.table);
  const queue = new CopyQueue(
    client,
    `COPY ${d.table} (${d.columns.join(', ')}) FROM STDIN`,
    replica ? { before: 'SET LOCAL session_replication_role = replica', after: 'SET LOCAL session_replication_role = origin' } : {},
  );
  return { queue, lookup };
}

/** Feeds the decoded text through the splitter into the row processor, flushing COPY batches as it goes. */
async function splitInto(chunks: AsyncIterable<string>, format: 'csv' | 'jsonl', rows: RowProcessor, afterText: () => Promise<void>, progress: () => void): Promise<string[]> {
  let header: string[] | null = null;
  let headerProblems: string[] = [];
  const splitter =
    format === 'jsonl'
      ? new JsonlSplitter({ object: (o, line, raw) => rows.jsonRecord(o, line, raw), error: (line, reason, raw) => rows.unreadable(line, reason, raw) })
      : new CsvSplitter(
          {
            record: (cells, line, raw) => {
              if (header) return rows.csvRecord(cells, line, raw);
              header = cells;
              headerProblems = rows.setHeader(cells);
            },
            error: (line, reason, raw) => (header ? rows.unreadable(line, reason, raw) : (headerProblems = [`the header row cannot be read: ${reason}`])),
          },
          () => rows.width,
        );
  for await (const text of chunks) {
    splitter.push(text);
    if (headerProblems.length) return headerProblems;
    await afterText();
    progress();
  }
  splitter.end();
  if (format === 'csv' && !header && !headerProblems.length) headerProblems = ['the file is empty: no header row / 文件为空'];
  progress();
  return headerProblems;
}

function summaryOf(r: ImportRecord, kept: RowError[]): Omit<ImportSummary, 'id' | 'suspended'> {
  return {
    kind: r.kind, source: r.sourceName, format: r.format, encoding: r.encoding, status: r.status, rows: r.rows, errorFile: r.errorFile, message: r.message,
    errors: kept.slice(0, 20).map((e) => ({ line: e.line, field: e.field, reason: e.reason })), reconciliation: r.reconciliation,
  };
}

/** Records a refused file (no row imported) and returns its summary. */
async function reject(
  ctx: AppContext,
  b: { req: ImportRequest; startedAt: Date; kept: RowError[]; errors: ErrorFile },
  message: string,
  encoding: string,
): Promise<ImportSummary> {
  b.errors.write({ line: 1, field: '', reason: message });
  await b.errors.close();
  const record: ImportRecord = {
    tenantId: b.req.tenantId, kind: b.req.kind, sourceName: b.req.sourceName, format: b.req.format, encoding, status: 'rejected',
    rows: { total: 0, ok: 0, error: 0, inserted: 0, updated: 0, unchanged: 0, suspense: 0 }, errorFile: b.req.errorFile, message,
    reconciliation: null, actor: b.req.actor, startedAt: b.startedAt,
  };
  const id = await insertImportRecord(ctx.pool, record, [{ line: 1, field: '', reason: message }]);
  return { id, ...summaryOf(record, [{ line: 1, field: '', reason: message }]), suspended: [] };
}

/**
 * Re-analyses the tables an import grew by at least a fifth (and 1,000 rows): the
 * planner's statistics of a table analysed while it was small (a fresh install, a first
 * portfolio) would otherwise keep choosing sequential scans and hash joins over it until
 * autovacuum catches up, e.g. for every payment posted against a freshly imported schedule.
 * Runs after the commit, so it never holds the import's locks; a failure (e.g. a role that
 * may not analyse on an external server) is logged, never thrown: the import is committed.
 */
export async function refreshStatistics(client: pg.PoolClient, tables: readonly string[], inserted: number, log: (m: string) => void): Promise<void> {
  if (inserted < 1000 || !tables.length) return;
  try {
    const r = await client.query<{ relname: string; tuples: number }>(
      `SELECT c.relname, c.reltuples::float8 AS tuples FROM pg_class c WHERE c.oid = ANY($1::regclass[])`, [tables]);
    const stale = r.rows.filter((t) => t.tuples < 0 || inserted >= 0.2 * t.tuples).map((t) => t.relname);
    if (!stale.length) return;
    const t0 = performance.now();
    await client.query(`ANALYZE ${stale.map((t) => `"${t}"`).join(', ')}`);
    log(`analysed ${stale.join(', ')} after the import (${Math.round(performance.now() - t0)} ms)`);
  } catch (e) {
    log(`could not analyse ${tables.join(', ')} after the import (autovacuum will): ${(e as Error).message}`);
  }
}
