/**
 * Third-party rules. US: only location information (1006.6(d)(2)(i)), once per person
 * (1006.10(c)); the spouse, a minor's parent, a guardian count as the consumer (1006.6(a)).
 * UK: no disclosure to third parties (CONC 7.9.6R-7.9.11G). CN: contacts only when the debtor is
 * unreachable (失联), never told about the debt, and never again once they refuse
 * (GB/T 45251-2025; CBA 2026).
 */
import { block, samePerson, type Ctx } from './evaluate-context.ts';

const communicationKinds = new Set(['conversation', 'voicemail', 'sms', 'email', 'letter']);

/** The third party is on the do-not-contact list or (outside the US, where it is a medium opt-out) asked to stop. */
function refused(ctx: Ctx): boolean {
  const p = ctx.p;
  if (p.thirdPartyId !== undefined && ctx.s.debtor.flags.thirdPartyDoNotContact.includes(p.thirdPartyId)) return true;
  if (ctx.regime === 'US_REG_F') return false;
  return ctx.s.history.some((e) => e.kind === 'opt_out_request' && e.party === 'third_party' && e.at <= p.at && samePerson(e, p));
}

function usThirdParty(ctx: Ctx): void {
  const p = ctx.p;
  if (refused(ctx)) block(ctx, 'third_party_contact', '12 CFR 1006.10(c); 1006.14(a) (the person asked not to be contacted)');
  if (p.purpose !== 'location_information') {
    block(ctx, 'third_party_disclosure', '12 CFR 1006.6(d)(1)');
    return;
  }
  const h = ctx.s.history;
  let lastOut = -Infinity;
  let lastIn = -Infinity;
  for (const e of h) {
    if (e.at > p.at || e.party !== 'third_party' || !samePerson(e, p)) continue;
    if (e.direction === 'outbound' && communicationKinds.has(e.kind) && e.connected && !e.misdirected) lastOut = Math.max(lastOut, e.at);
    if (e.direction === 'inbound') lastIn = Math.max(lastIn, e.at);
  }
  // 1006.10(c): one communication per third party unless the person asks for another
  if (lastOut > -Infinity && !(lastIn > lastOut)) block(ctx, 'third_party_contact', '12 CFR 1006.10(c)');
  if (p.kind === 'voicemail') ctx.warnings.push('a voicemail left for a third party is not a limited-content message (comment 2(j)-2)');
}

/** The debtor counts as unreachable (失联) by flag, or when the last N calls to the debtor all failed. */
export function isUnreachable(ctx: Ctx): boolean {
  const flag = ctx.s.debtor.flags.unreachable;
  if (flag !== undefined) return flag;
  const n = ctx.pack.params.cnUnreachableAfterFailedAttempts;
  let failed = 0;
  const h = ctx.s.history;
  for (let i = h.length - 1; i >= 0; i--) {
    const e = h[i];
    if (e.party !== 'debtor' || e.at > ctx.p.at) continue;
    if (e.direction === 'inbound') break;
    if (e.channel !== 'phone' && e.kind !== 'voicemail') continue;
    if (e.kind === 'call_attempt') failed++;
    else if (e.kind === 'conversation' || e.kind === 'voicemail') break;
    if (failed >= n) return true;
  }
  return false;
}

function cnThirdParty(ctx: Ctx): void {
  const p = ctx.p;
  const cite = 'GB/T 45251-2025; CBA 2026 (third parties)';
  if (refused(ctx)) {
    block(ctx, 'third_party_contact', `${cite}: stop when a contact refuses`);
    return;
  }
  const f = ctx.s.debtor.flags;
  const reachableOnlyIf = isUnreachable(ctx) || f.deceased || f.mentalCapacityConcern;
  if (!reachableOnlyIf) {
    block(ctx, 'third_party_contact', `${cite}: contacts only when the debtor is unreachable (失联)`);
    return;
  }
  if (p.purpose !== undefined && p.purpose !== 'location_information') {
    block(ctx, 'third_party_contact', `${cite}: only to obtain contact details or pass on a message`);
  }
}

function ukThirdParty(ctx: Ctx): void {
  if (refused(ctx)) block(ctx, 'third_party_contact');
  if (!ctx.p.content && ctx.p.channel !== 'phone') ctx.warnings.push('third-party contact without content: disclosure not checked (CONC 7.9.10R)');
}

/** Applies the third-party rules when the contact reaches a third party. */
export function evaluateParties(ctx: Ctx): void {
  if (ctx.partyClass !== 'third_party') {
    if (ctx.partyClass === 'permitted' && ctx.regime === 'CN_NIFA') ctx.warnings.push('guarantor: contact only as law and the guarantee contract allow');
    return;
  }
  if (ctx.regime === 'US_REG_F') usThirdParty(ctx);
  else if (ctx.regime === 'UK_CONC') ukThirdParty(ctx);
  else cnThirdParty(ctx);
}
