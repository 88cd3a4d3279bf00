/**
 * Nightly scoring: every delinquent account of a tenant is scored with the active
 * scorecard of the purpose as of the cycle date; score, band, probability and reason codes
 * are stored per account; the run records the score distribution, PSI against the training
 * distribution and CSI per characteristic, and raises a drift alert (event + audit) past
 * PSI 0.25. A characteristic the model needs but the portfolio cannot supply is an error,
 * never a default score.
 */
import { sql } from 'kysely';
import { writeAudit } from '../platform/audit.ts';
import type { Db } from '../platform/db-types.ts';
import { recordEvent } from '../platform/events.ts';
import { computeAccountFeatures, featuresToDataset } from './account-features.ts';
import { bandOf, compileModel } from './compile-model.ts';
import { binCounts, computeCsi, computePsi, histogram, stabilityLevel, type StabilityLevel } from './drift.ts';
import { reasonCodes } from './reason-codes.ts';
import { findActiveScorecard } from './registry.ts';
import { binIndices, rowFlags, scoreColumns } from './score-columns.ts';
import { probabilityFromScore } from './points-scaling.ts';

export type ScoreRunSummary = {
  scorecardId: string;
  asOf: string;
  accounts: number;
  flagged: number;
  psi: number;
  driftLevel: StabilityLevel;
  bands: Record<string, number>;
};

/** Scores the tenant's delinquent accounts; returns null when no scorecard of the purpose is active. */
export async function scorePortfolio(
  db: Db,
  p: { tenantId: string; asOf: string; purpose?: string; cycleRunId?: number | null; actor?: string },
): Promise<ScoreRunSummary | null> {
  const purpose = p.purpose ?? 'collection';
  const active = await findActiveScorecard(db, p.tenantId, purpose);
  if (!active) return null;
  const startedAt = new Date();
  const obs = sql`SELECT a.id AS account_id, ${p.asOf}::date AS as_of FROM accounts a
    WHERE a.tenant_id = ${p.tenantId}::uuid AND a.status = 'delinquent'`;
  const rows = await computeAccountFeatures(db, p.tenantId, obs);
  const dataset = featuresToDataset(rows, `portfolio as of ${p.asOf}`);
  const compiled = compileModel(active.model);
  const { scores } = scoreColumns(compiled, dataset);
  const bins = binIndices(compiled, dataset);
  const flags = rowFlags(compiled, dataset);
  const bands: Record<string, number> = {};
  const values = rows.map((r, i) => {
    const rowBins = bins.map((b) => b[i]);
    const band = bandOf(compiled, scores[i]);
    bands[band] = (bands[band] ?? 0) + 1;
    return {
      tenant_id: p.tenantId, account_id: Number(r.account_id), purpose, scorecard_id: active.id, as_of: p.asOf,
      score: scores[i], band, probability_bad: probabilityFromScore(scores[i], active.model.scaling),
      reasons: JSON.stringify(reasonCodes(compiled, rowBins, 3)), flags: flags.get(i) ?? [],
    };
  });
  for (let i = 0; i < values.length; i += 2000) {
    await db
      .insertInto('account_scores')
      .values(values.slice(i, i + 2000))
      .onConflict((oc) =>
        oc.columns(['account_id', 'purpose']).doUpdateSet((eb) => ({
          scorecard_id: eb.ref('excluded.scorecard_id'), as_of: eb.ref('excluded.as_of'), score: eb.ref('excluded.score'),
          band: eb.ref('excluded.band'), probability_bad: eb.ref('excluded.probability_bad'), reasons: eb.ref('excluded.reasons'),
          flags: eb.ref('excluded.flags'), scored_at: sql`now()`,
        })),
      )
      .execute();
  }
  const dist = active.model.scoreDistribution;
  const actual = histogram(scores, dist.boundaries);
  const psi = rows.length ? computePsi(dist.shares, actual) : 0;
  const level = stabilityLevel(psi);
  const csi = compiled.characteristics.map((c, k) => ({
    characteristic: c.name,
    ...computeCsi(c.source.bins.map((b) => b.share), binCounts(bins[k], c.source.bins.length), c.source.points),
  }));
  const total = actual.reduce((s, x) => s + x, 0);
  await db
    .insertInto('score_runs')
    .values({
      tenant_id: p.tenantId, scorecard_id: active.id, as_of: p.asOf, cycle_run_id: p.cycleRunId ?? null, accounts: rows.length,
      flagged: flags.size, shares: Array.from(actual, (x) => (total ? x / total : 0)), psi, drift_level: level,
      csi: JSON.stringify(csi), bands: JSON.stringify(bands), started_at: startedAt,
    })
    .execute();
  if (level === 'alert') {
    const actor = p.actor ?? 'system:scoring';
    await recordEvent(db, { tenantId: p.tenantId, name: 'scorecard.drift_alerted', aggregateType: 'scorecard', aggregateId: active.id, payload: { asOf: p.asOf, psi }, actor });
    await writeAudit(db, { tenantId: p.tenantId, actor, action: 'scorecard.drift_alerted', subjectType: 'scorecard', subjectId: active.id, detail: { asOf: p.asOf, psi } });
  }
  return { scorecardId: active.id, asOf: p.asOf, accounts: rows.length, flagged: flags.size, psi, driftLevel: level, bands };
}
