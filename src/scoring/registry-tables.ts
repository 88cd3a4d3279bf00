/** Kysely types of the scoring domain's tables (the model registry; see migrations/). */
import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type ScorecardTable = {
  id: Generated<string>;
  tenant_id: string;
  purpose: string;
  version: number;
  name: string;
  model: Json<unknown>;
  checksum: string;
  status: Generated<'draft' | 'active' | 'retired'>;
  created_by: string;
  created_at: Ts;
  activated_by: string | null;
  activated_at: Date | null;
};

export type AccountScoreTable = {
  tenant_id: string;
  account_id: number;
  purpose: string;
  scorecard_id: string;
  as_of: string;
  score: number;
  band: string;
  probability_bad: number;
  reasons: Json<unknown>;
  flags: Generated<string[]>;
  scored_at: Ts;
};

export type ScoreRunTable = {
  id: Generated<number>;
  tenant_id: string;
  scorecard_id: string;
  as_of: string;
  cycle_run_id: number | null;
  accounts: number;
  flagged: number;
  shares: number[];
  psi: number;
  drift_level: 'stable' | 'watch' | 'alert';
  csi: Json<unknown>;
  bands: Json<unknown>;
  started_at: Ts;
  finished_at: Ts;
};

declare module '../platform/db-types.ts' {
  interface Database {
    scorecards: ScorecardTable;
    account_scores: AccountScoreTable;
    score_runs: ScoreRunTable;
  }
}
