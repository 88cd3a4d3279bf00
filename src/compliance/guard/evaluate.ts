/**
 * Honest evaluation of the content guard on the labelled set (corpus/labelled.jsonl).
 *
 * - `holdout`: the classifier is trained on the `dev` split only and the whole guard
 *   (rules + classifier) is judged on the fixed `holdout` split, which was written with
 *   the dev texts but set aside before the rules were tuned: rule changes were made only
 *   from misses seen on the dev split.
 * - `crossValidate`: k-fold over the dev split; each fold's classifier never sees the
 *   texts it is judged on.
 * Text-level: a text is "prohibited" when it has at least one gold reason; the guard
 * "flags" it when `allowed` is false. Per-reason recall counts a gold reason as found when
 * the guard gives that exact reason.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClassifier, type LoadedClassifier } from './classifier.ts';
import { guardText } from './index.ts';
import { trainCalibrated } from './train.ts';
import { guardReasons, type GuardLang, type GuardResult } from './types.ts';

/** One labelled text. */
export type LabelledText = {
  id: string;
  lang: GuardLang;
  text: string;
  labels: string[];
  audience?: 'debtor' | 'third_party';
  timeBarred?: boolean;
  adversarial: boolean;
  split: 'dev' | 'holdout';
};

/** Counts and rates for one slice of the evaluation. */
export type SliceMetrics = { texts: number; prohibited: number; tp: number; fp: number; fn: number; recall: number; precision: number };

/** The result of one evaluation run. */
export type EvaluationReport = {
  overall: SliceMetrics;
  byLang: Record<GuardLang, SliceMetrics>;
  adversarial: SliceMetrics;
  perReasonRecall: Record<string, { gold: number; found: number; recall: number }>;
  misses: { id: string; text: string; gold: string[]; got: string[] }[];
};

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'corpus', 'labelled.jsonl');

/** Reads the labelled set. */
export function loadLabelled(path = DATA): LabelledText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledText);
}

/** Runs the guard over texts with a given classifier (null: rules only). */
export function judgeAll(texts: readonly LabelledText[], classifier: LoadedClassifier | null): GuardResult[] {
  return texts.map((t) =>
    guardText({ text: t.text, lang: t.lang, audience: t.audience, timeBarred: t.timeBarred }, { classifier, useClassifier: classifier !== null }),
  );
}

/** Scores verdicts against gold labels. */
export function scoreVerdicts(texts: readonly LabelledText[], results: readonly GuardResult[]): EvaluationReport {
  const slice = (pick: (t: LabelledText) => boolean): SliceMetrics => {
    let tp = 0, fp = 0, fn = 0, n = 0, prohibited = 0;
    texts.forEach((t, i) => {
      if (!pick(t)) return;
      n++;
      const gold = t.labels.length > 0;
      const flagged = !results[i].allowed;
      if (gold) prohibited++;
      if (gold && flagged) tp++;
      else if (!gold && flagged) fp++;
      else if (gold && !flagged) fn++;
    });
    return { texts: n, prohibited, tp, fp, fn, recall: tp / Math.max(1, tp + fn), precision: tp / Math.max(1, tp + fp) };
  };
  const perReasonRecall: EvaluationReport['perReasonRecall'] = {};
  for (const r of guardReasons) {
    let gold = 0, found = 0;
    texts.forEach((t, i) => {
      if (!t.labels.includes(r)) return;
      gold++;
      if ((results[i].reasons as string[]).includes(r)) found++;
    });
    perReasonRecall[r] = { gold, found, recall: found / Math.max(1, gold) };
  }
  const misses = texts
    .map((t, i) => ({ id: t.id, text: t.text, gold: t.labels, got: results[i].reasons as string[] }))
    .filter((m) => m.gold.length !== m.got.length || m.gold.some((g) => !m.got.includes(g)));
  return {
    overall: slice(() => true),
    byLang: { en: slice((t) => t.lang === 'en'), zh: slice((t) => t.lang === 'zh') },
    adversarial: slice((t) => t.adversarial),
    perReasonRecall,
    misses,
  };
}

/** Trains on the dev split, judges the held-out split. */
export function evaluateHoldout(all: readonly LabelledText[] = loadLabelled()): EvaluationReport {
  const dev = all.filter((t) => t.split === 'dev');
  const test = all.filter((t) => t.split === 'holdout');
  const classifier = loadClassifier(trainCalibrated(dev));
  return scoreVerdicts(test, judgeAll(test, classifier));
}

/** k-fold cross-validation over the dev split (fold = index mod k). */
export function crossValidate(k = 5, all: readonly LabelledText[] = loadLabelled()): EvaluationReport {
  const dev = all.filter((t) => t.split === 'dev');
  const results: GuardResult[] = new Array(dev.length);
  for (let fold = 0; fold < k; fold++) {
    const train = dev.filter((_, i) => i % k !== fold);
    const classifier = loadClassifier(trainCalibrated(train));
    dev.forEach((t, i) => {
      if (i % k === fold) results[i] = judgeAll([t], classifier)[0];
    });
  }
  return scoreVerdicts(dev, results);
}
