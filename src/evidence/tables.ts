/** Kysely types of the evidence domain's tables. */
import type { ColumnType, Generated } from 'kysely';

export type EvidenceQueueTable = {
  seq: Generated<number>;
  tenant_id: string;
  kind: string;
  subject_type: string;
  subject_id: string;
  fact: ColumnType<unknown, string, string>;
  actor: string;
  recorded_at: ColumnType<Date, Date | string | undefined, Date | string>;
  drained_at: Date | null;
};

declare module '../platform/db-types.ts' {
  interface Database {
    evidence_queue: EvidenceQueueTable;
  }
}
