/**
 * Frequency rules over the contact history: US 7-in-7 and the post-conversation wait
 * (1006.14(b)), the TCPA residential cap (64.1200(a)(3)(iii)) and the Chinese daily caps
 * (GB/T 45251-2025; CBA 2026). All count by local calendar date in the debtor's primary zone.
 */
import { debtKeyOf, ensureDays, isCall, isCallEvent, sameAddress, samePerson, type Ctx } from './evaluate-context.ts';
import type { FrequencyRule, TimeRule } from './evaluate-time.ts';
import { instantAt, localDay } from './rules/zone-time.ts';
import type { ContactEvent } from './scenario.ts';
import type { DateOrInstant } from './scenario-time.ts';

/** The start of the next local day (primary zone) after t. */
export function nextDay(ctx: Ctx, t: number): number {
  return instantAt(ctx.zone, localDay(ctx.zone, t) + 1, 0);
}

/** Whether an event is about the particular debt `key`; an event naming no debt is about every debt (fail closed). */
function about(ctx: Ctx, ids: readonly (string | undefined)[], key: string): boolean {
  let named = false;
  for (const id of ids) {
    if (id === undefined) continue;
    named = true;
    if (debtKeyOf(ctx, id) === key) return true;
  }
  return !named;
}

/** Whether a single debt id (undefined: every debt, fail closed) is the particular debt `key`. */
function aboutOne(ctx: Ctx, id: string | undefined, key: string): boolean {
  return id === undefined || debtKeyOf(ctx, id) === key;
}

/** A conversation counts for every debt discussed (default: its debtId). */
function discussedAbout(ctx: Ctx, e: ContactEvent, key: string): boolean {
  return e.discussedDebtIds && e.discussedDebtIds.length ? about(ctx, e.discussedDebtIds, key) : aboutOne(ctx, e.debtId, key);
}

function dayOf(ctx: Ctx, v: DateOrInstant): number {
  return 'day' in v ? v.day : localDay(ctx.zone, v.at);
}

/** The 1006.14(b)(3)(i) consent exclusion: is a call at `at` about `key` to the person covered by consent? */
function consentCovers(ctx: Ctx, key: string, at: number): boolean {
  if (!ctx.hasConsent) return false;
  const h = ctx.s.history;
  const d = localDay(ctx.zone, at);
  for (let i = 0; i < h.length; i++) {
    const c = h[i];
    if (c.kind !== 'consent_to_calls' || c.at > at || !ctx.same[i] || !aboutOne(ctx, c.debtId, key)) continue;
    const startDay = c.consentWindow ? dayOf(ctx, c.consentWindow.from) : ctx.days[i];
    const endDay = c.consentWindow ? Math.min(startDay + 6, dayOf(ctx, c.consentWindow.to)) : startDay + 6;
    if (d < startDay || d > endDay) continue;
    let ended = false;
    for (let j = 0; j < h.length && !ended; j++) {
      const e = h[j];
      if (e.at <= c.at || e.at > at || !ctx.same[j]) continue;
      ended = (e.kind === 'conversation' && discussedAbout(ctx, e, key)) || (e.kind === 'opt_out_request' && e.channel === 'phone');
    }
    if (!ended) return true;
  }
  return false;
}

function checkCalls7(ctx: Ctx, key: string, t: number): string | null {
  if (consentCovers(ctx, key, t)) return null;
  const { callsPerWindow, callWindowDays } = ctx.pack.params;
  const day = localDay(ctx.zone, t);
  const h = ctx.s.history;
  let n = 0;
  for (let i = 0; i < h.length; i++) {
    const e = h[i];
    if (!ctx.same[i] || e.at > t || e.direction !== 'outbound' || !e.connected || e.misdirected || !isCallEvent(e)) continue;
    const d = ctx.days[i];
    if (d > day || d <= day - callWindowDays) continue;
    // a call counts toward its debtId; a voicemail toward every debt it names (comment 14(b)(4)-1, -2)
    const counts = aboutOne(ctx, e.debtId, key) || (e.kind === 'voicemail' && e.discussedDebtIds !== undefined && e.discussedDebtIds.length > 0 && about(ctx, e.discussedDebtIds, key));
    if (!counts) continue;
    if (consentCovers(ctx, key, e.at)) continue;
    n++;
  }
  return n >= callsPerWindow ? (ctx.pack.sources.callsPerWindow ?? '12 CFR 1006.14(b)(2)(i)(A)') : null;
}

function checkPostConversation(ctx: Ctx, key: string, t: number): string | null {
  if (consentCovers(ctx, key, t)) return null;
  const wait = ctx.pack.params.postConversationWaitDays;
  const day = localDay(ctx.zone, t);
  const h = ctx.s.history;
  for (let i = 0; i < h.length; i++) {
    const e = h[i];
    if (!ctx.same[i] || e.kind !== 'conversation' || e.channel !== 'phone' || e.at > t || e.misdirected || !e.connected) continue;
    const d = ctx.days[i];
    if (d <= day && d > day - wait && discussedAbout(ctx, e, key)) return '12 CFR 1006.14(b)(2)(i)(B)';
  }
  return null;
}

