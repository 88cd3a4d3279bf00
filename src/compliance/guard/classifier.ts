/**
 * The trained half of the content guard: one-vs-rest logistic regression per reason over
 * hashed n-gram features (see features.ts). The model is trained by
 * `train-classifier.ts` from corpus/labelled.jsonl and stored as corpus/model.json; it is
 * loaded once at module load. A text is flagged for a reason when its probability reaches
 * the reason's threshold; the span is the sentence that scores highest.
 */
import { execAll } from './regex-util.ts';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { namesAuthorityOrPretext } from './authority-cue.ts';
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

/** One logistic-regression head: bias, decision threshold and sparse weights. */
export type ClassifierHead = { bias: number; threshold: number; weights: [number, number][] };

/**
 * A stored model: an `any` head (is the text prohibited at all?) that decides, and one
 * head per reason that names the reason.
 */
export type ClassifierModel = {
  version: number;
  dim: number;
  any: ClassifierHead;
  labels: Record<ClassifierReason, ClassifierHead>;
  trainedOn?: { texts: number; at: string };
};

type DenseHead = { bias: number; threshold: number; w: Float32Array };

/** A model with dense weights, ready to score. */
export type LoadedClassifier = { any: DenseHead; reasons: (DenseHead & { reason: ClassifierReason })[] };

/** A classifier finding, in normalised-text offsets. */
export type ClassifierHit = { reason: ClassifierReason; start: number; end: number; probability: number };

const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), 'corpus', 'model.json');

/** Turns a stored model into dense weight vectors. */
export function loadClassifier(model: ClassifierModel): LoadedClassifier {
  const dense = (spec: ClassifierHead): DenseHead => {
    const w = new Float32Array(FEATURE_DIM);
    for (const [i, v] of spec.weights) w[i] = v;
    return { bias: spec.bias, threshold: spec.threshold, w };
  };
  return { any: dense(model.any), reasons: classifierReasons.map((reason) => ({ reason, ...dense(model.labels[reason]) })) };
}

function readDefaultModel(): LoadedClassifier | null {
  if (!existsSync(MODEL_PATH)) return null;
  const model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ClassifierModel;
  // a model from an older trainer is ignored (the rules still run); retrain with train-classifier.ts
  if (model.version !== 2 || !model.any) return null;
  return loadClassifier(model);
}

const defaultClassifier = readDefaultModel();

function probability(head: DenseHead, feats: number[]): number {
  const scale = 1 / Math.sqrt(Math.max(1, feats.length));
  let z = head.bias;
  for (const f of feats) z += head.w[f] * scale;
  return 1 / (1 + Math.exp(-z));
}

/** The probability that a normalised text is prohibited (`any`) and of each classifier reason. */
export function scoreText(c: LoadedClassifier, text: string): Record<ClassifierReason | 'any', number> {
  const feats = extractFeatures(text);
  const out = { any: probability(c.any, feats) } as Record<ClassifierReason | 'any', number>;
  for (const r of c.reasons) out[r.reason] = probability(r, feats);
  return out;
}

/**
 * When the rules already flagged the text, the classifier adds a further reason only at
 * this probability (and when its `any` head also reaches its threshold): its per-reason precision is lower than its text-level precision, and
 * the rules' reasons and spans are the better explanation.
 */
export const CONFIRMED_THRESHOLD = 0.9;

/**
 * When the rules found nothing but cancelled a match (a negated or reported frightening
 * phrase: "nobody will contact your employer", "网上说欠网贷会坐牢是谣言"), the text is
 * most likely reassurance or a warning; the classifier alone must then be this sure.
 */
export const REASSURED_THRESHOLD = 0.95;

/**
 * When the text rebuts a rumour or a scam outright (a hearsay question answered by a
 * denial: "Heard that people get arrested over this? That is a myth."), the classifier
 * alone must be this sure.
 */
export const STRONG_REASSURED_THRESHOLD = 0.99;

