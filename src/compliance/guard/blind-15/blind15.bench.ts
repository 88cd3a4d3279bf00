/**
 * The content guard on blind set 15: 200 texts of spoken language (robot scripts, voicemails, call transcripts)
 * written by a fifteenth helper who never opened the guard's code,
 * data or the earlier blind sets (see README.md here), written while round 14 used blind set 14
 * as development data. Evaluated once, after round 14: the honest estimate of recall and
 * precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-15',
  'content guard recall and precision on blind set 15 (written without sight of the guard or the earlier blind sets)',
  dirname(fileURLToPath(import.meta.url)),
);
