-- payment.posted reaches the arrangements through one sweep consumer (see the platform's
-- event_consumers.delivery) instead of one job per event: arrangements_payments_sweep
-- cancels pending contacts for every waiting event of a tenant in one transaction and
-- queues arrangements_apply_payment only for payments whose account has an open
-- arrangement. Jobs of arrangements_payment_posted queued before this migration still run.
DELETE FROM event_consumers WHERE event_name = 'payment.posted' AND task = 'arrangements_payment_posted';
INSERT INTO event_consumers (event_name, task, delivery) VALUES ('payment.posted', 'arrangements_payments_sweep', 'sweep');
-- The sweep reads the inbox, not a watermark over event ids.
DROP TABLE stop_on_pay_watermarks;
