/**
 * The facts every rule needs, derived once per decision from a parsed scenario: who the
 * proposed contact reaches (the consumer, someone standing in for the consumer, or a third
 * party), which particular debts it is about, the debtor's zones, and the local day of every
 * history event in the primary zone (computed lazily, once).
 */
import type { RulePack } from './rules/packs.ts';
import { reasonCitations, type ReasonCode, type Regime } from './rules/reasons.ts';
import { localDay, localDays } from './rules/zone-time.ts';
import type { ContactEvent, Debt, ProposedContact, Relationship, Scenario } from './scenario.ts';

/** How the law treats the person the contact reaches. */
export type PartyClass = 'consumer' | 'permitted' | 'third_party';

/** The per-decision context shared by the evaluators. */
export type Ctx = {
  s: Scenario;
  pack: RulePack;
  regime: Regime;
  p: ProposedContact;
  zone: string;
  zones: string[];
  partyClass: PartyClass;
  /** Key of the person contacted: `debtor`, or `tp:<id|relationship|number>`. */
  person: string;
  /** Particular-debt keys (student loans sharing an account are one) the contact is about. */
  debtKeys: Set<string>;
  /** The debts the contact is about (all debts when the proposal names none). */
  debts: Debt[];
  /** The consumer-initiated history event this contact answers, when the respond-once exception holds. */
  reply: ContactEvent | null;
  day: number;
  /** `days[i]`: local day (primary zone) of history event i (a scratch buffer: valid during this decision only). */
  days: Float64Array;
  /** Whether `days` has been filled (see `ensureDays`). */
  daysReady: boolean;
  /** `same[i]` is 1 when history event i reached the same person as the proposal (scratch, as `days`). */
  same: Uint8Array;
  /** Debt id → particular-debt key, for debts whose key is not their id (student loans); null when none. */
  debtKey: Map<string, string> | null;
  /** Whether every history event is at or before the proposal (day-based counts can be memoised per day). */
  historyBeforeProposal: boolean;
  /** Whether the history holds any consent_to_calls event (fast path for 1006.14(b)(3)(i)). */
  hasConsent: boolean;
  blocks: Map<ReasonCode, string>;
  warnings: string[];
};

const consumerStandIns: Relationship[] = ['spouse', 'legal_guardian', 'guardian', 'successor_in_interest'];
const estateStandIns: Relationship[] = ['executor', 'administrator', 'personal_representative'];
const ukActingFor: Relationship[] = ['legal_guardian', 'guardian', 'attorney', 'personal_representative', 'executor', 'administrator'];

/** Classifies the person a contact reaches under the regime (US 1006.6(a), (d)(1); UK CONC 7.9.10R; CN GB/T 45251-2025). */
export function classifyParty(s: Scenario, c: { party: string; relationship?: Relationship }): PartyClass {
  if (c.party === 'debtor') return 'consumer';
  const r = c.relationship;
  if (!r) return 'third_party';
  if (s.regime === 'US_REG_F') {
    if (consumerStandIns.includes(r)) return 'consumer';
    if (r === 'parent' && s.debtor.isMinor) return 'consumer';
    if (estateStandIns.includes(r) && s.debtor.flags.deceased) return 'consumer';
    if (r === 'attorney') return 'permitted';
    return 'third_party';
  }
  if (s.regime === 'UK_CONC') return ukActingFor.includes(r) ? 'consumer' : 'third_party';
  return r === 'guarantor' ? 'permitted' : 'third_party';
}

/** The key of the person a contact or event reaches. */
export function personKey(c: { party: string; thirdPartyId?: string; relationship?: string; to?: string }): string {
  if (c.party === 'debtor') return 'debtor';
  return `tp:${c.thirdPartyId ?? c.relationship ?? c.to ?? 'unknown'}`;
}

type Reached = { party: string; thirdPartyId?: string; relationship?: string; to?: string };

/**
 * Whether two contacts reached the same person. Third parties are matched by `thirdPartyId`,
 * else by number/address, else by relationship; with nothing to tell them apart they are
 * treated as the same person (fail closed: more counted contacts, never fewer).
 */
export function samePerson(a: Reached, b: Reached): boolean {
  if (a.party === 'debtor' || b.party === 'debtor') return a.party === b.party;
  if (a.thirdPartyId !== undefined && b.thirdPartyId !== undefined) return a.thirdPartyId === b.thirdPartyId;
  if (a.to !== undefined && b.to !== undefined) return sameAddress(a.to, b.to);
  if (a.relationship !== undefined && b.relationship !== undefined) return a.relationship === b.relationship;
  return true;
}

