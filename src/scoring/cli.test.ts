/**
 * The `recoup scorecard` CLI end to end, as outside checks use it: child processes run
 * from a temporary directory on files written there.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { germanCreditDir } from './german-data.ts';

const bin = fileURLToPath(new URL('../../bin/recoup.js', import.meta.url));
let dir: string;

function recoup(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'scorecard', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'recoup-scorecard-'));
  const lines = readFileSync(join(germanCreditDir, 'germancredit.csv'), 'utf8').trimEnd().split('\n');
  const split = readFileSync(join(germanCreditDir, 'split.csv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split(','));
  const pick = (set: string) => [lines[0], ...split.filter((s) => s[1] === set).map((s) => lines[Number(s[0]) + 1])].join('\n') + '\n';
  writeFileSync(join(dir, 'train.csv'), pick('train'));
  writeFileSync(join(dir, 'test.csv'), pick('test'));
  const header = lines[0].split(',');
  const drop = header.indexOf('duration_in_month');
  writeFileSync(join(dir, 'no-duration.csv'), lines.slice(0, 20).map((l) => (l.startsWith('status') ? header.filter((_, i) => i !== drop).join(',') : l.replace(/,\d+,/, ','))).join('\n'));
  writeFileSync(join(dir, 'ragged.csv'), 'a,b,y\n1,2,0\n3,1\n4,5,1\n');
  writeFileSync(join(dir, 'junk.csv'), 'id,constant,empty,x,y\n' + Array.from({ length: 200 }, (_, i) => `r${i},7,,${i % 10},${(i % 10 < 4) !== (i % 7 === 0) ? 1 : 0}`).join('\n') + '\n');
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('recoup scorecard', () => {
  it('trains, evaluates, scores and reports on the German credit data', () => {
    const t = recoup('train', '--data', 'train.csv', '--target', 'creditability', '--bad', 'bad', '--out', 'model.json');
    assert.equal(t.code, 0, t.stderr);
    assert.ok((JSON.parse(t.stdout) as { characteristics: string[] }).characteristics.length >= 5);

    const e = recoup('evaluate', '--model', 'model.json', '--data', 'test.csv', '--target', 'creditability', '--bad', 'bad');
    assert.equal(e.code, 0, e.stderr);
    assert.equal(e.stdout.trim().split('\n').length, 1);
    const metrics = JSON.parse(e.stdout) as { auc: number; ks: number; gini: number; rows: number };
    assert.equal(metrics.rows, 300);
    assert.ok(metrics.auc >= 0.78 && metrics.ks >= 0.46);
    assert.ok(Math.abs(metrics.gini - (2 * metrics.auc - 1)) < 1e-12);

    const s = recoup('score', '--model', 'model.json', '--data', 'test.csv', '--out', 'scores.csv');
    assert.equal(s.code, 0, s.stderr);
    const out = readFileSync(join(dir, 'scores.csv'), 'utf8').trimEnd().split('\n');
    assert.equal(out.length, 301);
    assert.match(out[0], /^row,score,band,probability_bad,reason_1,reason_2,reason_3,reasons_en,reasons_zh,flags$/);
    assert.match(out[1], /^1,\d+,[A-E],0\.\d+,\w+/);

    const r = recoup('report', '--model', 'model.json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /points/);
    const zh = recoup('report', '--model', 'model.json', '--lang', 'zh');
    assert.equal(zh.code, 0, zh.stderr);
    assert.equal(recoup('report', '--model', 'model.json', '--lang', 'zh-CN').stdout, zh.stdout, 'zh-CN is zh');
    assert.notEqual(zh.stdout, r.stdout);
    assert.equal(recoup('report', '--model', 'model.json', '--lang', 'fr').code, 2);
    const j = recoup('report', '--model', 'model.json', '--json');
    assert.ok((JSON.parse(j.stdout) as { characteristics: { rows: unknown[] }[] }).characteristics[0].rows.length >= 2);
  });

  const failures: [string, string[], RegExp][] = [
    ['a scoring file missing a column', ['score', '--model', 'model.json', '--data', 'no-duration.csv', '--out', 'x.csv'], /"duration_in_month" not found/],
    ['a bad value absent from the target', ['train', '--data', 'train.csv', '--target', 'creditability', '--out', 'm2.json'], /never holds the bad value "1"/],
    ['ragged rows', ['train', '--data', 'ragged.csv', '--target', 'y', '--out', 'm3.json'], /ragged\.csv:3/],
    ['a missing target column', ['train', '--data', 'train.csv', '--target', 'nope', '--out', 'm4.json'], /column "nope" not found/],
  ];
  for (const [name, args, msg] of failures) {
    it(`fails clearly on ${name}`, () => {
      const r = recoup(...args);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, msg);
      assert.equal(r.stdout, '');
    });
  }

  it('refuses a tampered model', () => {
    const m = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as { basePoints: number };
    m.basePoints += 10;
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(m));
    const r = recoup('report', '--model', 'tampered.json');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /checksum mismatch/);
  });

  it('drops constant, all-missing and identifier columns with a warning', () => {
    const r = recoup('train', '--data', 'junk.csv', '--target', 'y', '--out', 'junk.json');
    assert.equal(r.code, 0, r.stderr);
    for (const w of [/"id" dropped: identifier-like/, /"constant" dropped: constant/, /"empty" dropped: all-missing/]) assert.match(r.stderr, w);
  });
});
