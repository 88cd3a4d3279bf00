-- Event consumers: each row says "run graphile-worker task <task> for every <event_name>".
-- A trigger on domain_events adds the jobs in the same transaction as the event (job_key
-- <task>:<event id> makes it idempotent), so a consumer never misses an event and runs
-- only after the change commits. Consumer domains insert their rows in their own
-- migrations. Webhook deliveries are queued the same way for matching subscriptions.
CREATE TABLE event_consumers (
  event_name text NOT NULL,
  task       text NOT NULL,
  PRIMARY KEY (event_name, task)
);

CREATE FUNCTION recoup_dispatch_domain_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c record;
  s record;
  d_id bigint;
BEGIN
  FOR c IN SELECT task FROM event_consumers WHERE event_name = NEW.name LOOP
    PERFORM graphile_worker.add_job(
      c.task,
      json_build_object('eventId', NEW.id, 'tenantId', NEW.tenant_id, 'name', NEW.name,
                        'aggregateType', NEW.aggregate_type, 'aggregateId', NEW.aggregate_id,
                        'payload', NEW.payload, 'occurredAt', NEW.occurred_at),
      job_key := c.task || ':' || NEW.id,
      max_attempts := 25);
  END LOOP;
  FOR s IN SELECT id FROM webhook_subscriptions
           WHERE tenant_id = NEW.tenant_id AND active AND (NEW.name = ANY(events) OR '*' = ANY(events)) LOOP
    INSERT INTO webhook_deliveries (tenant_id, subscription_id, event_id)
      VALUES (NEW.tenant_id, s.id, NEW.id) RETURNING id INTO d_id;
    PERFORM graphile_worker.add_job('webhook_deliver', json_build_object('deliveryId', d_id),
      job_key := 'webhook_deliver:' || d_id, max_attempts := 12);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER domain_events_dispatch AFTER INSERT ON domain_events
  FOR EACH ROW EXECUTE FUNCTION recoup_dispatch_domain_event();
