/**
 * `npm test`: starts one embedded PostgreSQL for the run (or uses RECOUP_TEST_SERVER_URL,
 * a server URL without database name), migrates a template database, then runs every
 * `*.test.ts` under src/ (or those whose path contains one of the arguments) with Node's
 * test runner. Each test file clones the template (see src/platform/testing.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/platform/embedded.ts';
import { migrate } from '../src/platform/migrate.ts';
import { findFreePort } from '../src/platform/free-port.ts';

async function findTests(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await findTests(p)));
    else if (e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}


async function main(): Promise<number> {
  const filters = process.argv.slice(2);
  const root = process.cwd();
  const all = (await findTests(join(root, 'src'))).sort();
  const files = filters.length ? all.filter((f) => filters.some((x) => f.includes(x))) : all;
  if (files.length === 0) {
    process.stderr.write(`no test files match ${filters.join(' ')}\n`);
    return 1;
  }
  let serverUrl = process.env.RECOUP_TEST_SERVER_URL;
  let stop = async () => {};
  let dir: string | undefined;
  if (!serverUrl) {
    dir = await mkdtemp(join(tmpdir(), 'recoup-test-pg-'));
    const port = await findFreePort();
    const server = await startEmbeddedPostgres({
      dir,
      port,
      persistent: false,
      extraFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    });
    serverUrl = server.url.replace(/\/recoup$/, '');
    stop = server.stop;
  }
  const template = `recoup_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: `${serverUrl}/${template}`, max: 2 });
  await migrate(pool);
  await pool.end();
  process.stderr.write(`running ${files.length} test files against ${serverUrl}\n`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=2', ...files.map((f) => relative(root, f))],
      { stdio: 'inherit', env: { ...process.env, RECOUP_TEST_SERVER_URL: serverUrl, RECOUP_TEST_TEMPLATE: template } },
    );
    child.on('exit', (c) => resolve(c ?? 1));
  });
  const a2 = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await a2.connect();
  await a2.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => {});
  await a2.end();
  await stop();
  if (dir) await rm(dir, { recursive: true, force: true });
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`test runner failed: ${(e as Error).stack}\n`);
    process.exit(1);
  },
);
