/**
 * The only module that reads `process.env`. Parses every setting with zod at start-up and
 * reports every problem at once. Each variable is documented here and in `.env.example`.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.ts';

const configSchema = z.object({
  /** Port of the HTTP API. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface the HTTP API binds to. */
  HOST: z.string().default('127.0.0.1'),
  /** Folder for the embedded PostgreSQL cluster, keys and uploads. */
  RECOUP_DATA_DIR: z.string().default('./data'),
  /** Any PostgreSQL >= 15; when set, the embedded server is not started. */
  DATABASE_URL: z.string().url().optional(),
  /** Port of the embedded PostgreSQL. */
  RECOUP_EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** 32-byte key (hex or base64) for field encryption and blind indexes; generated under the data dir when unset. */
  RECOUP_ENCRYPTION_KEY: z.string().optional(),
  /** Accounts in the demo portfolio loaded on first start (0 = none). */
  RECOUP_DEMO_ACCOUNTS: z.coerce.number().int().min(0).default(10000),
  /** Seed of the demo portfolio. */
  RECOUP_DEMO_SEED: z.coerce.number().int().default(42),
  /** graphile-worker concurrency in this process (0 = run no worker here). */
  RECOUP_WORKER_CONCURRENCY: z.coerce.number().int().min(0).default(2),
  /** Public base URL of this server (payment links, checkout pages), e.g. behind a proxy; default http://HOST:PORT. */
  RECOUP_PUBLIC_BASE_URL: z.string().url().optional(),
  /** Largest accepted upload (hardship evidence) in bytes. */
  RECOUP_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Log level: fatal, error, warn, info, debug, trace, silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema> & { dataDir: string };

/** The names of every setting (each is documented in `.env.example`). */
export const configKeys = Object.keys(configSchema.shape);

/**
 * Parses the environment.
 * @throws AppError CONFIG_INVALID listing every bad variable
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in an env file) means unset.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new AppError('CONFIG_INVALID', {
      message: 'invalid configuration (see .env.example)',
      details: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.RECOUP_DATA_DIR) };
}
