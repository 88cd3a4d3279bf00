/**
 * The content guard on blind set 10: 320 texts, outgoing turns of robots and agents in live calls and chats
 * (half adversarial), written by a tenth helper who never opened the guard's code,
 * data or the earlier blind sets (see README.md here), written while round 9 used blind set 9
 * as development data. Evaluated once, after round 9: the honest estimate of recall and
 * precision on text the guard has never seen.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindBenchmark } from '../blind/blind-benchmark.ts';

export const benchmark = blindBenchmark(
  'content-guard-blind-10',
  'content guard recall and precision on blind set 10 (written without sight of the guard or the earlier blind sets)',
  dirname(fileURLToPath(import.meta.url)),
);
