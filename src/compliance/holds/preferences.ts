/**
 * Contact preferences the debtor gave us, stored as rows (not borrower flags) so that each has
 * its source, author, time and revocation, and the gate reads them like holds:
 *
 * | kind | needs | scenario flag |
 * |---|---|---|
 * | `medium_opt_out` | `channel` ("stop calling" → phone) | `debtor.flags.mediumOptOut` (all debts, 1006.14(h)) |
 * | `electronic_opt_out` | `contactPointId` (+ `channel` sms/email) | `debtor.flags.electronicOptOut` (`sms:cp:<id>`) |
 * | `inconvenient_time` | `value: {daysOfWeek?, from?, to?, until?}` | `debtor.flags.inconvenientTimes` |
 * | `inconvenient_place` | `value: {place: home|work}` | `debtor.flags.inconvenientPlaces` |
 * | `employer_prohibits_contact` | — | `debtor.flags.employerProhibitsContact` |
 * | `tcpa_consent` | `contactPointId` | `debtor.flags.tcpaConsentNumbers` (`cp:<id>`) |
 * | `tcpa_consent_revoked` | `contactPointId` | removes that number from the consents (also `contact_points.consent`) |
 *
 * Contact points are referred to as `cp:<id>` in scenarios, so the gate never decrypts a
 * number to decide.
 */
import { z } from 'zod';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { lockBorrower } from './set-hold.ts';
import type { PreferenceKind, RecordSource } from './tables.ts';
import './tables.ts';

const clock = z.string().regex(/^\d{1,2}:\d{2}$/, 'expected HH:MM');
const weekday = z.union([z.number().int().min(0).max(7), z.string().min(3)]);

/** The `value` each preference kind carries. */
export const preferenceValues: Record<PreferenceKind, z.ZodType> = {
  medium_opt_out: z.looseObject({ note: z.string().optional() }),
  electronic_opt_out: z.looseObject({}),
  inconvenient_time: z.looseObject({ daysOfWeek: z.array(weekday).optional(), from: clock.optional(), to: clock.optional(), until: z.string().optional() }),
  inconvenient_place: z.looseObject({ place: z.enum(['home', 'work']) }),
  employer_prohibits_contact: z.looseObject({}),
  tcpa_consent: z.looseObject({ scope: z.string().optional() }),
  tcpa_consent_revoked: z.looseObject({}),
};

/** A stored preference. */
export type ContactPreference = {
  id: number;
  borrowerId: number;
  kind: PreferenceKind;
  channel: string | null;
  contactPointId: number | null;
  value: Record<string, unknown>;
  source: RecordSource;
  recordedBy: string;
  recordedAt: string;
  revokedAt: string | null;
};

/** Input of `setContactPreference`. */
export type SetPreferenceInput = {
  tenantId: string;
  borrowerId: number;
  kind: PreferenceKind;
  channel?: 'phone' | 'sms' | 'email' | 'letter' | 'social_media' | null;
  contactPointId?: number | null;
  value?: Record<string, unknown>;
  source: RecordSource;
  actor: string;
};

function toPreference(r: {
  id: number; borrower_id: number; kind: PreferenceKind; channel: string | null; contact_point_id: number | null;
  value: Record<string, unknown>; source: RecordSource; recorded_by: string; recorded_at: Date | string; revoked_at: Date | string | null;
}): ContactPreference {
  return {
    id: r.id, borrowerId: r.borrower_id, kind: r.kind, channel: r.channel, contactPointId: r.contact_point_id, value: r.value,
    source: r.source, recordedBy: r.recorded_by, recordedAt: new Date(r.recorded_at).toISOString(), revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
  };
}

