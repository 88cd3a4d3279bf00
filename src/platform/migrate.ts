/**
 * Roll-forward SQL migrations. Each domain keeps its own in `src/<domain>/migrations/`,
 * named `YYYYMMDDHHMMSS_<what>.sql`; all are applied in file-name order (timestamps keep
 * work on several issues from colliding), each in its own transaction, recorded with a
 * checksum so that an edited, already-applied migration is refused.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { AppError } from './errors.ts';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIGRATION_NAME = /^\d{14}_[a-z0-9_]+\.sql$/;

export type Migration = { name: string; domain: string; path: string; sql: string; checksum: string };

/**
 * Lists every migration under `src/<domain>/migrations`, sorted by name.
 * @throws AppError INTERNAL when a file is misnamed or two share a name
 */
export async function listMigrations(root = srcDir): Promise<Migration[]> {
  const out: Migration[] = [];
  for (const domain of await readdir(root, { withFileTypes: true })) {
    if (!domain.isDirectory()) continue;
    const dir = join(root, domain.name, 'migrations');
    let files: string[];
    try {
      files = await readdir(dir);
    } catch {
      continue;
    }
    for (const f of files) {
      if (!f.endsWith('.sql')) continue;
      if (!MIGRATION_NAME.test(f)) {
        throw new AppError('INTERNAL', { message: `migration ${join(dir, f)} is not named YYYYMMDDHHMMSS_name.sql` });
      }
      const sql = await readFile(join(dir, f), 'utf8');
      out.push({ name: f, domain: domain.name, path: join(dir, f), sql, checksum: sha256(sql) });
    }
  }
  out.sort((a, b) => a.name.localeCompare(b.name));
  for (let i = 1; i < out.length; i++) {
    if (out[i].name === out[i - 1].name) {
      throw new AppError('INTERNAL', { message: `two migrations named ${out[i].name}` });
    }
  }
  return out;
}

/**
 * Applies pending migrations (graphile-worker's, then ours). Safe to call from several
 * processes at once: an advisory lock serialises them.
 * @returns the names applied by this call
 * @throws AppError INTERNAL when an applied migration's file has changed
 */
export async function migrate(pool: pg.Pool, log: (m: string) => void = () => {}): Promise<string[]> {
  const migrations = await listMigrations();
  // graphile-worker's schema first: our outbox trigger queues jobs through its functions.
  const { runMigrations } = await import('graphile-worker');
  await runMigrations({ pgPool: pool });
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock(7160431)');
    await client.query(`CREATE TABLE IF NOT EXISTS recoup_migrations (
      name text PRIMARY KEY, domain text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map<string, string>(
      (await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM recoup_migrations')).rows.map(
        (r) => [r.name, r.checksum],
      ),
    );
    for (const m of migrations) {
      const prior = done.get(m.name);
      if (prior !== undefined) {
        if (prior !== m.checksum) {
          throw new AppError('INTERNAL', {
            message: `migration ${m.name} was changed after it was applied; add a new migration instead`,
          });
        }
        continue;
      }
      log(`migrating ${m.domain}/${m.name}`);
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO recoup_migrations (name, domain, checksum) VALUES ($1, $2, $3)', [
          m.name,
          m.domain,
          m.checksum,
        ]);
        await client.query('COMMIT');
      } catch (cause) {
        await client.query('ROLLBACK');
        throw new AppError('INTERNAL', { message: `migration ${m.name} failed: ${(cause as Error).message}`, cause });
      }
      applied.push(m.name);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(7160431)').catch(() => {});
    client.release();
  }
  return applied;
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
