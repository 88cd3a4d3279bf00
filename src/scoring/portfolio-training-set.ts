/**
 * A collection-score training set built from the portfolio itself. Each observation is an
 * account on the day it entered early delinquency (the day after the due date of its first
 * installment not paid in full by then); the target says whether the debtor then paid at
 * least `minPaidShare` of what was overdue within `days` days ("paid at least X within N
 * days of entering a bucket"). Observations whose window has not ended by `asOf` are left
 * out. Characteristics are computed as of the entry day (see account-features.ts).
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';
import { accountFeatures, computeAccountFeatures, type FeatureRow } from './account-features.ts';

export type TrainingSetOptions = { tenantId: string; asOf: string; days: number; minPaidShare: number; portfolioCode?: string };

export type TrainingRow = FeatureRow & { paid_in_window: number; overdue_at_entry: number; bad: 0 | 1 };

/**
 * Builds the observations with their target (`bad` = 1 when the debtor did not pay enough).
 * @throws AppError INVALID_INPUT for bad options
 */
export async function buildPortfolioTrainingSet(db: Db, o: TrainingSetOptions): Promise<TrainingRow[]> {
  if (!(o.days >= 1 && o.days <= 365)) throw new AppError('INVALID_INPUT', { message: `--days must be 1..365, got ${o.days}` });
  if (!(o.minPaidShare > 0 && o.minPaidShare <= 1)) throw new AppError('INVALID_INPUT', { message: `--min-paid-share must be in (0, 1], got ${o.minPaidShare}` });
  const portfolioFilter = o.portfolioCode ? sql`AND pf.code = ${o.portfolioCode}` : sql``;
  // Paid by the end of the due date: allocations from payments received before due_on + 1.
  // Set-based (allocations are indexed by payment, not by installment): the tenant's posted
  // allocations summed per installment in one hash aggregate, instead of a lookup per
  // installment that read the whole allocation table each time.
  const obs = sql`
    SELECT DISTINCT ON (i.account_id) i.account_id, (i.due_on + 1) AS as_of
    FROM installments i
    JOIN accounts a ON a.id = i.account_id AND a.tenant_id = ${o.tenantId}::uuid
    JOIN portfolios pf ON pf.id = a.portfolio_id ${portfolioFilter}
    LEFT JOIN (
      SELECT pa.installment_id, sum(pa.amount_minor) AS paid
      FROM payment_allocations pa
      JOIN payments p ON p.id = pa.payment_id AND p.status = 'posted'
      JOIN installments di ON di.id = pa.installment_id
      WHERE pa.tenant_id = ${o.tenantId}::uuid AND p.received_at < (di.due_on + 1)
      GROUP BY pa.installment_id
    ) pb ON pb.installment_id = i.id
    WHERE i.due_on + 1 + ${o.days}::int <= ${o.asOf}::date
      AND coalesce(pb.paid, 0) < (i.principal_due + i.interest_due + i.fee_due + i.penalty_due)
    ORDER BY i.account_id, i.due_on`;
  const features = await computeAccountFeatures(db, o.tenantId, obs);
  if (features.length === 0) return [];
  const ids = features.map((f) => Number(f.account_id));
  // Overdue at entry: what the installments due before the entry day still owed then (the
  // allocations of the account's payments received before it, as in account-features.ts).
  const outcome = await sql<{ account_id: number; paid: number; overdue: number }>`
    WITH obs AS (SELECT * FROM (${obs}) x WHERE x.account_id = ANY(${sql.val(ids)}::bigint[])),
    paid_before AS (
      SELECT o.account_id, pa.installment_id, sum(pa.amount_minor) AS paid
      FROM obs o
      JOIN payments p ON p.account_id = o.account_id AND p.status = 'posted' AND p.received_at < o.as_of
      JOIN payment_allocations pa ON pa.payment_id = p.id
      GROUP BY 1, 2),
    owed AS (
      SELECT o.account_id, sum((i.principal_due + i.interest_due + i.fee_due + i.penalty_due) - coalesce(pb.paid, 0)) AS overdue
      FROM obs o
      JOIN installments i ON i.account_id = o.account_id AND i.due_on < o.as_of
      LEFT JOIN paid_before pb ON pb.account_id = o.account_id AND pb.installment_id = i.id
      GROUP BY 1)
    SELECT o.account_id::bigint AS account_id,
      coalesce((SELECT sum(p.amount_minor) FROM payments p WHERE p.account_id = o.account_id AND p.status = 'posted'
        AND p.received_at >= o.as_of AND p.received_at < o.as_of + ${o.days}::int), 0)::bigint AS paid,
      coalesce(w.overdue, 0)::bigint AS overdue
    FROM obs o LEFT JOIN owed w ON w.account_id = o.account_id`.execute(db);
  const byId = new Map(outcome.rows.map((r) => [Number(r.account_id), r]));
  return features.map((f) => {
    const r = byId.get(Number(f.account_id));
    const paid = r ? r.paid : 0;
    const overdue = r ? r.overdue : 0;
    const bad: 0 | 1 = overdue > 0 && paid >= Math.ceil(overdue * o.minPaidShare) ? 0 : 1;
    return { ...f, paid_in_window: paid, overdue_at_entry: overdue, bad };
  });
}

/** Renders the training set as CSV (characteristics and `bad`; no identifiers, so `train` needs no --exclude). */
export function trainingSetToCsv(rows: TrainingRow[]): string {
  const cols = [...accountFeatures.map((f) => f.name), 'bad'];
  const lines = [cols.join(',')];
  for (const r of rows) {
    lines.push(
      cols
        .map((c) => {
          const v = (r as Record<string, unknown>)[c];
          if (v === null || v === undefined) return '';
          const s = String(v);
          return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}
