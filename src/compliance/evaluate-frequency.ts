/**
 * Frequency rules over the contact history: US 7-in-7 and the post-conversation wait
 * (1006.14(b)), the TCPA residential cap (64.1200(a)(3)(iii)) and the Chinese daily caps
 * (GB/T 45251-2025; CBA 2026). All count by local calendar date in the debtor's primary zone.
 */
import { debtKeyOf, isCall, isCallEvent, personKey, sameAddress, type Ctx } from './evaluate-context.ts';
import type { TimeRule } from './evaluate-time.ts';
import { instantAt, localDay } from './rules/zone-time.ts';
import type { ContactEvent } from './scenario.ts';

function nextDay(ctx: Ctx): (t: number) => number {
  return (t) => instantAt(ctx.zone, localDay(ctx.zone, t) + 1, 0);
}

function eventDebtKeys(ctx: Ctx, e: ContactEvent, ids: string[] | undefined): string[] | null {
  if (ids === undefined || ids.length === 0) return null; // unknown debt: counts toward every debt (fail closed)
  return ids.map((id) => debtKeyOf(ctx.s, id));
}

function touches(keys: string[] | null, key: string): boolean {
  return keys === null || keys.includes(key);
}

/** The 1006.14(b)(3)(i) consent exclusion: is a call at `at` about `key` to the person covered by consent? */
function consentCovers(ctx: Ctx, key: string, at: number): boolean {
  const h = ctx.s.history;
  for (let i = 0; i < h.length; i++) {
    const c = h[i];
    if (c.kind !== 'consent_to_calls' || c.at > at || personKey(c) !== ctx.person) continue;
    if (!touches(eventDebtKeys(ctx, c, c.debtId === undefined ? undefined : [c.debtId]), key)) continue;
    const startDay = c.consentWindow ? dayOf(ctx, c.consentWindow.from) : ctx.eventDay(i);
    let endDay = startDay + 6;
    if (c.consentWindow) endDay = Math.min(endDay, dayOf(ctx, c.consentWindow.to));
    const d = localDay(ctx.zone, at);
    if (d < startDay || d > endDay) continue;
    const ended = h.some(
      (e) => e.at > c.at && e.at <= at && personKey(e) === ctx.person &&
        ((e.kind === 'conversation' && touches(eventDebtKeys(ctx, e, e.discussedDebtIds ?? (e.debtId === undefined ? undefined : [e.debtId])), key)) ||
          (e.kind === 'opt_out_request' && e.channel === 'phone')),
    );
    if (!ended) return true;
  }
  return false;
}

function dayOf(ctx: Ctx, v: { day: number } | { at: number }): number {
  return 'day' in v ? v.day : localDay(ctx.zone, v.at);
}

function countsAsPlacedCall(ctx: Ctx, e: ContactEvent, i: number): boolean {
  return isCallEvent(e) && e.direction === 'outbound' && e.connected && !e.misdirected && personKey(e) === ctx.person && i >= 0;
}

function sevenInSeven(ctx: Ctx, key: string): TimeRule {
  const { callsPerWindow, callWindowDays } = ctx.pack.params;
  const citation = ctx.pack.sources.callsPerWindow ?? '12 CFR 1006.14(b)(2)(i)(A)';
  return {
    reason: 'frequency_7_in_7',
    check: (t) => {
      if (consentCovers(ctx, key, t)) return null;
      const day = localDay(ctx.zone, t);
      let n = 0;
      const h = ctx.s.history;
      for (let i = 0; i < h.length; i++) {
        const e = h[i];
        if (e.at > t || !countsAsPlacedCall(ctx, e, i)) continue;
        const d = ctx.eventDay(i);
        if (d > day || d <= day - callWindowDays) continue;
        const ids = e.debtId === undefined ? undefined : e.kind === 'voicemail' ? [e.debtId, ...(e.discussedDebtIds ?? [])] : [e.debtId];
        if (!touches(eventDebtKeys(ctx, e, ids), key)) continue;
        if (consentCovers(ctx, key, e.at)) continue;
        n++;
      }
      return n >= callsPerWindow ? citation : null;
    },
    next: nextDay(ctx),
  };
}

function postConversation(ctx: Ctx, key: string): TimeRule {
  const wait = ctx.pack.params.postConversationWaitDays;
  return {
    reason: 'post_conversation_wait',
    check: (t) => {
      if (consentCovers(ctx, key, t)) return null;
      const day = localDay(ctx.zone, t);
      const h = ctx.s.history;
      for (let i = 0; i < h.length; i++) {
        const e = h[i];
        if (e.kind !== 'conversation' || e.channel !== 'phone' || e.at > t || e.misdirected || !e.connected) continue;
        if (personKey(e) !== ctx.person) continue;
        const d = ctx.eventDay(i);
        if (d > day || d <= day - wait) continue;
        if (touches(eventDebtKeys(ctx, e, e.discussedDebtIds ?? (e.debtId === undefined ? undefined : [e.debtId])), key)) {
          return '12 CFR 1006.14(b)(2)(i)(B)';
        }
      }
      return null;
    },
    next: nextDay(ctx),
  };
}

