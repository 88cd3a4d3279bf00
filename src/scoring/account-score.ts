/** An account's current score for a purpose, as the nightly scoring stored it: the reader other domains use. */
import type { Db } from '../platform/db-types.ts';
import './registry-tables.ts';

export type AccountScore = {
  accountId: number; purpose: string; scorecardId: string; asOf: string; score: number; band: string;
  probabilityBad: number; reasons: unknown; flags: string[];
};

/** The account's current score for `purpose` (default `collection`), or null when it has none. */
export async function findAccountScore(db: Db, q: { tenantId: string; accountId: number; purpose?: string }): Promise<AccountScore | null> {
  const row = await db
    .selectFrom('account_scores')
    .selectAll()
    .where('tenant_id', '=', q.tenantId)
    .where('account_id', '=', q.accountId)
    .where('purpose', '=', q.purpose ?? 'collection')
    .executeTakeFirst();
  if (!row) return null;
  return {
    accountId: row.account_id, purpose: row.purpose, scorecardId: row.scorecard_id, asOf: row.as_of, score: row.score, band: row.band,
    probabilityBad: row.probability_bad, reasons: row.reasons, flags: row.flags,
  };
}
