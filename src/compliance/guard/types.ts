/** Types shared by the content guard's parts. */

/** Reasons the guard can give (a subset of the RULES.md §0.2 vocabulary). */
export const guardReasons = [
  'prohibited_content_threat',
  'prohibited_content_obscene',
  'false_representation',
  'time_barred_suit_threat',
  'undue_pressure',
  'third_party_disclosure',
] as const;

export type GuardReason = (typeof guardReasons)[number];

export type GuardLang = 'zh' | 'en';

export type GuardAudience = 'debtor' | 'third_party';

/** What the guard judges: one outgoing text and what is known about its context. */
export type GuardInput = {
  text: string;
  /** `zh` or `en`; detected from the share of Chinese characters when absent. */
  lang?: GuardLang;
  /** `debtor` (default) or `third_party` (anyone who is not the consumer or a permitted party). */
  audience?: GuardAudience;
  /** The channel (phone, sms, email, letter, social_media); informational. */
  channel?: string;
  /**
   * The debt is time-barred (its limitation period has run). When true, any threat or
   * mention of suing, court action or referral to lawyers is `time_barred_suit_threat`.
   * When absent, that reason is given only when the text itself says the debt is time-barred.
   */
  timeBarred?: boolean;
};

/** One located finding; `start`/`end` are UTF-16 code-unit offsets (JS string indices) into the original text. */
export type GuardSpan = { start: number; end: number; reason: GuardReason };

/**
 * The guard's verdict. `allowed` is false exactly when `reasons` is non-empty.
 * `warnings` is present only when something was not judged: a text in a language the
 * classifier was not trained on (only the rules judged it).
 */
export type GuardResult = { allowed: boolean; reasons: GuardReason[]; spans: GuardSpan[]; warnings?: string[] };

/** One pattern of a rule lexicon. */
export type PatternRule = {
  /** Stable id, e.g. `en.threat.arrest`, shown in explanations and tests. */
  id: string;
  reason: GuardReason;
  re: RegExp;
  /** A preceding negation in the same clause ("we will not…", "不会…") cancels the match. Default true. */
  negatable?: boolean;
  /**
   * `time_barred`: applies only when the debt is time-barred; `third_party`: only when the
   * reader is a third party; `addresses_third_party`: a match shows the text is written to a
   * third party ("you are listed as his emergency contact"), which turns on the `third_party` rules.
   */
  when?: 'time_barred' | 'third_party' | 'addresses_third_party';
  /** The match is cancelled when the text just before it (40 characters) matches this. */
  notAfter?: RegExp;
  /**
   * Substrings of the normalised text of which at least one must occur for the rule to run (a
   * cheap gate that keeps rarely relevant patterns from running on every text).
   */
  needs?: readonly string[];
  /** The match is cancelled when its sentence matches this (lawful context, e.g. "after a court judgment"). */
  exempt?: RegExp;
};
