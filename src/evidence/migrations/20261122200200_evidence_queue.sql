-- evidence: the queue that appendEvidence() writes in the caller's transaction; the
-- evidence log (RFC 6962 Merkle tree) drains it in order.
CREATE TABLE evidence_queue (
  seq         bigserial PRIMARY KEY,
  tenant_id   uuid NOT NULL,
  kind        text NOT NULL,
  subject_type text NOT NULL,
  subject_id  text NOT NULL,
  fact        jsonb NOT NULL,
  actor       text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  drained_at  timestamptz
);
CREATE INDEX idx_evidence_queue_undrained ON evidence_queue (seq) WHERE drained_at IS NULL;
CREATE INDEX idx_evidence_queue_subject ON evidence_queue (tenant_id, subject_type, subject_id);
