/** The append-only audit log: who did what to which subject (a trigger refuses edits). */
import type { Db } from './db-types.ts';
import './tables.ts';

export type AuditEntry = {
  tenantId: string | null;
  actor: string;
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  detail?: Record<string, unknown>;
};

/** Appends one audit row inside `tx`. */
export async function writeAudit(tx: Db, e: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      tenant_id: e.tenantId,
      actor: e.actor,
      action: e.action,
      subject_type: e.subjectType,
      subject_id: e.subjectId === undefined || e.subjectId === null ? null : String(e.subjectId),
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}
