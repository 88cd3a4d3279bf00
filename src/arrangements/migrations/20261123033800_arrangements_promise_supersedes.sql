-- arrangements: the pending promises a new promise replaced (cancelled when it was made),
-- kept on the new promise so that every read shows them, not only the answer to POST.
ALTER TABLE promises ADD COLUMN supersedes bigint[] NOT NULL DEFAULT '{}';
