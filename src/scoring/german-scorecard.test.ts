/**
 * The figures the issue asks for, on the German credit test split with default settings:
 * test AUC ≥ 0.78, KS ≥ 0.46, and no more than 0.02 AUC below a plain logistic regression.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileModel } from './compile-model.ts';
import { germanTarget, loadGermanCredit } from './german-data.ts';
import { discrimination } from './metrics.ts';
import { plainLogisticPredict } from './plain-logistic.ts';
import { scoreColumns } from './score-columns.ts';
import { readTarget } from './target.ts';
import { trainScorecard } from './train-scorecard.ts';

describe('German credit, default settings, test split', () => {
  it('reaches AUC ≥ 0.78 and KS ≥ 0.46, within 0.02 AUC of a plain logistic regression', async () => {
    const { train, test } = await loadGermanCredit();
    const model = trainScorecard(train, { target: germanTarget.column, bad: germanTarget.bad });
    const yTest = readTarget(test, germanTarget.column, germanTarget.bad).y;
    const card = discrimination(scoreColumns(compileModel(model), test).scores, yTest, false);
    const yTrain = readTarget(train, germanTarget.column, germanTarget.bad).y;
    const pd = plainLogisticPredict({ train, test, y: yTrain, exclude: [germanTarget.column], l2: 1 });
    const plain = discrimination(pd, yTest, true);
    process.stderr.write(`scorecard test AUC ${card.auc.toFixed(4)} KS ${card.ks.toFixed(4)}; plain LR AUC ${plain.auc.toFixed(4)} KS ${plain.ks.toFixed(4)}\n`);
    assert.equal(card.rows, 300);
    assert.equal(card.bads, 90);
    assert.ok(card.auc >= 0.78, `AUC ${card.auc}`);
    assert.ok(card.ks >= 0.46, `KS ${card.ks}`);
    assert.ok(card.auc >= plain.auc - 0.02, `scorecard ${card.auc} vs plain ${plain.auc}`);
  });
});
