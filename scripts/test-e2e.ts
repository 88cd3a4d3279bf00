/**
 * `npm run test:e2e`: end-to-end checks of the real commands as a newcomer uses them —
 * `recoup start` on a fresh data folder serves the API with the demo portfolio, and the
 * CLIs used by outside checks answer from another directory with no configuration.
 * Runs `e2e/*.test.ts` with Node's test runner. Browser, SIP and speech suites join here
 * when the console and voice capabilities land (.ci/run installs their Debian packages).
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const dir = join(process.cwd(), 'e2e');
const files = (await readdir(dir)).filter((f) => f.endsWith('.test.ts')).map((f) => join('e2e', f));
const filters = process.argv.slice(2);
const chosen = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
const code = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...chosen], { stdio: 'inherit' });
  child.on('exit', (c) => resolve(c ?? 1));
});
process.exit(code);
