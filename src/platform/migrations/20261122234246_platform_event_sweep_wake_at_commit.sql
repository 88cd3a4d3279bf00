-- Sweep consumers: wake the sweep job at commit time, without any lock between writers.
--
-- The previous handshake (writers hold a shared advisory lock, the sweep takes it
-- exclusively for an instant) made every sweep wait for the writers in flight and every
-- new writer wait behind that sweep: under one-payment-per-request load, a convoy.
--
-- Now the dispatch trigger only appends to event_inbox. A DEFERRED constraint trigger on
-- event_inbox runs once per transaction and task/tenant (a transaction-local setting
-- remembers it), at commit: when no job with the key is waiting and due, it queues one
-- (job_key "replace": a follow-up pass waiting for later is pulled in to now). Checking at
-- commit leaves only the commit itself between the check and the rows becoming visible;
-- a sweep that ran in that instant is followed by its follow-up pass one second later
-- (stop-on-pay.ts), and the worker's minute kick (recoup_kick_event_inbox) covers the rest.
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

  -- Sweep consumers: inbox rows (their job is woken at commit by event_inbox_wake).
  INSERT INTO event_inbox (task, tenant_id, event_id)
  SELECT c.task, n.tenant_id, n.id
    FROM new_events n JOIN event_consumers c ON c.event_name = n.name AND c.delivery = 'sweep';

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

CREATE FUNCTION recoup_wake_sweep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k text := NEW.task || ':' || NEW.tenant_id;
  flag text := 'recoup.wake_' || md5(k);
BEGIN
  IF current_setting(flag, true) = '1' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config(flag, '1', true);
  IF NOT EXISTS (SELECT 1 FROM graphile_worker._private_jobs j
                  WHERE j.key = k AND j.locked_at IS NULL AND j.attempts = 0 AND j.run_at <= clock_timestamp()) THEN
    PERFORM graphile_worker.add_job(NEW.task, json_build_object('tenantId', NEW.tenant_id),
      job_key := k, max_attempts := 25, job_key_mode := 'replace');
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER event_inbox_wake AFTER INSERT ON event_inbox
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION recoup_wake_sweep();
