/**
 * `npm start` to a serving API on a fresh data folder, demo portfolio of 10,000 accounts
 * (issue 2: ≤ 15 s). Spawns the real `recoup start` with a new RECOUP_DATA_DIR and times
 * until /healthz answers and the demo portfolio is readable through the API.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from '../platform/bench.ts';
import { findFreePort } from '../platform/free-port.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');


export const benchmark: Benchmark = {
  name: 'startup',
  description: 'npm start on a fresh data folder to a serving API with the 10,000-account demo portfolio',
  run: async ({ log }) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'recoup-startup-'));
    // initdb runs as the postgres user: it must be able to enter the data folder.
    await chmod(dataDir, 0o755);
    const port = await findFreePort();
    const pgPort = await findFreePort();
    const t0 = performance.now();
    // exactly what `npm start` runs (package.json)
    const child = spawn(process.execPath, ['--max-semi-space-size=64', join(root, 'bin/recoup.js'), 'start'], {
      env: { ...process.env, RECOUP_DATA_DIR: dataDir, PORT: String(port), RECOUP_EMBEDDED_PG_PORT: String(pgPort), RECOUP_DEMO_ACCOUNTS: '10000', DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      for (const line of String(d).split('\n')) if (line.trim()) log(line.trim());
    });
    let exited: number | null = null;
    child.once('exit', (code) => (exited = code ?? -1));
    let servingMs = NaN;
    try {
      for (;;) {
        if (performance.now() - t0 > 600_000) throw new Error(`not serving after 600 s\n${stderr}`);
        if (exited !== null) throw new Error(`recoup start exited with ${exited}\n${stderr}`);
        try {
          const key = (await readFile(join(dataDir, 'demo-api-key.txt'), 'utf8')).trim();
          const res = await fetch(`http://127.0.0.1:${port}/v1/portfolios`, { headers: { authorization: `Bearer ${key}` } });
          if (res.ok && ((await res.json()) as { items: unknown[] }).items.length > 0) {
            servingMs = performance.now() - t0;
            break;
          }
        } catch {
          // not up yet
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      if (exited === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      await rm(dataDir, { recursive: true, force: true });
    }
    return {
      startToServingS: { value: servingMs / 1000, unit: 's', target: { op: '<=', value: 15 }, note: 'fresh data folder: initdb, migrations, generate + import 10,000 accounts, first nightly cycle and scoring, listen' },
    };
  },
};
