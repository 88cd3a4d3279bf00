import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { isAppError } from '../platform/errors.ts';
import { compileModel, type CompiledModel } from './compile-model.ts';
import { getColumn, type Dataset } from './dataset.ts';
import { evaluateScorecard } from './evaluate-scorecard.ts';
import { germanTarget, loadGermanCredit } from './german-data.ts';
import { parseModel, SCHEMA_VERSION, type ScorecardModel } from './model-artifact.ts';
import { scalingConstants } from './points-scaling.ts';
import { scoreRow, type RowValue } from './score-row.ts';
import { binIndices, scoreColumns } from './score-columns.ts';
import { trainScorecard } from './train-scorecard.ts';

function rowOf(d: Dataset, i: number): Record<string, RowValue> {
  const row: Record<string, RowValue> = {};
  for (const c of d.columns) row[c.name] = c.kind === 'numeric' ? c.values[i] : c.codes[i] < 0 ? null : c.levels[c.codes[i]];
  return row;
}

let train: Dataset;
let test: Dataset;
let exact: ScorecardModel;
let integer: ScorecardModel;

before(async () => {
  ({ train, test } = await loadGermanCredit());
  exact = trainScorecard(train, { target: germanTarget.column, bad: germanTarget.bad, scaling: { rounding: 'exact' } });
  integer = trainScorecard(train, { target: germanTarget.column, bad: germanTarget.bad });
});

describe('points scaling', () => {
  it('exact points: score = offset + factor·ln(good:bad odds) to 1e-9 on every test row', () => {
    const c = compileModel(exact);
    const { scores } = scoreColumns(c, test);
    const bins = binIndices(c, test);
    const { factor, offset } = scalingConstants(exact.scaling);
    for (let i = 0; i < test.rows; i++) {
      let logitBad = exact.intercept;
      exact.characteristics.forEach((ch, k) => (logitBad += ch.coefficient * ch.bins[bins[k][i]].woe));
      assert.ok(Math.abs(scores[i] - (offset + factor * -logitBad)) < 1e-9);
    }
  });

  it('integer points are whole and every PDO doubles the odds', () => {
    assert.ok(integer.characteristics.every((ch) => ch.points.every(Number.isInteger)) && Number.isInteger(integer.basePoints));
    const { factor } = scalingConstants(integer.scaling);
    assert.ok(Math.abs(factor * Math.log(2) - integer.scaling.pdo) < 1e-12);
  });

  it('every kept coefficient is positive on WOE (riskier bin, fewer points)', () => {
    for (const ch of integer.characteristics) {
      assert.ok(ch.coefficient > 0);
      ch.bins.forEach((b, k) => ch.bins.forEach((b2, k2) => {
        if (b.woe > b2.woe) assert.ok(ch.points[k] <= ch.points[k2]);
      }));
    }
  });
});

