/**
 * The content guard on blind set 7: 320 texts of realistic collection traffic across many kinds
 * of lender (half adversarial), written by a seventh helper who never opened the guard's code,
 * data or the earlier blind sets (see README.md here), written while round 6 used blind set 6
 * as development data. Evaluated once, after round 6: the honest estimate of recall and
 * precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-7',
  'content guard recall and precision on blind set 7 (development data since round 7 of the guard; its one blind look, after round 6, was 93.2 % / 94.8 %)',
  dirname(fileURLToPath(import.meta.url)),
);