/**
 * A text of fewer than this many words (a Chinese character counts as one) is short: "OK",
 * "Good morning", "好的", "Call me back tomorrow".
 */
export const SHORT_TEXT_UNITS = 8;

/**
 * What the classifier alone must reach on a short text: nothing it can reach, so on a short
 * text the classifier alone never blocks. The model learned from whole messages; on one to
 * seven words its score rests on a handful of n-grams, each weighed several times more than
 * in a message (the feature vector is length-normalised), plus the intercept, so it is no
 * evidence by itself: an outside check found 你好, 还钱吧, 你在哪, "Pay up" and "You owe us"
 * scored 0.99 and blocked at the earlier floor of 0.95. Short abuse ("sb", "you deadbeat",
 * "老赖") is the rules' job: they catch 97 of the 104 short prohibited texts of the labelled set.
 */
export const SHORT_TEXT_THRESHOLD = Number.POSITIVE_INFINITY;

/** Words plus Chinese characters of a normalised text. */
export function contentUnits(text: string): number {
  return (text.match(/[a-z0-9']+/g)?.length ?? 0) + (text.match(/[\u3400-\u9fff]/g)?.length ?? 0);
}

/**
 * Classifies a normalised text. When the rules found nothing, the `any` head decides; the
 * reasons are those whose head reaches its threshold (or the most likely one). When the
 * rules already flagged the text, a further reason is added only at
 * `CONFIRMED_THRESHOLD`. `false_representation` is given only when the text names an
 * authority or a pretext (`namesAuthorityOrPretext`); when it was the only reason, the
 * classifier does not block. Each hit is located on its highest-scoring sentence.
 * `classifier` defaults to the stored model (none: no hits).
 */
export function classifyText(
  text: string,
  classifier: LoadedClassifier | null = defaultClassifier,
  rulesFlagged = false,
  reassured: boolean | 'strong' = false,
): ClassifierHit[] {
  if (!classifier) return [];
  const p = scoreText(classifier, text);
  let chosen: ClassifierReason[];
  if (rulesFlagged) {
    // a further reason needs the text-level head to agree that the content is prohibited
    if (p.any < classifier.any.threshold) return [];
    chosen = classifier.reasons.filter((r) => p[r.reason] >= Math.max(r.threshold, CONFIRMED_THRESHOLD)).map((r) => r.reason);
  } else {
    const needed = Math.max(
      reassured === 'strong' ? STRONG_REASSURED_THRESHOLD : reassured ? REASSURED_THRESHOLD : 0,
      contentUnits(text) < SHORT_TEXT_UNITS ? SHORT_TEXT_THRESHOLD : 0,
    );
    if (p.any < Math.max(classifier.any.threshold, needed)) return [];
    chosen = classifier.reasons.filter((r) => p[r.reason] >= r.threshold).map((r) => r.reason);
    if (chosen.length === 0) {
      // the text is judged prohibited; name the most likely reason
      chosen = [classifier.reasons.reduce((a, b) => (p[b.reason] > p[a.reason] ? b : a)).reason];
    }
  }
  // false representation needs an authority or a pretext named in the text (authority-cue.ts)
  if (!namesAuthorityOrPretext(text)) chosen = chosen.filter((r) => r !== 'false_representation');
  const sentences = splitSentences(text);
  // the whole text, without its surrounding white space
  const whole = { start: text.length - text.trimStart().length, end: text.trimEnd().length };
  return chosen.map((reason) => {
    let best = { ...whole, p: -1 };
    if (sentences.length > 1) {
      const head = classifier.reasons.find((r) => r.reason === reason) ?? classifier.any;
      for (const s of sentences) {
        const ps = probability(head, extractFeatures(text.slice(s.start, s.end)));
        if (ps > best.p) best = { ...s, p: ps };
      }
    }
    return { reason, start: best.start, end: best.end, probability: p[reason] };
  });
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
