/**
 * `npm run bench -- content-guard`: quality and speed of the content guard.
 *
 * Quality is measured on texts the classifier was not trained on:
 * - the fixed held-out split of corpus/labelled.jsonl (classifier trained on the dev split;
 *   the rules were tuned only on dev texts): the headline figures;
 * - 5-fold cross-validation over the dev split (optimistic: the rules were written and
 *   tuned while looking at these texts; only the classifier is held out).
 * Speed is single-threaded `guardText` (rules + stored classifier) over all labelled texts.
 */
import { quantile, type Benchmark, type Metric } from '../../platform/bench.ts';
import { crossValidate, evaluateHoldout, judgeAll, loadLabelled, scoreVerdicts } from './evaluate.ts';
import { guardText } from './index.ts';
import { guardReasons } from './types.ts';

const pct = (v: number): number => Math.round(v * 1000) / 10;

function measureSpeed(texts: string[]): { perSecond: number; p50us: number; p99us: number } {
  for (let i = 0; i < 2000; i++) guardText({ text: texts[i % texts.length] });
  const rounds = 10;
  const times = new Float64Array(texts.length * rounds);
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < rounds; k++) {
    texts.forEach((text, i) => {
      const s = process.hrtime.bigint();
      guardText({ text });
      times[k * texts.length + i] = Number(process.hrtime.bigint() - s) / 1e3;
    });
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { perSecond: Math.round(times.length / seconds), p50us: quantile(times, 0.5), p99us: quantile(times, 0.99) };
}

export const benchmark: Benchmark = {
  name: 'content-guard',
  description: 'content guard: recall/precision on held-out labelled texts (zh, en), per reason, and throughput',
  async run({ log }) {
    const all = loadLabelled();
    const holdoutTexts = all.filter((t) => t.split === 'holdout');
    log(`${all.length} labelled texts (${holdoutTexts.length} held out)`);
    const holdout = evaluateHoldout(all);
    const rulesOnly = scoreVerdicts(holdoutTexts, judgeAll(holdoutTexts, null));
    const cv = crossValidate(5, all);
    const speed = measureSpeed(all.map((t) => t.text));
    const m: Record<string, Metric> = {
      recall: { value: pct(holdout.overall.recall), unit: '%', target: { op: '>=', value: 98 }, note: `held-out split: ${holdout.overall.tp}/${holdout.overall.prohibited} prohibited texts blocked` },
      precision: { value: pct(holdout.overall.precision), unit: '%', target: { op: '>=', value: 90 }, note: `held-out split: ${holdout.overall.fp} clean texts blocked` },
      recall_en: { value: pct(holdout.byLang.en.recall), unit: '%' },
      precision_en: { value: pct(holdout.byLang.en.precision), unit: '%' },
      recall_zh: { value: pct(holdout.byLang.zh.recall), unit: '%' },
      precision_zh: { value: pct(holdout.byLang.zh.precision), unit: '%' },
      recall_adversarial: { value: pct(holdout.adversarial.recall), unit: '%', note: `${holdout.adversarial.prohibited} adversarial prohibited texts held out` },
      recall_rules_only: { value: pct(rulesOnly.overall.recall), unit: '%', note: 'held-out split, without the classifier' },
      cv_recall: { value: pct(cv.overall.recall), unit: '%', note: '5-fold CV on the dev split (rules tuned on these texts: optimistic)' },
      cv_precision: { value: pct(cv.overall.precision), unit: '%', note: '5-fold CV on the dev split' },
      throughput: { value: speed.perSecond, unit: 'texts/s', note: 'single thread, rules + classifier' },
      latency_p50: { value: Math.round(speed.p50us), unit: 'µs', note: 'per text, single thread' },
      latency_p99: { value: Math.round(speed.p99us), unit: 'µs', note: 'sensitive to other load on the machine' },
    };
    for (const r of guardReasons) {
      const h = holdout.perReasonRecall[r];
      m[`recall_${r}`] = { value: pct(h.recall), unit: '%', note: `held-out: ${h.found}/${h.gold}; CV: ${cv.perReasonRecall[r].found}/${cv.perReasonRecall[r].gold}` };
    }
    return m;
  },
};
