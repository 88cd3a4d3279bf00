import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateHoldout, loadLabelled } from './evaluate.ts';

// The bar, judged on the fixed held-out split of corpus/labelled.jsonl with a
// classifier trained only on the dev split. This test fails when the guard misses the
// bar; a failure is a finding, reported in README.md, not something to tune away.
describe('content guard on the held-out labelled texts', () => {
  const report = evaluateHoldout(loadLabelled());

  it('has a held-out split with prohibited and clean texts in both languages', () => {
    assert.ok(report.byLang.en.prohibited >= 20 && report.byLang.zh.prohibited >= 20);
    assert.ok(report.byLang.en.texts - report.byLang.en.prohibited >= 20);
    assert.ok(report.byLang.zh.texts - report.byLang.zh.prohibited >= 20);
  });

  it('recalls at least 98 % of prohibited texts', () => {
    assert.ok(report.overall.recall >= 0.98, `recall ${report.overall.recall.toFixed(3)}; missed: ${report.misses.filter((m) => m.gold.length && !m.got.length).map((m) => m.id).join(', ')}`);
  });

  it('keeps precision at or above 90 %', () => {
    assert.ok(report.overall.precision >= 0.9, `precision ${report.overall.precision.toFixed(3)}`);
  });
});
