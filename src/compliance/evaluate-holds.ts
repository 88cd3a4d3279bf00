/**
 * Holds: cease communication (US 1006.6(c); UK CONC 7.15.8), attorney representation
 * (1006.6(b)(2), 1006.10(b)(5)), disputes (1006.38(d)(2); CONC 7.14.1R), the bankruptcy stay
 * (11 U.S.C. 362(a)(6)), Breathing Space (SI 2020/1311) and mental capacity (CONC 7.10.1R).
 * A debtor-wide flag applies to every debt; a debt's own flag to that debt only.
 */
import { block, type Ctx } from './evaluate-context.ts';
import { validationPeriodEndDay } from './rules/us-validation.ts';
import { localDay } from './rules/zone-time.ts';
import type { BreathingSpace, Debt } from './scenario.ts';
import type { DateOrInstant } from './scenario-time.ts';

function dayOf(ctx: Ctx, v: DateOrInstant): number {
  return 'day' in v ? v.day : localDay(ctx.zone, v.at);
}

/** Purposes that are not collection: 1006.6(c)(2) notices (and an opt-out confirmation). */
function isNonCollectionNotice(ctx: Ctx, forCease: boolean): boolean {
  const purpose = ctx.p.purpose;
  if (purpose === 'termination_notice') return true;
  if (forCease && ctx.regime === 'US_REG_F') return purpose === 'remedy_notice' || purpose === 'remedy_intent';
  return !forCease && purpose === 'opt_out_confirmation';
}

/** The union of the flags of the debts the contact is about. */
type DebtHolds = { cease: boolean; attorney: boolean; disputed: boolean; bankruptcy: boolean; capacity: boolean; timeBarred: boolean; breathing: boolean };

function debtHolds(debts: readonly Debt[]): DebtHolds {
  const u: DebtHolds = { cease: false, attorney: false, disputed: false, bankruptcy: false, capacity: false, timeBarred: false, breathing: false };
  for (const d of debts) {
    const f = d.flags;
    u.cease ||= f.ceaseCommunication;
    u.attorney ||= f.attorneyRepresented;
    u.disputed ||= f.disputed;
    u.bankruptcy ||= f.bankruptcy;
    u.capacity ||= f.mentalCapacityConcern;
    u.timeBarred ||= d.timeBarred;
    u.breathing ||= Boolean(f.breathingSpace);
  }
  return u;
}

function ceaseHold(ctx: Ctx, u: DebtHolds): void {
  const f = ctx.s.debtor.flags;
  if (!(f.ceaseCommunication || u.cease)) return;
  if (ctx.partyClass !== 'consumer' || isNonCollectionNotice(ctx, true)) return;
  if (ctx.regime === 'UK_CONC') {
    const barred = u.timeBarred;
    block(ctx, 'cease_communication', barred ? 'FCA CONC 7.15.8' : 'FCA CONC 7.9.4R (customer\'s request); firm policy');
    return;
  }
  block(ctx, 'cease_communication');
}

function attorneyHold(ctx: Ctx, u: DebtHolds): void {
  const f = ctx.s.debtor.flags;
  if (!(f.attorneyRepresented || u.attorney)) return;
  if (ctx.regime !== 'US_REG_F') {
    ctx.warnings.push('attorney representation: no CONC/CN contact ban; route contact through the representative');
    return;
  }
  const known = Boolean(f.attorney?.name?.trim() && f.attorney?.address?.trim());
  if (!known) {
    ctx.warnings.push('attorneyRepresented without the attorney\'s name and address: not a 1006.6(b)(2) block until they are known; ask for them');
    return;
  }
  if (ctx.partyClass === 'consumer') {
    if (ctx.reply) return; // comment 6(b)(2)-1: may respond to a consumer-initiated communication
    block(ctx, 'attorney_represented', '12 CFR 1006.6(b)(2)');
  } else if (ctx.partyClass === 'third_party') {
    block(ctx, 'attorney_represented', '12 CFR 1006.10(b)(5)');
  }
}

