import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isAppError } from '../platform/errors.ts';
import { getColumn } from './dataset.ts';
import { loadGermanCredit } from './german-data.ts';
import { fitLogistic } from './logistic-regression.ts';
import { readTarget } from './target.ts';

type Reference = {
  numeric: string[];
  dummies: { column: string; level: string }[];
  target: { column: string; bad: string };
  rows: number;
  coefficients: number[];
  standardErrors: number[];
  logLikelihood: number;
};

const reference = JSON.parse(readFileSync(new URL('./reference/german-logit.json', import.meta.url), 'utf8')) as Reference;

async function referenceDesign() {
  const { train } = await loadGermanCredit();
  const p = reference.numeric.length + reference.dummies.length;
  const x = new Float64Array(train.rows * p);
  reference.numeric.forEach((name, j) => {
    const col = getColumn(train, name);
    assert.equal(col.kind, 'numeric');
    if (col.kind === 'numeric') for (let i = 0; i < train.rows; i++) x[i * p + j] = col.values[i];
  });
  reference.dummies.forEach(({ column, level }, d) => {
    const col = getColumn(train, column);
    assert.equal(col.kind, 'categorical');
    if (col.kind !== 'categorical') return;
    const code = col.levels.indexOf(level);
    assert.ok(code >= 0, `level ${level} of ${column}`);
    const j = reference.numeric.length + d;
    for (let i = 0; i < train.rows; i++) x[i * p + j] = col.codes[i] === code ? 1 : 0;
  });
  const y = readTarget(train, reference.target.column, reference.target.bad).y;
  return { x, y, rows: train.rows, p };
}

describe('fitLogistic', () => {
  it('matches statsmodels Logit coefficients and standard errors to 1e-6 (German train split)', async () => {
    const d = await referenceDesign();
    assert.equal(d.rows, reference.rows);
    const fit = fitLogistic(d);
    reference.coefficients.forEach((c, j) => assert.ok(Math.abs(fit.coefficients[j] - c) < 1e-6, `coef ${j}: ${fit.coefficients[j]} vs ${c}`));
    reference.standardErrors.forEach((s, j) => assert.ok(Math.abs(fit.standardErrors[j] - s) < 1e-6, `se ${j}: ${fit.standardErrors[j]} vs ${s}`));
    assert.ok(Math.abs(fit.logLikelihood - reference.logLikelihood) < 1e-6);
  });

  it('does not penalise the intercept under L2: the mean prediction still equals the bad rate', async () => {
    const d = await referenceDesign();
    const plain = fitLogistic(d);
    const ridge = fitLogistic({ ...d, l2: 50 });
    let sumMu = 0;
    let events = 0;
    for (let i = 0; i < d.rows; i++) {
      let eta = ridge.coefficients[0];
      for (let j = 0; j < d.p; j++) eta += d.x[i * d.p + j] * ridge.coefficients[j + 1];
      sumMu += 1 / (1 + Math.exp(-eta));
      events += d.y[i];
    }
    assert.ok(Math.abs(sumMu - events) < 1e-6);
    const norm = (b: Float64Array) => b.slice(1).reduce((s, v) => s + v * v, 0);
    assert.ok(norm(ridge.coefficients) < norm(plain.coefficients));
  });

  it('fails loudly on perfectly separated data without a penalty, and converges with one', () => {
    const x = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const y = Uint8Array.from([0, 0, 0, 1, 1, 1]);
    assert.throws(() => fitLogistic({ x, y, rows: 6, p: 1 }), (e) => isAppError(e, 'RULE_VIOLATION') && /did not converge/.test(e.message));
    const fit = fitLogistic({ x, y, rows: 6, p: 1, l2: 1 });
    assert.ok(fit.coefficients[1] > 0);
  });

  it('rejects a collinear design', () => {
    const x = Float64Array.from([1, 2, 2, 4, 3, 6, 4, 8, 5, 10]);
    const y = Uint8Array.from([0, 1, 0, 1, 1]);
    assert.throws(() => fitLogistic({ x, y, rows: 5, p: 2 }), (e) => isAppError(e, 'RULE_VIOLATION'));
  });
});
