/**
 * The content guard on blind set 2: 320 texts written by a second helper who never opened
 * the guard's code, data or the first blind set (see README.md here), after blind set 1 had
 * become development data. Evaluated once, at the end of the work on the guard; the honest
 * estimate of recall and precision on text the guard has never seen. Since round 2 of the
 * guard it is DEVELOPMENT data (its misses and false alarms were studied; see the guard's
 * README for the figures before and after): it no longer estimates unseen text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark, Metric } from '../../../platform/bench.ts';
import { confusion } from '../blind/blind.bench.ts';

type Item = Parameters<typeof confusion>[0][number];

function load(): Item[] {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'blind-set.jsonl');
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
}

const pct = (x: number) => Math.round(x * 1000) / 10;

export const benchmark: Benchmark = {
  name: 'content-guard-blind-2',
  description: 'content guard recall and precision on blind set 2 (written without sight of the guard or of blind set 1)',
  run: async ({ log }) => {
    const items = load();
    const metrics: Record<string, Metric> = {};
    const all = confusion(items);
    log(`missed: ${all.missed.join(', ')}`);
    metrics.recall = { value: pct(all.tp / (all.tp + all.fn)), unit: '%', target: { op: '>=', value: 98 }, note: `${all.tp} of ${all.tp + all.fn} prohibited texts blocked` };
    metrics.precision = { value: pct(all.tp / (all.tp + all.fp)), unit: '%', target: { op: '>=', value: 90 }, note: `${all.fp} of ${all.fp + all.tn} allowed texts blocked` };
    for (const lang of ['en', 'zh'] as const) {
      const c = confusion(items.filter((i) => i.lang === lang));
      metrics[`recall_${lang}`] = { value: pct(c.tp / (c.tp + c.fn)), unit: '%' };
      metrics[`precision_${lang}`] = { value: pct(c.tp / (c.tp + c.fp)), unit: '%' };
    }
    const adv = confusion(items.filter((i) => i.adversarial));
    metrics.recall_adversarial = { value: pct(adv.tp / (adv.tp + adv.fn)), unit: '%' };
    return metrics;
  },
};
