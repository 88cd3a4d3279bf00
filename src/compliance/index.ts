/**
 * The compliance domain's public surface: the scenario format (RULES.md §0.3), the rule packs,
 * the pure decision `decideContact`, and the reason vocabulary with citations and zh-CN/en
 * descriptions. The database-backed gate builds a `Scenario` (times as epoch ms, history sorted)
 * from its tables inside the transaction that records the attempt and calls `decideContact`.
 */
export { decideContact, type ContactDecision } from './evaluate.ts';
export { checkScenarios, type CheckResult } from './evaluate-batch.ts';
export { parseScenario, formatPath, type ScenarioParse } from './scenario-parse.ts';
export {
  Scenario,
  channels,
  eventKinds,
  parties,
  regimes,
  relationships,
  purposes,
  type ScenarioInput,
  type Channel,
  type ContactEvent,
  type Debt,
  type Debtor,
  type DebtorFlags,
  type EventKind,
  type Party,
  type ProposedContact,
  type CollectorFacts,
} from './scenario.ts';
export { resolvePack, defaultPacks, exampleOverlays, type RulePack, type PackParams, type PackOverlay, type ContactWindow } from './rules/packs.ts';
export { reasonCodes, reasonTexts, reasonCitations, isReasonCode, type ReasonCode, type ReasonText, type Regime } from './rules/reasons.ts';
export * from './gate/public.ts';
