/**
 * Records what an attempt the gate allowed turned into (a conversation, a voicemail, a busy
 * signal, a wrong number), so the next gate decision counts it right: a conversation starts the
 * 7-day wait (1006.14(b)(2)(i)(B)) and counts toward China's daily cap; an unconnected call does
 * not count (1006.14(b)(3)(ii)); a misdirected call does not count toward the debtor. Takes the
 * per-debtor lock, emits `contact.outcome_recorded` and queues the evidence fact.
 */
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { lockDebtor } from './load-facts.ts';
import '../tables.ts';

/** An attempt's outcome. */
export type ContactOutcome = {
  tenantId: string;
  /** The attempt, by contact event id or by the task id it was recorded with. */
  contactEventId?: number;
  taskId?: string;
  kind?: 'call_attempt' | 'voicemail' | 'conversation';
  connected?: boolean;
  misdirected?: boolean;
  /** Every debt discussed in a conversation (it counts for each). */
  discussedAccountIds?: number[];
  /** Free-text outcome code, e.g. `promise_to_pay`, `refused`, `no_answer`. */
  outcome?: string;
  actor: string;
};

/**
 * Updates the attempt.
 * @throws AppError INVALID_INPUT (neither id given), NOT_FOUND
 */
export async function recordContactOutcome(tx: Db, o: ContactOutcome): Promise<void> {
  if (o.contactEventId === undefined && o.taskId === undefined) throw new AppError('INVALID_INPUT', { message: 'name the attempt by contactEventId or taskId' });
  let q = tx.selectFrom('contact_events').select(['id', 'borrower_id', 'channel']).where('tenant_id', '=', o.tenantId);
  q = o.contactEventId !== undefined ? q.where('id', '=', o.contactEventId) : q.where('task_id', '=', o.taskId ?? '');
  const ev = await q.executeTakeFirst();
  if (!ev) throw new AppError('NOT_FOUND', { message: `contact event ${o.contactEventId ?? `of task ${o.taskId}`} not found` });
  if (o.kind && ev.channel !== 'phone') throw new AppError('INVALID_INPUT', { message: `a ${ev.channel} attempt has no call outcome`, details: [{ path: 'kind', message: 'only for phone attempts' }] });
  await lockDebtor(tx, o.tenantId, ev.borrower_id);
  const set: Record<string, unknown> = {};
  if (o.kind) set.kind = o.kind;
  if (o.connected !== undefined) set.connected = o.connected;
  if (o.misdirected !== undefined) set.misdirected = o.misdirected;
  if (o.discussedAccountIds) set.discussed_account_ids = o.discussedAccountIds;
  if (o.outcome !== undefined) set.outcome = o.outcome;
  if (Object.keys(set).length) await tx.updateTable('contact_events').set(set).where('id', '=', ev.id).execute();
  const payload = { contactEventId: ev.id, borrowerId: ev.borrower_id, ...set };
  await recordEvent(tx, { tenantId: o.tenantId, name: 'contact.outcome_recorded', aggregateType: 'borrower', aggregateId: ev.borrower_id, payload, actor: o.actor });
  await appendEvidence(tx, { tenantId: o.tenantId, kind: 'contact.outcome_recorded', subjectType: 'contact_event', subjectId: ev.id, actor: o.actor, fact: payload });
}
