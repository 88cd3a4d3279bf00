/**
 * Bulk writing step of the nightly cycle, inside its transaction: COPY the changed rows into
 * a temporary table and merge them with one INSERT … ON CONFLICT; the same for penalty
 * accruals and account status changes; transitions by COPY.
 */
import type pg from 'pg';
import type { ChangeSet, DelinquencyRow, TransitionRow } from './change-set.ts';
import { copyInLines } from '../platform/copy-text.ts';

const N = '\\N';
const ROW_COLUMNS = [
  'account_id', 'tenant_id', 'portfolio_id', 'as_of', 'dpd', 'bucket', 'prev_bucket', 'overdue_principal', 'overdue_interest',
  'overdue_fee', 'overdue_penalty', 'outstanding_minor', 'oldest_unpaid_due_on', 'penalty_through',
];

function rowLine(r: DelinquencyRow): string {
  return `${r.accountId}\t${r.tenantId}\t${r.portfolioId}\t${r.asOf}\t${r.dpd}\t${r.bucket}\t${r.prevBucket ?? N}\t${r.overduePrincipal}\t${r.overdueInterest}\t${r.overdueFee}\t${r.overduePenalty}\t${r.outstanding}\t${r.oldestUnpaidDueOn ?? N}\t${r.penaltyThrough ?? N}`;
}

function transitionLine(t: TransitionRow, asOf: string): string {
  return `${t.accountId}\t${asOf}\t${t.tenantId}\t${t.portfolioId}\t${t.fromBucket ?? N}\t${t.toBucket}\t${t.kind}\t${t.dpd}`;
}

function* mapped<T>(items: readonly T[], f: (t: T) => string): Generator<string> {
  for (const t of items) yield f(t);
}

/**
 * Writes the changed rows of account_delinquency and replaces those accounts' transitions
 * of the date. Rows of accounts assessed for the first time (no stored state when the cycle
 * read it) are COPYed straight into the table: no staging, no ON CONFLICT, no transitions
 * of theirs to delete. Should a payment have assessed one of them meanwhile (the cycle's
 * lock does not exclude payment posting), that COPY fails on the primary key and is undone
 * to its savepoint, and those rows take the merge path with the others.
 */
export async function writeStateBulk(client: pg.PoolClient, cs: ChangeSet): Promise<void> {
  if (cs.rows.length === 0) return;
  const first = cs.rows.filter((_, i) => cs.firstAssessed[i]);
  let rest = cs.rows.filter((_, i) => !cs.firstAssessed[i]);
  if (first.length && !(await copyFirstRows(client, first))) rest = cs.rows;
  if (rest.length) await mergeRows(client, rest);
  if (cs.transitions.length) {
    await copyInLines(
      client,
      'delinquency_transitions',
      ['account_id', 'as_of', 'tenant_id', 'portfolio_id', 'from_bucket', 'to_bucket', 'kind', 'dpd'],
      mapped(cs.transitions, (t) => transitionLine(t, cs.asOf)),
    );
  }
}

/** COPYs first-assessment rows into account_delinquency under a savepoint; false (and undone) when one already exists. */
async function copyFirstRows(client: pg.PoolClient, rows: DelinquencyRow[]): Promise<boolean> {
  await client.query('SAVEPOINT dq_first');
  try {
    await copyInLines(client, 'account_delinquency', ROW_COLUMNS, mapped(rows, rowLine));
    await client.query('RELEASE SAVEPOINT dq_first');
    return true;
  } catch (e) {
    if ((e as { code?: string }).code !== '23505') throw e;
    await client.query('ROLLBACK TO SAVEPOINT dq_first');
    return false;
  }
}

/** Stages rows in a temporary table, merges them with INSERT … ON CONFLICT, and deletes their transitions of the date. */
async function mergeRows(client: pg.PoolClient, rows: DelinquencyRow[]): Promise<void> {
  await client.query('CREATE TEMP TABLE dq_new (LIKE account_delinquency INCLUDING DEFAULTS) ON COMMIT DROP');
  await copyInLines(client, 'dq_new', ROW_COLUMNS, mapped(rows, rowLine));
  await client.query('ANALYZE dq_new');
  const cols = ROW_COLUMNS.join(', ');
  const updates = ROW_COLUMNS.slice(3).map((c) => `${c} = EXCLUDED.${c}`).join(', ');
  await client.query(
    `INSERT INTO account_delinquency (${cols}, updated_at) SELECT ${cols}, now() FROM dq_new
     ON CONFLICT (account_id) DO UPDATE SET ${updates}, updated_at = EXCLUDED.updated_at`,
  );
  await client.query('DELETE FROM delinquency_transitions t USING dq_new n WHERE t.account_id = n.account_id AND t.as_of = n.as_of');
}

/** Adds the accrued penalties to the installments' penalty_due. */
export async function writePenaltiesBulk(client: pg.PoolClient, cs: ChangeSet): Promise<void> {
  const n = cs.penaltyInstallments.length;
  if (n === 0) return;
  await client.query('CREATE TEMP TABLE dq_penalty (installment_id bigint, amount bigint) ON COMMIT DROP');
  const lines = (function* () {
    for (let i = 0; i < n; i++) yield `${cs.penaltyInstallments[i]}\t${cs.penaltyAmounts[i]}`;
  })();
  await copyInLines(client, 'dq_penalty', ['installment_id', 'amount'], lines);
  await client.query('ANALYZE dq_penalty');
  await updateInKeyOrder(client, 'UPDATE installments i SET penalty_due = i.penalty_due + p.amount FROM dq_penalty p WHERE i.id = p.installment_id');
}

/**
 * Runs a bulk UPDATE … FROM <temp table> with hash joins off for that statement. The
 * planner's choice for half a million rows of a six-million-row table is a hash join over a
 * sequential scan; a merge join along the primary key does the same update in half the time
 * (measured: 6.7 s vs 3.5 s for 545k of 6M installments), as it visits the pages in key
 * order once. The setting is restored for the rest of the transaction.
 */
async function updateInKeyOrder(client: pg.PoolClient, statement: string): Promise<void> {
  await client.query('SET LOCAL enable_hashjoin = off');
  try {
    await client.query(statement);
  } finally {
    await client.query('SET LOCAL enable_hashjoin = on');
  }
}

/** Sets accounts current ↔ delinquent (only accounts still in one of those two statuses). */
export async function writeStatusesBulk(client: pg.PoolClient, cs: ChangeSet): Promise<void> {
  if (cs.statusChanges.length === 0) return;
  await client.query('CREATE TEMP TABLE dq_status (account_id bigint, status text) ON COMMIT DROP');
  await copyInLines(client, 'dq_status', ['account_id', 'status'], mapped(cs.statusChanges, (c) => `${c.accountId}\t${c.to}`));
  await client.query('ANALYZE dq_status');
  await updateInKeyOrder(
    client,
    `UPDATE accounts a SET status = s.status, updated_at = now() FROM dq_status s
     WHERE a.id = s.account_id AND a.status IN ('current', 'delinquent') AND a.status <> s.status`,
  );
}
