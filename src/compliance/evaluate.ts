/**
 * `decideContact`: the one pure decision every contact path uses. Given a parsed scenario
 * (debtor, debts, full history, proposed contact) and a rule pack, it returns every blocking
 * reason of the §0.2 vocabulary with its citation, warnings, and, when the block is only
 * about time or frequency, the earliest instant at which the same contact would be allowed.
 */
import { buildContext, type Ctx } from './evaluate-context.ts';
import { evaluateChannel } from './evaluate-channel.ts';
import { evaluateContent } from './evaluate-content.ts';
import { checkFrequency, cnFrequencyRules, nextDay, usFrequencyRules } from './evaluate-frequency.ts';
import { evaluateHolds } from './evaluate-holds.ts';
import { evaluateParties } from './evaluate-parties.ts';
import { checkDesignated, checkWindow, nextDesignated, nextWindow, timeRules, type TimeRule } from './evaluate-time.ts';
import type { RulePack } from './rules/packs.ts';
import { reasonCodes, type ReasonCode } from './rules/reasons.ts';
import { DAY_MS, formatInstant } from './rules/zone-time.ts';
import type { Scenario } from './scenario.ts';

/** The decision on one proposed contact. */
export type ContactDecision = {
  allowed: boolean;
  /** Blocking reasons, in vocabulary order; empty when allowed. */
  reasons: ReasonCode[];
  /** `citations[i]` is the rule that `reasons[i]` rests on. */
  citations: string[];
  /** Non-blocking concerns (fail-closed assumptions, advice). */
  warnings: string[];
  /** Earliest instant (ISO, UTC) the same contact would be allowed, when only time/frequency blocks; else null. */
  nextAllowedAt: string | null;
  packId: string;
  packVersion: string;
};

/** The reasons only time rules give (time of day and day-based counts): they have a next allowed time. */
const timeReasons: ReadonlySet<ReasonCode> = new Set(['inconvenient_time', 'frequency_7_in_7', 'post_conversation_wait', 'frequency_daily_cap', 'tcpa_call_limit']);

/** How far ahead `nextAllowedAt` is searched. */
const HORIZON_MS = 400 * DAY_MS;

function timeAndFrequencyRules(ctx: Ctx): TimeRule[] {
  const rules = timeRules(ctx);
  if (ctx.regime === 'US_REG_F') usFrequencyRules(ctx, rules);
  if (ctx.regime === 'CN_NIFA') cnFrequencyRules(ctx, rules);
  return rules;
}

function check(ctx: Ctx, r: TimeRule, t: number): string | null {
  if (r.type === 'window') return checkWindow(ctx, r.zone, r.primary, t);
  if (r.type === 'designated') return checkDesignated(ctx, r.entry, t);
  return checkFrequency(ctx, r, t);
}

function nextTry(ctx: Ctx, r: TimeRule, t: number): number {
  if (r.type === 'window') return nextWindow(ctx, r.zone, t);
  if (r.type === 'designated') return nextDesignated(ctx, r.entry, t);
  return nextDay(ctx, t);
}

/** Searches the earliest instant ≥ start at which no time rule blocks. */
function searchNextAllowed(ctx: Ctx, rules: TimeRule[], start: number): number | null {
  let t = start;
  for (let i = 0; i < 2000; i++) {
    let r: TimeRule | null = null;
    for (const x of rules) {
      if (check(ctx, x, t) !== null) {
        r = x;
        break;
      }
    }
    if (!r) return t;
    const next = nextTry(ctx, r, t);
    t = next > t ? next : t + 60_000;
    if (t - start > HORIZON_MS) return null;
  }
  return null;
}

/**
 * Decides one proposed contact.
 * @example decideContact(parseScenario(raw).scenario, resolvePack('US_REG_F'))
 */
export function decideContact(scenario: Scenario, pack: RulePack): ContactDecision {
  const ctx = buildContext(scenario, pack);
  const rules = timeAndFrequencyRules(ctx);
  for (const r of rules) {
    if (ctx.blocks.has(r.reason)) continue;
    const citation = check(ctx, r, ctx.p.at);
    if (citation !== null) ctx.blocks.set(r.reason, citation);
  }
  evaluateHolds(ctx);
  evaluateParties(ctx);
  evaluateChannel(ctx);
  evaluateContent(ctx);
  const reasons: ReasonCode[] = [];
  const citations: string[] = [];
  let onlyTime = ctx.blocks.size > 0;
  if (ctx.blocks.size > 0) {
    for (const r of reasonCodes) {
      const c = ctx.blocks.get(r);
      if (c === undefined) continue;
      reasons.push(r);
      citations.push(c);
      if (!timeReasons.has(r)) onlyTime = false;
    }
  }
  const next = onlyTime ? searchNextAllowed(ctx, rules, ctx.p.at) : null;
  return {
    allowed: reasons.length === 0,
    reasons,
    citations,
    warnings: ctx.warnings,
    nextAllowedAt: next === null ? null : formatInstant(next),
    packId: pack.id,
    packVersion: pack.version,
  };
}
