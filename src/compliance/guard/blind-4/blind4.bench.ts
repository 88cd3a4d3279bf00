/**
 * The content guard on blind set 4: 320 texts written by a fourth helper who never opened the
 * guard's code, data or the earlier blind sets (see README.md here), written while round 3 of
 * the guard used blind set 3 as development data. Evaluated once, after round 3: the honest
 * estimate of recall and precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-4',
  'content guard recall and precision on blind set 4 (development data since round 4 of the guard; its first look, after round 3, was 91.5 % / 92.5 %)',
  dirname(fileURLToPath(import.meta.url)),
);
