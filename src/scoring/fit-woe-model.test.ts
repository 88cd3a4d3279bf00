import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resampleGerman } from './bench-data.ts';
import { compressDesign, fitWoeModel } from './fit-woe-model.ts';
import { germanTarget, loadGermanCredit } from './german-data.ts';
import { selectCharacteristics } from './select-characteristics.ts';
import { binTrainingData } from './train-scorecard.ts';

describe('fitWoeModel', () => {
  it('gives the same coefficients and standard errors with pattern compression, and dense with a warm start', async () => {
    const { all } = await loadGermanCredit();
    const data = resampleGerman(all, 250_000, 9);
    const p = binTrainingData(data, { target: germanTarget.column, bad: germanTarget.bad });
    const { selected } = selectCharacteristics({ binnings: p.binnings, binIndex: p.binIndex, minIv: 0.02, maxCorrelation: 0.7 });
    const packed = compressDesign(p.binIndex, p.binnings, selected, p.y);
    assert.ok(packed && packed.rows < 250_000 / 2, 'resampled data compresses');
    assert.equal(packed.weights.reduce((s, w) => s + w, 0), 250_000);
    const a = fitWoeModel({ binIndex: p.binIndex, binnings: p.binnings, chosen: selected, y: p.y, l2: 0 });
    const b = fitWoeModel({ binIndex: p.binIndex, binnings: p.binnings, chosen: selected, y: p.y, l2: 0, compress: false });
    assert.deepEqual(a.kept, b.kept);
    a.fit.coefficients.forEach((c, j) => assert.ok(Math.abs(c - b.fit.coefficients[j]) < 1e-8));
    a.fit.standardErrors.forEach((s, j) => assert.ok(Math.abs(s - b.fit.standardErrors[j]) < 1e-8));
    assert.ok(Math.abs(a.fit.logLikelihood - b.fit.logLikelihood) < 1e-6 * Math.abs(b.fit.logLikelihood));
  });
});
