-- compliance: contact history across all channels and workers (RULES.md §0.3 history
-- fields). The gate reads it in the same transaction that records an attempt.
CREATE TABLE contact_events (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id       uuid NOT NULL REFERENCES tenants(id),
  borrower_id     bigint NOT NULL REFERENCES borrowers(id),
  account_id      bigint REFERENCES accounts(id),
  at              timestamptz NOT NULL,
  channel         text NOT NULL CHECK (channel IN ('phone', 'sms', 'email', 'letter', 'social_media', 'chat', 'visit')),
  kind            text NOT NULL CHECK (kind IN ('call_attempt', 'voicemail', 'conversation', 'sms', 'email', 'letter', 'consent_to_calls', 'opt_out_request', 'chat', 'visit')),
  direction       text NOT NULL DEFAULT 'outbound' CHECK (direction IN ('outbound', 'inbound')),
  party           text NOT NULL DEFAULT 'debtor' CHECK (party IN ('debtor', 'third_party')),
  connected       boolean NOT NULL DEFAULT true,
  misdirected     boolean NOT NULL DEFAULT false,
  ringless        boolean NOT NULL DEFAULT false,
  discussed_account_ids bigint[],
  contact_point_id bigint REFERENCES contact_points(id),
  to_masked       text,
  number_type     text CHECK (number_type IN ('mobile', 'home_landline', 'work_landline')),
  automation      text CHECK (automation IN ('artificial_voice')),
  related_party_id bigint REFERENCES related_parties(id),
  relationship    text,
  purpose         text,
  in_reply_to     bigint REFERENCES contact_events(id),
  actor           text NOT NULL,
  actor_kind      text NOT NULL DEFAULT 'agent' CHECK (actor_kind IN ('agent', 'robot', 'system', 'third_party_agency', 'debtor')),
  task_id         text,
  consent_window_from date,
  consent_window_to   date,
  content         text,
  outcome         text,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_contact_events_borrower_at ON contact_events (tenant_id, borrower_id, at);
CREATE UNIQUE INDEX idx_contact_events_task ON contact_events (tenant_id, task_id) WHERE task_id IS NOT NULL;
