-- The nightly cycle rewrites penalty_due of every overdue installment and the status of
-- accounts that change: leave room on each page so that those updates stay HOT (no
-- indexed column changes), with less WAL and no index churn.
ALTER TABLE installments SET (fillfactor = 85);
ALTER TABLE accounts SET (fillfactor = 90);
