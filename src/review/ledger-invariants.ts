/**
 * The money invariants the review tests check after every race or crash, over the whole
 * database: a posted payment's allocations add up to its amount minus what is unallocated, a
 * reversed one keeps none; each installment's paid components equal the sums of their
 * allocations, and no installment is paid beyond what is due.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';

/** Asserts the money invariants (see the module comment). */
export async function assertLedgerConsistent(db: Db): Promise<void> {
  const bad = await sql<{ id: number }>`
    SELECT p.id FROM payments p LEFT JOIN payment_allocations a ON a.payment_id = p.id
     GROUP BY p.id, p.status, p.amount_minor, p.unallocated_minor
    HAVING (p.status = 'posted' AND coalesce(sum(a.amount_minor), 0) <> p.amount_minor - p.unallocated_minor)
        OR (p.status <> 'posted' AND (count(a.payment_id) > 0 OR p.unallocated_minor <> 0))`.execute(db);
  assert.deepEqual(bad.rows, [], 'allocations = amount - unallocated (none for reversed payments)');
  const inst = await sql<{ id: number }>`
    SELECT i.id FROM installments i LEFT JOIN LATERAL (
      SELECT coalesce(sum(a.amount_minor) FILTER (WHERE a.component = 'principal'), 0) AS pr, coalesce(sum(a.amount_minor) FILTER (WHERE a.component = 'interest'), 0) AS it,
             coalesce(sum(a.amount_minor) FILTER (WHERE a.component = 'fee'), 0) AS fe, coalesce(sum(a.amount_minor) FILTER (WHERE a.component = 'penalty'), 0) AS pe
        FROM payment_allocations a WHERE a.installment_id = i.id) s ON true
     WHERE i.principal_paid <> s.pr OR i.interest_paid <> s.it OR i.fee_paid <> s.fe OR i.penalty_paid <> s.pe`.execute(db);
  assert.deepEqual(inst.rows, [], 'installment paid amounts = sums of their allocations');
  const over = await sql<{ id: number }>`SELECT id FROM installments WHERE principal_paid > principal_due OR interest_paid > interest_due OR fee_paid > fee_due OR penalty_paid > penalty_due`.execute(db);
  assert.deepEqual(over.rows, [], 'no installment paid beyond what is due');
}
