/**
 * The content guard: judges one outgoing text (template, robot utterance, agent note or
 * message) in zh-CN or English for threats, obscenity and insults, false representation,
 * time-barred suit threats, undue pressure and third-party disclosure.
 *
 * Synchronous and allocation-light: lexicons and the classifier are built once at module
 * load; a short text takes tens of microseconds. It judges what the text SAYS; required
 * parts that are missing (debt-collector disclosure, opt-out notice, limited-content form)
 * are the gate's job. See README.md in this folder for the policy.
 */
import { classifyText, type LoadedClassifier } from './classifier.ts';
import { normalizeText, toOriginalRange } from './normalize.ts';
import { maskUnscreened, PARTLY_UNSCREENED_WARNING, UNSCREENED_LANGUAGE_WARNING } from './language.ts';
import { findRuleSpans, hasReassuranceCue, hasRebuttal, type RuleStats } from './rules.ts';
import { guardReasons, type GuardInput, type GuardReason, type GuardResult, type GuardSpan } from './types.ts';

export { guardReasons, type GuardInput, type GuardReason, type GuardResult, type GuardSpan } from './types.ts';
export { detectLanguage } from './language.ts';

/** Options for callers that want the parts of the verdict. */
export type GuardOptions = {
  /** Use the trained classifier in addition to the rules (default true). */
  useClassifier?: boolean;
  /** A classifier to use instead of the stored one (cross-validation). */
  classifier?: LoadedClassifier | null;
};

/**
 * Judges one text. `allowed` is false exactly when at least one reason is found; spans
 * are UTF-16 offsets (JS string indices) into `input.text`, sorted by start.
 * @example guardText({ text: 'Pay now or we will tell your employer.' })
 *   // { allowed: false, reasons: ['prohibited_content_threat'], spans: [{ start: 19, end: 37, … }] }
 */
export function guardText(input: GuardInput, options: GuardOptions = {}): GuardResult {
  const text = typeof input.text === 'string' ? input.text : '';
  if (text.trim() === '') return { allowed: true, reasons: [], spans: [] };
  const n = normalizeText(text);
  const stats: RuleStats = { cancelled: 0 };
  const found = findRuleSpans(
    n,
    { timeBarred: input.timeBarred === true, thirdParty: input.audience === 'third_party' },
    stats,
  );
  const spans: GuardSpan[] = found.map((f) => ({ ...toOriginalRange(n, f.start, f.end), reason: f.reason }));
  // sentences in a language the model does not know are blanked out for it (offsets kept)
  const { masked, blanked } = maskUnscreened(n.text);
  const modelLanguage = masked.trim() !== '';
  if (options.useClassifier !== false && modelLanguage) {
    const flagged = new Set(spans.map((s) => s.reason));
    const rulesFlagged = spans.length > 0;
    const reassured: boolean | 'strong' =
      !rulesFlagged && hasRebuttal(n.text) ? 'strong' : stats.cancelled > 0 || (!rulesFlagged && hasReassuranceCue(n.text));
    const hits =
      options.classifier === undefined
        ? classifyText(masked, undefined, rulesFlagged, reassured)
        : classifyText(masked, options.classifier, rulesFlagged, reassured);
    for (const hit of hits) {
      if (flagged.has(hit.reason)) continue;
      spans.push({ ...toOriginalRange(n, hit.start, hit.end), reason: hit.reason });
    }
  }
  const merged = mergeSpans(spans);
  const reasons = guardReasons.filter((r) => merged.some((s) => s.reason === r));
  const result: GuardResult = { allowed: reasons.length === 0, reasons: [...reasons], spans: merged };
  if (!modelLanguage) result.warnings = [UNSCREENED_LANGUAGE_WARNING];
  else if (blanked) result.warnings = [PARTLY_UNSCREENED_WARNING];
  return result;
}

/** Merges overlapping or touching spans of the same reason; sorts by start, then reason order. */
function mergeSpans(spans: GuardSpan[]): GuardSpan[] {
  const byReason = new Map<GuardReason, GuardSpan[]>();
  for (const s of spans) {
    const list = byReason.get(s.reason) ?? [];
    list.push(s);
    byReason.set(s.reason, list);
  }
  const out: GuardSpan[] = [];
  for (const [reason, list] of byReason) {
    list.sort((a, b) => a.start - b.start);
    let cur = { ...list[0] };
    for (const s of list.slice(1)) {
      if (s.start <= cur.end) cur.end = Math.max(cur.end, s.end);
      else {
        out.push(cur);
        cur = { ...s, reason };
      }
    }
    out.push(cur);
  }
  return out.sort((a, b) => a.start - b.start || guardReasons.indexOf(a.reason) - guardReasons.indexOf(b.reason));
}
