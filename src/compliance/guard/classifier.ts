/**
 * The trained half of the content guard: one-vs-rest logistic regression per reason over
 * hashed n-gram features (see features.ts). The model is trained by
 * `train-classifier.ts` from data/labelled.jsonl and stored as data/model.json; it is
 * loaded once at module load. A text is flagged for a reason when its probability reaches
 * the reason's threshold; the span is the sentence that scores highest.
 */
import { execAll } from './regex-util.ts';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFeatures, FEATURE_DIM } from './features.ts';
import type { GuardReason } from './types.ts';

/** The reasons the classifier scores (the others depend on context and stay rule-based). */
export const classifierReasons = [
  'prohibited_content_threat',
  'prohibited_content_obscene',
  'false_representation',
  'undue_pressure',
] as const satisfies readonly GuardReason[];

export type ClassifierReason = (typeof classifierReasons)[number];

/** A stored model: per reason a bias, a decision threshold and sparse weights. */
export type ClassifierModel = {
  version: number;
  dim: number;
  labels: Record<ClassifierReason, { bias: number; threshold: number; weights: [number, number][] }>;
  trainedOn?: { texts: number; at: string };
};

/** A model with dense weights, ready to score. */
export type LoadedClassifier = { reasons: { reason: ClassifierReason; bias: number; threshold: number; w: Float32Array }[] };

/** A classifier finding, in normalised-text offsets. */
export type ClassifierHit = { reason: ClassifierReason; start: number; end: number; probability: number };

const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), 'data', 'model.json');

/** Turns a stored model into dense weight vectors. */
export function loadClassifier(model: ClassifierModel): LoadedClassifier {
  return {
    reasons: classifierReasons.map((reason) => {
      const spec = model.labels[reason];
      const w = new Float32Array(FEATURE_DIM);
      for (const [i, v] of spec.weights) w[i] = v;
      return { reason, bias: spec.bias, threshold: spec.threshold, w };
    }),
  };
}

function readDefaultModel(): LoadedClassifier | null {
  if (!existsSync(MODEL_PATH)) return null;
  return loadClassifier(JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ClassifierModel);
}

const defaultClassifier = readDefaultModel();

/** The probability of each classifier reason for a normalised text. */
export function scoreText(c: LoadedClassifier, text: string): Record<ClassifierReason, number> {
  const feats = extractFeatures(text);
  const scale = 1 / Math.sqrt(Math.max(1, feats.length));
  const out = {} as Record<ClassifierReason, number>;
  for (const r of c.reasons) {
    let z = r.bias;
    for (const f of feats) z += r.w[f] * scale;
    out[r.reason] = 1 / (1 + Math.exp(-z));
  }
  return out;
}

/**
 * When the rules already flagged the text, the classifier adds a further reason only at
 * this probability: its per-reason precision is lower than its text-level precision, and
 * the rules' reasons and spans are the better explanation.
 */
export const CONFIRMED_THRESHOLD = 0.9;

/**
 * Classifies a normalised text; returns one hit per reason at or over its threshold
 * (`CONFIRMED_THRESHOLD` when `rulesFlagged`), located on the highest-scoring sentence.
 * `classifier` defaults to the stored model (none: no hits).
 */
export function classifyText(
  text: string,
  classifier: LoadedClassifier | null = defaultClassifier,
  rulesFlagged = false,
): ClassifierHit[] {
  if (!classifier) return [];
  const whole = scoreText(classifier, text);
  const hits: ClassifierHit[] = [];
  const sentences = splitSentences(text);
  for (const r of classifier.reasons) {
    const p = whole[r.reason];
    if (p < (rulesFlagged ? Math.max(r.threshold, CONFIRMED_THRESHOLD) : r.threshold)) continue;
    let best = { start: 0, end: text.length, p: -1 };
    if (sentences.length > 1) {
      for (const s of sentences) {
        const ps = scoreText({ reasons: [r] }, text.slice(s.start, s.end))[r.reason];
        if (ps > best.p) best = { ...s, p: ps };
      }
    }
    hits.push({ reason: r.reason, start: best.start, end: best.end, probability: p });
  }
  return hits;
}

/** Sentence ranges of a text, trimmed of surrounding spaces. */
function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?;\n。！？；]+[.!?;\n。！？；]*/g;
  for (const m of execAll(re, text)) {
    let a = m.index ?? 0;
    let b = a + m[0].length;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}
