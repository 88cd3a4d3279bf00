-- portfolio: import records and their located errors; the core system's outstanding
-- balance per account (for reconciliation after each import).

ALTER TABLE accounts ADD COLUMN core_outstanding_minor bigint;

CREATE TABLE imports (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  kind            text NOT NULL CHECK (kind IN ('borrowers', 'contacts', 'accounts', 'schedules', 'payments')),
  source_name     text NOT NULL,
  format          text NOT NULL CHECK (format IN ('csv', 'jsonl')),
  encoding        text NOT NULL,
  -- completed: good rows merged (some rows may have failed); rejected: the whole file was refused
  status          text NOT NULL CHECK (status IN ('completed', 'rejected')),
  rows_total      int NOT NULL DEFAULT 0,
  rows_ok         int NOT NULL DEFAULT 0,
  rows_error      int NOT NULL DEFAULT 0,
  rows_inserted   int NOT NULL DEFAULT 0,
  rows_updated    int NOT NULL DEFAULT 0,
  rows_unchanged  int NOT NULL DEFAULT 0,
  rows_suspense   int NOT NULL DEFAULT 0,
  error_file      text,
  message         text,
  reconciliation  jsonb NOT NULL DEFAULT '{}'::jsonb,
  actor           text NOT NULL,
  started_at      timestamptz NOT NULL,
  finished_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_imports_tenant_started_at ON imports (tenant_id, started_at DESC);

-- The first errors of each import (the error file holds all of them).
CREATE TABLE import_errors (
  import_id   uuid NOT NULL REFERENCES imports(id),
  tenant_id   uuid NOT NULL,
  seq         int NOT NULL,
  line        int NOT NULL,
  field       text NOT NULL,
  reason      text NOT NULL,
  raw         text,
  PRIMARY KEY (import_id, seq)
);
