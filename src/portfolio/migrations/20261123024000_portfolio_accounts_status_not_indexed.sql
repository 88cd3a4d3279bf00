-- portfolio: accounts are found by portfolio (the nightly cycle, the import) and listed in id
-- order (keyset pages), never by an index on status; but an indexed status made every status
-- change (the cycle's current ↔ delinquent, settlements, closures) a non-HOT update that
-- writes a new entry into every index of the table. Without status in the index, such
-- updates can stay on their heap page (fillfactor 90) and touch no index at all.
CREATE INDEX idx_accounts_portfolio ON accounts (portfolio_id);
DROP INDEX IF EXISTS idx_accounts_portfolio_status;
