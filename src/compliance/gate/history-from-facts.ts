/**
 * Turns `contact_events` rows (every channel, every worker, agencies included) into scenario
 * history events (RULES.md §0.3). Chat messages count as text messages (chat_bot → sms);
 * field visits are not a scenario channel and no contact rule counts them, so they are left out.
 */
import { automations, channels, directions, eventKinds, numberTypes, parties, purposes, relationships, type ContactEvent } from '../scenario.ts';
import { contactPointAddress } from './addresses.ts';
import type { FactContactPoint, FactEvent } from './load-facts.ts';

/** A history event in the raw (JSON) scenario form. */
export type RawEvent = Record<string, unknown>;

const iso = (s: string): string => new Date(s).toISOString();

function scenarioChannelKind(e: FactEvent): { channel: string; kind: string } | null {
  if (e.channel === 'visit' || e.kind === 'visit') return null;
  const channel = e.channel === 'chat' ? 'sms' : e.channel;
  const kind = e.kind === 'chat' ? (channel === 'email' ? 'email' : 'sms') : e.kind;
  return { channel, kind };
}

/**
 * Maps one stored event (`addresses`: contact point id → scenario address); null when no
 * rule can use it. The keys are set in sorted order, so that the canonical hash of the
 * scenario need not copy the event to sort them.
 */
export function toHistoryEvent(e: FactEvent, addresses: Map<number, string>): RawEvent | null {
  const ck = scenarioChannelKind(e);
  if (!ck) return null;
  const out: RawEvent = {};
  if (e.actor_kind === 'third_party_agency') out.actor = 'third_party_agency';
  out.at = iso(e.at);
  if (e.automation) out.automation = e.automation;
  out.channel = ck.channel;
  out.connected = e.connected;
  if (e.consent_window_from && e.consent_window_to) out.consentWindow = { from: e.consent_window_from, to: e.consent_window_to };
  if (e.account_id !== null) out.debtId = String(e.account_id);
  out.direction = e.direction;
  if (e.discussed_account_ids?.length) out.discussedDebtIds = e.discussed_account_ids.map(String);
  out.id = String(e.id);
  if (e.in_reply_to !== null) out.inReplyTo = String(e.in_reply_to);
  out.kind = ck.kind;
  out.misdirected = e.misdirected;
  if (e.number_type) out.numberType = e.number_type;
  out.party = e.party;
  if (e.purpose && (purposes as readonly string[]).includes(e.purpose)) out.purpose = e.purpose;
  if (e.relationship && (relationships as readonly string[]).includes(e.relationship)) out.relationship = e.relationship;
  out.ringless = e.ringless;
  if (e.related_party_id !== null) out.thirdPartyId = String(e.related_party_id);
  const to = e.contact_point_id !== null ? addresses.get(e.contact_point_id) : undefined;
  if (to !== undefined) out.to = to;
  return out;
}

/** Maps the whole history (already ordered by time). */
export function toHistory(events: FactEvent[], points: FactContactPoint[]): RawEvent[] {
  // Each contact point's scenario address once, not once per event that used it.
  const addresses = new Map(points.map((p) => [p.id, contactPointAddress(p)]));
  const out: RawEvent[] = [];
  for (const e of events) {
    const h = toHistoryEvent(e, addresses);
    if (h) out.push(h);
  }
  return out;
}

const known = (values: readonly string[]) => {
  const set = new Set(values);
  return (v: unknown): boolean => typeof v === 'string' && set.has(v);
};
const isChannel = known(channels);
const isKind = known(eventKinds);
const isParty = known(parties);
const isDirection = known(directions);
const isNumberType = known(numberTypes);
const isAutomation = known(automations);
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The parsed (`Scenario['history']`) form of raw history events that `toHistoryEvent` built,
 * without a trip through the zod schema: the gate's history comes from its own tables, and
 * zod's per-field parse of ~30 events was a third of what a gate call allocated (garbage
 * whose collection showed in the gate's p99). Gives the same objects the schema gives — a
 * test checks this on every kind of event — or `null` when any event is not in the plain form
 * this handles (a consent window, a value outside a closed vocabulary, a time not in
 * canonical form): the caller then parses the raw history with the schema, which also words
 * any problem.
 */
export function parsedHistory(raw: RawEvent[]): ContactEvent[] | null {
  const out: ContactEvent[] = [];
  for (const r of raw) {
    if (r.consentWindow !== undefined || typeof r.at !== 'string' || !CANONICAL_INSTANT.test(r.at)) return null;
    if (!isChannel(r.channel) || !isKind(r.kind) || !isParty(r.party) || !isDirection(r.direction)) return null;
    if (r.numberType !== undefined && !isNumberType(r.numberType)) return null;
    if (r.automation !== undefined && !isAutomation(r.automation)) return null;
    if (typeof r.connected !== 'boolean' || typeof r.misdirected !== 'boolean' || typeof r.ringless !== 'boolean') return null;
    const e = {
      id: r.id, at: Date.parse(r.at as string), channel: r.channel, kind: r.kind, party: r.party, direction: r.direction,
      connected: r.connected, misdirected: r.misdirected, ringless: r.ringless,
    } as Record<string, unknown>;
    // Optional fields exactly when present, as the schema leaves absent keys out.
    for (const k of OPTIONAL_KEYS) if (r[k] !== undefined) e[k] = r[k];
    out.push(e as ContactEvent);
  }
  // The schema sorts history by time (a stable sort); the gate's history already is.
  return out.sort((a, b) => a.at - b.at);
}

/** The optional string fields `toHistoryEvent` may set, all taken over as they are. */
const OPTIONAL_KEYS = ['debtId', 'discussedDebtIds', 'to', 'numberType', 'automation', 'thirdPartyId', 'relationship', 'purpose', 'inReplyTo', 'actor'] as const;
