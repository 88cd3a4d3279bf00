-- arrangements: promises to pay, payment plans, settlements, hardship relief programmes,
-- payment links, stop-on-pay. Named after 20261122205000 (event_consumers) because it
-- registers consumers there. Money: bigint minor units. Calendar dates: date in the
-- portfolio's zone. Every row carries tenant_id.

-- Per-tenant knobs (one row per tenant; absent = defaults in code).
CREATE TABLE arrangement_settings (
  tenant_id                uuid PRIMARY KEY REFERENCES tenants(id),
  promise_grace_days       int NOT NULL DEFAULT 1 CHECK (promise_grace_days BETWEEN 0 AND 30),
  promise_tolerance_bps    int NOT NULL DEFAULT 100 CHECK (promise_tolerance_bps BETWEEN 0 AND 5000),
  promise_tolerance_minor  bigint NOT NULL DEFAULT 100 CHECK (promise_tolerance_minor >= 0),
  plan_grace_days          int NOT NULL DEFAULT 3 CHECK (plan_grace_days BETWEEN 0 AND 30),
  plan_broken_after_missed int NOT NULL DEFAULT 2 CHECK (plan_broken_after_missed BETWEEN 1 AND 12),
  updated_at               timestamptz NOT NULL DEFAULT now()
);

-- A promise to pay. One pending promise per account (a new one supersedes the old).
-- window_end_at = start of (promised_on + grace_days + 1) in the portfolio zone: payments
-- received in [made_at, window_end_at) count toward it.
CREATE TABLE promises (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  account_id      bigint NOT NULL REFERENCES accounts(id),
  amount_minor    bigint NOT NULL CHECK (amount_minor > 0),
  currency        char(3) NOT NULL,
  promised_on     date NOT NULL,
  grace_days      int NOT NULL,
  tolerance_minor bigint NOT NULL CHECK (tolerance_minor >= 0),
  window_end_at   timestamptz NOT NULL,
  channel         text NOT NULL CHECK (channel IN ('phone', 'sms', 'email', 'chat', 'voice_robot', 'chat_robot', 'self_service', 'letter', 'visit', 'agency')),
  taken_by_kind   text NOT NULL CHECK (taken_by_kind IN ('robot', 'agent', 'self_service')),
  taken_by        text NOT NULL,
  made_at         timestamptz NOT NULL DEFAULT now(),
  state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'kept', 'partially_kept', 'broken', 'cancelled')),
  paid_minor      bigint NOT NULL DEFAULT 0,
  decided_at      timestamptz,
  note            text,
  actor           text NOT NULL
);
CREATE UNIQUE INDEX idx_promises_one_pending ON promises (account_id) WHERE state = 'pending';
CREATE INDEX idx_promises_tenant_pending_window ON promises (tenant_id, window_end_at) WHERE state = 'pending';
CREATE INDEX idx_promises_tenant_made ON promises (tenant_id, made_at);

-- A payment plan over the overdue amount or the whole balance.
CREATE TABLE payment_plans (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  account_id      bigint NOT NULL REFERENCES accounts(id),
  basis           text NOT NULL CHECK (basis IN ('overdue', 'balance', 'settlement')),
  total_minor     bigint NOT NULL CHECK (total_minor > 0),
  currency        char(3) NOT NULL,
  down_payment_minor bigint NOT NULL DEFAULT 0 CHECK (down_payment_minor >= 0),
  installment_count int NOT NULL CHECK (installment_count BETWEEN 1 AND 120),
  frequency       text NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'monthly')),
  state           text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'active', 'completed', 'broken', 'cancelled')),
  authority_level text NOT NULL,
  reages          boolean NOT NULL DEFAULT false,
  broken_after_missed int NOT NULL,
  grace_days      int NOT NULL,
  settlement_id   bigint,
  created_at      timestamptz NOT NULL DEFAULT now(),
  activated_at    timestamptz,
  ended_at        timestamptz,
  actor           text NOT NULL
);
CREATE UNIQUE INDEX idx_payment_plans_one_open ON payment_plans (account_id) WHERE state IN ('proposed', 'active');
CREATE INDEX idx_payment_plans_tenant_state ON payment_plans (tenant_id, state);

CREATE TABLE plan_installments (
  plan_id       bigint NOT NULL REFERENCES payment_plans(id),
  seq           int NOT NULL CHECK (seq >= 0),
  tenant_id     uuid NOT NULL,
  due_on        date NOT NULL,
  amount_minor  bigint NOT NULL CHECK (amount_minor > 0),
  paid_minor    bigint NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
  missed        boolean NOT NULL DEFAULT false,
  PRIMARY KEY (plan_id, seq)
);

