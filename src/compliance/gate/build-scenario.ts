/**
 * Builds the RULES.md §0.3 scenario (in its JSON form, the same the CLI reads) for one
 * proposed contact from a debtor's stored facts. Pure: the gate loads the facts, this maps
 * them, `decideContact` judges. Besides the scenario it returns the gate-level blocks that a
 * scenario cannot express (a legal action under a pending complaint, a contact point marked
 * do-not-use, a contact addressed to a deceased debtor) and warnings from holds.
 */
import { AppError } from '../../platform/errors.ts';
import { contactPointAddress } from './addresses.ts';
import type { ChannelMapping } from './channel-map.ts';
import { activeHolds, flagsFromFacts, type RawDebtFlags } from './flags-from-facts.ts';
import { toHistory } from './history-from-facts.ts';
import type { DebtorFacts, FactAccount, FactHold, FactPortfolio } from './load-facts.ts';

/** The contact a caller proposes (ids are database ids). */
export type ProposedInput = {
  channel: string;
  kind?: 'call_attempt' | 'voicemail' | 'conversation' | 'sms' | 'email' | 'letter';
  at: Date | string;
  party: 'debtor' | 'third_party';
  contactPointId?: number | null;
  relatedPartyId?: number | null;
  automation?: 'artificial_voice' | null;
  purpose?: string;
  content?: string;
  taskId?: string | null;
  inReplyToEventId?: number | null;
  format?: string;
  envelopeText?: string;
  addressedTo?: string;
  visibility?: string;
};

/** A block the gate adds on top of the rules (not in the §0.2 vocabulary; see reasons route). */
export type GateBlock = { reason: 'complaint_pending' | 'contact_point_unusable' | 'third_party_disclosure'; citation: string };

/** What `buildScenario` returns. */
export type BuiltScenario = {
  scenario: Record<string, unknown>;
  portfolio: FactPortfolio;
  gateBlocks: GateBlock[];
  warnings: string[];
};

const iso = (s: string | Date): string => new Date(s).toISOString();

function disputeApplies(h: FactHold, regime: string, warnings: string[]): boolean {
  if (h.details.withinValidationPeriod === false && regime === 'US_REG_F') {
    warnings.push(`hold ${h.id}: written dispute received after the validation period; collection may continue, report the debt as disputed (1006.18(c)(2))`);
    return false;
  }
  return true;
}

function buildDebts(f: DebtorFacts, holds: FactHold[], debtFlags: RawDebtFlags, regime: string, warnings: string[]): Record<string, unknown>[] {
  const disputes = holds.filter((h) => h.type === 'written_dispute' && disputeApplies(h, regime, warnings));
  return f.accounts.map((a: FactAccount) => {
    const debt: Record<string, unknown> = { id: String(a.id), timeBarred: a.time_barred ?? false };
    if (a.student_loan_account) debt.studentLoanAccount = a.student_loan_account;
    if (a.creditor_type) debt.creditorType = a.creditor_type;
    if (a.validation_notice_sent_at) debt.validationNoticeSentAt = iso(a.validation_notice_sent_at);
    if (a.validation_period_end) debt.validationPeriodEnd = a.validation_period_end;
    if (a.verification_sent_at) debt.verificationSentAt = iso(a.verification_sent_at);
    const flags = { ...(debtFlags.get(a.id) ?? {}) };
    const dispute = disputes.find((h) => h.account_id === null || h.account_id === a.id);
    if (dispute) {
      debt.writtenDisputeReceivedAt = iso(dispute.received_at);
      flags.disputed = true;
    }
    debt.flags = flags;
    return debt;
  });
}

function isMinorAt(dob: string | null, at: number): boolean {
  if (!dob) return false;
  const [y, m, d] = dob.split('-').map(Number);
  return Date.UTC(y + 18, m - 1, d) > at;
}

function buildDebtor(f: DebtorFacts, flags: Record<string, unknown>, at: number): Record<string, unknown> {
  const own = f.contactPoints.filter((c) => c.related_party_id === null);
  const zones = [...new Set([f.borrower.timezone, ...own.map((c) => c.timezone).filter((z): z is string => Boolean(z))])];
  const emails = own
    .filter((c) => c.kind === 'email')
    .map((c) => ({ address: contactPointAddress(c), employerProvided: c.employer_provided, consumerUsedToCommunicate: false, consumerConsented: c.consent }));
  return { timezone: f.borrower.timezone, knownTimezones: zones, isMinor: isMinorAt(f.borrower.date_of_birth, at), emails, flags };
}

function pickPortfolio(f: DebtorFacts, accountIds: number[]): FactPortfolio {
  const first = f.accounts.find((a) => a.id === accountIds[0]);
  const pf = first ? f.portfolios.find((p) => p.id === first.portfolio_id) : undefined;
  if (!pf) throw new AppError('NOT_FOUND', { message: `account ${accountIds[0]} not found for this borrower` });
  return pf;
}

