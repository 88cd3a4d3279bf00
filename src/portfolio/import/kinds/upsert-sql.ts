/**
 * Builds the one set-based statement that merges a staging table into a target table:
 * `INSERT … SELECT … ON CONFLICT … DO UPDATE … WHERE (columns) IS DISTINCT FROM (…)`,
 * counting inserted and updated rows (unchanged rows are neither). Columns that the file
 * does not have are left out of the update, so that an absent optional column never
 * overwrites what is stored.
 */

export type UpsertPlan = {
  table: string;
  /** Target columns in insert order. */
  columns: readonly string[];
  /** `SELECT <expressions in column order> FROM …` (uses $1 for the tenant id). */
  select: string;
  conflict: string;
  /** Target columns always compared and updated. */
  always: readonly string[];
  /** [file column, target column] updated only when the file has the column. */
  optional: readonly (readonly [string, string])[];
  /** Extra `SET` assignments (e.g. `updated_at = now()`), not compared. */
  touch?: readonly string[];
  /** Overrides for a column's update expression (e.g. keep the old ciphertext when the blind index is unchanged). */
  setExpr?: Readonly<Record<string, string>>;
  /** Columns updated (via setExpr) but not compared (ciphertexts: compared through their blind index). */
  notCompared?: readonly string[];
};

/** The SQL of the merge; returns one row `{inserted, updated}`. */
export function buildUpsertSql(plan: UpsertPlan, present: ReadonlySet<string>): string {
  const updated = [...plan.always, ...plan.optional.filter(([f]) => present.has(f)).map(([, c]) => c)];
  const compared = updated.filter((c) => !(plan.notCompared ?? []).includes(c));
  const set = [...updated.map((c) => `${c} = ${plan.setExpr?.[c] ?? `excluded.${c}`}`), ...(plan.touch ?? [])].join(', ');
  return `WITH up AS (
    INSERT INTO ${plan.table} AS t (${plan.columns.join(', ')})
    ${plan.select}
    ON CONFLICT ${plan.conflict} DO UPDATE SET ${set}
    WHERE (${compared.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => `excluded.${c}`).join(', ')})
    RETURNING (xmax = 0) AS ins)
  SELECT count(*) FILTER (WHERE ins)::int AS inserted, count(*) FILTER (WHERE NOT ins)::int AS updated FROM up`;
}
