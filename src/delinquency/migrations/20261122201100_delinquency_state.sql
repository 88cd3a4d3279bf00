-- delinquency: current state per account, bucket transitions, daily roll-rate snapshots,
-- cycle runs. Dates are business dates in the portfolio's zone; money is bigint minor units.

-- One row per assessed account. A row is rewritten only when something in it changes
-- (DPD, bucket, amounts): `as_of` is the business date of that write, and the state holds
-- until the next write; the latest cycle's date is in delinquency_cycle_runs.
-- Fillfactor leaves room for HOT updates (no indexed column changes nightly).
CREATE TABLE account_delinquency (
  account_id          bigint PRIMARY KEY REFERENCES accounts(id),
  tenant_id           uuid NOT NULL,
  portfolio_id        uuid NOT NULL,
  as_of               date NOT NULL,
  dpd                 int NOT NULL CHECK (dpd >= 0),
  bucket              text NOT NULL,
  -- the bucket on the business date before as_of (NULL: first assessment)
  prev_bucket         text,
  overdue_principal   bigint NOT NULL DEFAULT 0,
  overdue_interest    bigint NOT NULL DEFAULT 0,
  overdue_fee         bigint NOT NULL DEFAULT 0,
  overdue_penalty     bigint NOT NULL DEFAULT 0,
  outstanding_minor   bigint NOT NULL DEFAULT 0,
  oldest_unpaid_due_on date,
  -- penalty interest has been accrued into installments through this date (idempotence)
  penalty_through     date,
  updated_at          timestamptz NOT NULL DEFAULT now()
) WITH (fillfactor = 80);
CREATE INDEX idx_account_delinquency_tenant_portfolio ON account_delinquency (tenant_id, portfolio_id);

-- A bucket change of one account on one business date (stays are not stored).
CREATE TABLE delinquency_transitions (
  account_id   bigint NOT NULL REFERENCES accounts(id),
  as_of        date NOT NULL,
  tenant_id    uuid NOT NULL,
  portfolio_id uuid NOT NULL,
  from_bucket  text,
  to_bucket    text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('new', 'roll_forward', 'roll_back', 'cure')),
  dpd          int NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, as_of)
);
CREATE INDEX idx_delinquency_transitions_tenant_as_of ON delinquency_transitions (tenant_id, as_of);

-- Per portfolio and business date: how many accounts (and what balance) moved from each
-- bucket of the previous business date to each bucket now. from_bucket 'new' = first
-- assessment. Summing by to_bucket gives the bucket distribution of that date.
CREATE TABLE roll_rate_snapshots (
  tenant_id    uuid NOT NULL,
  portfolio_id uuid NOT NULL,
  as_of        date NOT NULL,
  from_bucket  text NOT NULL,
  to_bucket    text NOT NULL,
  accounts     int NOT NULL,
  balance_minor bigint NOT NULL,
  overdue_minor bigint NOT NULL,
  PRIMARY KEY (portfolio_id, as_of, from_bucket, to_bucket)
);

CREATE TABLE delinquency_cycle_runs (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id    uuid,
  as_of        date NOT NULL,
  portfolio_ids uuid[] NOT NULL,
  trigger      text NOT NULL,
  status       text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
  started_at   timestamptz NOT NULL DEFAULT now(),
  finished_at  timestamptz,
  accounts     int NOT NULL DEFAULT 0,
  changed      int NOT NULL DEFAULT 0,
  transitions  int NOT NULL DEFAULT 0,
  events       int NOT NULL DEFAULT 0,
  penalty_accruals int NOT NULL DEFAULT 0,
  penalty_minor bigint NOT NULL DEFAULT 0,
  status_changes int NOT NULL DEFAULT 0,
  summary      jsonb NOT NULL DEFAULT '{}'::jsonb,
  error        text
);
CREATE INDEX idx_delinquency_cycle_runs_as_of ON delinquency_cycle_runs (as_of, status);