function tcpaResidential(ctx: Ctx): TimeRule {
  const { tcpaResidentialCalls, tcpaWindowDays } = ctx.pack.params;
  const p = ctx.p;
  const sameLine = (e: ContactEvent) => (p.to && e.to ? sameAddress(p.to, e.to) : e.numberType === 'home_landline' && !e.to);
  return {
    reason: 'tcpa_call_limit',
    check: (t) => {
      const day = localDay(ctx.zone, t);
      let n = 0;
      const h = ctx.s.history;
      for (let i = 0; i < h.length; i++) {
        const e = h[i];
        if (!e.automation || e.direction !== 'outbound' || !isCallEvent(e) || e.at > t || !sameLine(e)) continue;
        const d = ctx.eventDay(i);
        if (d <= day && d > day - tcpaWindowDays) n++;
      }
      return n >= tcpaResidentialCalls ? '47 CFR 64.1200(a)(3)(iii)' : null;
    },
    next: nextDay(ctx),
  };
}

/** US call-frequency rules for a proposed call (per person, per particular debt). */
export function usFrequencyRules(ctx: Ctx): TimeRule[] {
  if (!isCall(ctx.p) || ctx.partyClass === 'permitted') return [];
  const rules: TimeRule[] = [];
  for (const key of ctx.debtKeys) rules.push(sevenInSeven(ctx, key), postConversation(ctx, key));
  if (ctx.p.automation && ctx.p.numberType === 'home_landline' && !hasTcpaConsent(ctx)) rules.push(tcpaResidential(ctx));
  return rules;
}

/** True when the called number has prior express consent (47 U.S.C. 227(b)). */
export function hasTcpaConsent(ctx: Ctx): boolean {
  const to = ctx.p.to;
  return to !== undefined && ctx.s.debtor.flags.tcpaConsentNumbers.some((n) => sameAddress(n, to));
}

function cnConnected(ctx: Ctx): TimeRule {
  const cap = ctx.pack.params.cnConnectedCallsPerDay;
  return {
    reason: 'frequency_daily_cap',
    check: (t) => {
      const day = localDay(ctx.zone, t);
      let n = 0;
      const h = ctx.s.history;
      for (let i = 0; i < h.length; i++) {
        const e = h[i];
        if (e.party !== 'debtor' || e.direction !== 'outbound' || !e.connected || e.misdirected || e.at > t) continue;
        if ((e.kind === 'conversation' && e.channel === 'phone') || e.kind === 'voicemail') {
          if (ctx.eventDay(i) === day) n++;
        }
      }
      return n >= cap ? `GB/T 45251-2025 (≤ ${cap} connected calls per debtor per day)` : null;
    },
    next: nextDay(ctx),
  };
}

function cnUnanswered(ctx: Ctx): TimeRule {
  const cap = ctx.pack.params.cnUnansweredPerNumberPerDay;
  const p = ctx.p;
  const sameNumber = (e: ContactEvent) => (p.to ? e.to !== undefined && sameAddress(p.to, e.to) : personKey(e) === ctx.person);
  return {
    reason: 'frequency_daily_cap',
    check: (t) => {
      const day = localDay(ctx.zone, t);
      let n = 0;
      const h = ctx.s.history;
      for (let i = 0; i < h.length; i++) {
        const e = h[i];
        if (e.kind !== 'call_attempt' || e.channel !== 'phone' || e.direction !== 'outbound' || e.at > t || !sameNumber(e)) continue;
        if (ctx.eventDay(i) === day) n++;
      }
      return n >= cap ? `CBA 2026 (≤ ${cap} unanswered attempts per number per day)` : null;
    },
    next: nextDay(ctx),
  };
}

/** Chinese daily caps for a proposed call. */
export function cnFrequencyRules(ctx: Ctx): TimeRule[] {
  if (!isCall(ctx.p)) return [];
  const rules: TimeRule[] = [];
  if (ctx.p.party === 'debtor') rules.push(cnConnected(ctx));
  const types = ctx.pack.params.cnUnansweredCreditorTypes;
  if (ctx.debts.some((d) => d.creditorType !== undefined && types.includes(d.creditorType))) rules.push(cnUnanswered(ctx));
  return rules;
}
