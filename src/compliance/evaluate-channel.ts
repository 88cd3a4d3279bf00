/**
 * Rules about the medium and the place: opt-outs of a medium or an electronic address
 * (1006.14(h), 1006.6(e)), inconvenient places and the workplace (1006.6(b)(1)(ii), (b)(3)),
 * forbidden formats (1006.22(f); CONC 7.9.7R/7.9.8G) and the TCPA consent for robot calls to
 * mobiles (47 U.S.C. 227(b)(1)(A)(iii)).
 */
import { block, isCall, normalizeAddress, sameAddress, type Ctx } from './evaluate-context.ts';
import { hasTcpaConsent } from './evaluate-frequency.ts';
import { privateVisibilities } from './scenario.ts';

const debtWords = /\b(debts?|collect(?:ion|ions|or|ors|ing)?|overdue|past[- ]due|delinquen\w*|arrears|recover(?:y|ies)|owed?|owing|default(?:ed)?|repossess\w*|judg(?:e)?ments?|final (?:notice|demand)|payment demand|bailiffs?)\b|债|催收|欠款|逾期|还款|追讨|讨债|欠费|催缴/i;

/** True when a text shows that the message is about a debt (for envelopes and public surfaces). */
export function mentionsDebt(text: string): boolean {
  return debtWords.test(text);
}

function optOutConfirmationAllowed(ctx: Ctx, since: number): boolean {
  if (ctx.p.purpose !== 'opt_out_confirmation' || (ctx.p.channel !== 'sms' && ctx.p.channel !== 'email')) return false;
  const already = ctx.s.history.some((e) => e.purpose === 'opt_out_confirmation' && e.direction === 'outbound' && e.at >= since && e.channel === ctx.p.channel);
  if (already) ctx.warnings.push('an opt-out confirmation was already sent; only one is allowed (1006.14(h)(2)(i))');
  return !already;
}

function mediumOptOut(ctx: Ctx): void {
  const p = ctx.p;
  // outside the US a third party's request to stop is a refusal of any contact (evaluate-parties)
  if (ctx.partyClass === 'third_party' && ctx.regime !== 'US_REG_F') return;
  const fromFlags = ctx.person === 'debtor' && ctx.s.debtor.flags.mediumOptOut.includes(p.channel);
  const electronicAddress = p.channel === 'sms' || p.channel === 'email';
  let since = -Infinity;
  const h = ctx.s.history;
  for (let i = 0; i < h.length; i++) {
    const e = h[i];
    if (e.kind !== 'opt_out_request' || e.at > p.at || e.channel !== p.channel || !ctx.same[i]) continue;
    if (e.to && electronicAddress) continue; // an opt-out of one address: electronicOptOut below
    since = e.at;
  }
  if (!fromFlags && since === -Infinity) return;
  if (ctx.reply && ctx.reply.channel === p.channel) return; // 1006.14(h)(2)(ii): respond once through that medium
  if (optOutConfirmationAllowed(ctx, since)) return;
  block(ctx, 'medium_opt_out', ctx.regime === 'US_REG_F' ? '12 CFR 1006.14(h)(1)' : undefined);
}

function electronicOptOut(ctx: Ctx): void {
  const p = ctx.p;
  if (p.channel !== 'sms' && p.channel !== 'email') return;
  const prefix = `${p.channel}:`;
  const entries = ctx.s.debtor.flags.electronicOptOut.filter((e) => e.trim().toLowerCase().startsWith(prefix)).map((e) => e.trim().slice(prefix.length));
  const requests = ctx.s.history.filter((e) => e.kind === 'opt_out_request' && e.channel === p.channel && e.to && e.at <= p.at);
  let hit = false;
  if (p.to) {
    const to = p.to;
    hit = entries.some((a) => sameAddress(a, to)) || requests.some((e) => e.to !== undefined && sameAddress(e.to, to));
  } else if (entries.length || requests.length) {
    ctx.warnings.push(`proposed ${p.channel} has no "to": cannot rule out an opted-out address (fail closed)`);
    hit = true;
  }
  if (!hit) return;
  if (ctx.reply && ctx.reply.channel === p.channel) return;
  const since = requests.length ? requests[requests.length - 1].at : -Infinity;
  if (optOutConfirmationAllowed(ctx, since)) return;
  block(ctx, 'electronic_opt_out', ctx.regime === 'US_REG_F' ? '12 CFR 1006.6(e); 1006.14(h)(1)' : undefined);
}

