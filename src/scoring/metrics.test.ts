import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computePsi, stabilityLevel } from './drift.ts';
import { discrimination } from './metrics.ts';
import { seededRandom } from '../platform/seeded-random.ts';
import { calibrationTable, gainsTable } from './tables.ts';

/** O(n²) AUC and threshold-by-threshold KS, for reference. */
function bruteForce(scores: Float64Array, y: Uint8Array) {
  let pairs = 0;
  let wins = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 1) continue;
    for (let j = 0; j < y.length; j++) {
      if (y[j] !== 0) continue;
      pairs++;
      wins += scores[j] > scores[i] ? 1 : scores[j] === scores[i] ? 0.5 : 0;
    }
  }
  const nb = y.reduce((s, v) => s + v, 0);
  const ng = y.length - nb;
  let ks = 0;
  for (const t of new Set(scores)) {
    let cb = 0;
    let cg = 0;
    for (let i = 0; i < y.length; i++) {
      if (scores[i] > t) continue;
      if (y[i]) cb++;
      else cg++;
    }
    ks = Math.max(ks, Math.abs(cb / nb - cg / ng));
  }
  return { auc: wins / pairs, ks };
}

describe('discrimination', () => {
  for (const [name, levels] of [['continuous scores', 0], ['heavily tied scores', 7]] as const) {
    it(`agrees with brute force on ${name}`, () => {
      const r = seededRandom(11);
      const n = 600;
      const scores = new Float64Array(n);
      const y = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        y[i] = r() < 0.3 ? 1 : 0;
        const s = r() + (y[i] ? -0.25 : 0);
        scores[i] = levels ? Math.round(s * levels) : s;
      }
      const got = discrimination(scores, y, false);
      const want = bruteForce(scores, y);
      assert.ok(Math.abs(got.auc - want.auc) < 1e-12, `${got.auc} vs ${want.auc}`);
      assert.ok(Math.abs(got.ks - want.ks) < 1e-12);
      assert.ok(Math.abs(got.gini - (2 * want.auc - 1)) < 1e-12);
      const risk = discrimination(scores.map((s) => -s), y, true);
      assert.ok(Math.abs(risk.auc - got.auc) < 1e-12);
    });
  }

  it('gives 0.5 for a constant score and 1 for a perfect one', () => {
    const y = Uint8Array.from([0, 1, 0, 1]);
    assert.equal(discrimination(Float64Array.from([5, 5, 5, 5]), y, false).auc, 0.5);
    const perfect = discrimination(Float64Array.from([9, 1, 8, 2]), y, false);
    assert.equal(perfect.auc, 1);
    assert.equal(perfect.ks, 1);
  });
});

describe('tables', () => {
  it('gains table covers every row and bad, riskiest group first', () => {
    const r = seededRandom(5);
    const n = 1000;
    const y = Uint8Array.from({ length: n }, () => (r() < 0.2 ? 1 : 0));
    const scores = Float64Array.from(y, (v) => 500 + r() * 100 - v * 40);
    const g = gainsTable(scores, y);
    assert.equal(g.length, 10);
    assert.equal(g.reduce((s, x) => s + x.rows, 0), n);
    assert.equal(g[g.length - 1].cumulativeBadShare, 1);
    assert.ok(g[0].badRate > g[g.length - 1].badRate);
    assert.ok(g[0].maxScore <= g[1].minScore);
    const c = calibrationTable(Float64Array.from(scores, (s) => 1 - (s - 400) / 300), y);
    assert.equal(c.reduce((s, x) => s + x.rows, 0), n);
  });
});

describe('computePsi', () => {
  const cases: [string, number[], number[], number][] = [
    ['identical', [10, 20, 30, 40], [1, 2, 3, 4], 0],
    ['known shift', [50, 50], [25, 75], 0.25 * Math.log(0.75 / 0.5) - 0.25 * Math.log(0.25 / 0.5)],
  ];
  for (const [name, e, a, want] of cases) it(name, () => assert.ok(Math.abs(computePsi(e, a) - want) < 1e-12));
  it('reads levels at 0.1 and 0.25', () => {
    assert.deepEqual([0.05, 0.1, 0.25, 0.26].map(stabilityLevel), ['stable', 'watch', 'watch', 'alert']);
  });
});
