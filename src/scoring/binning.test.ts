import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignBins } from './bin-lookup.ts';
import { binCategorical } from './bin-categorical.ts';
import { binColumn, checkCandidate } from './bin-dataset.ts';
import { binNumeric } from './bin-numeric.ts';
import { defaultBinningOptions } from './binning-options.ts';
import { loadGermanCredit, germanTarget } from './german-data.ts';
import { seededRandom } from '../platform/seeded-random.ts';
import { rebinCharacteristic } from './rebin.ts';
import { readTarget } from './target.ts';
import type { Bin } from './woe.ts';

/** x uniform on [0, 100); P(bad) rises (or falls) with x, with noise; some missing. */
function synthetic(n: number, rising: boolean, seed = 7, missingEvery = 10) {
  const r = seededRandom(seed);
  const values = new Float64Array(n);
  const y = new Uint8Array(n);
  let bads = 0;
  for (let i = 0; i < n; i++) {
    const x = Math.floor(r() * 100);
    const p = 0.05 + 0.4 * (rising ? x / 100 : 1 - x / 100);
    values[i] = i % missingEvery === 0 ? NaN : x;
    y[i] = r() < p ? 1 : 0;
    bads += y[i];
  }
  return { values, y, totals: { bads, goods: n - bads } };
}

function rangeRates(bins: Bin[]): number[] {
  return bins.filter((b) => b.spec.type === 'range').map((b) => b.badRate);
}

describe('binNumeric', () => {
  for (const rising of [true, false]) {
    it(`finds a ${rising ? 'rising' : 'falling'} monotone bad rate with min share and max bins`, () => {
      const { values, y, totals } = synthetic(20000, rising);
      const b = binNumeric({ name: 'x', values, y, totals, options: defaultBinningOptions });
      assert.equal(b.method, rising ? 'monotone-ascending' : 'monotone-descending');
      const rates = rangeRates(b.bins);
      assert.ok(rates.length >= 3 && rates.length <= defaultBinningOptions.maxBins, `bins ${rates.length}`);
      for (let i = 1; i < rates.length; i++) assert.ok(rising ? rates[i] > rates[i - 1] : rates[i] < rates[i - 1], `rates ${rates}`);
      for (const bin of b.bins) if (bin.spec.type === 'range') assert.ok(bin.share >= defaultBinningOptions.minShare);
      const missing = b.bins[b.missingBin ?? -1];
      assert.equal(missing.spec.type, 'missing');
      assert.equal(missing.count, 2000);
      assert.equal(b.bins.reduce((s, x) => s + x.count, 0), 20000);
    });
  }

  it('merges a missing group below the minimum share into the bin with the closest bad rate', () => {
    const { values, y, totals } = synthetic(20000, true, 7, 50);
    const b = binNumeric({ name: 'x', values, y, totals, options: defaultBinningOptions });
    assert.ok(b.bins.every((x) => x.spec.type === 'range'));
    const host = b.bins[b.missingBin ?? -1];
    assert.ok(host.includesMissing);
    assert.equal(b.bins.reduce((s, x) => s + x.count, 0), 20000);
    const idx = assignBins(b, { kind: 'numeric', name: 'x', values });
    assert.equal(idx[0], b.missingBin);
  });

  it('respects a smaller maximum bin count', () => {
    const { values, y, totals } = synthetic(20000, true);
    const b = binNumeric({ name: 'x', values, y, totals, options: { ...defaultBinningOptions, maxBins: 3 } });
    assert.equal(rangeRates(b.bins).length, 3);
  });

  it('puts special codes in their own bin', () => {
    const { values, y, totals } = synthetic(5000, true);
    for (let i = 1; i < 5000; i += 10) values[i] = -999;
    const b = binNumeric({ name: 'x', values, y, totals, options: { ...defaultBinningOptions, specialValues: [-999] } });
    const special = b.bins.find((x) => x.spec.type === 'special');
    assert.equal(special?.count, 500);
    const idx = assignBins(b, { kind: 'numeric', name: 'x', values });
    assert.equal(b.bins[idx[1]].spec.type, 'special');
  });

  it('keeps manual cut points exactly and recalculates the statistics', () => {
    const { values, y, totals } = synthetic(5000, true);
    const b = binNumeric({ name: 'x', values, y, totals, options: defaultBinningOptions, manualCuts: [50, 25] });
    assert.equal(b.method, 'manual');
    const ranges = b.bins.filter((x) => x.spec.type === 'range').map((x) => x.spec);
    assert.deepEqual(ranges, [
      { type: 'range', lo: null, hi: 25 },
      { type: 'range', lo: 25, hi: 50 },
      { type: 'range', lo: 50, hi: null },
    ]);
    let below25 = 0;
    let bads25 = 0;
    for (let i = 0; i < values.length; i++) {
      if (values[i] < 25) {
        below25++;
        bads25 += y[i];
      }
    }
    assert.equal(b.bins[0].count, below25);
    assert.equal(b.bins[0].bads, bads25);
    assert.ok(Math.abs(b.bins[0].woe - Math.log(bads25 / totals.bads / ((below25 - bads25) / totals.goods))) < 1e-12);
  });
});

