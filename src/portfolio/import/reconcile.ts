/**
 * Reconciliation with the lender's core system (the book of record): for accounts that
 * carry the core system's outstanding balance, compares it with Recoup's and lists the
 * differences. Recoup's outstanding balance is the unpaid part of the schedule
 * (Σ due − paid over all components), or principal + fees while an account has no schedule.
 */
import type pg from 'pg';

export type ReconciliationDifference = { accountExternalId: string; currency: string; recoupMinor: number; coreMinor: number; differenceMinor: number };

export type Reconciliation = {
  /** Accounts compared (those with a core outstanding balance among the affected ones). */
  checked: number;
  /** How many differ. */
  differing: number;
  /** The first 100 differences. */
  differences: ReconciliationDifference[];
};

/**
 * Reconciles the accounts selected by `idsSql` (a `SELECT a.id FROM accounts a …` using $1 = tenant id, $2 = optional array).
 */
export async function reconcileAccounts(client: pg.PoolClient, idsSql: string, params: unknown[]): Promise<Reconciliation> {
  await client.query('DROP TABLE IF EXISTS recon_ids');
  const made = await client.query(`CREATE TEMP TABLE recon_ids ON COMMIT DROP AS ${idsSql}`, params);
  if (!made.rowCount) return { checked: 0, differing: 0, differences: [] };
  const r = await client.query<{ external_id: string; currency: string; recoup: number; core: number; n: number }>(
    `WITH open AS (
       SELECT i.account_id, sum(i.principal_due + i.interest_due + i.fee_due + i.penalty_due
              - i.principal_paid - i.interest_paid - i.fee_paid - i.penalty_paid) AS open
       FROM installments i JOIN recon_ids r ON r.id = i.account_id GROUP BY i.account_id),
     cmp AS (
       SELECT a.external_id, a.currency, coalesce(o.open, a.principal_minor + a.fees_minor)::bigint AS recoup, a.core_outstanding_minor AS core
       FROM recon_ids r JOIN accounts a ON a.id = r.id LEFT JOIN open o ON o.account_id = a.id)
     SELECT *, count(*) OVER ()::int AS n FROM cmp WHERE recoup <> core ORDER BY external_id LIMIT 100`,
  );
  return {
    checked: made.rowCount,
    differing: r.rows[0]?.n ?? 0,
    differences: r.rows.map((x) => ({ accountExternalId: x.external_id, currency: x.currency.trim(), recoupMinor: x.recoup, coreMinor: x.core, differenceMinor: x.recoup - x.core })),
  };
}