/** Maps a debt id to its particular-debt key (1006.14(b)(4): student loans on one account are one debt). */
export function debtKeyOf(ctx: Ctx, id: string): string {
  return ctx.debtKey?.get(id) ?? id;
}

function findReply(s: Scenario, p: ProposedContact, warnings: string[]): ContactEvent | null {
  if (p.inReplyTo === undefined) return null;
  const e = s.history.find((h) => h.id === p.inReplyTo);
  if (!e) {
    warnings.push(`inReplyTo ${p.inReplyTo}: no history event with that id; no respond-once exception`);
    return null;
  }
  if (e.direction !== 'inbound') {
    warnings.push(`inReplyTo ${p.inReplyTo}: the event was not consumer-initiated; no respond-once exception`);
    return null;
  }
  if (e.channel !== p.channel) {
    warnings.push(`inReplyTo ${p.inReplyTo}: a reply must use the same medium (${e.channel}); no respond-once exception`);
    return null;
  }
  if (s.history.some((h) => h.direction === 'outbound' && h.inReplyTo === p.inReplyTo)) {
    warnings.push(`inReplyTo ${p.inReplyTo}: already answered once; no further exception`);
    return null;
  }
  return e;
}

/*
 * Scratch buffers reused by every decision: decideContact is synchronous and never re-entered,
 * so one buffer per process avoids allocating typed arrays for each decision.
 */
let dayBuf = new Float64Array(64);
let sameBuf = new Uint8Array(64);

function scratch(n: number): { days: Float64Array; same: Uint8Array } {
  if (dayBuf.length < n) {
    dayBuf = new Float64Array(n * 2);
    sameBuf = new Uint8Array(n * 2);
  }
  return { days: dayBuf, same: sameBuf };
}

function isSorted(h: readonly ContactEvent[]): boolean {
  for (let i = 1; i < h.length; i++) if (h[i].at < h[i - 1].at) return false;
  return true;
}

/** A demand for payment (a termination notice or an opt-out confirmation that carries one is not what its label says). */
const PAYMENT_DEMAND =
  /\b(?:(?:please |must |should |you need to )?pay (?:now|today|immediately|at once|by|before|within|online|at|here|us|the|your|this|it|[$£€¥])|payment (?:is |of [^.!?]{0,20})?(?:due|required|expected|overdue)|(?:is|are|remains?) (?:now )?(?:due|overdue|outstanding)|due (?:now|today|immediately)|remit|settle (?:now|today|your|the|this)|make (?:a |your )?payment|clear (?:the|your) (?:balance|debt|arrears))\b|(?:请|务必|必须|立即|马上|尽快)[^。！？]{0,6}(?:还款|还清|结清|支付|缴纳|处理欠款)|还款(?:金额|期限)|应还|欠款[^。！？]{0,10}(?:元|未还)/gi;