-- Which payment has been applied to which arrangement (idempotency of the payment.posted consumer).
CREATE TABLE arrangement_payment_applications (
  tenant_id     uuid NOT NULL,
  payment_id    bigint NOT NULL REFERENCES payments(id),
  subject_type  text NOT NULL CHECK (subject_type IN ('promise', 'plan', 'settlement')),
  subject_id    bigint NOT NULL,
  amount_minor  bigint NOT NULL,
  applied_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (payment_id, subject_type, subject_id)
);

-- A discounted payoff.
CREATE TABLE settlements (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  account_id      bigint NOT NULL REFERENCES accounts(id),
  balance_minor   bigint NOT NULL CHECK (balance_minor > 0),
  amount_minor    bigint NOT NULL CHECK (amount_minor > 0),
  currency        char(3) NOT NULL,
  discount_bps    int NOT NULL,
  installment_count int NOT NULL DEFAULT 1 CHECK (installment_count BETWEEN 1 AND 60),
  bucket          text NOT NULL,
  score_band      text NOT NULL,
  authority_level text NOT NULL,
  state           text NOT NULL CHECK (state IN ('pending_approval', 'offered', 'accepted', 'paid', 'rejected', 'expired', 'cancelled')),
  approval_id     uuid,
  expires_on      date NOT NULL,
  paid_minor      bigint NOT NULL DEFAULT 0,
  accepted_at     timestamptz,
  paid_at         timestamptz,
  locale          text NOT NULL DEFAULT 'zh-CN',
  created_at      timestamptz NOT NULL DEFAULT now(),
  actor           text NOT NULL
);
CREATE UNIQUE INDEX idx_settlements_one_open ON settlements (account_id) WHERE state IN ('pending_approval', 'offered', 'accepted');
CREATE INDEX idx_settlements_tenant_state ON settlements (tenant_id, state);

CREATE TABLE settlement_letters (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  settlement_id bigint NOT NULL REFERENCES settlements(id),
  kind          text NOT NULL CHECK (kind IN ('acceptance', 'paid_in_full')),
  locale        text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  text_body     text NOT NULL,
  html_body     text NOT NULL,
  sha256        text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (settlement_id, kind, locale)
);

-- Hardship relief programmes: eligibility rules and relief as data.
CREATE TABLE hardship_programmes (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES tenants(id),
  code          text NOT NULL,
  name          text NOT NULL,
  description   text,
  eligibility   jsonb NOT NULL DEFAULT '[]'::jsonb,
  relief        jsonb NOT NULL,
  opens_on      date NOT NULL,
  closes_on     date,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  actor         text NOT NULL,
  UNIQUE (tenant_id, code)
);

CREATE TABLE hardship_applications (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES tenants(id),
  programme_id  bigint NOT NULL REFERENCES hardship_programmes(id),
  account_id    bigint NOT NULL REFERENCES accounts(id),
  borrower_id   bigint NOT NULL REFERENCES borrowers(id),
  source        text NOT NULL CHECK (source IN ('api', 'self_service', 'robot', 'agent', 'bulk')),
  statement     text NOT NULL DEFAULT '',
  reason        text,
  applicant_phone_hash text,
  device_id     text,
  ip            text,
  representative_name text,
  representative_phone_hash text,
  minhash       int[],
  lsh_bands     text[],
  status        text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'in_review', 'approved', 'rejected', 'withdrawn')),
  eligibility   jsonb NOT NULL DEFAULT '{}'::jsonb,
  fraud_score   int NOT NULL DEFAULT 0,
  fraud_signals jsonb NOT NULL DEFAULT '[]'::jsonb,
  decided_by    text,
  decided_at    timestamptz,
  decision_note text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  actor         text NOT NULL
);
CREATE UNIQUE INDEX idx_hardship_applications_one_open ON hardship_applications (programme_id, account_id) WHERE status IN ('submitted', 'in_review', 'approved');
CREATE INDEX idx_hardship_applications_queue ON hardship_applications (tenant_id, status, fraud_score DESC);
CREATE INDEX idx_hardship_applications_device ON hardship_applications (tenant_id, device_id) WHERE device_id IS NOT NULL;
CREATE INDEX idx_hardship_applications_ip ON hardship_applications (tenant_id, ip) WHERE ip IS NOT NULL;
CREATE INDEX idx_hardship_applications_phone ON hardship_applications (tenant_id, applicant_phone_hash) WHERE applicant_phone_hash IS NOT NULL;
CREATE INDEX idx_hardship_applications_rep ON hardship_applications (tenant_id, representative_phone_hash) WHERE representative_phone_hash IS NOT NULL;
CREATE INDEX idx_hardship_applications_lsh ON hardship_applications USING gin (lsh_bands);

