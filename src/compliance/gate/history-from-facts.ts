/**
 * Turns `contact_events` rows (every channel, every worker, agencies included) into scenario
 * history events (RULES.md §0.3). Chat messages count as text messages (chat_bot → sms);
 * field visits are not a scenario channel and no contact rule counts them, so they are left out.
 */
import { purposes, relationships } from '../scenario.ts';
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

/** Maps one stored event; null when no rule can use it. */
export function toHistoryEvent(e: FactEvent, points: Map<number, FactContactPoint>): RawEvent | null {
  const ck = scenarioChannelKind(e);
  if (!ck) return null;
  const cp = e.contact_point_id !== null ? points.get(e.contact_point_id) : undefined;
  const out: RawEvent = {
    id: String(e.id),
    at: iso(e.at),
    channel: ck.channel,
    kind: ck.kind,
    party: e.party,
    direction: e.direction,
    connected: e.connected,
    misdirected: e.misdirected,
    ringless: e.ringless,
  };
  if (e.account_id !== null) out.debtId = String(e.account_id);
  if (e.discussed_account_ids?.length) out.discussedDebtIds = e.discussed_account_ids.map(String);
  if (cp) out.to = contactPointAddress(cp);
  if (e.number_type) out.numberType = e.number_type;
  if (e.automation) out.automation = e.automation;
  if (e.related_party_id !== null) out.thirdPartyId = String(e.related_party_id);
  if (e.relationship && (relationships as readonly string[]).includes(e.relationship)) out.relationship = e.relationship;
  if (e.purpose && (purposes as readonly string[]).includes(e.purpose)) out.purpose = e.purpose;
  if (e.in_reply_to !== null) out.inReplyTo = String(e.in_reply_to);
  if (e.actor_kind === 'third_party_agency') out.actor = 'third_party_agency';
  if (e.consent_window_from && e.consent_window_to) out.consentWindow = { from: e.consent_window_from, to: e.consent_window_to };
  return out;
}

/** Maps the whole history (already ordered by time). */
export function toHistory(events: FactEvent[], points: FactContactPoint[]): RawEvent[] {
  const byId = new Map(points.map((p) => [p.id, p]));
  const out: RawEvent[] = [];
  for (const e of events) {
    const h = toHistoryEvent(e, byId);
    if (h) out.push(h);
  }
  return out;
}