function check(i: SetPreferenceInput): Record<string, unknown> {
  const problems: { path: string; message: string }[] = [];
  if (i.kind === 'medium_opt_out' && !i.channel) problems.push({ path: 'channel', message: 'a medium opt-out names the channel' });
  const needsPoint = i.kind === 'electronic_opt_out' || i.kind === 'tcpa_consent' || i.kind === 'tcpa_consent_revoked';
  if (needsPoint && !i.contactPointId) problems.push({ path: 'contactPointId', message: `${i.kind} names the contact point` });
  if (i.kind === 'electronic_opt_out' && i.channel && i.channel !== 'sms' && i.channel !== 'email') problems.push({ path: 'channel', message: 'electronic opt-outs are for sms or email' });
  const v = preferenceValues[i.kind].safeParse(i.value ?? {});
  if (!v.success) problems.push(...v.error.issues.map((x) => ({ path: ['value', ...x.path.map(String)].join('.'), message: x.message })));
  if (problems.length) throw new AppError('INVALID_INPUT', { message: `preference ${i.kind}: ${problems.length} problem(s)`, details: problems });
  return (v.success ? v.data : {}) as Record<string, unknown>;
}

/**
 * Records a contact preference (audit + evidence in the same transaction).
 * @throws AppError INVALID_INPUT, NOT_FOUND (borrower or contact point)
 */
export async function setContactPreference(tx: Db, i: SetPreferenceInput): Promise<ContactPreference> {
  const value = check(i);
  await lockBorrower(tx, i.tenantId, i.borrowerId);
  let channel = i.channel ?? null;
  if (i.contactPointId) {
    const cp = await tx.selectFrom('contact_points').select(['id', 'kind']).where('tenant_id', '=', i.tenantId).where('borrower_id', '=', i.borrowerId).where('id', '=', i.contactPointId).executeTakeFirst();
    if (!cp) throw new AppError('NOT_FOUND', { message: `contact point ${i.contactPointId} of borrower ${i.borrowerId} not found` });
    if (i.kind === 'electronic_opt_out' && !channel) channel = cp.kind === 'email' ? 'email' : 'sms';
  }
  const row = await tx
    .insertInto('contact_preferences')
    .values({ tenant_id: i.tenantId, borrower_id: i.borrowerId, kind: i.kind, channel, contact_point_id: i.contactPointId ?? null, value: JSON.stringify(value), source: i.source, recorded_by: i.actor })
    .returningAll()
    .executeTakeFirstOrThrow();
  const pref = toPreference(row);
  await writeAudit(tx, { tenantId: i.tenantId, actor: i.actor, action: 'contact_preference.set', subjectType: 'borrower', subjectId: i.borrowerId, detail: { preference: pref } });
  await appendEvidence(tx, { tenantId: i.tenantId, kind: 'contact_preference.set', subjectType: 'contact_preference', subjectId: pref.id, actor: i.actor, fact: { preference: pref } });
  return pref;
}

/**
 * Revokes a preference (e.g. the debtor allows calls again).
 * @throws AppError NOT_FOUND, CONFLICT (already revoked)
 */
export async function revokeContactPreference(tx: Db, r: { tenantId: string; preferenceId: number; actor: string }): Promise<ContactPreference> {
  const cur = await tx.selectFrom('contact_preferences').select('borrower_id').where('tenant_id', '=', r.tenantId).where('id', '=', r.preferenceId).executeTakeFirst();
  if (!cur) throw new AppError('NOT_FOUND', { message: `preference ${r.preferenceId} not found` });
  await lockBorrower(tx, r.tenantId, cur.borrower_id);
  const row = await tx
    .updateTable('contact_preferences')
    .set({ revoked_at: new Date(), revoked_by: r.actor })
    .where('id', '=', r.preferenceId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('CONFLICT', { message: `preference ${r.preferenceId} is already revoked` });
  const pref = toPreference(row);
  await writeAudit(tx, { tenantId: r.tenantId, actor: r.actor, action: 'contact_preference.revoked', subjectType: 'borrower', subjectId: pref.borrowerId, detail: { preference: pref } });
  await appendEvidence(tx, { tenantId: r.tenantId, kind: 'contact_preference.revoked', subjectType: 'contact_preference', subjectId: pref.id, actor: r.actor, fact: { preference: pref } });
  return pref;
}

/** A borrower's active preferences. */
export async function findContactPreferences(db: Db, q: { tenantId: string; borrowerId: number }): Promise<ContactPreference[]> {
  const rows = await db.selectFrom('contact_preferences').selectAll().where('tenant_id', '=', q.tenantId).where('borrower_id', '=', q.borrowerId).where('revoked_at', 'is', null).orderBy('id').execute();
  return rows.map(toPreference);
}
