/**
 * Point-in-time characteristics of accounts, computed in SQL from the portfolio: for each
 * observation (account, as-of date) only installments due and payments received before
 * the as-of date count, so the same definitions serve training (as of the day an account
 * entered a bucket) and nightly scoring (as of the cycle date) without look-ahead.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import type { Column, Dataset } from './dataset.ts';

/** The characteristics, in column order, with how they are read. */
export const accountFeatures = [
  { name: 'portfolio', kind: 'categorical' },
  { name: 'product_kind', kind: 'categorical' },
  { name: 'locale', kind: 'categorical' },
  { name: 'principal', kind: 'numeric' },
  { name: 'rate_bps', kind: 'numeric' },
  { name: 'months_on_book', kind: 'numeric' },
  { name: 'installments_due', kind: 'numeric' },
  { name: 'paid_share', kind: 'numeric' },
  { name: 'dpd', kind: 'numeric' },
  { name: 'installments_unpaid', kind: 'numeric' },
  { name: 'overdue_share', kind: 'numeric' },
  { name: 'payments_90d', kind: 'numeric' },
  { name: 'payments_total', kind: 'numeric' },
  { name: 'days_since_payment', kind: 'numeric' },
  { name: 'age_years', kind: 'numeric' },
] as const;

export type FeatureRow = { account_id: number; external_id: string; as_of: string } & Record<string, string | number | null>;

/**
 * Computes the characteristics for the observations produced by `obs`, a SQL query
 * returning `(account_id bigint, as_of date)` rows.
 */
export async function computeAccountFeatures(db: Db, tenantId: string, obs: RawBuilder<unknown>): Promise<FeatureRow[]> {
  const r = await sql<FeatureRow>`
    WITH obs AS (${obs}),
    paid_before AS (
      SELECT o.account_id, o.as_of, pa.installment_id, sum(pa.amount_minor) AS paid
      FROM obs o
      JOIN payments p ON p.account_id = o.account_id AND p.status = 'posted' AND p.received_at < o.as_of
      JOIN payment_allocations pa ON pa.payment_id = p.id
      GROUP BY 1, 2, 3),
    inst AS (
      SELECT o.account_id, o.as_of, i.due_on,
        (i.principal_due + i.interest_due + i.fee_due + i.penalty_due) AS due, coalesce(pb.paid, 0) AS paid
      FROM obs o
      JOIN installments i ON i.account_id = o.account_id AND i.due_on < o.as_of
      LEFT JOIN paid_before pb ON pb.account_id = o.account_id AND pb.as_of = o.as_of AND pb.installment_id = i.id),
    agg AS (
      SELECT account_id, as_of, count(*) AS n_due, sum(due) AS due_total, sum(paid) AS paid_total,
        min(due_on) FILTER (WHERE paid < due) AS oldest_unpaid,
        count(*) FILTER (WHERE paid < due) AS n_unpaid,
        coalesce(sum(due - paid) FILTER (WHERE paid < due), 0) AS overdue
      FROM inst GROUP BY 1, 2),
    pay AS (
      SELECT o.account_id, o.as_of,
        count(*) FILTER (WHERE p.received_at >= o.as_of - 90) AS n90, count(*) AS n_all, max(p.received_at)::date AS last_on
      FROM obs o JOIN payments p ON p.account_id = o.account_id AND p.status = 'posted' AND p.received_at < o.as_of
      GROUP BY 1, 2)
    SELECT a.id::bigint AS account_id, a.external_id, o.as_of::text AS as_of,
      pf.code AS portfolio, coalesce(pr.kind, 'other') AS product_kind, b.locale,
      a.principal_minor / 100.0 AS principal, a.rate_bps,
      round(((o.as_of - a.opened_on) / 30.44)::numeric, 2)::float8 AS months_on_book,
      coalesce(ag.n_due, 0)::int AS installments_due,
      CASE WHEN coalesce(ag.due_total, 0) > 0 THEN ag.paid_total::float8 / ag.due_total END AS paid_share,
      CASE WHEN ag.oldest_unpaid IS NULL THEN 0 ELSE o.as_of - ag.oldest_unpaid END AS dpd,
      coalesce(ag.n_unpaid, 0)::int AS installments_unpaid,
      CASE WHEN a.principal_minor > 0 THEN coalesce(ag.overdue, 0)::float8 / a.principal_minor ELSE 0 END AS overdue_share,
      coalesce(py.n90, 0)::int AS payments_90d, coalesce(py.n_all, 0)::int AS payments_total,
      (o.as_of - py.last_on) AS days_since_payment,
      date_part('year', age(o.as_of, b.date_of_birth))::float8 AS age_years
    FROM obs o
    JOIN accounts a ON a.id = o.account_id AND a.tenant_id = ${tenantId}::uuid
    JOIN borrowers b ON b.id = a.borrower_id
    JOIN portfolios pf ON pf.id = a.portfolio_id
    LEFT JOIN products pr ON pr.id = a.product_id
    LEFT JOIN agg ag ON ag.account_id = o.account_id AND ag.as_of = o.as_of
    LEFT JOIN pay py ON py.account_id = o.account_id AND py.as_of = o.as_of
    ORDER BY a.id`.execute(db);
  return r.rows;
}

/** Turns feature rows into a columnar data set (numeric: Float64Array with NaN for missing). */
export function featuresToDataset(rows: FeatureRow[], source: string): Dataset {
  const columns: Column[] = accountFeatures.map((f) => {
    if (f.kind === 'numeric') {
      const values = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const v = rows[i][f.name];
        values[i] = v === null || v === undefined ? NaN : Number(v);
      }
      return { kind: 'numeric', name: f.name, values };
    }
    const levels: string[] = [];
    const index = new Map<string, number>();
    const codes = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i][f.name];
      if (v === null || v === undefined || v === '') {
        codes[i] = -1;
        continue;
      }
      const s = String(v);
      let c = index.get(s);
      if (c === undefined) {
        c = levels.length;
        levels.push(s);
        index.set(s, c);
      }
      codes[i] = c;
    }
    return { kind: 'categorical', name: f.name, codes, levels };
  });
  return { rows: rows.length, columns, source };
}
