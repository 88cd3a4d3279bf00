/**
 * Trains the guard's classifier: one-vs-rest L2-regularised logistic regression per
 * reason, fitted with AdaGrad over hashed n-gram features of the normalised text.
 * Deterministic (seeded shuffle), dependency-free and fast (well under a second for the
 * labelled set), so cross-validation can retrain it per fold.
 */
import { classifierReasons, contentUnits, loadClassifier, scoreText, SHORT_TEXT_THRESHOLD, SHORT_TEXT_UNITS, type ClassifierHead, type ClassifierModel } from './classifier.ts';
import { extractFeatures, FEATURE_DIM } from './features.ts';
import { normalizeText } from './normalize.ts';
import { seededRandom } from '../../platform/seeded-random.ts';

/** One training example: a text and its gold reasons. */
export type TrainingExample = { text: string; labels: readonly string[] };

/** Training settings (defaults in brackets). */
export type TrainOptions = {
  /** Passes over the data [30]. */
  epochs?: number;
  /** AdaGrad base learning rate [0.5]. */
  learningRate?: number;
  /** L2 penalty per update [1e-5]. */
  l2?: number;
  /** Threshold of the `any` head [0.5]; `trainCalibrated` chooses it by cross-validation. */
  threshold?: number;
  /** Shuffle seed [1]. */
  seed?: number;
};

type Vec = { idx: Int32Array; val: Float32Array };

/** Sparse, length-normalised feature vector of a text (the same scaling as `scoreText`). */
function vectorize(text: string): Vec {
  const feats = extractFeatures(normalizeText(text).text);
  const counts = new Map<number, number>();
  for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const scale = 1 / Math.sqrt(Math.max(1, feats.length));
  const idx = new Int32Array(counts.size);
  const val = new Float32Array(counts.size);
  let k = 0;
  for (const [f, c] of counts) {
    idx[k] = f;
    val[k] = c * scale;
    k++;
  }
  return { idx, val };
}


/**
 * Trains a model on labelled examples.
 * @example trainClassifier([{ text: 'we will hurt you', labels: ['prohibited_content_threat'] }, { text: 'hello', labels: [] }])
 */
export function trainClassifier(examples: readonly TrainingExample[], options: TrainOptions = {}): ClassifierModel {
  const epochs = options.epochs ?? 30;
  const vecs = examples.map((e) => vectorize(e.text));
  const labels = {} as ClassifierModel['labels'];
  for (const reason of classifierReasons) {
    const ys = examples.map((e) => (e.labels.includes(reason) ? 1 : 0));
    labels[reason] = fitOne(vecs, ys, epochs, options, reason, 0.5);
  }
  const anyYs = examples.map((e) => (isClassifierPositive(e) ? 1 : 0));
  const any = fitOne(vecs, anyYs, epochs, options, 'any', options.threshold ?? 0.5);
  return { version: 2, dim: FEATURE_DIM, any, labels, trainedOn: { texts: examples.length, at: new Date().toISOString() } };
}

function isClassifierPositive(e: TrainingExample): boolean {
  return e.labels.some((l) => (classifierReasons as readonly string[]).includes(l));
}

function fitOne(vecs: Vec[], ys: number[], epochs: number, o: TrainOptions, key: string, threshold: number): ClassifierHead {
  const lr = o.learningRate ?? 0.5;
  const l2 = o.l2 ?? 1e-5;
  const w = new Float64Array(FEATURE_DIM);
  const g2 = new Float64Array(FEATURE_DIM);
  let bias = 0;
  let gb = 0;
  const pos = ys.reduce((a, b) => a + b, 0);
  // balance the classes so a rare reason is not drowned by clean texts
  const wPos = pos > 0 ? ys.length / (2 * pos) : 1;
  const wNeg = pos < ys.length ? ys.length / (2 * (ys.length - pos)) : 1;
  const rand = seededRandom((o.seed ?? 1) + key.length);
  const order = vecs.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const v = vecs[i];
      let z = bias;
      for (let k = 0; k < v.idx.length; k++) z += w[v.idx[k]] * v.val[k];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ys[i]) * (ys[i] ? wPos : wNeg);
      for (let k = 0; k < v.idx.length; k++) {
        const f = v.idx[k];
        const gf = g * v.val[k] + l2 * w[f];
        g2[f] += gf * gf;
        w[f] -= (lr * gf) / Math.sqrt(g2[f] + 1e-8);
      }
      gb += g * g;
      bias -= (lr * g) / Math.sqrt(gb + 1e-8);
    }
  }
  const weights: [number, number][] = [];
  for (let f = 0; f < FEATURE_DIM; f++) {
    if (Math.abs(w[f]) >= 0.01) weights.push([f, Math.round(w[f] * 1e3) / 1e3]);
  }
  return { bias: Math.round(bias * 1e4) / 1e4, threshold, weights };
}

/** Text-level precision the classifier alone must reach, in cross-validation, at the chosen threshold. */
export const CLASSIFIER_TARGET_PRECISION = 0.95;

/**
 * Picks the decision threshold by k-fold cross-validation on the training texts only: the
 * lowest threshold in 0.30…0.90 (step 0.05) at which the classifier's `any` head alone has
 * text-level precision ≥ 0.95; 0.9 if none. A short text is judged as `classifyText` judges
 * it (at `SHORT_TEXT_THRESHOLD` at least), so short texts do not move the threshold of
 * the others.
 */
export function chooseThreshold(examples: readonly TrainingExample[], k = 5, options: TrainOptions = {}): number {
  const probs: number[] = new Array(examples.length);
  const floors = examples.map((e) => (contentUnits(normalizeText(e.text).text) < SHORT_TEXT_UNITS ? SHORT_TEXT_THRESHOLD : 0));
  for (let fold = 0; fold < k; fold++) {
    const model = trainClassifier(examples.filter((_, i) => i % k !== fold), options);
    const c = loadClassifier(model);
    examples.forEach((e, i) => {
      if (i % k !== fold) return;
      probs[i] = scoreText(c, normalizeText(e.text).text).any;
    });
  }
  for (let t = 0.3; t <= 0.9 + 1e-9; t += 0.05) {
    let tp = 0;
    let fp = 0;
    examples.forEach((e, i) => {
      if (probs[i] < Math.max(t, floors[i])) return;
      if (isClassifierPositive(e)) tp++;
      else fp++;
    });
    if (tp + fp > 0 && tp / (tp + fp) >= CLASSIFIER_TARGET_PRECISION) return Math.round(t * 100) / 100;
  }
  return 0.9;
}

/** Chooses the threshold by cross-validation, then trains on all the given texts with it. */
export function trainCalibrated(examples: readonly TrainingExample[], options: TrainOptions = {}): ClassifierModel {
  return trainClassifier(examples, { ...options, threshold: chooseThreshold(examples, 5, options) });
}
