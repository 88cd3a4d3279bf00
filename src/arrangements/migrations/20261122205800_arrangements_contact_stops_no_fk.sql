-- contact_stops rows are written by the stop-on-pay consumer while payments post: a foreign
-- key to accounts would take a KEY SHARE lock on the account row and queue behind (or
-- block) payment posting, which locks accounts FOR UPDATE. The account id is still always
-- a real account (it comes from a payment.posted event).
ALTER TABLE contact_stops DROP CONSTRAINT contact_stops_account_id_fkey;

-- Per-tenant watermark of the stop-on-pay sweep: a sweep looks only at payment.posted
-- events after (watermark − a small margin for late commits); an event committed later
-- still is handled by its own job.
CREATE TABLE stop_on_pay_watermarks (
  tenant_id      uuid PRIMARY KEY,
  last_event_id  bigint NOT NULL
);
