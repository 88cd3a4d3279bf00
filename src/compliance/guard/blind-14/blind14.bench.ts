/**
 * The content guard on blind set 14: 240 texts, one day of everything a collection platform sends
 * (half adversarial), written by a fourteenth helper who never opened the guard's code,
 * data or the earlier blind sets (see README.md here), written while round 13 used blind set 13
 * as development data. Evaluated once, after round 13: the honest estimate of recall and
 * precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-14',
  'content guard recall and precision on blind set 14 (written without sight of the guard or the earlier blind sets)',
  dirname(fileURLToPath(import.meta.url)),
);
