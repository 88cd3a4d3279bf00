/**
 * The content guard on blind set 2: 320 texts written by a second helper who never opened
 * the guard's code, data or the first blind set (see README.md here), after blind set 1 had
 * become development data. Evaluated once, at the end of the work on the guard; the honest
 * estimate of recall and precision on text the guard has never seen. Since round 2 of the
 * guard it is DEVELOPMENT data (its misses and false alarms were studied; see the guard's
 * README for the figures before and after): it no longer estimates unseen text.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-2',
  'content guard recall and precision on blind set 2 (development data since round 2 of the guard)',
  dirname(fileURLToPath(import.meta.url)),
);
