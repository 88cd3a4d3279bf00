/**
 * Per-debt facts the rules need that the core system does not send with the loan: when the
 * validation notice went out and when its period ends (US 1006.34), when verification of a
 * dispute was sent (1006.38), whether the debt is time-barred, the student-loan account that
 * makes several loans one debt (1006.14(b)(4)), and the creditor type (CN bank caps). Set by
 * imports, letters and the API; read by the gate.
 */
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';
import './tables.ts';
import '../../portfolio/tables.ts';

/** The facts of one debt (absent fields keep their stored value). */
export type DebtFacts = {
  validationNoticeSentAt?: string | null;
  /** `YYYY-MM-DD`, the end date stated on the notice (1006.34(c)(3)(i)). */
  validationPeriodEnd?: string | null;
  verificationSentAt?: string | null;
  timeBarred?: boolean;
  studentLoanAccount?: string | null;
  creditorType?: string | null;
};

/**
 * Upserts the facts of an account.
 * @throws AppError NOT_FOUND when the account is not in the tenant
 */
export async function setDebtFacts(tx: Db, q: { tenantId: string; accountId: number; facts: DebtFacts; actor: string }): Promise<void> {
  const acc = await tx.selectFrom('accounts').select('id').where('tenant_id', '=', q.tenantId).where('id', '=', q.accountId).executeTakeFirst();
  if (!acc) throw new AppError('NOT_FOUND', { message: `account ${q.accountId} not found` });
  const f = q.facts;
  const values = {
    ...(f.validationNoticeSentAt !== undefined ? { validation_notice_sent_at: f.validationNoticeSentAt } : {}),
    ...(f.validationPeriodEnd !== undefined ? { validation_period_end: f.validationPeriodEnd } : {}),
    ...(f.verificationSentAt !== undefined ? { verification_sent_at: f.verificationSentAt } : {}),
    ...(f.timeBarred !== undefined ? { time_barred: f.timeBarred } : {}),
    ...(f.studentLoanAccount !== undefined ? { student_loan_account: f.studentLoanAccount } : {}),
    ...(f.creditorType !== undefined ? { creditor_type: f.creditorType } : {}),
    updated_by: q.actor,
    updated_at: new Date(),
  };
  await tx
    .insertInto('compliance_debt_facts')
    .values({ account_id: q.accountId, tenant_id: q.tenantId, ...values })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
    .execute();
  await writeAudit(tx, { tenantId: q.tenantId, actor: q.actor, action: 'compliance_debt_facts.set', subjectType: 'account', subjectId: q.accountId, detail: { facts: f } });
}
