/**
 * Hardship applications: submit (eligibility evaluated and stored, fraud scored), upload
 * evidence (image/PDF by magic bytes, size-limited, SHA-256, stored), review queue
 * (highest fraud score first, signals shown), decide (approve → relief applied to the
 * schedule; reject). No signal ever rejects by itself.
 */
import { createHmac } from 'node:crypto';
import { actorRef, type Actor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import type { Db } from '../platform/db-types.ts';
import { recordEvent } from '../platform/events.ts';
import { appendEvidence } from '../evidence/index.ts';
import { getAccountFacts, type AccountFacts } from './account-facts.ts';
import { checkEvidence, storeEvidence } from './evidence-file.ts';
import { lshBands, minhash, type FraudSignal } from './fraud-signals.ts';
import { rescoreApplication } from './hardship-fraud.ts';
import { getProgramme, isOpenOn } from './hardship-programmes.ts';
import { applyReliefToAccount } from './hardship-relief.ts';
import { evaluateEligibility, type AccountFacts as RuleFacts } from './hardship-rules.ts';
import { arrangementsOptions } from './options.ts';
import type { HardshipStatus } from './tables.ts';
import './tables.ts';
import { lockRow } from './lock-row.ts';

export type ApplicationInput = {
  accountId: number; statement?: string; reason?: string; applicantPhone?: string; deviceId?: string; ip?: string;
  representativeName?: string; representativePhone?: string; source: 'api' | 'self_service' | 'robot' | 'agent' | 'bulk';
};

export type HardshipApplication = {
  id: number; programmeId: number; accountId: number; borrowerId: number; source: string; statement: string; reason: string | null; status: HardshipStatus;
  eligibility: { eligible: boolean; results: unknown[] }; fraudScore: number; fraudSignals: FraudSignal[]; createdAt: Date; decidedBy: string | null; decisionNote: string | null;
  evidence: { id: number; fileName: string; mediaType: string; sizeBytes: number; sha256: string }[];
};

/** Hashes a phone number (digits only) with the configured key, so that matching needs no clear number. */
export function hashPhone(phone: string | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
  return digits ? createHmac('sha256', arrangementsOptions().phoneHashKey).update(digits).digest('hex') : null;
}

/** The facts eligibility rules may name. */
export function ruleFacts(a: AccountFacts): RuleFacts {
  const facts: RuleFacts = {
    dpd: a.dpd, outstandingMinor: a.outstandingMinor, overdueMinor: a.overdueMinor, bucket: a.bucket, accountStatus: a.status,
    portfolioCode: a.portfolioCode, productKind: a.productKind, openedOn: a.openedOn, borrowerLocale: a.borrowerLocale, currency: a.currency,
  };
  for (const [k, v] of Object.entries(a.borrowerFlags)) if (['string', 'number', 'boolean'].includes(typeof v)) facts[`flag:${k}`] = v as string | number | boolean;
  return facts;
}

/**
 * Submits an application to a programme.
 * @throws AppError NOT_FOUND, RULE_VIOLATION (programme closed), CONFLICT (already open for this account)
 */
export async function submitApplication(tx: Db, actor: Actor, programmeId: number, input: ApplicationInput): Promise<HardshipApplication> {
  const prog = await getProgramme(tx, actor.tenantId, programmeId);
  const acct = await getAccountFacts(tx, actor.tenantId, input.accountId);
  if (!isOpenOn(prog, acct.today)) throw new AppError('RULE_VIOLATION', { message: `programme ${prog.code} is not open on ${acct.today}` });
  const eligibility = evaluateEligibility(prog.eligibility, ruleFacts(acct));
  const sig = minhash(input.statement ?? '');
  let id: number;
  try {
    const r = await tx.insertInto('hardship_applications').values({
      tenant_id: actor.tenantId, programme_id: prog.id, account_id: acct.id, borrower_id: acct.borrowerId, source: input.source, statement: input.statement ?? '',
      reason: input.reason ?? null, applicant_phone_hash: hashPhone(input.applicantPhone), device_id: input.deviceId ?? null, ip: input.ip?.trim() || null,
      representative_name: input.representativeName ?? null, representative_phone_hash: hashPhone(input.representativePhone),
      minhash: sig.length ? sig : null, lsh_bands: sig.length ? lshBands(sig) : null, eligibility: JSON.stringify(eligibility), actor: actorRef(actor),
    }).returning('id').executeTakeFirstOrThrow();
    id = r.id;
  } catch (cause) {
    if ((cause as { code?: string }).code === '23505') throw new AppError('CONFLICT', { message: `account ${input.accountId} already has an open application to ${prog.code}`, cause });
    throw cause;
  }
  await rescoreApplication(tx, actor.tenantId, id);
  const fact = { applicationId: id, programme: prog.code, accountId: acct.id, eligible: eligibility.eligible, source: input.source };
  await recordEvent(tx, { tenantId: actor.tenantId, name: 'hardship.applied', aggregateType: 'hardship_application', aggregateId: id, payload: fact, actor: actorRef(actor) });
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'hardship.applied', subjectType: 'hardship_application', subjectId: id, actor: actorRef(actor), fact: { ...fact, statement: input.statement ?? '' } });
  return getApplication(tx, actor.tenantId, id);
}

/**
 * Adds an evidence file to an application and re-scores it.
 * @throws AppError INVALID_INPUT (not image/PDF, empty), TOO_LARGE, NOT_FOUND, CONFLICT (already decided)
 */
