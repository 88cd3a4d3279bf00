-- portfolio: payments and their allocation lines are written only by postPayments, inside
-- the transaction that holds the account FOR UPDATE (its tenant checked by the same
-- query), against installments read from that locked account's schedule; tenants,
-- accounts and installments are never deleted. The three foreign keys below therefore
-- guaranteed nothing the posting does not, and cost one RI query per payment and per
-- allocation line (about a third of the database's time in a batch of 5,000 payments).
-- The same reasoning dropped payment_allocations → payments in 20261123010424.
ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_tenant_id_fkey;
ALTER TABLE payments DROP CONSTRAINT IF EXISTS payments_account_id_fkey;
ALTER TABLE payment_allocations DROP CONSTRAINT IF EXISTS payment_allocations_installment_id_fkey;
