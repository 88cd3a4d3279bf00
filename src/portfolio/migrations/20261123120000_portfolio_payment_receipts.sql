-- portfolio: every payment external id ever received by a tenant, posted or held. payments
-- and suspense_payments each keep external ids unique within themselves, but not across
-- the two, and two requests posting the same id to different accounts at once both passed
-- the "already received?" read (each had locked only its own account): the id was stored
-- twice (posted and held), or the second insert failed with a unique violation and took its
-- whole batch down. postPayments now claims each id here first (INSERT … ON CONFLICT DO
-- NOTHING, ids in sorted order so two batches cannot deadlock): a concurrent claim of the
-- same id waits for the first transaction, and an id that is not claimed is read back as
-- the stored payment it is. A claim rolls back with its transaction.
CREATE TABLE payment_receipts (
  tenant_id   uuid NOT NULL,
  external_id text NOT NULL,
  PRIMARY KEY (tenant_id, external_id)
);
INSERT INTO payment_receipts (tenant_id, external_id)
SELECT tenant_id, external_id FROM payments
UNION
SELECT tenant_id, external_id FROM suspense_payments
ON CONFLICT DO NOTHING;
