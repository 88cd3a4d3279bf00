/**
 * Records an allowed attempt in the contact history (`contact_events`), emits
 * `contact.attempted` and queues the evidence fact — all in the gate's transaction, after the
 * per-debtor lock, so the next gate call on this debtor (from any worker) counts it.
 */
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { appendEvidence } from '../../evidence/index.ts';
import type { ChannelMapping } from './channel-map.ts';
import type { ProposedInput } from './build-scenario.ts';
import '../tables.ts';

type Stored = { channel: 'phone' | 'sms' | 'email' | 'letter' | 'social_media' | 'chat'; kind: 'call_attempt' | 'voicemail' | 'conversation' | 'sms' | 'email' | 'letter' | 'chat' };

function storedChannelKind(strategyChannel: string, m: ChannelMapping, p: ProposedInput): Stored {
  if (strategyChannel === 'chat_bot') return { channel: 'chat', kind: 'chat' };
  switch (m.channel) {
    case 'phone': return { channel: 'phone', kind: p.kind === 'voicemail' || p.kind === 'conversation' ? p.kind : 'call_attempt' };
    case 'sms': return { channel: 'sms', kind: 'sms' };
    case 'email': return { channel: 'email', kind: 'email' };
    case 'letter': return { channel: 'letter', kind: 'letter' };
    case 'social_media': return { channel: 'social_media', kind: 'chat' };
  }
}

function actorKind(actor: string, m: ChannelMapping, p: ProposedInput): 'agent' | 'robot' | 'system' | 'third_party_agency' {
  if (m.actor === 'third_party_agency') return 'third_party_agency';
  if ((p.automation ?? m.automation) || actor.startsWith('robot:')) return 'robot';
  if (actor.startsWith('system:')) return 'system';
  return 'agent';
}

/**
 * Inserts the attempt; returns the contact event id.
 * @throws AppError CONFLICT when the task id was recorded for another borrower
 */
export async function recordAttempt(
  tx: Db,
  q: { input: { tenantId: string; borrowerId: number; accountIds: number[]; proposed: ProposedInput; actor: string }; mapping: ChannelMapping },
): Promise<number> {
  const { input: i, mapping: m } = q;
  const p = i.proposed;
  const sk = storedChannelKind(p.channel, m, p);
  let id: number;
  try {
    const row = await tx
      .insertInto('contact_events')
      .values({
        tenant_id: i.tenantId,
        borrower_id: i.borrowerId,
        account_id: i.accountIds[0],
        at: new Date(p.at),
        channel: sk.channel,
        kind: sk.kind,
        party: p.party,
        discussed_account_ids: i.accountIds.length > 1 ? i.accountIds : null,
        contact_point_id: p.contactPointId ?? null,
        automation: p.automation ?? m.automation ?? null,
        related_party_id: p.relatedPartyId ?? null,
        purpose: p.purpose ?? null,
        in_reply_to: p.inReplyToEventId ?? null,
        actor: i.actor,
        actor_kind: actorKind(i.actor, m, p),
        task_id: p.taskId ?? null,
        content: p.content ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
  } catch (cause) {
    if ((cause as { code?: string }).code === '23505') throw new AppError('CONFLICT', { message: `task ${p.taskId} is already recorded for another borrower`, cause });
    throw cause;
  }
  const payload = { contactEventId: id, borrowerId: i.borrowerId, accountIds: i.accountIds, channel: sk.channel, strategyChannel: p.channel, kind: sk.kind, party: p.party, at: new Date(p.at).toISOString(), taskId: p.taskId ?? null };
  await recordEvent(tx, { tenantId: i.tenantId, name: 'contact.attempted', aggregateType: 'borrower', aggregateId: i.borrowerId, payload, actor: i.actor });
  await appendEvidence(tx, { tenantId: i.tenantId, kind: 'contact.attempted', subjectType: 'contact_event', subjectId: id, actor: i.actor, fact: payload });
  return id;
}
