/**
 * `gateContact`: the ONE call every contact path makes before an attempt (imports and the API
 * today; the contact engine, robots and agent desk later). Inside the caller's transaction it
 * locks the debtor's contact history, loads the debtor, debts, holds, preferences and the full
 * history across channels and workers, builds the RULES.md scenario, calls the pure
 * `decideContact` with the portfolio's effective pack, logs the decision (hash of inputs, pack
 * version, reasons, citations) with an evidence fact, and — when allowed and `record` — inserts
 * the attempt into `contact_events` with its task id (unique per tenant: one task never
 * contacts a debtor twice) and emits `contact.attempted`. Fails closed: a scenario that cannot
 * be judged is blocked with `invalid_input`.
 *
 * @example
 * await db.transaction().execute(async (tx) => {
 *   const d = await gateContact(tx, { tenantId, borrowerId, accountIds: [accountId], actor: 'robot:voice-1', record: true,
 *     proposed: { channel: 'voice_bot', at: new Date(), party: 'debtor', contactPointId, taskId } });
 *   if (d.allowed) await placeCall(...); // commit after the attempt is recorded
 * });
 */
import { decideContact, type ContactDecision } from '../evaluate.ts';
import { resolvePack, type PackParams, type RulePack } from '../rules/packs.ts';
import { parseScenario } from '../scenario-parse.ts';
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';
import { writeDecision } from '../store.ts';
import { buildScenario, type ProposedInput } from './build-scenario.ts';
import { canonicalHash } from './canonical-hash.ts';
import { mapStrategyChannel, type ChannelMapping } from './channel-map.ts';
import { parsedHistory, type RawEvent } from './history-from-facts.ts';
import { lockAndLoadDebtorFacts, type DebtorFacts, type FactPortfolio } from './load-facts.ts';
import { attemptRow } from './record-attempt.ts';

/** Input of `gateContact`. */
export type GateInput = {
  tenantId: string;
  borrowerId: number;
  /** The debt(s) the contact is about; the first is the one a call counts toward. */
  accountIds: number[];
  proposed: ProposedInput;
  /** Actor reference, e.g. `robot:voice-1`, `user:…`, `agency:…`. */
  actor: string;
  /** Insert the attempt into the contact history when allowed. */
  record: boolean;
};

/** The gate's answer. */
export type GateDecision = {
  decisionId: number;
  allowed: boolean;
  outcome: 'allowed' | 'blocked' | 'duplicate_task' | 'invalid_input';
  /** §0.2 reasons, plus the gate extensions `complaint_pending`, `contact_point_unusable`, `duplicate_task`, `invalid_input`. */
  reasons: string[];
  citations: string[];
  warnings: string[];
  nextAllowedAt: string | null;
  packId: string;
  packVersion: string;
  portfolioPackVersion: number | null;
  inputsHash: string;
  contactEventId: number | null;
  error?: string;
};

type Judged = Omit<GateDecision, 'decisionId' | 'contactEventId' | 'portfolioPackVersion'>;

function packFor(pf: FactPortfolio): RulePack {
  return resolvePack(pf.rule_pack, (pf.overrides ?? undefined) as Partial<PackParams> | undefined, pf.overlays ?? undefined);
}

function failClosed(base: { inputsHash: string; portfolio: FactPortfolio }, packId: string, packVersion: string, warnings: string[], error: string): Judged & { portfolio: FactPortfolio } {
  return { ...base, allowed: false, outcome: 'invalid_input', reasons: ['invalid_input'], citations: ['fail closed'], warnings, nextAllowedAt: null, packId, packVersion, error };
}

function judge(f: DebtorFacts, i: GateInput, m: ChannelMapping): Judged & { portfolio: FactPortfolio } {
  const id = i.proposed.taskId ?? `gate:${i.borrowerId}:${new Date(i.proposed.at).toISOString()}`;
  const built = buildScenario({ facts: f, accountIds: i.accountIds, proposed: i.proposed, mapping: m, id });
  const inputsHash = canonicalHash(built.scenario);
  const base = { inputsHash, portfolio: built.portfolio };
  let pack: RulePack;
  try {
    pack = packFor(built.portfolio);
  } catch (e) {
    return failClosed(base, built.portfolio.rule_pack, 'invalid', [], `portfolio pack: ${e instanceof Error ? e.message : String(e)}`);
  }
  // The history (most of a scenario) skips the schema when it is in the plain form the gate's
  // own tables give (see parsedHistory); the rest of the scenario is parsed as the CLI parses it.
  const history = parsedHistory(built.scenario.history as RawEvent[]);
  const parsed = parseScenario(history ? { ...built.scenario, history: [] } : built.scenario);
  if (parsed.ok && history) parsed.scenario.history = history;
  if (!parsed.ok) return failClosed(base, pack.id, pack.version, built.warnings, parsed.error);
  let d: ContactDecision;
  try {
    d = decideContact(parsed.scenario, pack);
  } catch (e) {
    return failClosed(base, pack.id, pack.version, built.warnings, `could not be decided (${e instanceof Error ? e.message : String(e)}); blocked (fail closed)`);
  }
  const extra = built.gateBlocks.filter((b) => !d.reasons.includes(b.reason as never));
  const reasons = [...d.reasons, ...extra.map((b) => b.reason)];
  const allowed = reasons.length === 0;
  return {
    ...base,
    allowed,
    outcome: allowed ? 'allowed' : 'blocked',
    reasons,
    citations: [...d.citations, ...extra.map((b) => b.citation)],
    warnings: [...built.warnings, ...d.warnings],
    nextAllowedAt: extra.length ? null : d.nextAllowedAt,
    packId: d.packId,
    packVersion: d.packVersion,
  };
}

