/**
 * The content guard on blind set 9: 320 texts, messages of the kind found in a year of consumer complaints
 * (half adversarial), written by a ninth helper who never opened the guard's code,
 * data or the earlier blind sets (see README.md here), written while round 8 used blind set 8
 * as development data. Evaluated once, after round 8: the honest estimate of recall and
 * precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-9',
  'content guard recall and precision on blind set 9 (written without sight of the guard or the earlier blind sets)',
  dirname(fileURLToPath(import.meta.url)),
);
