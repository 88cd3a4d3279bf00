-- portfolio: posting draws a payment id per payment ahead (loadPostingState), 5,000 nextval()
-- calls for a batch of 5,000, about 25 ms of the batch's database time with the default
-- sequence cache of 1 (each call locks and updates the sequence's page, and every 32nd
-- writes WAL). A cache of 1,000 lets each backend draw its ids from memory. Ids stay unique
-- and ascend within one posting; across concurrent postings they never told received order
-- anyway (received_at does), and a backend that ends leaves a gap, as a rollback always did.
ALTER TABLE payments ALTER COLUMN id SET CACHE 1000;