function inconvenientPlace(ctx: Ctx): void {
  if (ctx.regime === 'CN_NIFA' || ctx.partyClass !== 'consumer' || ctx.reply) return;
  const f = ctx.s.debtor.flags;
  const p = ctx.p;
  const us = ctx.regime === 'US_REG_F';
  if (f.inconvenientPlaces.includes('home')) {
    if (isCall(p) && p.numberType === 'home_landline') block(ctx, 'inconvenient_place', us ? '12 CFR 1006.6(b)(1)(ii); comment 6(b)(1)-1.iii' : undefined);
    if (p.channel === 'letter') block(ctx, 'inconvenient_place', us ? '12 CFR 1006.6(b)(1)(ii); comment 6(b)(1)(ii)-1 (mail to the home)' : undefined);
  }
  const atWork = isCall(p) && p.numberType === 'work_landline';
  if (atWork && (f.inconvenientPlaces.includes('work') || f.inconvenientPlaces.includes('workplace'))) block(ctx, 'inconvenient_place', us ? '12 CFR 1006.6(b)(1)(ii)' : undefined);
  if (atWork && f.employerProhibitsContact) block(ctx, 'inconvenient_place', us ? '12 CFR 1006.6(b)(3)' : undefined);
}

function employerEmail(ctx: Ctx): void {
  const p = ctx.p;
  if (p.channel !== 'email') return;
  const emails = ctx.s.debtor.emails;
  const to = p.to;
  const e = to ? emails.find((x) => (x.address ?? x.email) !== undefined && normalizeAddress(x.address ?? x.email ?? '') === normalizeAddress(to)) : undefined;
  if (!to && emails.some((x) => x.employerProvided)) ctx.warnings.push('proposed email has no "to"; cannot check employer-provided addresses');
  if (!e?.employerProvided) return;
  if (ctx.regime !== 'US_REG_F') {
    ctx.warnings.push('email to an employer-provided address: others may read it (CONC 7.9.7R)');
    return;
  }
  if (e.consumerUsedToCommunicate || e.consumerConsented) return; // 1006.22(f)(3) via 1006.6(d)(4)(i)
  block(ctx, 'prohibited_medium', '12 CFR 1006.22(f)(3)');
}

function exposedFormats(ctx: Ctx): void {
  const p = ctx.p;
  const us = ctx.regime === 'US_REG_F';
  const exposed = us ? 'prohibited_medium' : 'third_party_disclosure';
  const ukCite = 'FCA CONC 7.9.7R; 7.9.8G';
  if (p.format === 'postcard') block(ctx, exposed, us ? (ctx.partyClass === 'third_party' ? '12 CFR 1006.22(f)(1); 1006.10(b)(3)' : '12 CFR 1006.22(f)(1)') : ctx.regime === 'UK_CONC' ? ukCite : undefined);
  if (p.format === 'calling_card') {
    if (ctx.regime === 'UK_CONC') {
      if (!p.content || /deliver|parcel|package|courier/i.test(p.content)) block(ctx, 'false_representation', 'FCA CONC 7.9.2R; 7.9.3G (calling card)');
    } else {
      block(ctx, exposed, us ? '12 CFR 1006.22(f)(1) (exposed message, like a postcard)' : undefined);
    }
  }
  if (p.envelopeText && mentionsDebt(p.envelopeText)) {
    block(ctx, exposed, us ? (ctx.partyClass === 'third_party' ? '12 CFR 1006.22(f)(2); 1006.10(b)(4)' : '12 CFR 1006.22(f)(2)') : ctx.regime === 'UK_CONC' ? ukCite : undefined);
  }
  if (p.addressedTo && /occupier|current resident|householder|the resident/i.test(p.addressedTo)) {
    block(ctx, 'third_party_disclosure', ctx.regime === 'UK_CONC' ? 'FCA CONC 7.9.10R; 7.9.11G' : undefined);
  }
  if (p.channel === 'social_media' && !(privateVisibilities as readonly string[]).includes(p.visibility ?? '')) {
    if (p.visibility === undefined) ctx.warnings.push('social-media visibility not given: treated as visible to others (fail closed)');
    block(ctx, exposed, us ? '12 CFR 1006.22(f)(4)' : ctx.regime === 'UK_CONC' ? ukCite : undefined);
  }
}

function tcpaMobile(ctx: Ctx): void {
  const p = ctx.p;
  if (ctx.regime !== 'US_REG_F' || !isCall(p) || !p.automation) return;
  if (p.numberType === 'home_landline' || p.numberType === 'work_landline') return;
  if (p.numberType === undefined) ctx.warnings.push('robot call without numberType: treated as a mobile number (fail closed)');
  if (hasTcpaConsent(ctx)) return;
  block(ctx, 'tcpa_consent_required', '47 U.S.C. 227(b)(1)(A)(iii); FCC 24-17 (AI voice is artificial)');
}

/** Applies the medium and place rules. */
export function evaluateChannel(ctx: Ctx): void {
  inconvenientPlace(ctx);
  mediumOptOut(ctx);
  electronicOptOut(ctx);
  employerEmail(ctx);
  exposedFormats(ctx);
  tcpaMobile(ctx);
}
