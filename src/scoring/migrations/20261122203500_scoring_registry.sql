-- scoring: the model registry (versioned scorecard artifacts, one active per purpose),
-- the current score of each account, and one row per scoring run with its drift figures.
CREATE TABLE scorecards (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants(id),
  purpose       text NOT NULL CHECK (purpose ~ '^[a-z0-9_-]{1,40}$'),
  version       int NOT NULL,
  name          text NOT NULL,
  model         jsonb NOT NULL,
  checksum      text NOT NULL,
  status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'retired')),
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  activated_by  text,
  activated_at  timestamptz,
  UNIQUE (tenant_id, purpose, version)
);
CREATE UNIQUE INDEX idx_scorecards_one_active ON scorecards (tenant_id, purpose) WHERE status = 'active';

CREATE TABLE account_scores (
  tenant_id     uuid NOT NULL,
  account_id    bigint NOT NULL REFERENCES accounts(id),
  purpose       text NOT NULL,
  scorecard_id  uuid NOT NULL REFERENCES scorecards(id),
  as_of         date NOT NULL,
  score         double precision NOT NULL,
  band          text NOT NULL,
  probability_bad double precision NOT NULL,
  reasons       jsonb NOT NULL,
  flags         text[] NOT NULL DEFAULT '{}',
  scored_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, purpose)
);
CREATE INDEX idx_account_scores_tenant_band ON account_scores (tenant_id, purpose, band);

CREATE TABLE score_runs (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  scorecard_id  uuid NOT NULL REFERENCES scorecards(id),
  as_of         date NOT NULL,
  cycle_run_id  bigint,
  accounts      int NOT NULL,
  flagged       int NOT NULL,
  -- the run's score distribution over the model's training boundaries
  shares        double precision[] NOT NULL,
  psi           double precision NOT NULL,
  drift_level   text NOT NULL CHECK (drift_level IN ('stable', 'watch', 'alert')),
  csi           jsonb NOT NULL,
  bands         jsonb NOT NULL,
  started_at    timestamptz NOT NULL,
  finished_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_score_runs_scorecard_as_of ON score_runs (scorecard_id, as_of);
CREATE UNIQUE INDEX idx_score_runs_cycle ON score_runs (tenant_id, scorecard_id, cycle_run_id) WHERE cycle_run_id IS NOT NULL;
