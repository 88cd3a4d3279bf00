/**
 * The content guard on blind set 11: 320 texts, message templates submitted for compliance approval
 * (half adversarial), written by an eleventh helper who never opened the guard's code,
 * data or the earlier blind sets (see README.md here), written while round 10 used blind set 10
 * as development data. Evaluated once, after round 10: the honest estimate of recall and
 * precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-11',
  'content guard recall and precision on blind set 11 (written without sight of the guard or the earlier blind sets)',
  dirname(fileURLToPath(import.meta.url)),
);
