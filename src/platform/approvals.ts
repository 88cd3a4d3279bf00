/**
 * Four-eyes approvals for strategies, templates, scripts, scorecards, settlements above
 * authority …: one table, one rule — the approver is never the author (also enforced by a
 * CHECK constraint).
 */
import { AppError } from './errors.ts';
import type { Db } from './db-types.ts';
import './tables.ts';

export type ApprovalRequest = {
  tenantId: string;
  subjectType: string;
  subjectId: string;
  subjectVersion?: string;
  requestedBy: string;
};

export type Approval = {
  id: string;
  subjectType: string;
  subjectId: string;
  subjectVersion: string;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  requestedBy: string;
  decidedBy: string | null;
  comment: string | null;
};

/**
 * Opens a pending approval.
 * @throws AppError CONFLICT when one is already pending for the same subject version
 */
export async function requestApproval(tx: Db, r: ApprovalRequest): Promise<Approval> {
  try {
    const row = await tx
      .insertInto('approvals')
      .values({
        tenant_id: r.tenantId,
        subject_type: r.subjectType,
        subject_id: r.subjectId,
        subject_version: r.subjectVersion ?? '1',
        requested_by: r.requestedBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toApproval(row);
  } catch (cause) {
    if ((cause as { code?: string }).code === '23505') {
      throw new AppError('CONFLICT', { message: `an approval of ${r.subjectType} ${r.subjectId} is already pending`, cause });
    }
    throw cause;
  }
}

/**
 * Approves or rejects a pending approval.
 * @throws AppError NOT_FOUND, CONFLICT (not pending), FORBIDDEN (approver is the author)
 */
export async function decideApproval(
  tx: Db,
  d: { tenantId: string; approvalId: string; decidedBy: string; decision: 'approved' | 'rejected'; comment?: string },
): Promise<Approval> {
  const row = await tx
    .selectFrom('approvals')
    .selectAll()
    .where('tenant_id', '=', d.tenantId)
    .where('id', '=', d.approvalId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { message: `approval ${d.approvalId} not found` });
  if (row.status !== 'pending') throw new AppError('CONFLICT', { message: `approval ${d.approvalId} is already ${row.status}` });
  if (row.requested_by === d.decidedBy) {
    throw new AppError('FORBIDDEN', { message: 'four-eyes rule: the author cannot approve their own request' });
  }
  const updated = await tx
    .updateTable('approvals')
    .set({ status: d.decision, decided_by: d.decidedBy, decided_at: new Date(), comment: d.comment ?? null })
    .where('id', '=', d.approvalId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toApproval(updated);
}

/** The latest approval of a subject (any status), or null. */
export async function findApproval(
  tx: Db,
  q: { tenantId: string; subjectType: string; subjectId: string; subjectVersion?: string },
): Promise<Approval | null> {
  let query = tx
    .selectFrom('approvals')
    .selectAll()
    .where('tenant_id', '=', q.tenantId)
    .where('subject_type', '=', q.subjectType)
    .where('subject_id', '=', q.subjectId);
  if (q.subjectVersion) query = query.where('subject_version', '=', q.subjectVersion);
  const row = await query.orderBy('requested_at', 'desc').limit(1).executeTakeFirst();
  return row ? toApproval(row) : null;
}

function toApproval(row: {
  id: string;
  subject_type: string;
  subject_id: string;
  subject_version: string;
  status: Approval['status'];
  requested_by: string;
  decided_by: string | null;
  comment: string | null;
}): Approval {
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectVersion: row.subject_version,
    status: row.status,
    requestedBy: row.requested_by,
    decidedBy: row.decided_by,
    comment: row.comment,
  };
}
