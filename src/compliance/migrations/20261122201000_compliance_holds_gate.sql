-- compliance: holds (cease, attorney, dispute, bankruptcy, Breathing Space, …), stored contact
-- preferences (medium and electronic opt-outs, inconvenient times and places, consents),
-- per-debt validation facts, the decision log of the gate, and versioned per-portfolio
-- rule-pack overrides (effective once a four-eyes approval is approved).

-- A hold on a borrower (account_id NULL: every debt of the borrower) or on one account.
-- See src/compliance/holds/hold-types.ts for what each type stops.
CREATE TABLE holds (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES tenants(id),
  borrower_id   bigint NOT NULL REFERENCES borrowers(id),
  account_id    bigint REFERENCES accounts(id),
  type          text NOT NULL CHECK (type IN ('cease_communication', 'attorney_representation', 'written_dispute',
                  'bankruptcy_stay', 'breathing_space', 'mental_capacity_concern', 'deceased', 'complaint_pending',
                  'hardship_review')),
  details       jsonb NOT NULL DEFAULT '{}'::jsonb,
  source        text NOT NULL CHECK (source IN ('api', 'import', 'robot', 'desk', 'system')),
  -- when the notice was received (a written cease is complete when received, 1006.6(c)(1)-1)
  received_at   timestamptz NOT NULL DEFAULT now(),
  starts_at     timestamptz NOT NULL DEFAULT now(),
  ends_at       timestamptz,
  set_by        text NOT NULL,
  set_at        timestamptz NOT NULL DEFAULT now(),
  released_at   timestamptz,
  released_by   text,
  release_reason text,
  CHECK (ends_at IS NULL OR ends_at > starts_at),
  CHECK ((released_at IS NULL) = (released_by IS NULL))
);
CREATE INDEX idx_holds_tenant_borrower_active ON holds (tenant_id, borrower_id) WHERE released_at IS NULL;
CREATE INDEX idx_holds_account ON holds (account_id) WHERE account_id IS NOT NULL;

-- What the debtor told us about how, when and where they may be contacted, and consents.
CREATE TABLE contact_preferences (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id        uuid NOT NULL REFERENCES tenants(id),
  borrower_id      bigint NOT NULL REFERENCES borrowers(id),
  kind             text NOT NULL CHECK (kind IN ('medium_opt_out', 'electronic_opt_out', 'inconvenient_time',
                     'inconvenient_place', 'employer_prohibits_contact', 'tcpa_consent', 'tcpa_consent_revoked')),
  channel          text CHECK (channel IN ('phone', 'sms', 'email', 'letter', 'social_media')),
  contact_point_id bigint REFERENCES contact_points(id),
  value            jsonb NOT NULL DEFAULT '{}'::jsonb,
  source           text NOT NULL CHECK (source IN ('api', 'import', 'robot', 'desk', 'system')),
  recorded_by      text NOT NULL,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  revoked_at       timestamptz,
  revoked_by       text
);
CREATE INDEX idx_contact_preferences_tenant_borrower ON contact_preferences (tenant_id, borrower_id) WHERE revoked_at IS NULL;

-- Per-debt facts the rules need that the core system does not hold (validation notice, time bar).
CREATE TABLE compliance_debt_facts (
  account_id               bigint PRIMARY KEY REFERENCES accounts(id),
  tenant_id                uuid NOT NULL REFERENCES tenants(id),
  validation_notice_sent_at timestamptz,
  validation_period_end    date,
  verification_sent_at     timestamptz,
  time_barred              boolean NOT NULL DEFAULT false,
  student_loan_account     text,
  creditor_type            text,
  updated_by               text NOT NULL,
  updated_at               timestamptz NOT NULL DEFAULT now()
);

-- Every gate decision, with the sha256 of the canonical JSON of the scenario it judged.
CREATE TABLE compliance_decisions (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  borrower_id     bigint NOT NULL REFERENCES borrowers(id),
  account_ids     bigint[] NOT NULL,
  task_id         text,
  channel         text NOT NULL,
  strategy_channel text,
  party           text NOT NULL,
  proposed_at     timestamptz NOT NULL,
  allowed         boolean NOT NULL,
  reasons         text[] NOT NULL DEFAULT '{}',
  citations       text[] NOT NULL DEFAULT '{}',
  warnings        jsonb NOT NULL DEFAULT '[]'::jsonb,
  next_allowed_at timestamptz,
  pack_id         text NOT NULL,
  pack_version    text NOT NULL,
  portfolio_pack_version int,
  inputs_hash     char(64) NOT NULL,
  recorded        boolean NOT NULL DEFAULT false,
  contact_event_id bigint REFERENCES contact_events(id),
  actor           text NOT NULL,
  decided_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_compliance_decisions_tenant_id ON compliance_decisions (tenant_id, id);
CREATE INDEX idx_compliance_decisions_account_ids ON compliance_decisions USING gin (account_ids);
CREATE INDEX idx_compliance_decisions_reasons ON compliance_decisions USING gin (reasons);
CREATE INDEX idx_compliance_decisions_task ON compliance_decisions (tenant_id, task_id) WHERE task_id IS NOT NULL;

-- Versioned per-portfolio pack parameters. A version takes effect when its approval
-- (approvals.subject_type = 'compliance_pack', subject_id = portfolio id, subject_version =
-- version) is approved by someone other than its author; the newest approved version wins.
CREATE TABLE compliance_pack_versions (
  tenant_id     uuid NOT NULL REFERENCES tenants(id),
  portfolio_id  uuid NOT NULL REFERENCES portfolios(id),
  version       int NOT NULL CHECK (version >= 1),
  overrides     jsonb NOT NULL DEFAULT '{}'::jsonb,
  overlays      text[] NOT NULL DEFAULT '{}',
  approval_id   uuid REFERENCES approvals(id),
  comment       text,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, portfolio_id, version)
);
