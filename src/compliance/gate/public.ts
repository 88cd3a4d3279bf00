/**
 * The database side of compliance that other domains use (re-exported by ../index.ts): the
 * gate every contact path calls, the outcome of an attempt, holds and contact preferences
 * (for imports, the robots and the desk), the strategy-channel mapping, the decision log and
 * per-portfolio packs.
 */
export { gateContact, type GateInput, type GateDecision } from './gate-contact.ts';
export type { ProposedInput } from './build-scenario.ts';
export { recordContactOutcome, type ContactOutcome } from './record-outcome.ts';
export { strategyChannelMap, gateChannels, mapStrategyChannel, type ChannelMapping, type GateChannel } from './channel-map.ts';
export { gateReasonTexts, type GateReason } from './gate-reasons.ts';
export { getPortfolioPack, proposePackVersion, PACK_SUBJECT, type PortfolioPack, type PackVersion } from './pack-versions.ts';
export { canonicalJson, canonicalHash } from './canonical-hash.ts';
export { setDebtFacts, type DebtFacts } from './debt-facts.ts';
export { setHold, releaseHold, findHolds, type Hold, type SetHoldInput } from '../holds/set-hold.ts';
export { holdEffects, holdDetails, type HoldEffect } from '../holds/hold-types.ts';
export { setContactPreference, revokeContactPreference, findContactPreferences, type ContactPreference, type SetPreferenceInput } from '../holds/preferences.ts';
export { holdTypes, preferenceKinds, type HoldType, type PreferenceKind, type RecordSource } from '../holds/tables.ts';
export { findDecisions, type LoggedDecision, type DecisionQuery } from '../store.ts';
