/**
 * The bucket and score band an account's settlements and plans are judged by, read from
 * the account and never taken from the caller (a caller who could name them could raise
 * its own authority):
 *
 * - bucket: `charged_off` for a charged-off account (the written-off group in either
 *   scheme); else the bucket of the account's delinquency state (the delinquency
 *   domain's last assessment); else, for an account never assessed, the bucket of today's
 *   days past due in the portfolio's scheme.
 * - score band: the band of the account's current `collection` score (the scoring
 *   domain's nightly run stores one per account and purpose); `unscored` when there is
 *   none or the band is one the matrix does not know.
 */
import type { Db } from '../platform/db-types.ts';
import { AppError, type ErrorDetail } from '../platform/errors.ts';
import { getAccountDelinquency } from '../delinquency/index.ts';
import { findAccountScore } from '../scoring/index.ts';
import type { AccountFacts } from './account-facts.ts';
import { toScoreBand, type ScoreBand } from './authority.ts';

export type AccountAuthority = {
  bucket: string;
  bucketFrom: 'charged_off' | 'delinquency_state' | 'schedule';
  scoreBand: ScoreBand;
  /** The business date of the score the band comes from (null: unscored). */
  scoredAsOf: string | null;
};

/** The score purpose whose band settlements and plans use (the nightly collection scoring). */
export const AUTHORITY_SCORE_PURPOSE = 'collection';

/** Picks the bucket (pure): charged off → `charged_off`; else the assessed state; else the schedule's. */
export function authorityBucket(q: { status: string; assessedBucket: string | null; scheduleBucket: string }): Pick<AccountAuthority, 'bucket' | 'bucketFrom'> {
  if (q.status === 'charged_off') return { bucket: 'charged_off', bucketFrom: 'charged_off' };
  if (q.assessedBucket) return { bucket: q.assessedBucket, bucketFrom: 'delinquency_state' };
  return { bucket: q.scheduleBucket, bucketFrom: 'schedule' };
}

/** The band of the account's current collection score, or null (the scoring domain's reader). */
async function findScoreBand(db: Db, tenantId: string, accountId: number): Promise<{ band: string; asOf: string } | null> {
  const s = await findAccountScore(db, { tenantId, accountId, purpose: AUTHORITY_SCORE_PURPOSE });
  return s ? { band: s.band, asOf: s.asOf } : null;
}

/**
 * Reads the bucket and score band of an account (see the file comment).
 * @throws AppError NOT_FOUND when the account is not the tenant's
 */
export async function getAccountAuthority(db: Db, acct: AccountFacts): Promise<AccountAuthority> {
  const state = await getAccountDelinquency(db, { tenantId: acct.tenantId, accountId: acct.id });
  const score = await findScoreBand(db, acct.tenantId, acct.id);
  const band = toScoreBand(score?.band);
  return {
    ...authorityBucket({ status: acct.status, assessedBucket: state.assessed ? state.bucket : null, scheduleBucket: acct.bucket }),
    scoreBand: band,
    scoredAsOf: band === 'unscored' ? null : (score?.asOf ?? null),
  };
}

/**
 * Refuses a bucket or score band sent by the caller that is not the account's own: the
 * authority check always uses the account's, so a different value is either a mistake or
 * an attempt to raise the caller's authority. Sending the account's own values is allowed.
 * @throws AppError RULE_VIOLATION naming each differing field
 */
export function assertAccountAuthority(given: { bucket?: string; scoreBand?: string }, actual: AccountAuthority): void {
  const details: ErrorDetail[] = [];
  const zh: string[] = [];
  if (given.bucket !== undefined && given.bucket !== actual.bucket) {
    details.push({ path: 'bucket', message: `is ${given.bucket} but the account's bucket is ${actual.bucket}` });
    zh.push(`逾期阶段应为账户当前的 ${actual.bucket}，而不是 ${given.bucket}`);
  }
  if (given.scoreBand !== undefined && given.scoreBand !== actual.scoreBand) {
    details.push({ path: 'scoreBand', message: `is ${given.scoreBand} but the account's score band is ${actual.scoreBand}` });
    zh.push(`评分等级应为账户当前的 ${actual.scoreBand}，而不是 ${given.scoreBand}`);
  }
  if (!details.length) return;
  const en = details.map((d) => `${d.path} ${d.message}`).join('; ');
  throw new AppError('RULE_VIOLATION', {
    message: `${en}: authority is always checked against the account's own bucket and score band; leave ${details.map((d) => d.path).join(' and ')} out`,
    userMessage: `${zh.join('；')}。授权额度只按账户自身的逾期阶段和评分等级核定，请不要填写。 / ${en}: authority is checked against the account's own bucket and score band; leave the field out.`,
    details,
  });
}
