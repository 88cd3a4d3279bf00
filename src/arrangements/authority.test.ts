import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bucketSchemes } from '../delinquency/index.ts';
import { parseCsv, trainScorecard } from '../scoring/index.ts';
import { authorityLevels, bandDiscountPercent, beyondEveryLevel, bucketGroup, getAuthority, isKnownBucket, scoreBands, toScoreBand } from './authority.ts';

/** A small synthetic training set: the bad rate falls with income and rises with missed payments. */
function trainingCsv(rows: number): string {
  let seed = 20261123;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const lines = ['income,missed,bad'];
  for (let i = 0; i < rows; i++) {
    const income = Math.round(2000 + next() * 18000);
    const missed = Math.floor(next() * 6);
    const risk = 0.6 - income / 40000 + missed * 0.08;
    lines.push(`${income},${missed},${next() < risk ? 1 : 0}`);
  }
  return lines.join('\n') + '\n';
}

test('every band a trained scorecard gives is a band of the authority matrix', () => {
  const model = trainScorecard(parseCsv(trainingCsv(2000), { source: 'synthetic.csv' }), { target: 'bad' });
  const names = model.bands.map((b) => b.name);
  assert.ok(names.length >= 5, `bands ${names.join(', ')}`);
  for (const name of names) {
    assert.equal(toScoreBand(name), name, `band ${name} is known to the matrix`);
    for (const level of authorityLevels) assert.ok(getAuthority({ level, bucket: 'M3', scoreBand: toScoreBand(name) }).maxDiscountBps >= 0);
  }
});

test('band E is as conservative as D: never more discount, and bands never shrink as risk grows', () => {
  for (const level of authorityLevels) {
    for (const bucket of ['M1', 'M3', 'M5', 'M7+']) {
      const cell = (scoreBand: (typeof scoreBands)[number]) => getAuthority({ level, bucket, scoreBand }).maxDiscountBps;
      assert.equal(cell('E'), cell('D'), `${level} ${bucket}`);
      const risky = ['A', 'B', 'C', 'D', 'E'] as const;
      for (let i = 1; i < risky.length; i++) assert.ok(cell(risky[i]) >= cell(risky[i - 1]), `${level} ${bucket} ${risky[i - 1]} → ${risky[i]}`);
    }
  }
  assert.equal(bandDiscountPercent.E, bandDiscountPercent.D);
});

test('toScoreBand: stored band names the matrix does not know, or none, are unscored', () => {
  const cases: [string | null | undefined, string][] = [['A', 'A'], ['E', 'E'], ['unscored', 'unscored'], ['F', 'unscored'], ['a', 'unscored'], ['', 'unscored'], [null, 'unscored'], [undefined, 'unscored']];
  for (const [name, want] of cases) assert.equal(toScoreBand(name), want, String(name));
});

test('every bucket label of every delinquency scheme has its own group; CN and US buckets of the same age agree', () => {
  for (const scheme of Object.values(bucketSchemes)) for (const label of scheme.labels) assert.ok(isKnownBucket(label), `${scheme.code} ${label}`);
  const pairs: [string, string][] = [['M0', 'current'], ['M1', '1-29'], ['M2', '30-59'], ['M3', '60-89'], ['M4', '90-119'], ['M5', '120+']];
  for (const [cn, us] of pairs) assert.equal(bucketGroup(us), bucketGroup(cn), `${cn} / ${us}`);
  assert.equal(bucketGroup('charged_off'), 'written_off');
  assert.equal(isKnownBucket('ZZZ'), false);
  assert.equal(bucketGroup('ZZZ'), 'early', 'unknown labels get the strictest group');
});

test('beyondEveryLevel: null while the most senior level may approve; else why, in en and zh-CN, with the fields', () => {
  const top = getAuthority({ level: 'supervisor', bucket: 'M1', scoreBand: 'unscored' });
  const at = (discountBps: number, planMonths: number) => beyondEveryLevel({ bucket: 'M1', scoreBand: 'unscored', discountBps, planMonths });
  assert.equal(at(top.maxDiscountBps, top.maxPlanMonths), null);
  const d = at(top.maxDiscountBps + 1, 1);
  assert.deepEqual(d?.details.map((x) => x.path), ['discountBps']);
  assert.match(d?.message ?? '', /exceeds every level's limit for bucket M1, score band unscored/);
  assert.match(d?.messageZh ?? '', /超过了逾期阶段 M1、评分等级 unscored 下所有审批级别的上限/);
  assert.deepEqual(at(0, top.maxPlanMonths + 1)?.details.map((x) => x.path), ['installmentCount']);
  assert.deepEqual(at(top.maxDiscountBps + 1, top.maxPlanMonths + 1)?.details.map((x) => x.path), ['discountBps', 'installmentCount']);
});
