/**
 * Applies a programme's relief to an account's repayment schedule: reads the
 * installments, runs the pure `applyRelief`, writes the changed and new installments,
 * records every change (before/after) in `hardship_adjustments` and sets the
 * `account_reliefs` marker that interest/penalty accrual reads.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { addMonths } from './plan-schedule.ts';
import { applyRelief, type ReliefChange, type ReliefSpec, type ScheduleRow } from './hardship-rules.ts';
import './tables.ts';
import '../portfolio/tables.ts';

/** Applies relief to one account as of `asOf`; returns the changes. */
export async function applyReliefToAccount(tx: Db, q: { tenantId: string; accountId: number; applicationId: number; relief: ReliefSpec; asOf: string }): Promise<ReliefChange[]> {
  const rows = await tx.selectFrom('installments').selectAll().where('tenant_id', '=', q.tenantId).where('account_id', '=', q.accountId).orderBy('seq').forUpdate().execute();
  const schedule: ScheduleRow[] = rows.map((r) => ({
    id: r.id, seq: r.seq, dueOn: r.due_on, principalDue: r.principal_due, interestDue: r.interest_due, feeDue: r.fee_due, penaltyDue: r.penalty_due,
    principalPaid: r.principal_paid, interestPaid: r.interest_paid, feePaid: r.fee_paid, penaltyPaid: r.penalty_paid,
  }));
  const { schedule: next, changes } = applyRelief(schedule, q.relief, q.asOf);
  const before = new Map(schedule.map((r) => [r.seq, r]));
  for (const r of next) {
    const old = before.get(r.seq);
    if (r.id === null) {
      await tx.insertInto('installments').values({ tenant_id: q.tenantId, account_id: q.accountId, seq: r.seq, due_on: r.dueOn, principal_due: r.principalDue, interest_due: r.interestDue, fee_due: r.feeDue, penalty_due: r.penaltyDue }).execute();
    } else if (old && (old.dueOn !== r.dueOn || old.principalDue !== r.principalDue || old.interestDue !== r.interestDue || old.penaltyDue !== r.penaltyDue)) {
      await tx.updateTable('installments').set({ due_on: r.dueOn, principal_due: r.principalDue, interest_due: r.interestDue, penalty_due: r.penaltyDue }).where('id', '=', r.id).execute();
    }
  }
  if (changes.length) {
    await tx.insertInto('hardship_adjustments').values(changes.map((c) => ({ tenant_id: q.tenantId, application_id: q.applicationId, account_id: q.accountId, installment_id: c.installmentId, kind: c.kind, before: JSON.stringify({ seq: c.seq, ...c.before }), after: JSON.stringify({ seq: c.seq, ...c.after }) }))).execute();
  }
  if (q.relief.freezeInterest || q.relief.waivePenalties) {
    const until = q.relief.freezeMonths ? addMonths(q.asOf, q.relief.freezeMonths) : null;
    await sql`INSERT INTO account_reliefs (tenant_id, account_id, application_id, freeze_interest, waive_penalties, from_on, until_on)
              VALUES (${q.tenantId}, ${q.accountId}, ${q.applicationId}, ${q.relief.freezeInterest ?? false}, ${q.relief.waivePenalties ?? false}, ${q.asOf}, ${until})
              ON CONFLICT DO NOTHING`.execute(tx);
  }
  return changes;
}
