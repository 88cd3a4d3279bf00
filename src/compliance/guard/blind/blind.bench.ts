/**
 * The content guard on the blind set: 320 texts written by someone who never saw the
 * guard's code, rules or data (see README.md here), so this is the closest figure to what
 * unseen texts will get. Text level: a text is prohibited when any reason applies.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark, Metric } from '../../../platform/bench.ts';
import { guardText } from '../index.ts';

type Item = { id: string; lang: 'en' | 'zh'; audience: 'debtor' | 'third_party'; text: string; prohibited: boolean; reasons: string[]; adversarial: boolean };

/** Loads the blind set. */
export function loadBlindSet(): Item[] {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'blind-set.jsonl');
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
}

/** Confusion counts of the guard on some items. */
export function confusion(items: Item[]): { tp: number; fp: number; fn: number; tn: number; missed: string[] } {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const missed: string[] = [];
  for (const it of items) {
    const blocked = !guardText({ text: it.text, lang: it.lang, audience: it.audience }).allowed;
    if (it.prohibited && blocked) tp++;
    else if (it.prohibited) {
      fn++;
      missed.push(it.id);
    } else if (blocked) fp++;
    else tn++;
  }
  return { tp, fp, fn, tn, missed };
}

const pct = (x: number) => Math.round(x * 1000) / 10;

export const benchmark: Benchmark = {
  name: 'content-guard-blind',
  description: 'content guard recall and precision on the blind set (written without sight of the guard)',
  run: async ({ log }) => {
    const items = loadBlindSet();
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