function duplicate(f: DebtorFacts, i: GateInput): Judged {
  return {
    allowed: false,
    outcome: 'duplicate_task',
    reasons: ['duplicate_task'],
    citations: ['one task never contacts a debtor twice (task_id unique per tenant)'],
    warnings: [`task ${i.proposed.taskId} was already recorded as contact event ${f.taskEventId}`],
    nextAllowedAt: null,
    packId: 'n/a',
    packVersion: 'n/a',
    inputsHash: canonicalHash({ duplicateTask: i.proposed.taskId, contactEventId: f.taskEventId }),
  };
}

/**
 * Decides (and optionally records) one proposed contact.
 * @throws AppError INVALID_INPUT (unknown channel, ids not of this borrower, no account), NOT_FOUND (borrower),
 *   INTERNAL (called in a REPEATABLE READ transaction)
 */
export async function gateContact(tx: Db, i: GateInput): Promise<GateDecision> {
  const m = mapStrategyChannel(i.proposed.channel);
  if (!m) throw new AppError('INVALID_INPUT', { message: `unknown channel ${JSON.stringify(i.proposed.channel)}`, details: [{ path: 'proposed.channel', message: 'not a strategy or scenario channel' }] });
  if (i.accountIds.length === 0) throw new AppError('INVALID_INPUT', { message: 'a contact is about at least one account', details: [{ path: 'accountIds', message: 'empty' }] });
  if (Number.isNaN(new Date(i.proposed.at).getTime())) throw new AppError('INVALID_INPUT', { message: 'proposed.at is not a time', details: [{ path: 'proposed.at', message: 'invalid' }] });
  const f = await lockAndLoadDebtorFacts(tx, { tenantId: i.tenantId, borrowerId: i.borrowerId, taskId: i.proposed.taskId });
  const j = f.taskEventId !== null ? { ...duplicate(f, i), portfolio: null } : judge(f, i, m);
  const attempt = j.allowed && i.record ? attemptRow(i, m) : null;
  const portfolioPackVersion = j.portfolio?.pack_version ?? null;
  const summary = {
    allowed: j.allowed, outcome: j.outcome, reasons: j.reasons, citations: j.citations, warnings: j.warnings, nextAllowedAt: j.nextAllowedAt,
    packId: j.packId, packVersion: j.packVersion, portfolioPackVersion, inputsHash: j.inputsHash, ...(j.error ? { error: j.error } : {}),
  };
  let written: { decisionId: number; contactEventId: number | null };
  try {
    written = await writeDecision(
      tx,
      {
        tenantId: i.tenantId, borrowerId: i.borrowerId, accountIds: i.accountIds, taskId: i.proposed.taskId ?? null, channel: m.channel,
        strategyChannel: i.proposed.channel, party: i.proposed.party, proposedAt: new Date(i.proposed.at).toISOString(), allowed: j.allowed,
        reasons: j.reasons, citations: j.citations, warnings: j.warnings, nextAllowedAt: j.nextAllowedAt, packId: j.packId, packVersion: j.packVersion,
        portfolioPackVersion, inputsHash: j.inputsHash, actor: i.actor,
      },
      attempt,
      { ...summary, borrowerId: i.borrowerId, accountIds: i.accountIds, taskId: i.proposed.taskId ?? null, recorded: attempt !== null },
    );
  } catch (cause) {
    if ((cause as { code?: string }).code === '23505') throw new AppError('CONFLICT', { message: `task ${i.proposed.taskId} is already recorded for another borrower`, cause });
    throw cause;
  }
  const out: GateDecision = { decisionId: written.decisionId, ...summary, contactEventId: written.contactEventId ?? f.taskEventId };
  return out;
}