function checkIds(f: DebtorFacts, accountIds: number[], p: ProposedInput): void {
  const problems: { path: string; message: string }[] = [];
  for (const id of accountIds) if (!f.accounts.some((a) => a.id === id)) problems.push({ path: 'accountIds', message: `account ${id} does not belong to borrower ${f.borrower.id}` });
  if (p.contactPointId && !f.contactPoints.some((c) => c.id === p.contactPointId)) problems.push({ path: 'proposed.contactPointId', message: `contact point ${p.contactPointId} does not belong to borrower ${f.borrower.id}` });
  if (p.relatedPartyId && !f.relatedParties.some((r) => r.id === p.relatedPartyId)) problems.push({ path: 'proposed.relatedPartyId', message: `related party ${p.relatedPartyId} does not belong to borrower ${f.borrower.id}` });
  if (p.party === 'third_party' && !p.relatedPartyId) problems.push({ path: 'proposed.relatedPartyId', message: 'a third-party contact names the related party' });
  if (problems.length) throw new AppError('INVALID_INPUT', { message: `gate: ${problems.length} problem(s) in the proposed contact`, details: problems });
}

function buildProposed(f: DebtorFacts, accountIds: number[], p: ProposedInput, m: ChannelMapping): Record<string, unknown> {
  const out: Record<string, unknown> = { at: iso(p.at), channel: m.channel, debtId: String(accountIds[0]), party: p.party };
  if (accountIds.length > 1) out.discussedDebtIds = accountIds.slice(1).map(String);
  const cp = p.contactPointId ? f.contactPoints.find((c) => c.id === p.contactPointId) : undefined;
  if (cp) {
    out.to = contactPointAddress(cp);
    if (cp.number_type) out.numberType = cp.number_type;
  }
  const rp = p.relatedPartyId ? f.relatedParties.find((r) => r.id === p.relatedPartyId) : undefined;
  if (rp) {
    out.thirdPartyId = String(rp.id);
    out.relationship = rp.relationship;
  }
  const automation = p.automation ?? m.automation;
  if (automation) out.automation = automation;
  if (p.inReplyToEventId) out.inReplyTo = String(p.inReplyToEventId);
  for (const k of ['kind', 'purpose', 'content', 'format', 'envelopeText', 'addressedTo', 'visibility'] as const) {
    if (p[k] !== undefined) out[k] = p[k];
  }
  return out;
}

function gateLevel(f: DebtorFacts, holds: FactHold[], accountIds: number[], p: ProposedInput, m: ChannelMapping, warnings: string[]): GateBlock[] {
  const blocks: GateBlock[] = [];
  const covers = (h: FactHold) => h.account_id === null || accountIds.includes(h.account_id);
  for (const h of holds.filter(covers)) {
    if (h.type === 'complaint_pending') {
      if (m.legal) blocks.push({ reason: 'complaint_pending', citation: 'FCA DISP / FOS: no proceedings while a complaint is open (firm policy in every regime)' });
      else warnings.push(`hold ${h.id}: complaint pending — handle with care, no legal action`);
    }
    if (h.type === 'hardship_review') warnings.push(`hold ${h.id}: hardship review pending — forbearance, no pressure (CONC 7.3.4R)`);
    if (h.type === 'deceased' && p.party === 'debtor') {
      blocks.push({ reason: 'third_party_disclosure', citation: 'debtor deceased: a contact addressed to the debtor reaches others; deal only with the personal representative (12 CFR 1006.6(a)(4), (d)(1))' });
    }
  }
  const cp = p.contactPointId ? f.contactPoints.find((c) => c.id === p.contactPointId) : undefined;
  if (cp?.do_not_use) blocks.push({ reason: 'contact_point_unusable', citation: 'contact point marked do-not-use (wrong number, reassigned, or withdrawn)' });
  return blocks;
}

/**
 * Builds the scenario of one proposed contact.
 * @throws AppError INVALID_INPUT (ids not of this borrower), NOT_FOUND (no portfolio)
 */
export function buildScenario(q: { facts: DebtorFacts; accountIds: number[]; proposed: ProposedInput; mapping: ChannelMapping; id: string }): BuiltScenario {
  const { facts: f, accountIds, proposed: p, mapping: m } = q;
  checkIds(f, accountIds, p);
  const portfolio = pickPortfolio(f, accountIds);
  const at = new Date(p.at).getTime();
  const holds = activeHolds(f.holds, at);
  const warnings: string[] = [];
  const { flags, debtFlags } = flagsFromFacts(f, holds);
  const disputeGrounds = holds.find((h) => h.type === 'written_dispute' && typeof h.details.grounds === 'string')?.details.grounds;
  if (disputeGrounds) flags.disputeGrounds = disputeGrounds;
  if (portfolio.rule_pack !== 'US_REG_F' && holds.some((h) => h.type === 'written_dispute' && h.account_id === null)) flags.disputed = true;
  const scenario = {
    id: q.id,
    regime: portfolio.rule_pack,
    debtor: buildDebtor(f, flags, at),
    debts: buildDebts(f, holds, debtFlags, portfolio.rule_pack, warnings),
    history: toHistory(f.history, f.contactPoints),
    proposed: buildProposed(f, accountIds, p, m),
  };
  return { scenario, portfolio, gateBlocks: gateLevel(f, holds, accountIds, p, m, warnings), warnings };
}