function usDisputeActive(ctx: Ctx, d: Debt): boolean {
  const flagged = d.flags.disputed || ctx.s.debtor.flags.disputed;
  if (!d.writtenDisputeReceivedAt) {
    if (flagged) ctx.warnings.push(`debt ${d.id}: disputed without writtenDisputeReceivedAt; treated as a written dispute in the validation period (fail closed)`);
    return flagged && !d.verificationSentAt;
  }
  const disputeDay = dayOf(ctx, d.writtenDisputeReceivedAt);
  let endDay: number | null = null;
  if (d.validationPeriodEnd) endDay = dayOf(ctx, d.validationPeriodEnd);
  else if (d.validationNoticeSentAt) endDay = validationPeriodEndDay(dayOf(ctx, d.validationNoticeSentAt));
  if (endDay === null) ctx.warnings.push(`debt ${d.id}: no validation period known; dispute treated as inside it (fail closed)`);
  if (endDay !== null && disputeDay > endDay) {
    ctx.warnings.push(`debt ${d.id}: dispute after the validation period; collection may continue but report the debt as disputed (1006.18(c)(2))`);
    return false;
  }
  if (d.verificationSentAt) {
    const v = d.verificationSentAt;
    const disputeAt = d.writtenDisputeReceivedAt;
    const after = 'at' in v && 'at' in disputeAt ? v.at >= disputeAt.at : dayOf(ctx, v) >= disputeDay;
    if (after) return false;
  }
  return true;
}

const notValidGrounds = /afford|hardship|financial|can'?t pay|cannot pay|unemploy/i;

function disputeHold(ctx: Ctx, u: DebtHolds): void {
  if (isNonCollectionNotice(ctx, false)) return;
  const f = ctx.s.debtor.flags;
  if (ctx.regime === 'US_REG_F') {
    if (ctx.debts.some((d) => usDisputeActive(ctx, d))) block(ctx, 'dispute_pending', '12 CFR 1006.38(d)(2)');
    return;
  }
  if (!(f.disputed || u.disputed)) return;
  if (ctx.regime === 'UK_CONC' && f.disputeGrounds && notValidGrounds.test(f.disputeGrounds)) {
    ctx.warnings.push(`dispute grounds "${f.disputeGrounds}" are not grounds that the debt is not owed (CONC 7.14.2G); treat with forbearance (CONC 7.3.4R)`);
    return;
  }
  block(ctx, 'dispute_pending');
}

function breathingSpaceInForce(ctx: Ctx, b: BreathingSpace, t: number): boolean {
  const start = dayOf(ctx, b.start);
  const day = localDay(ctx.zone, t);
  if (day < start) return false;
  if (b.type === 'standard') {
    const end = b.end ? dayOf(ctx, b.end) : start + ctx.pack.params.breathingSpaceStandardDays - 1;
    return day <= end;
  }
  // mental health crisis: the crisis treatment plus 30 days; without an end it is in force
  return b.end ? day <= dayOf(ctx, b.end) + 30 : true;
}

function breathingSpaceHold(ctx: Ctx, u: DebtHolds): void {
  if (!ctx.s.debtor.flags.breathingSpace && !u.breathing) return;
  const all = [ctx.s.debtor.flags.breathingSpace, ...ctx.debts.map((d) => d.flags.breathingSpace)];
  const active = all.some((b) => b && breathingSpaceInForce(ctx, b, ctx.p.at));
  if (!active) return;
  if (ctx.regime !== 'UK_CONC') {
    ctx.warnings.push('breathing space recorded: a UK (England and Wales) moratorium; not applied under this regime');
    return;
  }
  if (ctx.p.purpose === 'termination_notice') return;
  block(ctx, 'breathing_space', 'SI 2020/1311 reg 7 (moratorium)');
}

function mentalCapacityHold(ctx: Ctx, u: DebtHolds): void {
  if (!(ctx.s.debtor.flags.mentalCapacityConcern || u.capacity)) return;
  if (ctx.regime !== 'UK_CONC') {
    ctx.warnings.push('mental capacity concern: treat as vulnerable; deal through a legal representative where one exists');
    return;
  }
  // CONC 7.10.3G: a responsible third party (e.g. lasting power of attorney) may still be dealt with
  if (ctx.p.party === 'third_party' && ctx.partyClass === 'consumer') return;
  block(ctx, 'mental_capacity_suspension', 'FCA CONC 7.10.1R');
}

/** Applies every hold to the context. */
export function evaluateHolds(ctx: Ctx): void {
  const u = debtHolds(ctx.debts);
  ceaseHold(ctx, u);
  attorneyHold(ctx, u);
  disputeHold(ctx, u);
  if ((ctx.s.debtor.flags.bankruptcy || u.bankruptcy) && ctx.p.purpose !== 'termination_notice') {
    block(ctx, 'bankruptcy_stay');
  }
  breathingSpaceHold(ctx, u);
  mentalCapacityHold(ctx, u);
  if (ctx.s.debtor.flags.financialDifficulty && ctx.regime === 'UK_CONC') {
    ctx.warnings.push('financial difficulty: forbearance and due consideration (CONC 7.3.4R)');
  }
}
