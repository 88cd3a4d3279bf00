/**
 * The content guard on blind set 3: 320 texts written by a third helper who never opened the
 * guard's code, data or the earlier blind sets (see README.md here), written while round 2 of
 * the guard used blind set 2 as development data. Evaluated once, after round 2: the honest
 * estimate of recall and precision on text the guard had never seen. Since round 3 of the
 * guard it is DEVELOPMENT data (its misses and false alarms were studied; see the guard's
 * README for the figures before and after): it no longer estimates unseen text.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-3',
  'content guard recall and precision on blind set 3 (development data since round 3 of the guard)',
  dirname(fileURLToPath(import.meta.url)),
);