export async function uploadEvidence(tx: Db, actor: Actor, applicationId: number, file: { name: string; body: Buffer }): Promise<HardshipApplication> {
  const app = await getApplication(tx, actor.tenantId, applicationId);
  if (app.status === 'approved' || app.status === 'rejected' || app.status === 'withdrawn') throw new AppError('CONFLICT', { message: `application ${applicationId} is ${app.status}` });
  const opts = arrangementsOptions();
  const checked = checkEvidence(file.body, file.name, opts.maxEvidenceBytes);
  const path = await storeEvidence(opts.evidenceDir, actor.tenantId, checked.sha256, file.body);
  await tx.insertInto('hardship_evidence').values({ tenant_id: actor.tenantId, application_id: applicationId, borrower_id: app.borrowerId, file_name: file.name, media_type: checked.mediaType, size_bytes: checked.sizeBytes, sha256: checked.sha256, stored_path: path, actor: actorRef(actor) }).execute();
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'hardship.evidence_uploaded', subjectType: 'hardship_application', subjectId: applicationId, actor: actorRef(actor), fact: { fileName: file.name, mediaType: checked.mediaType, sha256: checked.sha256, sizeBytes: checked.sizeBytes } });
  await rescoreApplication(tx, actor.tenantId, applicationId);
  return getApplication(tx, actor.tenantId, applicationId);
}

/** @throws AppError NOT_FOUND */
export async function getApplication(db: Db, tenantId: string, id: number): Promise<HardshipApplication> {
  const a = await db.selectFrom('hardship_applications').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!a) throw new AppError('NOT_FOUND', { message: `hardship application ${id} not found` });
  const ev = await db.selectFrom('hardship_evidence').select(['id', 'file_name', 'media_type', 'size_bytes', 'sha256']).where('application_id', '=', id).orderBy('id').execute();
  return {
    id: a.id, programmeId: a.programme_id, accountId: a.account_id, borrowerId: a.borrower_id, source: a.source, statement: a.statement, reason: a.reason, status: a.status,
    eligibility: a.eligibility as HardshipApplication['eligibility'], fraudScore: a.fraud_score, fraudSignals: a.fraud_signals as FraudSignal[], createdAt: a.created_at,
    decidedBy: a.decided_by, decisionNote: a.decision_note, evidence: ev.map((e) => ({ id: e.id, fileName: e.file_name, mediaType: e.media_type, sizeBytes: e.size_bytes, sha256: e.sha256 })),
  };
}

/** The review queue: undecided applications, highest fraud score first (then oldest). */
export async function reviewQueue(db: Db, q: { tenantId: string; programmeId?: number; limit: number; status?: HardshipStatus[] }): Promise<HardshipApplication[]> {
  let query = db.selectFrom('hardship_applications').select('id').where('tenant_id', '=', q.tenantId).where('status', 'in', q.status ?? ['submitted', 'in_review']);
  if (q.programmeId) query = query.where('programme_id', '=', q.programmeId);
  const ids = await query.orderBy('fraud_score', 'desc').orderBy('id').limit(q.limit).execute();
  return Promise.all(ids.map((r) => getApplication(db, q.tenantId, r.id)));
}

/**
 * A reviewer decides. Approval applies the programme's relief to the schedule (even when
 * signals were raised: the reviewer saw them); rejection needs a note.
 * @throws AppError NOT_FOUND, CONFLICT (already decided), INVALID_INPUT (rejection without a note)
 */
export async function decideApplication(tx: Db, actor: Actor, id: number, d: { decision: 'approved' | 'rejected'; note?: string }): Promise<HardshipApplication> {
  await lockRow(tx, 'hardship_applications', actor.tenantId, id);
  const app = await getApplication(tx, actor.tenantId, id);
  if (app.status !== 'submitted' && app.status !== 'in_review') throw new AppError('CONFLICT', { message: `application ${id} is already ${app.status}` });
  if (d.decision === 'rejected' && !d.note) throw new AppError('INVALID_INPUT', { message: 'a rejection needs a note saying why', details: [{ path: 'note', message: 'required when rejecting' }] });
  const prog = await getProgramme(tx, actor.tenantId, app.programmeId);
  let changes = 0;
  if (d.decision === 'approved') {
    const acct = await getAccountFacts(tx, actor.tenantId, app.accountId);
    changes = (await applyReliefToAccount(tx, { tenantId: actor.tenantId, accountId: app.accountId, applicationId: id, relief: prog.relief, asOf: acct.today })).length;
  }
  await tx.updateTable('hardship_applications').set({ status: d.decision, decided_by: actorRef(actor), decided_at: new Date(), decision_note: d.note ?? null }).where('id', '=', id).execute();
  const fact = { applicationId: id, programme: prog.code, accountId: app.accountId, decision: d.decision, note: d.note ?? null, fraudScore: app.fraudScore, scheduleChanges: changes };
  await recordEvent(tx, { tenantId: actor.tenantId, name: 'hardship.decided', aggregateType: 'hardship_application', aggregateId: id, payload: fact, actor: actorRef(actor) });
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'hardship.decided', subjectType: 'hardship_application', subjectId: id, actor: actorRef(actor), fact });
  return getApplication(tx, actor.tenantId, id);
}

/** The schedule changes relief made for an application. */
export async function listAdjustments(db: Db, tenantId: string, applicationId: number): Promise<{ kind: string; installmentId: number | null; before: unknown; after: unknown }[]> {
  const rows = await db.selectFrom('hardship_adjustments').selectAll().where('tenant_id', '=', tenantId).where('application_id', '=', applicationId).orderBy('id').execute();
  return rows.map((r) => ({ kind: r.kind, installmentId: r.installment_id, before: r.before, after: r.after }));
}
