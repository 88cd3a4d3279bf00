/**
 * Opens everything a process needs from configuration: the database (embedded PostgreSQL
 * under the data folder unless DATABASE_URL is set), migrations, the PII master key
 * (RECOUP_ENCRYPTION_KEY, else `<data>/keys/master.key`, created with mode 0600 on first
 * use), and the AppContext. Used by `recoup start`, `import`, `cycle` and other commands
 * that work on the database.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, type Config } from '../platform/config.ts';
import { createFieldCipher, generateMasterKey, parseMasterKey } from '../platform/crypto.ts';
import { openDb } from '../platform/db.ts';
import { startEmbeddedPostgres } from '../platform/embedded.ts';
import { AppError } from '../platform/errors.ts';
import { migrate } from '../platform/migrate.ts';
import type { AppContext } from './context.ts';
import { configureArrangements } from '../arrangements/index.ts';

export type OpenedContext = { ctx: AppContext; config: Config; close: () => Promise<void> };

/**
 * Opens the context.
 * @throws AppError CONFIG_INVALID for bad settings, UNAVAILABLE when the database cannot be reached
 */
export async function openAppContext(opts: { log?: (m: string) => void; poolSize?: number; config?: Config } = {}): Promise<OpenedContext> {
  const log = opts.log ?? ((m: string) => process.stderr.write(m + '\n'));
  const config = opts.config ?? loadConfig();
  let url = config.DATABASE_URL;
  let stopEmbedded = async () => {};
  if (!url) {
    log(`starting embedded PostgreSQL in ${join(config.dataDir, 'pg')} on port ${config.RECOUP_EMBEDDED_PG_PORT}`);
    try {
      const server = await startEmbeddedPostgres({ dir: join(config.dataDir, 'pg'), port: config.RECOUP_EMBEDDED_PG_PORT, persistent: true, log });
      url = server.url;
      stopEmbedded = server.stop;
    } catch (cause) {
      throw new AppError('UNAVAILABLE', {
        message: `cannot start the embedded PostgreSQL in ${join(config.dataDir, 'pg')} (is another Recoup using it or port ${config.RECOUP_EMBEDDED_PG_PORT}? as root, the postgres user must be able to enter every folder above it): ${cause instanceof Error ? cause.message : String(cause ?? 'the server did not start')}`,
        cause,
      });
    }
  }
  const handle = openDb(url, opts.poolSize ?? 20);
  try {
    const applied = await migrate(handle.pool, log);
    if (applied.length) log(`applied ${applied.length} migrations`);
  } catch (cause) {
    await handle.close();
    await stopEmbedded();
    throw cause instanceof AppError ? cause : new AppError('UNAVAILABLE', { message: `cannot migrate the database: ${(cause as Error).message}`, cause });
  }
  const cipher = createFieldCipher(await loadMasterKey(config));
  // Phone numbers on hardship applications are matched by a keyed hash: the key follows the
  // master key (an explicit RECOUP_ENCRYPTION_KEY keeps the hashes it always produced).
  if (!config.RECOUP_ENCRYPTION_KEY) configureArrangements({ phoneHashKey: cipher.blindIndex('recoup/arrangements/phone-hash').toString('hex') });
  const ctx: AppContext = { db: handle.db, pool: handle.pool, cipher, log, dataDir: config.dataDir };
  return {
    ctx,
    config,
    close: async () => {
      await handle.close();
      await stopEmbedded();
    },
  };
}

async function loadMasterKey(config: Config): Promise<Buffer> {
  if (config.RECOUP_ENCRYPTION_KEY) return parseMasterKey(config.RECOUP_ENCRYPTION_KEY);
  const dir = join(config.dataDir, 'keys');
  const file = join(dir, 'master.key');
  if (!existsSync(file)) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(file, generateMasterKey() + '\n', { mode: 0o600, flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
  return parseMasterKey(await readFile(file, 'utf8'));
}
