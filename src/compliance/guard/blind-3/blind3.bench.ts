/**
 * The content guard on blind set 3: 320 texts written by a third helper who never opened the
 * guard's code, data or the earlier blind sets (see README.md here), written while round 2 of
 * the guard used blind set 2 as development data. Evaluated once, after round 2: the honest
 * estimate of recall and precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-3',
  'content guard recall and precision on blind set 3 (written without sight of the guard or the earlier blind sets)',
  dirname(fileURLToPath(import.meta.url)),
);
