-- Sweep consumers: a consumer may take its events in sets instead of one job per event.
--
-- delivery = 'job' (the default, as before): one graphile job per event with the whole
-- outbox payload, job_key <task>:<event id>.
-- delivery = 'sweep': the dispatch trigger appends (task, tenant, event id) to
-- event_inbox and queues ONE job per task and tenant per statement, job_key
-- <task>:<tenant id>, payload {tenantId}. While that job waits, later statements only
-- reset it (graphile-worker's job_key "replace"); while it runs, they queue a fresh one
-- (add_jobs clears the key of a locked job). The handler deletes its tenant's inbox rows
-- in the same transaction as its effect, so an event is consumed exactly when that
-- transaction commits: never lost (a crash rolls the delete back), never twice.
-- The inbox is keyed by event id, not a watermark over domain_events ids: ids are taken
-- before commit, so a watermark can pass an event whose transaction commits late.
ALTER TABLE event_consumers ADD COLUMN delivery text NOT NULL DEFAULT 'job' CHECK (delivery IN ('job', 'sweep'));

CREATE TABLE event_inbox (
  task       text NOT NULL,
  tenant_id  uuid NOT NULL,
  event_id   bigint NOT NULL,
  PRIMARY KEY (task, tenant_id, event_id)
);

-- dispatched_at is never set by anything: the partial index held every row of the outbox.
DROP INDEX idx_domain_events_undispatched;

CREATE OR REPLACE FUNCTION recoup_dispatch_domain_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  specs graphile_worker.job_spec[];
BEGIN
  -- Per-event consumers: one job per event with the whole payload.
  SELECT array_agg(ROW(
      c.task,
      json_build_object('eventId', n.id, 'tenantId', n.tenant_id, 'name', n.name,
                        'aggregateType', n.aggregate_type, 'aggregateId', n.aggregate_id,
                        'payload', n.payload, 'occurredAt', n.occurred_at),
      NULL, NULL, 25, c.task || ':' || n.id, NULL, NULL)::graphile_worker.job_spec ORDER BY n.id)
    INTO specs
    FROM new_events n JOIN event_consumers c ON c.event_name = n.name AND c.delivery = 'job';
  IF specs IS NOT NULL THEN
    PERFORM graphile_worker.add_jobs(specs);
  END IF;

  -- Sweep consumers: inbox rows, and one job per task and tenant.
  WITH i AS (
    INSERT INTO event_inbox (task, tenant_id, event_id)
    SELECT c.task, n.tenant_id, n.id
      FROM new_events n JOIN event_consumers c ON c.event_name = n.name AND c.delivery = 'sweep'
    RETURNING task, tenant_id)
  SELECT array_agg(ROW(k.task, json_build_object('tenantId', k.tenant_id), NULL, NULL, 25,
                       k.task || ':' || k.tenant_id, NULL, NULL)::graphile_worker.job_spec)
    INTO specs FROM (SELECT DISTINCT task, tenant_id FROM i) k;
  IF specs IS NOT NULL THEN
    PERFORM graphile_worker.add_jobs(specs);
  END IF;

  WITH d AS (
    INSERT INTO webhook_deliveries (tenant_id, subscription_id, event_id)
    SELECT n.tenant_id, s.id, n.id
    FROM new_events n
    JOIN webhook_subscriptions s ON s.tenant_id = n.tenant_id AND s.active AND (n.name = ANY(s.events) OR '*' = ANY(s.events))
    RETURNING id)
  SELECT array_agg(ROW('webhook_deliver', json_build_object('deliveryId', d.id), NULL, NULL, 12,
                       'webhook_deliver:' || d.id, NULL, NULL)::graphile_worker.job_spec)
    INTO specs FROM d;
  IF specs IS NOT NULL THEN
    PERFORM graphile_worker.add_jobs(specs);
  END IF;
  RETURN NULL;
END $$;

-- Queues a sweep job for every task and tenant that has inbox rows waiting (a periodic
-- safety net: a job held by a worker that died stays locked until graphile-worker frees it).
CREATE FUNCTION recoup_kick_event_inbox() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  specs graphile_worker.job_spec[];
BEGIN
  SELECT array_agg(ROW(k.task, json_build_object('tenantId', k.tenant_id), NULL, NULL, 25,
                       k.task || ':' || k.tenant_id, NULL, NULL)::graphile_worker.job_spec)
    INTO specs FROM (SELECT DISTINCT task, tenant_id FROM event_inbox) k;
  IF specs IS NULL THEN
    RETURN 0;
  END IF;
  PERFORM graphile_worker.add_jobs(specs);
  RETURN array_length(specs, 1);
END $$;