CREATE TABLE hardship_evidence (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  application_id bigint NOT NULL REFERENCES hardship_applications(id),
  borrower_id   bigint NOT NULL,
  file_name     text NOT NULL,
  media_type    text NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf')),
  size_bytes    bigint NOT NULL,
  sha256        text NOT NULL,
  stored_path   text NOT NULL,
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  actor         text NOT NULL
);
CREATE INDEX idx_hardship_evidence_tenant_sha256 ON hardship_evidence (tenant_id, sha256);
CREATE INDEX idx_hardship_evidence_application ON hardship_evidence (application_id);

-- Every schedule change relief made, with before/after, so that it can be shown and audited.
CREATE TABLE hardship_adjustments (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id      uuid NOT NULL,
  application_id bigint NOT NULL REFERENCES hardship_applications(id),
  account_id     bigint NOT NULL,
  installment_id bigint,
  kind           text NOT NULL CHECK (kind IN ('defer', 'freeze_interest', 'waive_penalties', 'extend_term')),
  before         jsonb NOT NULL,
  after          jsonb NOT NULL,
  at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_hardship_adjustments_application ON hardship_adjustments (application_id);

-- Relief markers the nightly accrual reads: no interest/penalty accrues while active.
CREATE TABLE account_reliefs (
  tenant_id      uuid NOT NULL,
  account_id     bigint NOT NULL REFERENCES accounts(id),
  application_id bigint NOT NULL REFERENCES hardship_applications(id),
  freeze_interest boolean NOT NULL DEFAULT false,
  waive_penalties boolean NOT NULL DEFAULT false,
  from_on        date NOT NULL,
  until_on       date,
  PRIMARY KEY (account_id, application_id)
);

-- Payment links and their providers.
CREATE TABLE payment_provider_configs (
  tenant_id      uuid NOT NULL REFERENCES tenants(id),
  provider       text NOT NULL CHECK (provider IN ('local', 'stripe')),
  api_base       text,
  secret_key     text,
  webhook_secret text,
  tolerance_seconds int NOT NULL DEFAULT 300,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, provider)
);

CREATE TABLE payment_links (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id      uuid NOT NULL REFERENCES tenants(id),
  token          text NOT NULL UNIQUE,
  account_id     bigint NOT NULL REFERENCES accounts(id),
  amount_minor   bigint NOT NULL CHECK (amount_minor > 0),
  currency       char(3) NOT NULL,
  provider       text NOT NULL CHECK (provider IN ('local', 'stripe')),
  provider_ref   text,
  url            text NOT NULL,
  locale         text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
  purpose_type   text CHECK (purpose_type IN ('promise', 'plan', 'settlement')),
  purpose_id     bigint,
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'expired', 'cancelled')),
  expires_at     timestamptz NOT NULL,
  paid_at        timestamptz,
  payment_external_id text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  actor          text NOT NULL
);
CREATE INDEX idx_payment_links_account ON payment_links (account_id);
CREATE INDEX idx_payment_links_provider_ref ON payment_links (provider, provider_ref);

-- Every provider webhook received, accepted or rejected (bad signature), for audit.
CREATE TABLE provider_webhook_log (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     uuid,
  provider      text NOT NULL,
  event_id      text,
  event_type    text,
  accepted      boolean NOT NULL,
  reason        text,
  remote_ip     text,
  body_sha256   text NOT NULL,
  received_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX idx_provider_webhook_log_event ON provider_webhook_log (provider, event_id) WHERE accepted AND event_id IS NOT NULL;

-- Stop-on-pay. The account-level marker the compliance gate reads: tasks planned before
-- `since` must not be attempted while the marker is not lifted.
CREATE TABLE contact_stops (
  tenant_id     uuid NOT NULL,
  account_id    bigint PRIMARY KEY REFERENCES accounts(id),
  reason        text NOT NULL,
  event_id      bigint,
  since         timestamptz NOT NULL,
  lifted_at     timestamptz,
  lifted_by     text
);
-- Every pending contact task cancelled, by whichever canceller held it.
CREATE TABLE contact_task_cancellations (
  tenant_id     uuid NOT NULL,
  canceller     text NOT NULL,
  task_id       text NOT NULL,
  account_id    bigint NOT NULL,
  reason        text NOT NULL,
  event_id      bigint,
  cancelled_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (tenant_id, canceller, task_id)
);
CREATE INDEX idx_contact_task_cancellations_account ON contact_task_cancellations (account_id);
-- payment.posted events already handled by stop-on-pay (idempotency + batch sweep).
CREATE TABLE stop_on_pay_processed (
  event_id      bigint PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  processed_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
-- Until the contact engine has its own task table, pending contacts are contact_events rows
-- with outcome 'scheduled'; this partial index keeps their lookup by account cheap.
CREATE INDEX idx_contact_events_account_scheduled ON contact_events (account_id) WHERE outcome = 'scheduled';

INSERT INTO event_consumers (event_name, task) VALUES
  ('payment.posted', 'arrangements_payment_posted'),
  ('payment.reversed', 'arrangements_payment_reversed');
