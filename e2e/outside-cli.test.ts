/**
 * The CLIs that outside checks use, run as they will run them: from a directory outside
 * the repository, with no database, configuration or environment of ours.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/recoup.js');
let dir: string;
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir() };

function recoup(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env, input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recoup-outside-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('compliance check decides scenarios in order, one invalid scenario does not spoil the others', async () => {
  const base = {
    regime: 'US_REG_F',
    debtor: { timezone: 'America/New_York', knownTimezones: ['America/New_York'], flags: { ceaseCommunication: false, attorneyRepresented: false, disputed: false, bankruptcy: false, electronicOptOut: [] } },
    debts: [{ id: 'd1' }],
    history: [],
  };
  const scenarios = [
    { id: 'ok', ...base, proposed: { at: '2026-03-03T14:00:00-05:00', channel: 'phone', debtId: 'd1', party: 'debtor' } },
    { id: 'late', ...base, proposed: { at: '2026-03-03T21:30:00-05:00', channel: 'phone', debtId: 'd1', party: 'debtor' } },
    { id: 'bad-zone', ...base, debtor: { ...base.debtor, timezone: 'Mars/Olympus', knownTimezones: ['Mars/Olympus'] }, proposed: { at: '2026-03-03T14:00:00-05:00', channel: 'phone', debtId: 'd1', party: 'debtor' } },
  ];
  const file = join(dir, 'scenarios.json');
  await writeFile(file, JSON.stringify(scenarios));
  const r = recoup(['compliance', 'check', '--input', file]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { id: string; allowed: boolean; reasons: string[]; nextAllowedAt: string | null }[];
  assert.deepEqual(out.map((o) => o.id), ['ok', 'late', 'bad-zone']);
  assert.equal(out[0].allowed, true);
  assert.equal(out[1].allowed, false);
  assert.ok(out[1].reasons.includes('inconvenient_time'));
  assert.ok(out[1].nextAllowedAt && Date.parse(out[1].nextAllowedAt) > Date.parse('2026-03-03T21:30:00-05:00'));
  assert.deepEqual(out[2].reasons, ['invalid_input']);
  const piped = recoup(['compliance', 'check'], JSON.stringify(scenarios));
  assert.equal(piped.stdout, r.stdout, 'stdin gives the same answer as --input');
});

test('compliance guard judges JSON lines, one line out per line in', () => {
  const lines = [
    { id: 'a', text: 'This is a reminder that your payment of $120 is due on March 3. This communication is from a debt collector.' },
    { id: 'b', text: '再不还钱就去你单位闹，让你同事都知道你是老赖', lang: 'zh' },
    { id: 'c', text: 'Your loan is overdue', audience: 'third_party' },
  ];
  const r = recoup(['compliance', 'guard'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; allowed: boolean; reasons: string[] });
  assert.deepEqual(out.map((o) => o.id), ['a', 'b', 'c']);
  assert.equal(out[0].allowed, true);
  assert.equal(out[1].allowed, false);
  assert.equal(out[2].allowed, false);
  assert.ok(out[2].reasons.includes('third_party_disclosure'));
});

test('scorecard train, evaluate, score and report on the German credit data', async () => {
  const data = join(root, 'src/scoring/data/germancredit/germancredit.csv');
  const model = join(dir, 'model.json');
  const t = recoup(['scorecard', 'train', '--data', data, '--target', 'creditability', '--bad', 'bad', '--out', model]);
  assert.equal(t.code, 0, t.stderr);
  const e = recoup(['scorecard', 'evaluate', '--model', model, '--data', data, '--target', 'creditability', '--bad', 'bad']);
  assert.equal(e.code, 0, e.stderr);
  const m = JSON.parse(e.stdout) as { auc: number; ks: number; gini: number; rows: number };
  assert.equal(m.rows, 1000);
  assert.ok(m.auc > 0.75 && m.auc < 1);
  assert.ok(Math.abs(m.gini - (2 * m.auc - 1)) < 1e-9);
  const scores = join(dir, 'scores.csv');
  const s = recoup(['scorecard', 'score', '--model', model, '--data', data, '--out', scores]);
  assert.equal(s.code, 0, s.stderr);
  const lines = (await readFile(scores, 'utf8')).trim().split('\n');
  assert.equal(lines.length, 1001);
  const rep = recoup(['scorecard', 'report', '--model', model]);
  assert.equal(rep.code, 0, rep.stderr);
  assert.ok(rep.stdout.length > 200);
});

test('the bin runs on its own through its shebang (as `npx recoup` runs it), from another directory', () => {
  const r = spawnSync(bin, ['compliance', 'guard'], { cwd: dir, env, input: '{"id":"a","text":"Pay now or we will tell your employer."}\n', encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const line = JSON.parse(r.stdout.trim()) as { id: string; allowed: boolean };
  assert.deepEqual([line.id, line.allowed], ['a', false]);
});