const NEGATED_BEFORE = /(?:\b(?:not|no longer|no need to|don't|do not|never|nothing|no further)\b[^.!?,;]{0,20}|无需|不用|不必|不再|无须)$/i;

/** Whether the text demands payment (a negated "you do not need to pay anything" does not). */
function demandsPayment(text: string): boolean {
  for (const m of text.matchAll(PAYMENT_DEMAND)) {
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

/** The acknowledgement an opt-out confirmation consists of (1006.6(e), 1006.14(h)(2)(i)). */
const OPT_OUT_ACK =
  /\b(?:opt(?:ed)?[- ]?out|unsubscrib\w*|stop(?:ped)?|no longer (?:send|contact|text|email|call)|will not (?:send|contact|text|email|call)|won't (?:send|contact|text|email|call)|(?:received|got|processed|confirm\w*|honou?r\w*) (?:your|the) (?:request|opt|preference|choice))\b|退订|取消订阅|不再(?:发送|联系|致电)|已收到(?:您的)?(?:请求|申请)/i;

/**
 * The proposal with a 1006.6(c)(2) termination notice or an opt-out confirmation taken at its
 * word only when its content (if any) is that: a "termination notice" that demands payment,
 * or a "confirmation" that demands payment or confirms nothing, is judged as the collection
 * message it is (the label alone must not lift a cease or opt-out hold).
 */
function honouredPurpose(p: ProposedContact, warnings: string[]): ProposedContact {
  if ((p.purpose !== 'termination_notice' && p.purpose !== 'opt_out_confirmation') || !p.content) return p;
  const demands = demandsPayment(p.content);
  const confirms = p.purpose !== 'opt_out_confirmation' || OPT_OUT_ACK.test(p.content);
  if (!demands && confirms) return p;
  warnings.push(`purpose ${p.purpose} not honoured: the content ${demands ? 'demands payment' : 'confirms no opt-out'}, so the message is judged as a collection communication (12 CFR ${p.purpose === 'termination_notice' ? '1006.6(c)(2)(i)' : '1006.6(e); 1006.14(h)(2)(i)'})`);
  return { ...p, purpose: undefined };
}

/** Builds the context of one decision (a history out of order is sorted, on a copy). */
export function buildContext(scenario: Scenario, pack: RulePack): Ctx {
  const sorted = isSorted(scenario.history) ? scenario : { ...scenario, history: [...scenario.history].sort((a, b) => a.at - b.at) };
  const warnings: string[] = [];
  const honoured = honouredPurpose(sorted.proposed, warnings);
  const s = honoured === sorted.proposed ? sorted : { ...sorted, proposed: honoured };
  const p = s.proposed;
  const zone = s.debtor.timezone;
  const known = s.debtor.knownTimezones;
  const zones = known.length === 1 && known[0] === zone ? known : [zone, ...known.filter((z) => z !== zone)];
  const ids = p.debtId !== undefined ? (p.discussedDebtIds ? [p.debtId, ...p.discussedDebtIds] : [p.debtId]) : s.debts.map((d) => d.id);
  const debts = s.debts.length === 1 && s.debts[0].id === ids[0] ? s.debts : s.debts.filter((d) => ids.includes(d.id));
  const h = s.history;
  const { days, same } = scratch(h.length);
  const person = personKey(p);
  let hasConsent = false;
  for (let i = 0; i < h.length; i++) {
    const e = h[i];
    same[i] = (e.party === 'debtor' ? p.party === 'debtor' : p.party !== 'debtor' && samePerson(e, p)) ? 1 : 0;
    if (e.kind === 'consent_to_calls') hasConsent = true;
  }
  let debtKey: Map<string, string> | null = null;
  for (const d of s.debts) {
    if (!d.studentLoanAccount) continue;
    debtKey ??= new Map();
    debtKey.set(d.id, `sla:${d.studentLoanAccount}`);
  }
  const ctx: Ctx = {
    s,
    pack,
    regime: s.regime,
    p,
    zone,
    zones,
    partyClass: classifyParty(s, p),
    person,
    debtKeys: new Set(),
    debts,
    reply: p.inReplyTo === undefined ? null : findReply(s, p, warnings),
    day: localDay(zone, p.at),
    days,
    daysReady: false,
    same,
    debtKey,
    hasConsent,
    historyBeforeProposal: h.length === 0 || h[h.length - 1].at <= p.at,
    blocks: new Map(),
    warnings,
  };
  for (const id of ids) ctx.debtKeys.add(debtKeyOf(ctx, id));
  return ctx;
}

/** Fills `ctx.days` (local day of every history event); the frequency rules call it once before counting. */
export function ensureDays(ctx: Ctx): void {
  if (ctx.daysReady) return;
  localDays(ctx.zone, ctx.s.history, ctx.days);
  ctx.daysReady = true;
}

/** Records a blocking reason with its citation (the regime's default unless given). */
export function block(ctx: Ctx, reason: ReasonCode, citation?: string): void {
  if (!ctx.blocks.has(reason)) ctx.blocks.set(reason, citation ?? reasonCitations[reason][ctx.regime]);
}

/** True when the proposal is a telephone call (incl. voicemail and ringless voicemail). */
export function isCall(p: ProposedContact): boolean {
  return p.channel === 'phone' && (p.kind === undefined || p.kind === 'call_attempt' || p.kind === 'voicemail' || p.kind === 'conversation');
}

/** True when a history event is a call placed (attempt, voicemail incl. ringless, or conversation). */
export function isCallEvent(e: ContactEvent): boolean {
  if (e.kind === 'voicemail') return true;
  return e.channel === 'phone' && (e.kind === 'call_attempt' || e.kind === 'conversation');
}

const normalized = new Map<string, string>();

/** Normalises a phone number (digits only) or an email address (lower case) for comparison (memoised). */
export function normalizeAddress(a: string): string {
  let n = normalized.get(a);
  if (n === undefined) {
    const t = a.trim().toLowerCase().replace(/^(sms|email|tel):/, '');
    n = t.includes('@') ? t : t.replace(/\D/g, '');
    if (normalized.size >= 50_000) normalized.clear();
    normalized.set(a, n);
  }
  return n;
}

/** True when two numbers or addresses are the same (a number with and without country code matches). */
export function sameAddress(a: string, b: string): boolean {
  const x = normalizeAddress(a);
  const y = normalizeAddress(b);
  if (x === y) return x.length > 0;
  if (x.includes('@') || y.includes('@')) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 7 && long.endsWith(short) && long.length - short.length <= 3;
}
