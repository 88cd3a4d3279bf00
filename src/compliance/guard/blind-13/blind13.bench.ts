/**
 * The content guard on blind set 13: 320 texts, long and mixed messages (one unlawful clause among ordinary content; code-switching)
 * (half adversarial), written by a thirteenth helper who never opened the guard's code,
 * data or the earlier blind sets (see README.md here), written while round 12 used blind set 12
 * as development data. Evaluated once, after round 12: the honest estimate of recall and
 * precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-13',
  'content guard recall and precision on blind set 13 (written without sight of the guard or the earlier blind sets)',
  dirname(fileURLToPath(import.meta.url)),
);
