/**
 * Time rules: the permitted hours in every zone where the debtor may be (US 1006.6(b)(1)(i)
 * and comment 6(b)(1)(i)-2; UK firm window under CONC 7.9.4R; CN 22:00-08:00), and times the
 * debtor or creditor designated as inconvenient. Each rule can say whether it blocks at an
 * instant and, if so, the next instant worth trying, so that `nextAllowedAt` can be searched.
 */
import type { Ctx } from './evaluate-context.ts';
import type { ReasonCode } from './rules/reasons.ts';
import { instantAt, isoWeekday, localDay, localMinute } from './rules/zone-time.ts';
import type { InconvenientTime } from './scenario.ts';

/** A rule that depends on the instant of the contact (time of day, day-based counts). */
export type TimeRule = {
  reason: ReasonCode;
  /** The citation when the rule blocks at `t`, else null. */
  check: (t: number) => string | null;
  /** An instant > t at which the rule may stop blocking. */
  next: (t: number) => number;
};

const windowCitation = {
  US_REG_F: '12 CFR 1006.6(b)(1)(i)',
  UK_CONC: 'FCA CONC 7.9.4R (firm contact window)',
  CN_NIFA: 'GB/T 45251-2025; CBA 2026 (no collection 22:00-08:00)',
} as const;

function windowRule(ctx: Ctx, zone: string, primary: boolean): TimeRule {
  const w = ctx.pack.params.window;
  const open = (m: number) => (w.edgesBlocked ? m > w.startMinute && m < w.endMinute : m >= w.startMinute && m < w.endMinute);
  const first = w.edgesBlocked ? w.startMinute + 1 : w.startMinute;
  let citation: string = windowCitation[ctx.regime];
  if (!primary && ctx.regime === 'US_REG_F') citation += '; comment 6(b)(1)(i)-2 (every known location)';
  if (!primary && ctx.regime !== 'US_REG_F') citation += ' (every known location)';
  return {
    reason: 'inconvenient_time',
    check: (t) => (open(localMinute(zone, t)) ? null : citation),
    next: (t) => {
      const d = localDay(zone, t);
      const m = localMinute(zone, t);
      const candidate = instantAt(zone, m < first ? d : d + 1, first);
      return candidate > t ? candidate : t + 60_000;
    },
  };
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

function designatedRule(ctx: Ctx, entry: InconvenientTime): TimeRule {
  const zone = ctx.zone;
  const citation = {
    US_REG_F: '12 CFR 1006.6(b)(1); comment 6(b)(1)-1 (time designated as inconvenient)',
    UK_CONC: 'FCA CONC 7.9.4R (customer\'s reasonable request)',
    CN_NIFA: 'GB/T 45251-2025 (agreed contact time)',
  }[ctx.regime];
  return {
    reason: 'inconvenient_time',
    check: (t) => (covers(entry, localDay(zone, t), localMinute(zone, t), t) ? citation : null),
    next: (t) => {
      const d = localDay(zone, t);
      const m = localMinute(zone, t);
      const to = entry.to ?? 1440;
      const endDay = (entry.from ?? 0) > to && m >= (entry.from ?? 0) ? d + 1 : d;
      const candidate = to >= 1440 ? instantAt(zone, endDay + 1, 0) : instantAt(zone, endDay, to);
      return candidate > t ? candidate : t + 60_000;
    },
  };
}

/**
 * The time-of-day rules for this contact. Letters are exempt (a letter is not received when
 * it is posted); a respond-once reply to a consumer-initiated message is exempt
 * (comment 6(b)(1)-2).
 */
export function timeRules(ctx: Ctx): TimeRule[] {
  if (ctx.p.channel === 'letter') return [];
  if (ctx.reply && ctx.partyClass === 'consumer') return [];
  const rules = ctx.zones.map((z, i) => windowRule(ctx, z, i === 0));
  if (ctx.partyClass === 'consumer') {
    for (const entry of ctx.s.debtor.flags.inconvenientTimes) rules.push(designatedRule(ctx, entry));
  }
  return rules;
}
