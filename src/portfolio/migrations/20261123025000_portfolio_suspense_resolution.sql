-- portfolio: how a held (suspense) payment was resolved: posted to the account someone
-- identified, or returned to the payer; by whom and why. resolved_at and
-- resolved_payment_id exist since the domain model.
ALTER TABLE suspense_payments
  ADD COLUMN resolution text CHECK (resolution IN ('posted', 'returned')),
  ADD COLUMN resolved_by text,
  ADD COLUMN resolution_note text,
  ADD CONSTRAINT suspense_resolution_complete CHECK (
    (resolved_at IS NULL AND resolution IS NULL)
    OR (resolved_at IS NOT NULL AND resolution IS NOT NULL AND resolved_by IS NOT NULL));
CREATE INDEX idx_suspense_payments_open ON suspense_payments (tenant_id, id) WHERE resolved_at IS NULL;
