/**
 * One benchmark per blind set (a folder with `blind-set.jsonl`): recall and precision at text
 * level, per language and on the adversarial texts, with the missed ids in the log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, Metric } from '../../../platform/bench.ts';
import { guardText } from '../index.ts';

/** One labelled text of a blind set (see a set's README). */
export type BlindItem = { id: string; lang: 'en' | 'zh'; audience: 'debtor' | 'third_party'; text: string; prohibited: boolean; reasons: string[]; adversarial: boolean };
type Item = BlindItem;

/** Confusion counts of the guard on some items (text level: blocked or not), with the missed ids. */
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

/** Loads a blind set's JSON Lines file. */
export function loadBlindItems(dir: string): Item[] {
  return readFileSync(join(dir, 'blind-set.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
}

/** The benchmark of the blind set in `dir`. */
export function blindBenchmark(name: string, description: string, dir: string): Benchmark {
  return {
    name,
    description,
    run: async ({ log }) => {
      const items = loadBlindItems(dir);
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
}
