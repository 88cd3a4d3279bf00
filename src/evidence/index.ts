/** The evidence domain's public surface. The Merkle log itself comes with the evidence capability. */
export { appendEvidence, type EvidenceFact } from './append-evidence.ts';
export { appendEvidenceBatch } from './append-evidence-batch.ts';
