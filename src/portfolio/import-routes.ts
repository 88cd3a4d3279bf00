/**
 * `POST /v1/imports?kind=…` takes the file as the raw request body (text/csv,
 * application/x-ndjson or application/octet-stream), streams it to a temporary file and
 * runs the same pipeline as `recoup import`; `GET /v1/imports/:id` returns the summary and
 * the stored errors page by page. Error files go under `<data dir>/imports/`.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import { findTenantById } from './tenant-lookup.ts';
import { camelRow } from '../platform/camel-row.ts';
import { AppError } from '../platform/errors.ts';
import type { ZodApp } from '../platform/http.ts';
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import { findImport, findImportErrors } from './import/import-store.ts';
import { importKinds } from './import/kinds/index.ts';
import { formatOf, runImport } from './import/run-import.ts';
import { actorOf, PageQuery } from './route-helpers.ts';

/** Largest upload accepted (bytes). */
export const MAX_IMPORT_BYTES = 2 * 1024 ** 3;

const ImportQuery = z.object({
  kind: z.enum(importKinds as [string, ...string[]]),
  format: z.enum(['csv', 'jsonl']).optional(),
  encoding: z.enum(['auto', 'utf8', 'gbk']).default('auto'),
  filename: z.string().max(200).regex(/^[^/\\]+$/, 'a file name without folders').optional(),
});

let privateTmp: Promise<string> | null = null;

/**
 * Where error files go: `<data folder>/imports`, else a folder of this process's own under
 * the system temp dir (mode 0700: error files hold the raw rows, personal data included).
 */
async function errorDir(ctx: AppContext): Promise<string> {
  if (ctx.dataDir) {
    const dir = join(ctx.dataDir, 'imports');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return dir;
  }
  privateTmp ??= mkdtemp(join(tmpdir(), 'recoup-imports-'));
  return privateTmp;
}

async function saveBody(body: Readable, path: string): Promise<void> {
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > MAX_IMPORT_BYTES) done(new AppError('TOO_LARGE', { message: `the file is larger than ${MAX_IMPORT_BYTES} bytes` }));
      else done(null, chunk);
    },
  });
  await pipeline(body, limit, createWriteStream(path, { mode: 0o600 }));
}

/** Registers the import routes (in their own scope, for the raw-body content types). */
export async function registerImportRoutes(root: ZodApp, ctx: AppContext): Promise<void> {
  await root.register(async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    app.addContentTypeParser(['text/csv', 'application/x-ndjson', 'application/jsonl', 'application/octet-stream', 'text/plain'], (_req, payload, done) => done(null, payload));
    app.post('/v1/imports', { config: { permission: 'imports:write' }, bodyLimit: MAX_IMPORT_BYTES, schema: { tags: ['imports'], summary: 'Import a file (raw body)', querystring: ImportQuery } }, async (req, reply) => {
      const a = actorOf(req);
      const body = req.body as Readable | undefined;
      if (!body || typeof (body as Readable).pipe !== 'function') {
        throw new AppError('INVALID_INPUT', { message: 'send the file as the raw body with Content-Type text/csv, application/x-ndjson or application/octet-stream' });
      }
      const tenant = await findTenantById(ctx.db, a.tenantId);
      const dir = await errorDir(ctx);
      const name = req.query.filename ?? `upload.${req.query.format === 'jsonl' ? 'jsonl' : 'csv'}`;
      const tmp = join(tmpdir(), `recoup-upload-${randomUUID()}`);
      try {
        await saveBody(body, tmp);
        const summary = await runImport(ctx, {
          tenantId: a.tenantId, tenantSlug: tenant.slug, actor: a.ref, kind: req.query.kind as (typeof importKinds)[number], path: tmp, sourceName: name,
          format: req.query.format ?? formatOf(name), encoding: req.query.encoding, errorFile: join(dir, `${Date.now()}-${randomUUID().slice(0, 8)}-${name}.errors.csv`),
        });
        reply.status(201);
        return summary;
      } finally {
        await rm(tmp, { force: true });
      }
    });
    app.get('/v1/imports/:id', { config: { permission: 'imports:write' }, schema: { tags: ['imports'], summary: 'An import summary and its errors (paginated)', params: z.object({ id: z.string() }), querystring: PageQuery } }, async (req) => {
      const a = actorOf(req);
      const rec = z.uuid().safeParse(req.params.id).success ? await findImport(ctx.db, a.tenantId, req.params.id) : null;
      if (!rec) throw new AppError('NOT_FOUND', { message: `import ${req.params.id} not found` });
      const rows = await findImportErrors(ctx.db, a.tenantId, rec.id, decodeCursor(req.query.cursor), req.query.limit + 1);
      const page = rows.slice(0, req.query.limit);
      return {
        import: camelRow(rec),
        errors: page.map((e) => ({ seq: e.seq, line: e.line, field: e.field, reason: e.reason, raw: e.raw })),
        nextCursor: rows.length > req.query.limit ? encodeCursor(page[page.length - 1].seq) : null,
      };
    });
  });
}
