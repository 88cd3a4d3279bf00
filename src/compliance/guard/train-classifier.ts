/**
 * Trains the shipped classifier on the whole labelled set and writes corpus/model.json.
 * Run after changing corpus/labelled.jsonl, features.ts or train.ts:
 *
 *   npx tsx src/compliance/guard/train-classifier.ts
 *
 * Deterministic: the same data give the same weights (apart from the `trainedOn.at` stamp).
 * The evaluation (evaluate.ts, guard.bench.ts, guard-eval.test.ts) never uses this file: it
 * retrains on the texts it is allowed to see.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLabelled } from './evaluate.ts';
import { trainCalibrated } from './train.ts';

const out = join(dirname(fileURLToPath(import.meta.url)), 'corpus', 'model.json');
const texts = loadLabelled();
const model = trainCalibrated(texts);
writeFileSync(out, JSON.stringify(model) + '\n');
const weights = Object.values(model.labels).reduce((n, l) => n + l.weights.length, 0);
process.stderr.write(`trained on ${texts.length} texts; threshold ${model.any.threshold} (by 5-fold CV); ${weights} non-zero weights; wrote ${out}\n`);
