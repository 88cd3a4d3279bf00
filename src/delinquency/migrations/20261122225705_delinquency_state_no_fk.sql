-- delinquency: account_delinquency and delinquency_transitions are derived state, written only
-- by the nightly cycle and by recomputeDelinquency from accounts rows read in the same
-- transaction (accounts are closed or sold, never deleted). Their foreign keys to accounts
-- protected nothing those writers do not already guarantee, and cost one RI check per row:
-- on the first assessment of a 1M-account portfolio that was most of the state write.
ALTER TABLE account_delinquency DROP CONSTRAINT IF EXISTS account_delinquency_account_id_fkey;
ALTER TABLE delinquency_transitions DROP CONSTRAINT IF EXISTS delinquency_transitions_account_id_fkey;
