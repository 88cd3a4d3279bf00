/**
 * Writes a change set with plain statements inside the caller's transaction: used by
 * `recomputeDelinquency` (a handful of accounts after a payment) and for the small parts of
 * the cycle (roll-rate snapshot). The cycle's bulk rows go through COPY (cycle-write.ts).
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { recordEvents } from '../platform/events.ts';
import type { ChangeSet, RollRateRow } from './change-set.ts';
import './tables.ts';
import '../portfolio/tables.ts';

const CHUNK = 2000;

/** Upserts rows, replaces the as-of's transitions of those accounts, updates statuses, records events. */
export async function writeChangeSet(tx: Db, cs: ChangeSet): Promise<void> {
  for (let i = 0; i < cs.rows.length; i += CHUNK) {
    const rows = cs.rows.slice(i, i + CHUNK).map((r) => ({
      account_id: r.accountId,
      tenant_id: r.tenantId,
      portfolio_id: r.portfolioId,
      as_of: r.asOf,
      dpd: r.dpd,
      bucket: r.bucket,
      prev_bucket: r.prevBucket,
      overdue_principal: r.overduePrincipal,
      overdue_interest: r.overdueInterest,
      overdue_fee: r.overdueFee,
      overdue_penalty: r.overduePenalty,
      outstanding_minor: r.outstanding,
      oldest_unpaid_due_on: r.oldestUnpaidDueOn,
      penalty_through: r.penaltyThrough,
    }));
    await tx
      .insertInto('account_delinquency')
      .values(rows)
      .onConflict((oc) =>
        oc.column('account_id').doUpdateSet((eb) => ({
          as_of: eb.ref('excluded.as_of'),
          dpd: eb.ref('excluded.dpd'),
          bucket: eb.ref('excluded.bucket'),
          prev_bucket: eb.ref('excluded.prev_bucket'),
          overdue_principal: eb.ref('excluded.overdue_principal'),
          overdue_interest: eb.ref('excluded.overdue_interest'),
          overdue_fee: eb.ref('excluded.overdue_fee'),
          overdue_penalty: eb.ref('excluded.overdue_penalty'),
          outstanding_minor: eb.ref('excluded.outstanding_minor'),
          oldest_unpaid_due_on: eb.ref('excluded.oldest_unpaid_due_on'),
          penalty_through: eb.ref('excluded.penalty_through'),
          updated_at: sql`now()`,
        })),
      )
      .execute();
    await tx.deleteFrom('delinquency_transitions').where('as_of', '=', cs.asOf).where('account_id', 'in', rows.map((r) => r.account_id)).execute();
  }
  for (let i = 0; i < cs.transitions.length; i += CHUNK) {
    await tx
      .insertInto('delinquency_transitions')
      .values(
        cs.transitions.slice(i, i + CHUNK).map((t) => ({
          account_id: t.accountId,
          as_of: cs.asOf,
          tenant_id: t.tenantId,
          portfolio_id: t.portfolioId,
          from_bucket: t.fromBucket,
          to_bucket: t.toBucket,
          kind: t.kind,
          dpd: t.dpd,
        })),
      )
      .execute();
  }
  for (const to of ['current', 'delinquent'] as const) {
    const ids = cs.statusChanges.filter((c) => c.to === to).map((c) => c.accountId);
    for (let i = 0; i < ids.length; i += CHUNK) {
      await tx
        .updateTable('accounts')
        .set({ status: to, updated_at: sql`now()` })
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .where('status', 'in', ['current', 'delinquent'])
        .execute();
    }
  }
  await recordEvents(tx, cs.events);
}

/** Replaces the roll-rate snapshot rows of the portfolios for `asOf`. */
export async function writeRollRates(tx: Db, asOf: string, portfolioIds: string[], rows: RollRateRow[]): Promise<void> {
  if (portfolioIds.length === 0) return;
  await tx.deleteFrom('roll_rate_snapshots').where('as_of', '=', asOf).where('portfolio_id', 'in', portfolioIds).execute();
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx
      .insertInto('roll_rate_snapshots')
      .values(
        rows.slice(i, i + CHUNK).map((r) => ({
          tenant_id: r.tenantId,
          portfolio_id: r.portfolioId,
          as_of: asOf,
          from_bucket: r.fromBucket,
          to_bucket: r.toBucket,
          accounts: r.accounts,
          balance_minor: r.balance,
          overdue_minor: r.overdue,
        })),
      )
      .execute();
  }
}
