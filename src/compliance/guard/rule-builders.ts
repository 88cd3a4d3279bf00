/**
 * Builders of the lexicons' pattern rules, one per rule file and language: `ruleMaker('en.r9')`
 * gives `(id, reason, src, opts)` → a rule with id `en.r9.<id>`. Latin-script patterns have
 * their leading `\b` hoisted (see regex-util.ts); Chinese ones are used as written.
 */
import { hoistWordBoundary } from './regex-util.ts';
import type { GuardReason, PatternRule } from './types.ts';

/** A rule's options besides its id, reason and pattern. */
export type RuleOpts = Omit<PatternRule, 'id' | 'reason' | 're'>;

/** The rule builder of one file and language: `latin` hoists word boundaries (English, Spanish). */
export function ruleMaker(prefix: string, latin: boolean): (id: string, reason: GuardReason, src: string, opts?: RuleOpts) => PatternRule {
  return (id, reason, src, opts = {}) => ({ id: `${prefix}.${id}`, reason, re: new RegExp(latin ? hoistWordBoundary(src) : src, 'g'), ...opts });
}
