/**
 * The content guard on blind set 12: 320 texts, regional and register variety in English and Chinese
 * (half adversarial), written by a twelfth helper who never opened the guard's code,
 * data or the earlier blind sets (see README.md here), written while round 11 used blind set 11
 * as development data. Evaluated once, after round 11: the honest estimate of recall and
 * precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-12',
  'content guard recall and precision on blind set 12 (written without sight of the guard or the earlier blind sets)',
  dirname(fileURLToPath(import.meta.url)),
);
