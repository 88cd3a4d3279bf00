/**
 * The row an allowed attempt adds to the contact history (`contact_events`) and the payload of
 * its `contact.attempted` event. The gate writes both in the same statement as the decision
 * (see ../store.ts `writeDecision`), after the per-debtor lock, so the next gate call on this
 * debtor (from any worker) counts it.
 */
import type { ChannelMapping } from './channel-map.ts';
import type { ProposedInput } from './build-scenario.ts';

type StoredChannel = 'phone' | 'sms' | 'email' | 'letter' | 'social_media' | 'chat';
type StoredKind = 'call_attempt' | 'voicemail' | 'conversation' | 'sms' | 'email' | 'letter' | 'chat';

/** The values of one `contact_events` row. */
export type AttemptRow = {
  tenantId: string;
  borrowerId: number;
  accountId: number;
  at: string;
  channel: StoredChannel;
  kind: StoredKind;
  party: 'debtor' | 'third_party';
  discussedAccountIds: number[] | null;
  contactPointId: number | null;
  automation: 'artificial_voice' | null;
  relatedPartyId: number | null;
  purpose: string | null;
  inReplyTo: number | null;
  actor: string;
  actorKind: 'agent' | 'robot' | 'system' | 'third_party_agency';
  taskId: string | null;
  content: string | null;
  /** The `contact.attempted` payload (the event id is added by the writer). */
  payload: Record<string, unknown>;
};

function storedChannelKind(strategyChannel: string, m: ChannelMapping, p: ProposedInput): { channel: StoredChannel; kind: StoredKind } {
  if (strategyChannel === 'chat_bot') return { channel: 'chat', kind: 'chat' };
  switch (m.channel) {
    case 'phone': return { channel: 'phone', kind: p.kind === 'voicemail' || p.kind === 'conversation' ? p.kind : 'call_attempt' };
    case 'sms': return { channel: 'sms', kind: 'sms' };
    case 'email': return { channel: 'email', kind: 'email' };
    case 'letter': return { channel: 'letter', kind: 'letter' };
    case 'social_media': return { channel: 'social_media', kind: 'chat' };
  }
}

function actorKind(actor: string, m: ChannelMapping, p: ProposedInput): AttemptRow['actorKind'] {
  if (m.actor === 'third_party_agency') return 'third_party_agency';
  if ((p.automation ?? m.automation) || actor.startsWith('robot:')) return 'robot';
  if (actor.startsWith('system:')) return 'system';
  return 'agent';
}

/** Builds the history row of an allowed attempt. */
export function attemptRow(i: { tenantId: string; borrowerId: number; accountIds: number[]; proposed: ProposedInput; actor: string }, m: ChannelMapping): AttemptRow {
  const p = i.proposed;
  const sk = storedChannelKind(p.channel, m, p);
  const at = new Date(p.at).toISOString();
  return {
    tenantId: i.tenantId,
    borrowerId: i.borrowerId,
    accountId: i.accountIds[0],
    at,
    channel: sk.channel,
    kind: sk.kind,
    party: p.party,
    discussedAccountIds: i.accountIds.length > 1 ? i.accountIds : null,
    contactPointId: p.contactPointId ?? null,
    automation: p.automation ?? m.automation ?? null,
    relatedPartyId: p.relatedPartyId ?? null,
    purpose: p.purpose ?? null,
    inReplyTo: p.inReplyToEventId ?? null,
    actor: i.actor,
    actorKind: actorKind(i.actor, m, p),
    taskId: p.taskId ?? null,
    content: p.content ?? null,
    payload: { borrowerId: i.borrowerId, accountIds: i.accountIds, channel: sk.channel, strategyChannel: p.channel, kind: sk.kind, party: p.party, at, taskId: p.taskId ?? null },
  };
}
