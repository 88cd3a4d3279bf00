/**
 * The model registry: scorecards are versioned JSON artifacts (checksum verified on
 * upload) per purpose; a new version is a draft that goes to four-eyes approval; once
 * approved by someone other than its author it may be activated, which retires the
 * previous active version of that purpose. One is active per purpose.
 */
import { sql } from 'kysely';
import { findApproval, requestApproval } from '../platform/approvals.ts';
import { writeAudit } from '../platform/audit.ts';
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';
import { parseModel, type ScorecardModel } from './model-artifact.ts';
import './registry-tables.ts';

export type ScorecardVersion = {
  id: string;
  purpose: string;
  version: number;
  name: string;
  status: 'draft' | 'active' | 'retired';
  checksum: string;
  createdBy: string;
  createdAt: Date;
  activatedAt: Date | null;
  approvalId: string | null;
  approvalStatus: string | null;
};

/**
 * Registers a model (JSON text) as the next draft version of a purpose and opens its approval.
 * @throws AppError INVALID_INPUT for a model of another schema version or a bad checksum
 */
export async function registerScorecard(
  tx: Db,
  r: { tenantId: string; actor: string; purpose: string; name: string; modelText: string },
): Promise<ScorecardVersion> {
  const model = parseModel(r.modelText, 'uploaded model');
  const next = await sql<{ v: number }>`SELECT coalesce(max(version), 0) + 1 AS v FROM scorecards
    WHERE tenant_id = ${r.tenantId}::uuid AND purpose = ${r.purpose}`.execute(tx);
  const row = await tx
    .insertInto('scorecards')
    .values({
      tenant_id: r.tenantId, purpose: r.purpose, version: next.rows[0].v, name: r.name,
      model: JSON.stringify(model), checksum: model.checksum, created_by: r.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await requestApproval(tx, { tenantId: r.tenantId, subjectType: 'scorecard', subjectId: row.id, requestedBy: r.actor });
  await writeAudit(tx, { tenantId: r.tenantId, actor: r.actor, action: 'scorecard.registered', subjectType: 'scorecard', subjectId: row.id, detail: { purpose: r.purpose, checksum: model.checksum } });
  return getScorecardVersion(tx, r.tenantId, row.id);
}

/**
 * Activates an approved version; the previously active version of the purpose is retired.
 * @throws AppError NOT_FOUND, RULE_VIOLATION when it is not approved yet
 */
export async function activateScorecard(tx: Db, a: { tenantId: string; actor: string; id: string }): Promise<ScorecardVersion> {
  const v = await getScorecardVersion(tx, a.tenantId, a.id);
  if (v.status === 'active') return v;
  if (v.approvalStatus !== 'approved') {
    throw new AppError('RULE_VIOLATION', { message: `scorecard ${a.id} is not approved (approval ${v.approvalStatus ?? 'missing'}); another user must approve it first` });
  }
  await tx.updateTable('scorecards').set({ status: 'retired' }).where('tenant_id', '=', a.tenantId).where('purpose', '=', v.purpose).where('status', '=', 'active').execute();
  await tx.updateTable('scorecards').set({ status: 'active', activated_by: a.actor, activated_at: new Date() }).where('id', '=', a.id).execute();
  await writeAudit(tx, { tenantId: a.tenantId, actor: a.actor, action: 'scorecard.activated', subjectType: 'scorecard', subjectId: a.id, detail: { purpose: v.purpose, version: v.version } });
  return getScorecardVersion(tx, a.tenantId, a.id);
}

/** @throws AppError NOT_FOUND */
export async function getScorecardVersion(db: Db, tenantId: string, id: string): Promise<ScorecardVersion> {
  const row = await db
    .selectFrom('scorecards')
    .select(['id', 'purpose', 'version', 'name', 'status', 'checksum', 'created_by', 'created_at', 'activated_at'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { message: `scorecard ${id} not found` });
  const approval = await findApproval(db, { tenantId, subjectType: 'scorecard', subjectId: id });
  return {
    id: row.id, purpose: row.purpose, version: row.version, name: row.name, status: row.status, checksum: row.checksum,
    createdBy: row.created_by, createdAt: row.created_at, activatedAt: row.activated_at,
    approvalId: approval?.id ?? null, approvalStatus: approval?.status ?? null,
  };
}

/** All versions of a tenant, newest first. */
export async function listScorecards(db: Db, tenantId: string): Promise<ScorecardVersion[]> {
  const rows = await db.selectFrom('scorecards').select('id').where('tenant_id', '=', tenantId).orderBy('purpose').orderBy('version', 'desc').execute();
  return Promise.all(rows.map((r) => getScorecardVersion(db, tenantId, r.id)));
}

/** The model of a version. @throws AppError NOT_FOUND */
export async function getScorecardModel(db: Db, tenantId: string, id: string): Promise<ScorecardModel> {
  const row = await db.selectFrom('scorecards').select('model').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { message: `scorecard ${id} not found` });
  return parseModel(JSON.stringify(row.model), `scorecard ${id}`);
}

/** The active version of a purpose with its model, or null. */
export async function findActiveScorecard(db: Db, tenantId: string, purpose: string): Promise<{ id: string; model: ScorecardModel } | null> {
  const row = await db.selectFrom('scorecards').select(['id', 'model']).where('tenant_id', '=', tenantId).where('purpose', '=', purpose).where('status', '=', 'active').executeTakeFirst();
  if (!row) return null;
  return { id: row.id, model: parseModel(JSON.stringify(row.model), `scorecard ${row.id}`) };
}
