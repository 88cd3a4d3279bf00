/** Kysely types of the gate's tables: debt facts, decision log, pack versions (see ../migrations/). */
import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;
type JsonObj = ColumnType<Record<string, unknown>, string | undefined, string>;

export type DebtFactsTable = {
  account_id: number;
  tenant_id: string;
  validation_notice_sent_at: Date | string | null;
  validation_period_end: string | null;
  verification_sent_at: Date | string | null;
  time_barred: Generated<boolean>;
  student_loan_account: string | null;
  creditor_type: string | null;
  updated_by: string;
  updated_at: Ts;
};

export type DecisionTable = {
  id: Generated<number>;
  tenant_id: string;
  borrower_id: number;
  account_ids: number[];
  task_id: string | null;
  channel: string;
  strategy_channel: string | null;
  party: string;
  proposed_at: Ts;
  allowed: boolean;
  reasons: Generated<string[]>;
  citations: Generated<string[]>;
  warnings: Json;
  next_allowed_at: Date | string | null;
  pack_id: string;
  pack_version: string;
  portfolio_pack_version: number | null;
  inputs_hash: string;
  recorded: Generated<boolean>;
  contact_event_id: number | null;
  actor: string;
  decided_at: Ts;
};

export type PackVersionTable = {
  tenant_id: string;
  portfolio_id: string;
  version: number;
  overrides: JsonObj;
  overlays: Generated<string[]>;
  approval_id: string | null;
  comment: string | null;
  created_by: string;
  created_at: Ts;
};

declare module '../../platform/db-types.ts' {
  interface Database {
    compliance_debt_facts: DebtFactsTable;
    compliance_decisions: DecisionTable;
    compliance_pack_versions: PackVersionTable;
  }
}
