/**
 * Builds the set-based merge of a staging table into a target table as two statements in
 * the import transaction: an `UPDATE … FROM` of the rows that exist and differ
 * (`(columns) IS DISTINCT FROM (…)`), then an `INSERT … SELECT … WHERE NOT EXISTS` of the
 * new ones. Unchanged rows are touched by neither (a re-run writes nothing). Measured on
 * this machine, this costs about half the backend CPU of `INSERT … ON CONFLICT DO UPDATE`
 * for new rows and a quarter for unchanged ones. Imports into one table are serialised per
 * tenant with a transaction-scoped advisory lock, so the two statements never race another
 * import. Columns that the file does not have are left out of the update, so that an absent
 * optional column never overwrites what is stored.
 */

export type UpsertPlan = {
  table: string;
  /** Target columns, in the order of the `select` list. */
  columns: readonly string[];
  /** `SELECT <expressions in column order> FROM …` (uses $1 for the tenant id). */
  select: string;
  /** The unique key that identifies a row. */
  key: readonly string[];
  /** Target columns always compared and updated. */
  always: readonly string[];
  /** [file column, target column] updated only when the file has the column. */
  optional: readonly (readonly [string, string])[];
  /** Extra `SET` assignments (e.g. `updated_at = now()`), not compared. */
  touch?: readonly string[];
  /** Overrides for a column's update expression over `t` (stored) and `src` (incoming). */
  setExpr?: Readonly<Record<string, string>>;
  /** Columns updated (via setExpr) but not compared (ciphertexts: compared through their blind index). */
  notCompared?: readonly string[];
};

export type MergeSql = { lock: string; update: string; insert: string };

/** The per-tenant advisory lock of imports into `table` ($1 = tenant id). */
export function importLockSql(table: string): string {
  return `SELECT pg_advisory_xact_lock(hashtext($1::text || ':${table}'))`;
}

/** The SQL of the merge for the columns `present` in the file. */
export function buildUpsertSql(plan: UpsertPlan, present: ReadonlySet<string>): MergeSql {
  const updated = [...plan.always, ...plan.optional.filter(([f]) => present.has(f)).map(([, c]) => c)];
  const compared = updated.filter((c) => !(plan.notCompared ?? []).includes(c));
  const set = [...updated.map((c) => `${c} = ${plan.setExpr?.[c] ?? `src.${c}`}`), ...(plan.touch ?? [])].join(', ');
  const src = `(${plan.select}) AS src(${plan.columns.join(', ')})`;
  const keyMatch = plan.key.map((k) => `t.${k} = src.${k}`).join(' AND ');
  return {
    lock: importLockSql(plan.table),
    update: `UPDATE ${plan.table} AS t SET ${set} FROM ${src}
      WHERE ${keyMatch} AND (${compared.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => `src.${c}`).join(', ')})`,
    insert: `INSERT INTO ${plan.table} (${plan.columns.join(', ')}) SELECT src.* FROM ${src}
      WHERE NOT EXISTS (SELECT 1 FROM ${plan.table} t WHERE ${keyMatch})`,
  };
}
