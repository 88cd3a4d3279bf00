/**
 * Time rules: the permitted hours in every zone where the debtor may be (US 1006.6(b)(1)(i)
 * and comment 6(b)(1)(i)-2; UK firm window under CONC 7.9.4R; CN 22:00-08:00), and times the
 * debtor or creditor designated as inconvenient. Each rule can say whether it blocks at an
 * instant and, if so, the next instant worth trying, so that `nextAllowedAt` can be searched.
 */
import type { Ctx } from './evaluate-context.ts';
import { instantAt, isoWeekday, localDay, localMinute, localSecond } from './rules/zone-time.ts';
import type { InconvenientTime } from './scenario.ts';

/**
 * A rule that depends on the instant of the contact (time of day, day-based counts), as plain
 * data: `checkTimeRule` says whether it blocks at an instant, `nextTry` the next instant worth
 * trying, so that `nextAllowedAt` can be searched. (Data plus a switch rather than closures:
 * the gate builds these for every decision.)
 */
export type TimeRule =
  | { type: 'window'; reason: 'inconvenient_time'; zone: string; primary: boolean }
  | { type: 'designated'; reason: 'inconvenient_time'; entry: InconvenientTime }
  | FrequencyRule;

/**
 * A day-based count. `memoDay`/`memo` remember the result for one local day: when no history
 * event lies after the proposal, a count depends only on the local day of the instant.
 */
export type FrequencyRule = { memoDay: number; memo: string | null } & (
  | { type: 'calls7'; reason: 'frequency_7_in_7'; key: string }
  | { type: 'postConversation'; reason: 'post_conversation_wait'; key: string }
  | { type: 'tcpaResidential'; reason: 'tcpa_call_limit' }
  | { type: 'cnConnected'; reason: 'frequency_daily_cap' }
  | { type: 'cnUnanswered'; reason: 'frequency_daily_cap' }
);

const windowCitation = {
  US_REG_F: '12 CFR 1006.6(b)(1)(i)',
  UK_CONC: 'FCA CONC 7.9.4R (firm contact window)',
  CN_NIFA: 'GB/T 45251-2025; CBA 2026 (no collection 22:00-08:00)',
} as const;

const otherZoneCitation = {
  US_REG_F: '12 CFR 1006.6(b)(1)(i); comment 6(b)(1)(i)-2 (every known location)',
  UK_CONC: 'FCA CONC 7.9.4R (firm contact window, every known location)',
  CN_NIFA: 'GB/T 45251-2025; CBA 2026 (no collection 22:00-08:00, every known location)',
} as const;

const designatedCitation = {
  US_REG_F: '12 CFR 1006.6(b)(1); comment 6(b)(1)-1 (time designated as inconvenient)',
  UK_CONC: 'FCA CONC 7.9.4R (customer\'s reasonable request)',
  CN_NIFA: 'GB/T 45251-2025 (agreed contact time)',
} as const;

/**
 * Whether the contact window is open at the instant in the zone. To the second: with both
 * edges blocked (US, RULES §0.5) 08:00:00 and 21:00:00 are closed, 08:00:01 and 20:59:59 open.
 */
export function checkWindow(ctx: Ctx, zone: string, primary: boolean, t: number): string | null {
  const w = ctx.pack.params.window;
  const s = localSecond(zone, t);
  const start = w.startMinute * 60;
  const end = w.endMinute * 60;
  const open = w.edgesBlocked ? s > start && s < end : s >= start && s < end;
  if (open) return null;
  return primary ? windowCitation[ctx.regime] : otherZoneCitation[ctx.regime];
}

/** The next opening of the window in the zone after t. */
export function nextWindow(ctx: Ctx, zone: string, t: number): number {
  const w = ctx.pack.params.window;
  // the first open second: one second after the start when the start itself is closed
  const after = w.edgesBlocked ? 1000 : 0;
  const d = localDay(zone, t);
  const today = instantAt(zone, d, w.startMinute) + after;
  const candidate = today > t ? today : instantAt(zone, d + 1, w.startMinute) + after;
  return candidate > t ? candidate : t + 1000;
}

function covers(entry: InconvenientTime, day: number, minute: number, t: number): boolean {
  if (entry.daysOfWeek && entry.daysOfWeek.length > 0 && !entry.daysOfWeek.includes(isoWeekday(day))) return false;
  if (entry.until) {
    if ('day' in entry.until ? day > entry.until.day : t >= entry.until.at) return false;
  }
  const from = entry.from ?? 0;
  const to = entry.to ?? 1440;
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** Whether a designated inconvenient time (local to the primary zone) covers the instant. */
export function checkDesignated(ctx: Ctx, entry: InconvenientTime, t: number): string | null {
  return covers(entry, localDay(ctx.zone, t), localMinute(ctx.zone, t), t) ? designatedCitation[ctx.regime] : null;
}

/** The end of the designated time that covers t. */
export function nextDesignated(ctx: Ctx, entry: InconvenientTime, t: number): number {
  const zone = ctx.zone;
  const d = localDay(zone, t);
  const m = localMinute(zone, t);
  const from = entry.from ?? 0;
  const to = entry.to ?? 1440;
  const endDay = from > to && m >= from ? d + 1 : d;
  const candidate = to >= 1440 ? instantAt(zone, endDay + 1, 0) : instantAt(zone, endDay, to);
  return candidate > t ? candidate : t + 60_000;
}

/**
 * The time-of-day rules for this contact. Letters are exempt (a letter is not received when
 * it is posted); a respond-once reply to a consumer-initiated message is exempt
 * (comment 6(b)(1)-2).
 */
export function timeRules(ctx: Ctx): TimeRule[] {
  if (ctx.p.channel === 'letter') return [];
  if (ctx.reply && ctx.partyClass === 'consumer') return [];
  const rules: TimeRule[] = ctx.zones.map((zone, i) => ({ type: 'window', reason: 'inconvenient_time', zone, primary: i === 0 }));
  if (ctx.partyClass === 'consumer') {
    for (const entry of ctx.s.debtor.flags.inconvenientTimes) rules.push({ type: 'designated', reason: 'inconvenient_time', entry });
  }
  return rules;
}
