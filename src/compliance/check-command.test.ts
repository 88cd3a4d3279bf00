/**
 * The real `recoup compliance check` command, spawned from a temporary directory with no
 * environment: file and stdin input, order kept, only JSON on stdout, a whole-file error exits
 * non-zero with a message on stderr.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { call, rawScenario } from './scenario-fixtures.ts';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'recoup.js');
const dir = mkdtempSync(join(tmpdir(), 'recoup-check-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function check(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, 'compliance', 'check', ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scenarios = [
  { ...rawScenario('US_REG_F', { proposed: { at: '2026-06-11T01:00:00Z' } }), id: 'late' },
  { ...rawScenario('US_REG_F', { history: Array.from({ length: 7 }, (_, i) => call(`2026-06-09T14:0${i}:00Z`)) }), id: 'eighth' },
  { ...rawScenario('US_REG_F', { debtor: { timezone: 'Moon/Base' } }), id: 'bad' },
  { ...rawScenario('CN_NIFA'), id: 'cn-ok' },
];

describe('recoup compliance check', () => {
  it('reads a file and prints one decision per scenario, in order', () => {
    const file = join(dir, 'x.json');
    writeFileSync(file, JSON.stringify(scenarios));
    const r = check(['--input', file]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { id: string; allowed: boolean; reasons: string[]; citations: string[]; nextAllowedAt: string | null; error?: string }[];
    assert.deepEqual(out.map((o) => o.id), ['late', 'eighth', 'bad', 'cn-ok']);
    assert.deepEqual(out[0].reasons, ['inconvenient_time']);
    assert.equal(out[0].nextAllowedAt, '2026-06-11T12:00:01Z');
    assert.deepEqual(out[1].reasons, ['frequency_7_in_7']);
    assert.equal(out[1].citations.length, 1);
    assert.deepEqual([out[2].allowed, out[2].reasons], [false, ['invalid_input']]);
    assert.match(out[2].error ?? '', /^debtor\.timezone: /);
    assert.deepEqual([out[3].allowed, out[3].nextAllowedAt, 'error' in out[3]], [true, null, false]);
  });
  it('reads stdin', () => {
    const r = check([], JSON.stringify(scenarios.slice(0, 1)));
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
  });
  it('accepts a UTF-8 byte-order mark, in a file and on stdin', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, '\uFEFF' + JSON.stringify(scenarios.slice(3)), 'utf8');
    for (const r of [check(['--input', file]), check([], '\uFEFF' + JSON.stringify(scenarios.slice(3)))]) {
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as { id: string; allowed: boolean }[]).map((o) => [o.id, o.allowed]), [['cn-ok', true]]);
    }
  });
  it('a file that is not JSON: message on stderr, nothing on stdout, non-zero exit', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '[{"id": ');
    const r = check(['--input', file]);
    assert.notEqual(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /not valid JSON/);
  });
  it('a JSON value that is not an array is refused', () => {
    const r = check([], '{"id":"x"}');
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /expected a JSON array/);
  });
});