function checkTcpaResidential(ctx: Ctx, t: number): string | null {
  const { tcpaResidentialCalls, tcpaWindowDays } = ctx.pack.params;
  const to = ctx.p.to;
  const day = localDay(ctx.zone, t);
  const h = ctx.s.history;
  let n = 0;
  for (let i = 0; i < h.length; i++) {
    const e = h[i];
    if (!e.automation || e.automation === 'autodialer' || e.direction !== 'outbound' || !isCallEvent(e) || e.at > t) continue;
    if (!(to && e.to ? sameAddress(to, e.to) : e.numberType === 'home_landline' && !e.to)) continue;
    const d = ctx.days[i];
    if (d <= day && d > day - tcpaWindowDays) n++;
  }
  return n >= tcpaResidentialCalls ? '47 CFR 64.1200(a)(3)(iii)' : null;
}

function checkCnConnected(ctx: Ctx, t: number): string | null {
  const cap = ctx.pack.params.cnConnectedCallsPerDay;
  const day = localDay(ctx.zone, t);
  const h = ctx.s.history;
  let n = 0;
  for (let i = 0; i < h.length; i++) {
    const e = h[i];
    if (e.party !== 'debtor' || e.direction !== 'outbound' || !e.connected || e.misdirected || e.at > t) continue;
    if (((e.kind === 'conversation' && e.channel === 'phone') || e.kind === 'voicemail') && ctx.days[i] === day) n++;
  }
  return n >= cap ? `GB/T 45251-2025 (≤ ${cap} connected calls per debtor per day)` : null;
}

function checkCnUnanswered(ctx: Ctx, t: number): string | null {
  const cap = ctx.pack.params.cnUnansweredPerNumberPerDay;
  const to = ctx.p.to;
  const day = localDay(ctx.zone, t);
  const h = ctx.s.history;
  let n = 0;
  for (let i = 0; i < h.length; i++) {
    const e = h[i];
    if (e.kind !== 'call_attempt' || e.channel !== 'phone' || e.direction !== 'outbound' || e.at > t) continue;
    if (!(to ? e.to !== undefined && sameAddress(to, e.to) : samePerson(e, ctx.p))) continue;
    if (ctx.days[i] === day) n++;
  }
  return n >= cap ? `CBA 2026 (≤ ${cap} unanswered attempts per number per day)` : null;
}

/** Whether a frequency rule blocks at t (its citation) or not (null). */
export function checkFrequency(ctx: Ctx, rule: FrequencyRule, t: number): string | null {
  if (ctx.historyBeforeProposal) {
    const day = localDay(ctx.zone, t);
    if (rule.memoDay === day) return rule.memo;
    const r = countRule(ctx, rule, t);
    rule.memoDay = day;
    rule.memo = r;
    return r;
  }
  return countRule(ctx, rule, t);
}

function countRule(ctx: Ctx, rule: FrequencyRule, t: number): string | null {
  switch (rule.type) {
    case 'calls7':
      return checkCalls7(ctx, rule.key, t);
    case 'postConversation':
      return checkPostConversation(ctx, rule.key, t);
    case 'tcpaResidential':
      return checkTcpaResidential(ctx, t);
    case 'cnConnected':
      return checkCnConnected(ctx, t);
    case 'cnUnanswered':
      return checkCnUnanswered(ctx, t);
  }
}

/** True when the called number has prior express consent (47 U.S.C. 227(b)). */
export function hasTcpaConsent(ctx: Ctx): boolean {
  const to = ctx.p.to;
  return to !== undefined && ctx.s.debtor.flags.tcpaConsentNumbers.some((n) => sameAddress(n, to));
}

/** Adds the US call-frequency rules for a proposed call (per person, per particular debt) to `rules`. */
export function usFrequencyRules(ctx: Ctx, rules: TimeRule[]): TimeRule[] {
  if (!isCall(ctx.p) || ctx.partyClass === 'permitted') return rules;
  ensureDays(ctx);
  for (const key of ctx.debtKeys) {
    rules.push({ type: 'calls7', reason: 'frequency_7_in_7', key, memoDay: NaN, memo: null }, { type: 'postConversation', reason: 'post_conversation_wait', key, memoDay: NaN, memo: null });
  }
  if (ctx.p.automation && ctx.p.automation !== 'autodialer' && ctx.p.numberType === 'home_landline' && !hasTcpaConsent(ctx)) rules.push({ type: 'tcpaResidential', reason: 'tcpa_call_limit', memoDay: NaN, memo: null });
  return rules;
}

const UNTYPED_CREDITOR =
  'debts[].creditorType is not given: the banks\' cap on unanswered attempts (6 per number per day) is applied / 未提供债权人类型：按银行标准限制未接通拨打次数';

/** Adds the Chinese daily caps for a proposed call to `rules`. */
export function cnFrequencyRules(ctx: Ctx, rules: TimeRule[]): TimeRule[] {
  if (!isCall(ctx.p)) return rules;
  ensureDays(ctx);
  if (ctx.p.party === 'debtor') rules.push({ type: 'cnConnected', reason: 'frequency_daily_cap', memoDay: NaN, memo: null });
  const types = ctx.pack.params.cnUnansweredCreditorTypes;
  // a debt whose creditor type is not given may be a bank's: the unanswered-attempt cap applies (fail closed)
  const untyped = ctx.debts.some((d) => d.creditorType === undefined);
  if (untyped && !ctx.warnings.includes(UNTYPED_CREDITOR)) ctx.warnings.push(UNTYPED_CREDITOR);
  if (untyped || ctx.debts.some((d) => d.creditorType !== undefined && types.includes(d.creditorType))) rules.push({ type: 'cnUnanswered', reason: 'frequency_daily_cap', memoDay: NaN, memo: null });
  return rules;
}