describe('scoring', () => {
  let compiled: CompiledModel;
  before(() => (compiled = compileModel(integer)));

  it('scoreRow agrees with scoreColumns on every test row', () => {
    const { scores } = scoreColumns(compiled, test);
    for (let i = 0; i < test.rows; i++) assert.equal(scoreRow(compiled, rowOf(test, i)).score, scores[i]);
  });

  it('reason codes are the characteristics with the most points lost, in en and zh', () => {
    const r = scoreRow(compiled, rowOf(test, 0), 3);
    assert.ok(r.reasons.length > 0 && r.reasons.length <= 3);
    for (let k = 1; k < r.reasons.length; k++) assert.ok(r.reasons[k - 1].pointsLost >= r.reasons[k].pointsLost);
    const bins = binIndices(compiled, test);
    const losses = compiled.characteristics.map((c, k) => c.bestPoints - c.points[bins[k][0]]).sort((a, b) => b - a);
    assert.deepEqual(r.reasons.map((x) => x.pointsLost), losses.filter((l) => l > 0).slice(0, 3));
    assert.match(r.reasons[0].en, /points\)$/);
    assert.match(r.reasons[0].zh, /扣 \d+ 分/);
  });

  it('flags an unseen category instead of defaulting silently', () => {
    const cat = compiled.characteristics.find((c) => c.kind === 'categorical');
    assert.ok(cat);
    const r = scoreRow(compiled, { ...rowOf(test, 0), [cat.name]: 'never seen before' });
    assert.equal(r.flags.length, 1);
    assert.match(r.flags[0], /not seen in training/);
  });

  it('rejects a row without a needed field, naming it', () => {
    const name = compiled.characteristics[0].name;
    const row = rowOf(test, 0);
    delete row[name];
    assert.throws(() => scoreRow(compiled, row), (e) => isAppError(e, 'INVALID_INPUT') && e.message.includes(name));
  });

  it('rejects a data set without a needed column, naming it', () => {
    const name = compiled.characteristics[1].name;
    const without = { ...test, columns: test.columns.filter((c) => c.name !== name) };
    assert.throws(() => scoreColumns(compiled, without), (e) => isAppError(e, 'INVALID_INPUT') && e.message.includes(`"${name}"`));
  });

  it('counts unseen categories in bulk scoring', () => {
    const cat = compiled.characteristics.find((c) => c.kind === 'categorical');
    assert.ok(cat);
    const col = getColumn(test, cat.name);
    assert.equal(col.kind, 'categorical');
    if (col.kind !== 'categorical') return;
    const changed = { ...test, columns: test.columns.map((c) => (c === col ? { ...col, levels: col.levels.map((l, i) => (i === col.codes[0] ? 'renamed' : l)) } : c)) };
    const { flags } = scoreColumns(compiled, changed);
    const f = flags.find((x) => x.characteristic === cat.name);
    assert.equal(f?.reason, 'unseen-category');
    assert.equal(f?.rows, col.codes.filter((c) => c === col.codes[0]).length);
  });
});

describe('evaluateScorecard', () => {
  it('scores every row, measures only rows with a target, and reports PSI and CSI', () => {
    const target = getColumn(test, germanTarget.column);
    assert.equal(target.kind, 'categorical');
    if (target.kind !== 'categorical') return;
    const codes = target.codes.slice();
    codes.fill(-1, 0, 5);
    const partial = { ...test, columns: test.columns.map((c) => (c === target ? { ...target, codes } : c)) };
    const e = evaluateScorecard(integer, partial, germanTarget.column, germanTarget.bad);
    assert.equal(e.rowsWithoutTarget, 5);
    assert.equal(e.rows, 295);
    assert.equal(e.gains.reduce((s, g) => s + g.rows, 0), 295);
    assert.equal(e.csi.length, integer.characteristics.length);
    assert.ok(e.psi >= 0 && e.psi < 0.25, `psi ${e.psi}`);
  });
});

describe('model artifact', () => {
  it('round-trips through JSON with a valid checksum', () => {
    const again = parseModel(JSON.stringify(integer));
    assert.equal(again.checksum, integer.checksum);
    assert.match(integer.checksum, /^sha256:[0-9a-f]{64}$/);
  });

  const broken: [string, (m: ScorecardModel) => unknown, RegExp][] = [
    ['a tampered point', (m) => ({ ...m, basePoints: m.basePoints + 1 }), /checksum mismatch/],
    ['another schema version', (m) => ({ ...m, schemaVersion: 'recoup.scorecard/0' }), /schema version "recoup\.scorecard\/0" is not supported/],
    ['no schema version', (m) => ({ ...m, schemaVersion: undefined }), /schema version/],
  ];
  for (const [name, change, msg] of broken) {
    it(`rejects ${name}`, () => {
      assert.throws(() => parseModel(JSON.stringify(change(integer)), 'm.json'), (e) => isAppError(e, 'INVALID_INPUT') && msg.test(e.message));
    });
  }

  it('records the schema version, metrics and training metadata', () => {
    assert.equal(integer.schemaVersion, SCHEMA_VERSION);
    assert.equal(integer.training.rows, 700);
    assert.equal(integer.metrics.train.bads, 210);
    assert.ok(integer.candidates.length === train.columns.length - 1);
  });
});
