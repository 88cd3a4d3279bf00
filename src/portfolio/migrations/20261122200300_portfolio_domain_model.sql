-- portfolio: portfolios, holiday calendars, borrowers, contact points, related parties,
-- products, accounts, repayment schedules, payments, allocations, suspense, imports.
-- Money: bigint minor units + ISO 4217 currency. Instants: timestamptz. Calendar dates
-- (due dates, business dates): date in the portfolio's zone. Every row carries tenant_id.

CREATE TABLE portfolios (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  code            text NOT NULL,
  name            text NOT NULL,
  jurisdiction    text NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
  rule_pack       text NOT NULL CHECK (rule_pack IN ('US_REG_F', 'UK_CONC', 'CN_NIFA')),
  timezone        text NOT NULL,
  holiday_calendar text NOT NULL DEFAULT 'NONE',
  currency        char(3) NOT NULL,
  waterfall       text[] NOT NULL DEFAULT ARRAY['penalty','fee','interest','principal'],
  grace_days      int NOT NULL DEFAULT 0 CHECK (grace_days BETWEEN 0 AND 60),
  bucket_scheme   text NOT NULL DEFAULT 'CN_M' CHECK (bucket_scheme IN ('CN_M', 'US_30')),
  plan_reages     boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, code)
);

-- Holidays and make-up working days (调休). tenant_id NULL = built-in calendar rows;
-- a tenant's own rows override the built-in ones for the same calendar and date.
CREATE TABLE holiday_dates (
  tenant_id   uuid REFERENCES tenants(id),
  calendar    text NOT NULL,
  day         date NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name        text NOT NULL
);
CREATE UNIQUE INDEX idx_holiday_dates_tenant_calendar_day ON holiday_dates (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), calendar, day);

CREATE TABLE products (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES tenants(id),
  code          text NOT NULL,
  name          text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('consumer_loan', 'credit_card', 'cash_loan', 'bnpl', 'auto_loan', 'other')),
  -- penalty interest on overdue principal, basis points per day (0 = none)
  penalty_bps_per_day int NOT NULL DEFAULT 0 CHECK (penalty_bps_per_day >= 0),
  penalty_grace_days  int NOT NULL DEFAULT 0 CHECK (penalty_grace_days >= 0),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, code)
);

CREATE TABLE borrowers (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  external_id     text NOT NULL,
  full_name       text NOT NULL,
  national_id_enc bytea,
  national_id_bidx bytea,
  date_of_birth   date,
  locale          text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'zh-CN')),
  timezone        text NOT NULL,
  flags           jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, external_id)
);
CREATE INDEX idx_borrowers_tenant_national_id_bidx ON borrowers (tenant_id, national_id_bidx);

CREATE TABLE related_parties (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES tenants(id),
  borrower_id   bigint NOT NULL REFERENCES borrowers(id),
  external_id   text NOT NULL,
  full_name     text NOT NULL,
  relationship  text NOT NULL CHECK (relationship IN ('spouse', 'parent', 'child', 'sibling', 'emergency_contact', 'colleague', 'friend', 'guarantor', 'other')),
  debt_related  boolean NOT NULL DEFAULT false,
  do_not_contact boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, external_id)
);
CREATE INDEX idx_related_parties_borrower ON related_parties (borrower_id);

-- A contact point of a borrower (or of a related party). value_enc holds the phone number,
-- email, address or WeChat id encrypted (AES-256-GCM); value_bidx is a keyed blind index
-- for exact lookup; value_masked is safe to show.
CREATE TABLE contact_points (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  borrower_id     bigint NOT NULL REFERENCES borrowers(id),
  related_party_id bigint REFERENCES related_parties(id),
  external_id     text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('phone', 'email', 'address', 'wechat')),
  value_enc       bytea NOT NULL,
  value_bidx      bytea NOT NULL,
  value_masked    text NOT NULL,
  number_type     text CHECK (number_type IN ('mobile', 'home_landline', 'work_landline')),
  timezone        text,
  source          text NOT NULL DEFAULT 'creditor',
  consent         boolean NOT NULL DEFAULT false,
  consent_at      timestamptz,
  consent_source  text,
  verified        boolean NOT NULL DEFAULT false,
  do_not_use      boolean NOT NULL DEFAULT false,
  employer_provided boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, external_id)
);
CREATE INDEX idx_contact_points_borrower ON contact_points (borrower_id);
CREATE INDEX idx_contact_points_tenant_value_bidx ON contact_points (tenant_id, value_bidx);

