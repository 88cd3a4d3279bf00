/** Kysely types of the delinquency domain's tables (see migrations/). */
import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type DateStr = ColumnType<string, string, string>;
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

export type AccountDelinquencyTable = {
  account_id: number;
  tenant_id: string;
  portfolio_id: string;
  as_of: DateStr;
  dpd: number;
  bucket: string;
  prev_bucket: string | null;
  overdue_principal: number;
  overdue_interest: number;
  overdue_fee: number;
  overdue_penalty: number;
  outstanding_minor: number;
  oldest_unpaid_due_on: DateStr | null;
  penalty_through: DateStr | null;
  updated_at: Ts;
};

export type DelinquencyTransitionTable = {
  account_id: number;
  as_of: DateStr;
  tenant_id: string;
  portfolio_id: string;
  from_bucket: string | null;
  to_bucket: string;
  kind: 'new' | 'roll_forward' | 'roll_back' | 'cure';
  dpd: number;
  created_at: Ts;
};

export type RollRateSnapshotTable = {
  tenant_id: string;
  portfolio_id: string;
  as_of: DateStr;
  from_bucket: string;
  to_bucket: string;
  accounts: number;
  balance_minor: number;
  overdue_minor: number;
};

export type DelinquencyCycleRunTable = {
  id: Generated<number>;
  tenant_id: string | null;
  as_of: DateStr;
  portfolio_ids: string[];
  trigger: string;
  status: 'running' | 'succeeded' | 'failed';
  started_at: Ts;
  finished_at: Date | null;
  accounts: Generated<number>;
  changed: Generated<number>;
  transitions: Generated<number>;
  events: Generated<number>;
  penalty_accruals: Generated<number>;
  penalty_minor: Generated<number>;
  status_changes: Generated<number>;
  summary: Json;
  error: string | null;
};

declare module '../platform/db-types.ts' {
  interface Database {
    account_delinquency: AccountDelinquencyTable;
    delinquency_transitions: DelinquencyTransitionTable;
    roll_rate_snapshots: RollRateSnapshotTable;
    delinquency_cycle_runs: DelinquencyCycleRunTable;
  }
}
