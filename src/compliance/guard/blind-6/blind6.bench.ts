/**
 * The content guard on blind set 6: 320 texts written by a sixth helper who never opened the
 * guard's code, data or the earlier blind sets (see README.md here), written while round 5 of
 * the guard used blind set 5 as development data. Evaluated once, after round 5: the honest
 * estimate of recall and precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-6',
  'content guard recall and precision on blind set 6 (development data since round 6 of the guard; its one blind look, after round 5, was 97.7 % / 96.1 %)',
  dirname(fileURLToPath(import.meta.url)),
);
