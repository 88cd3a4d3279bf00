import type { Db } from '../platform/db-types.ts';
import './tables.ts';

/** A fact that could matter in a dispute: a payment, a decision, a message, a consent… */
export type EvidenceFact = {
  tenantId: string;
  /** What kind of fact, e.g. `payment.posted`, `compliance.decision`, `message.sent`. */
  kind: string;
  subjectType: string;
  subjectId: string | number;
  actor: string;
  /** The fact itself; stored as JSON and later canonicalised (RFC 8785) and hashed into the log. */
  fact: Record<string, unknown>;
};

/**
 * Queues a fact for the evidence log inside the caller's transaction, so that the fact and
 * the change it proves commit together or not at all. The evidence log (RFC 6962 Merkle
 * tree, signed tree heads) drains `evidence_queue` in `seq` order.
 * @returns the queue sequence number
 */
export async function appendEvidence(tx: Db, f: EvidenceFact): Promise<number> {
  const row = await tx
    .insertInto('evidence_queue')
    .values({
      tenant_id: f.tenantId,
      kind: f.kind,
      subject_type: f.subjectType,
      subject_id: String(f.subjectId),
      actor: f.actor,
      fact: JSON.stringify(f.fact),
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  return row.seq;
}
