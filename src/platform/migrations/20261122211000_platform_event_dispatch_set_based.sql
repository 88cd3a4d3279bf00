-- Event dispatch, set-based: one statement-level trigger per INSERT into domain_events
-- queues every consumer job of every new event with one graphile_worker.add_jobs() call,
-- instead of one add_job() per row (bulk paths such as a payments import or the nightly
-- cycle write tens of thousands of events in one statement).
DROP TRIGGER domain_events_dispatch ON domain_events;
DROP FUNCTION recoup_dispatch_domain_event();

CREATE FUNCTION recoup_dispatch_domain_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  specs graphile_worker.job_spec[];
BEGIN
  SELECT array_agg(ROW(
      c.task,
      json_build_object('eventId', n.id, 'tenantId', n.tenant_id, 'name', n.name,
                        'aggregateType', n.aggregate_type, 'aggregateId', n.aggregate_id,
                        'payload', n.payload, 'occurredAt', n.occurred_at),
      NULL, NULL, 25, c.task || ':' || n.id, NULL, NULL)::graphile_worker.job_spec ORDER BY n.id)
    INTO specs
    FROM new_events n JOIN event_consumers c ON c.event_name = n.name;
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

CREATE TRIGGER domain_events_dispatch AFTER INSERT ON domain_events
  REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION recoup_dispatch_domain_events();
