/**
 * Debtor flags and per-debt flags from the stored facts: the boolean flags an import put on
 * the borrower row, active holds (see holds/hold-types.ts), and contact preferences (see
 * holds/preferences.ts). Pure: no I/O.
 */
import { contactPointAddress } from './addresses.ts';
import type { DebtorFacts, FactHold } from './load-facts.ts';

/** Mutable raw flags of the debtor (RULES.md §0.3 debtor.flags). */
export type RawFlags = {
  ceaseCommunication: boolean;
  attorneyRepresented: boolean;
  disputed: boolean;
  bankruptcy: boolean;
  electronicOptOut: string[];
  mediumOptOut: string[];
  inconvenientTimes: Record<string, unknown>[];
  inconvenientPlaces: string[];
  thirdPartyDoNotContact: string[];
  tcpaConsentNumbers: string[];
  [key: string]: unknown;
};

/** Per-debt raw flags, keyed by account id. */
export type RawDebtFlags = Map<number, Record<string, unknown>>;

/** Boolean keys an import may set on `borrowers.flags` that the gate honours. */
const importedBooleans = [
  'ceaseCommunication', 'attorneyRepresented', 'disputed', 'bankruptcy', 'unreachable', 'financialDifficulty',
  'mentalCapacityConcern', 'deceased', 'employerProhibitsContact',
] as const;

/** Holds in force at `at`. */
export function activeHolds(holds: FactHold[], at: number): FactHold[] {
  return holds.filter((h) => Date.parse(h.starts_at) <= at && (h.ends_at === null || Date.parse(h.ends_at) > at));
}

function baseFlags(f: DebtorFacts): RawFlags {
  const flags: RawFlags = {
    ceaseCommunication: false, attorneyRepresented: false, disputed: false, bankruptcy: false,
    electronicOptOut: [], mediumOptOut: [], inconvenientTimes: [], inconvenientPlaces: [],
    thirdPartyDoNotContact: f.relatedParties.filter((p) => p.do_not_contact).map((p) => String(p.id)),
    tcpaConsentNumbers: [],
  };
  const imported = f.borrower.flags ?? {};
  for (const k of importedBooleans) if (typeof imported[k] === 'boolean') flags[k] = imported[k];
  const att = imported.attorney as { name?: unknown; address?: unknown } | undefined;
  if (att && typeof att.name === 'string' && typeof att.address === 'string') flags.attorney = { name: att.name, address: att.address };
  return flags;
}

function applyPreferences(f: DebtorFacts, flags: RawFlags): void {
  const points = new Map(f.contactPoints.map((c) => [c.id, c]));
  const consents = new Set(f.contactPoints.filter((c) => c.consent && c.related_party_id === null).map((c) => c.id));
  for (const p of f.preferences) {
    const cp = p.contact_point_id !== null ? points.get(p.contact_point_id) : undefined;
    switch (p.kind) {
      case 'medium_opt_out':
        if (p.channel && !flags.mediumOptOut.includes(p.channel)) flags.mediumOptOut.push(p.channel);
        break;
      case 'electronic_opt_out':
        if (cp) flags.electronicOptOut.push(`${p.channel ?? (cp.kind === 'email' ? 'email' : 'sms')}:${contactPointAddress(cp)}`);
        break;
      case 'inconvenient_time':
        flags.inconvenientTimes.push(p.value);
        break;
      case 'inconvenient_place':
        if (typeof p.value.place === 'string') flags.inconvenientPlaces.push(p.value.place);
        break;
      case 'employer_prohibits_contact':
        flags.employerProhibitsContact = true;
        break;
      case 'tcpa_consent':
        if (cp) consents.add(cp.id);
        break;
      case 'tcpa_consent_revoked':
        if (cp) consents.delete(cp.id);
        break;
    }
  }
  for (const id of consents) {
    const cp = points.get(id);
    if (cp) flags.tcpaConsentNumbers.push(contactPointAddress(cp));
  }
}

function setFlag(target: Record<string, unknown>, h: FactHold): void {
  const d = h.details;
  switch (h.type) {
    case 'cease_communication': target.ceaseCommunication = true; break;
    case 'attorney_representation': target.attorneyRepresented = true; break;
    case 'bankruptcy_stay': target.bankruptcy = true; break;
    case 'mental_capacity_concern': target.mentalCapacityConcern = true; break;
    case 'breathing_space':
      target.breathingSpace = { type: d.type, start: d.start, ...(typeof d.end === 'string' ? { end: d.end } : {}) };
      break;
    default: break;
  }
}

/** Applies holds to debtor and per-debt flags (disputes and warnings-only holds are handled by the caller). */
function applyHolds(holds: FactHold[], flags: RawFlags, debtFlags: RawDebtFlags): void {
  for (const h of holds) {
    if (h.type === 'attorney_representation') {
      const a = h.details.attorney as { name?: string; address?: string } | undefined;
      if (a?.name && a.address) flags.attorney = { name: a.name, address: a.address };
    }
    if (h.type === 'deceased') flags.deceased = true;
    if (h.type === 'hardship_review') flags.financialDifficulty = true;
    if (h.account_id === null) setFlag(flags, h);
    else {
      const df = debtFlags.get(h.account_id) ?? {};
      setFlag(df, h);
      debtFlags.set(h.account_id, df);
    }
  }
}

/** Builds debtor flags and per-debt flags from borrower flags, holds in force, and preferences. */
export function flagsFromFacts(f: DebtorFacts, holds: FactHold[]): { flags: RawFlags; debtFlags: RawDebtFlags } {
  const flags = baseFlags(f);
  const debtFlags: RawDebtFlags = new Map();
  applyPreferences(f, flags);
  applyHolds(holds, flags, debtFlags);
  return { flags, debtFlags };
}
