/**
 * Loads the fraud facts of one hardship application from the database (shared evidence
 * hashes, LSH candidates for near-duplicate text, same device/IP/phone, representatives
 * acting for many) and scores them with the pure `scoreFraud`. Stores score and signals
 * on the application; never changes its status.
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import { minhashSimilarity, scoreFraud, type FraudFacts, type FraudSignal } from './fraud-signals.ts';
import './tables.ts';

async function distinctBorrowers(db: Db, tenantId: string, column: 'device_id' | 'ip' | 'applicant_phone_hash' | 'representative_phone_hash', value: string | null): Promise<number> {
  if (!value) return 0;
  const r = await db.selectFrom('hardship_applications').select(sql<number>`count(DISTINCT borrower_id)::int`.as('n')).where('tenant_id', '=', tenantId).where(column, '=', value).executeTakeFirstOrThrow();
  return r.n;
}

/** Gathers the facts of application `id`. */
export async function loadFraudFacts(db: Db, tenantId: string, id: number): Promise<FraudFacts> {
  const a = await db.selectFrom('hardship_applications').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirstOrThrow();
  const shared = await sql<{ sha256: string; others: number }>`
    SELECT e.sha256, (SELECT count(DISTINCT o.borrower_id)::int FROM hardship_evidence o WHERE o.tenant_id = e.tenant_id AND o.sha256 = e.sha256 AND o.borrower_id <> e.borrower_id) AS others
      FROM hardship_evidence e WHERE e.application_id = ${id} GROUP BY e.tenant_id, e.sha256, e.borrower_id`.execute(db);
  const nearDuplicates: FraudFacts['nearDuplicates'] = [];
  if (a.minhash && a.minhash.length && a.lsh_bands?.length) {
    const cands = await sql<{ id: number; minhash: number[] }>`
      SELECT id, minhash FROM hardship_applications WHERE tenant_id = ${tenantId} AND id <> ${id} AND borrower_id <> ${a.borrower_id} AND lsh_bands && ${a.lsh_bands}::text[] LIMIT 500`.execute(db);
    for (const c of cands.rows) {
      const similarity = minhashSimilarity(a.minhash, c.minhash);
      if (similarity >= 0.5) nearDuplicates.push({ applicationId: c.id, similarity });
    }
  }
  return {
    sharedEvidence: shared.rows.map((s) => ({ sha256: s.sha256, otherBorrowers: s.others })),
    nearDuplicates,
    sameDevice: await distinctBorrowers(db, tenantId, 'device_id', a.device_id),
    sameIp: await distinctBorrowers(db, tenantId, 'ip', a.ip),
    samePhone: await distinctBorrowers(db, tenantId, 'applicant_phone_hash', a.applicant_phone_hash),
    representativeBorrowers: await distinctBorrowers(db, tenantId, 'representative_phone_hash', a.representative_phone_hash),
    hasRepresentative: Boolean(a.representative_name || a.representative_phone_hash),
    statement: a.statement,
  };
}

/** Re-scores application `id` and stores the result (status untouched: signals inform, a person decides). */
export async function rescoreApplication(db: Db, tenantId: string, id: number): Promise<{ score: number; signals: FraudSignal[] }> {
  const scored = scoreFraud(await loadFraudFacts(db, tenantId, id));
  await db.updateTable('hardship_applications').set({ fraud_score: scored.score, fraud_signals: JSON.stringify(scored.signals) }).where('id', '=', id).execute();
  return scored;
}
