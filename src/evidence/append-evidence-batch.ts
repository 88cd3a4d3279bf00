import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import type { EvidenceFact } from './append-evidence.ts';

/**
 * Queues many facts in one statement, inside the caller's transaction (bulk paths:
 * payment imports, batch posting, the nightly cycle). Same guarantees as
 * {@link appendEvidence}: the facts commit with the change they prove, in input order.
 */
export async function appendEvidenceBatch(tx: Db, facts: readonly EvidenceFact[]): Promise<void> {
  for (let i = 0; i < facts.length; i += 5000) {
    // Scalars as arrays, the facts as ONE jsonb array: pg's escaping of a jsonb[] literal,
    // element by element, cost more than the insert itself for large batches.
    const chunk = facts.slice(i, i + 5000);
    await sql`INSERT INTO evidence_queue (tenant_id, kind, subject_type, subject_id, actor, fact)
      SELECT u.t, u.k, u.st, u.si, u.a, u.f
      FROM ROWS FROM (
        unnest(${chunk.map((f) => f.tenantId)}::uuid[]), unnest(${chunk.map((f) => f.kind)}::text[]), unnest(${chunk.map((f) => f.subjectType)}::text[]),
        unnest(${chunk.map((f) => String(f.subjectId))}::text[]), unnest(${chunk.map((f) => f.actor)}::text[]),
        jsonb_array_elements(${JSON.stringify(chunk.map((f) => f.fact))}::jsonb)) WITH ORDINALITY AS u(t, k, st, si, a, f, n)
      ORDER BY u.n`.execute(tx);
  }
}
