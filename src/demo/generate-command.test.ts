/**
 * `recoup generate` end to end, as a user runs it: a child process in a temporary
 * directory; the summary on stdout, errors on stderr with a non-zero exit code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/recoup.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'recoup-generate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function recoup(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'generate', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test('writes the files into --out (relative to the working directory) and prints the JSON summary', () => {
  const r = recoup('--accounts', '300', '--seed', '5', '--as-of', '2026-11-22', '--out', 'demo');
  assert.equal(r.code, 0, r.stderr);
  const summary = JSON.parse(r.stdout) as { seed: string; asOf: string; accounts: number; files: Record<string, { path: string; rows: number }>; delinquency: { byBucket: Record<string, number> } };
  assert.equal(summary.seed, '5');
  assert.equal(summary.asOf, '2026-11-22');
  assert.equal(summary.accounts, 300);
  assert.equal(Object.values(summary.delinquency.byBucket).reduce((a, b) => a + b, 0), 300);
  for (const f of ['portfolios.json', 'borrowers.csv', 'contacts.csv', 'accounts.csv', 'schedules.csv', 'payments.csv', '_truth.csv']) {
    assert.ok(existsSync(join(dir, 'demo', f)), f);
  }
  assert.equal(summary.files.accounts.path, join(dir, 'demo', 'accounts.csv'));
  assert.equal(readFileSync(join(dir, 'demo', 'accounts.csv'), 'utf8').trimEnd().split('\n').length, 301);
});

test('bad options exit 2 with a message on stderr and nothing on stdout', () => {
  const cases: [string[], RegExp][] = [
    [['--accounts', 'ten'], /--accounts must be a whole number/],
    [['--accounts', '5', '--as-of', '2026-02-30'], /not a date/],
    [['--accounts', '5', '--cn-share', 'x'], /--cn-share/],
  ];
  for (const [args, message] of cases) {
    const r = recoup(...args, '--out', 'bad');
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});
