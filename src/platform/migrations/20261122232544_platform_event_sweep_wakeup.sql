-- Sweep consumers: wake the sweep job without serialising the writers.
--
-- Queuing the sweep job from every statement made concurrent writers (one payment per
-- request) queue up on the job's row (add_jobs' ON CONFLICT (key) DO UPDATE holds its
-- lock until commit, fsync included) and each one sent a NOTIFY (which serialises
-- commits). Now a statement queues the job only when no job with that key is waiting to
-- run (unlocked, never attempted); otherwise the waiting job will see its rows.
--
-- The race this leaves — the waiting job is taken by a worker between a writer's check
-- and its commit — is closed by a lock handshake: the writer holds a SHARED advisory
-- lock on the key from before its check until its commit; the sweep takes the EXCLUSIVE
-- lock for an instant after its job was taken and before it reads the inbox
-- (takeInboxEvents), so it waits for every writer that may have relied on it. A writer
-- that checks after the job was taken sees it locked and queues a new one.
CREATE OR REPLACE FUNCTION recoup_dispatch_domain_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  specs graphile_worker.job_spec[];
  k record;
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

  -- Sweep consumers: inbox rows, and a sweep job per task and tenant unless one waits.
  specs := NULL;
  FOR k IN
    WITH i AS (
      INSERT INTO event_inbox (task, tenant_id, event_id)
      SELECT c.task, n.tenant_id, n.id
        FROM new_events n JOIN event_consumers c ON c.event_name = n.name AND c.delivery = 'sweep'
      RETURNING task, tenant_id)
    SELECT DISTINCT task, tenant_id, task || ':' || tenant_id AS job_key FROM i ORDER BY 3
  LOOP
    PERFORM pg_advisory_xact_lock_shared(hashtext('recoup_sweep:' || k.job_key));
    IF NOT EXISTS (SELECT 1 FROM graphile_worker._private_jobs j WHERE j.key = k.job_key AND j.locked_at IS NULL AND j.attempts = 0) THEN
      specs := specs || ROW(k.task, json_build_object('tenantId', k.tenant_id), NULL, NULL, 25, k.job_key, NULL, NULL)::graphile_worker.job_spec;
    END IF;
  END LOOP;
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