CREATE TABLE accounts (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  portfolio_id    uuid NOT NULL REFERENCES portfolios(id),
  borrower_id     bigint NOT NULL REFERENCES borrowers(id),
  product_id      bigint REFERENCES products(id),
  external_id     text NOT NULL,
  currency        char(3) NOT NULL,
  principal_minor bigint NOT NULL CHECK (principal_minor >= 0),
  -- annual interest rate in basis points
  rate_bps        int NOT NULL DEFAULT 0 CHECK (rate_bps >= 0),
  fees_minor      bigint NOT NULL DEFAULT 0 CHECK (fees_minor >= 0),
  opened_on       date NOT NULL,
  status          text NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'delinquent', 'charged_off', 'in_legal', 'placed', 'sold', 'settled', 'closed')),
  charged_off_on  date,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, external_id)
);
CREATE INDEX idx_accounts_borrower ON accounts (borrower_id);
CREATE INDEX idx_accounts_portfolio_status ON accounts (portfolio_id, status);

-- One installment of a repayment schedule, with what is due and what has been paid per
-- component. Allocation moves money into the *_paid columns.
CREATE TABLE installments (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL,
  account_id      bigint NOT NULL REFERENCES accounts(id),
  seq             int NOT NULL CHECK (seq >= 1),
  due_on          date NOT NULL,
  principal_due   bigint NOT NULL DEFAULT 0 CHECK (principal_due >= 0),
  interest_due    bigint NOT NULL DEFAULT 0 CHECK (interest_due >= 0),
  fee_due         bigint NOT NULL DEFAULT 0 CHECK (fee_due >= 0),
  penalty_due     bigint NOT NULL DEFAULT 0 CHECK (penalty_due >= 0),
  principal_paid  bigint NOT NULL DEFAULT 0 CHECK (principal_paid >= 0),
  interest_paid   bigint NOT NULL DEFAULT 0 CHECK (interest_paid >= 0),
  fee_paid        bigint NOT NULL DEFAULT 0 CHECK (fee_paid >= 0),
  penalty_paid    bigint NOT NULL DEFAULT 0 CHECK (penalty_paid >= 0),
  UNIQUE (account_id, seq)
);

CREATE TABLE payments (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  account_id      bigint NOT NULL REFERENCES accounts(id),
  external_id     text NOT NULL,
  amount_minor    bigint NOT NULL CHECK (amount_minor > 0),
  currency        char(3) NOT NULL,
  received_at     timestamptz NOT NULL,
  channel         text NOT NULL,
  status          text NOT NULL DEFAULT 'posted' CHECK (status IN ('posted', 'reversed', 'charged_back')),
  unallocated_minor bigint NOT NULL DEFAULT 0 CHECK (unallocated_minor >= 0),
  actor           text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, external_id)
);
CREATE INDEX idx_payments_account ON payments (account_id, received_at);

CREATE TABLE payment_allocations (
  payment_id      bigint NOT NULL REFERENCES payments(id),
  installment_id  bigint NOT NULL REFERENCES installments(id),
  tenant_id       uuid NOT NULL,
  component       text NOT NULL CHECK (component IN ('penalty', 'fee', 'interest', 'principal')),
  amount_minor    bigint NOT NULL CHECK (amount_minor > 0),
  PRIMARY KEY (payment_id, installment_id, component)
);

-- Payments that could not be posted (unknown or closed account, currency mismatch): held,
-- never dropped, until someone resolves them.
CREATE TABLE suspense_payments (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  external_id     text NOT NULL,
  account_external_id text NOT NULL,
  amount_minor    bigint NOT NULL,
  currency        text NOT NULL,
  received_at     timestamptz NOT NULL,
  channel         text NOT NULL,
  reason          text NOT NULL,
  source          text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  resolved_at     timestamptz,
  resolved_payment_id bigint REFERENCES payments(id),
  UNIQUE (tenant_id, external_id)
);
