-- portfolio: payment_allocations rows are written only by postPayments, in the same
-- statement as their payment (ids taken before, OVERRIDING SYSTEM VALUE), and payments are
-- never deleted. The foreign key to payments guaranteed nothing more, and cost one RI check
-- per allocation line; worse, when the payments table had been analysed while empty, every
-- connection cached a sequential-scan plan for that check and re-read the growing table on
-- each line (batch posting fell to ~500 payments/s until autovacuum re-analysed it).
ALTER TABLE payment_allocations DROP CONSTRAINT IF EXISTS payment_allocations_payment_id_fkey;