describe('binCategorical', () => {
  it('orders categories by bad rate, pools rare ones and sends unseen categories to the rare bin', () => {
    const levels = ['a', 'b', 'c', 'rare1', 'rare2'];
    const r = seededRandom(3);
    const n = 10000;
    const codes = new Int32Array(n);
    const y = new Uint8Array(n);
    const p = [0.05, 0.3, 0.6, 0.2, 0.2];
    let bads = 0;
    for (let i = 0; i < n; i++) {
      const u = r();
      codes[i] = u < 0.4 ? 0 : u < 0.7 ? 1 : u < 0.99 ? 2 : u < 0.995 ? 3 : 4;
      y[i] = r() < p[codes[i]] ? 1 : 0;
      bads += y[i];
    }
    const b = binCategorical({ name: 'c', codes, levels, y, totals: { bads, goods: n - bads }, options: defaultBinningOptions });
    const rates = b.bins.map((x) => x.badRate);
    for (let i = 1; i < rates.length; i++) assert.ok(rates[i] > rates[i - 1]);
    const rareBin = b.bins.findIndex((x) => x.spec.type === 'categories' && x.spec.categories.includes('rare1'));
    assert.ok(rareBin >= 0);
    const spec = b.bins[rareBin].spec;
    assert.ok(spec.type === 'categories' && spec.categories.includes('rare2') && spec.other);
    assert.equal(b.unseenBin, rareBin);
    assert.equal(b.missingBin, null);
  });
});

describe('candidate checks', () => {
  const cases: [string, Float64Array, string | null][] = [
    ['all missing', Float64Array.from([NaN, NaN, NaN]), 'all-missing'],
    ['constant', Float64Array.from([2, 2, NaN]), 'constant'],
    ['usable', Float64Array.from([1, 2, 3]), null],
  ];
  for (const [name, values, want] of cases) {
    it(name, () => assert.equal(checkCandidate({ kind: 'numeric', name, values }, values.length), want));
  }
  it('a row counter (1, 2, 3, …) is identifier-like; the same values shuffled are not', () => {
    const ids = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(checkCandidate({ kind: 'numeric', name: 'ID', values: ids }, 100), 'identifier-like');
    const shuffled = ids.slice().reverse();
    assert.equal(checkCandidate({ kind: 'numeric', name: 'x', values: shuffled }, 100), null);
  });
});

describe('manual override on the German data', () => {
  it('re-bins duration with given cut points and the counts add up', async () => {
    const { train } = await loadGermanCredit();
    const b = rebinCharacteristic({ dataset: train, target: germanTarget.column, bad: germanTarget.bad, name: 'duration_in_month', override: { cuts: [12, 24, 36] } });
    assert.equal(b.bins.length, 4);
    assert.equal(b.bins.reduce((s, x) => s + x.count, 0), 700);
    assert.equal(b.bins.reduce((s, x) => s + x.bads, 0), 210);
    const t = readTarget(train, germanTarget.column, germanTarget.bad);
    const auto = binColumn(train.columns[1], t.y, { bads: t.bads, goods: t.goods }, defaultBinningOptions);
    assert.notDeepEqual(auto.bins.map((x) => x.spec), b.bins.map((x) => x.spec));
  });
});
