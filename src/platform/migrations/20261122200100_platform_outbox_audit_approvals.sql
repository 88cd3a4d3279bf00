-- platform: the domain_events outbox, the append-only audit log, four-eyes approvals,
-- outgoing webhooks.

-- Written in the same transaction as the change it describes; consumed by idempotent jobs.
CREATE TABLE domain_events (
  id            bigserial PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  name          text NOT NULL CHECK (name ~ '^[a-z_]+\.[a-z_]+$'),
  aggregate_type text NOT NULL,
  aggregate_id  text NOT NULL,
  payload       jsonb NOT NULL,
  actor         text NOT NULL,
  occurred_at   timestamptz NOT NULL DEFAULT now(),
  dispatched_at timestamptz
);
CREATE INDEX idx_domain_events_undispatched ON domain_events (id) WHERE dispatched_at IS NULL;
CREATE INDEX idx_domain_events_tenant_name ON domain_events (tenant_id, name, id);
CREATE INDEX idx_domain_events_aggregate ON domain_events (tenant_id, aggregate_type, aggregate_id);

-- Append-only: UPDATE and DELETE are refused by a trigger.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  tenant_id   uuid,
  actor       text NOT NULL,
  action      text NOT NULL,
  subject_type text NOT NULL,
  subject_id  text,
  detail      jsonb NOT NULL DEFAULT '{}'::jsonb,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_audit_log_tenant_subject ON audit_log (tenant_id, subject_type, subject_id);
CREATE INDEX idx_audit_log_tenant_at ON audit_log (tenant_id, at);

CREATE FUNCTION recoup_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION recoup_refuse_change();

-- One approvals table for strategies, templates, scripts, scorecards, settlements…
CREATE TABLE approvals (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL,
  subject_type  text NOT NULL,
  subject_id    text NOT NULL,
  subject_version text NOT NULL DEFAULT '1',
  requested_by  text NOT NULL,
  requested_at  timestamptz NOT NULL DEFAULT now(),
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  decided_by    text,
  decided_at    timestamptz,
  comment       text,
  CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX idx_approvals_tenant_subject ON approvals (tenant_id, subject_type, subject_id);
CREATE UNIQUE INDEX idx_approvals_one_pending ON approvals (tenant_id, subject_type, subject_id, subject_version) WHERE status = 'pending';

CREATE TABLE webhook_subscriptions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL,
  url         text NOT NULL,
  secret      text NOT NULL,
  events      text[] NOT NULL,
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_webhook_subscriptions_tenant ON webhook_subscriptions (tenant_id);

CREATE TABLE webhook_deliveries (
  id              bigserial PRIMARY KEY,
  tenant_id       uuid NOT NULL,
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions(id),
  event_id        bigint NOT NULL REFERENCES domain_events(id),
  attempts        int NOT NULL DEFAULT 0,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  last_status_code int,
  last_error      text,
  delivered_at    timestamptz,
  UNIQUE (subscription_id, event_id)
);
