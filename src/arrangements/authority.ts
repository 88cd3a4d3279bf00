/**
 * The authority matrix: the ONE source of truth for how far a robot, an agent, a team
 * lead or a supervisor may go on a settlement discount and a plan's length, by the
 * account's bucket and score band (both read from the account, never from the caller).
 * The robot, the agent desk, the plan and settlement use cases all call `getAuthority` /
 * `checkOffer`; nothing else holds limits.
 *
 * The cell = base limits of (level, bucket group) scaled by the score band: a debtor
 * likely to pay (band A) gets less discount than one unlikely to (bands D and E).
 */
export const authorityLevels = ['robot', 'agent', 'team_lead', 'supervisor'] as const;
export type AuthorityLevel = (typeof authorityLevels)[number];
/**
 * Every band a scorecard of the scoring domain gives (A = lowest risk … E = highest; see
 * `buildBands` in src/scoring/bands.ts, quintiles of the training scores), plus `unscored`
 * for an account without a score. A stored band outside this list counts as `unscored`.
 */
export const scoreBands = ['A', 'B', 'C', 'D', 'E', 'unscored'] as const;
export type ScoreBand = (typeof scoreBands)[number];
export type BucketGroup = 'early' | 'mid' | 'late' | 'written_off';

export type Authority = {
  level: AuthorityLevel;
  bucket: string;
  scoreBand: ScoreBand;
  /** Largest discount on the balance, in basis points (1500 = 15 %). */
  maxDiscountBps: number;
  /** Longest plan (or settlement paid in installments), in months. */
  maxPlanMonths: number;
};

type Limits = { maxDiscountBps: number; maxPlanMonths: number };

/** Base limits per level and bucket group (band C). Data, not code: edit here. */
export const baseAuthority: Record<AuthorityLevel, Record<BucketGroup, Limits>> = {
  robot: { early: { maxDiscountBps: 0, maxPlanMonths: 3 }, mid: { maxDiscountBps: 500, maxPlanMonths: 6 }, late: { maxDiscountBps: 1500, maxPlanMonths: 6 }, written_off: { maxDiscountBps: 3000, maxPlanMonths: 6 } },
  agent: { early: { maxDiscountBps: 500, maxPlanMonths: 6 }, mid: { maxDiscountBps: 1500, maxPlanMonths: 12 }, late: { maxDiscountBps: 3000, maxPlanMonths: 12 }, written_off: { maxDiscountBps: 5000, maxPlanMonths: 12 } },
  team_lead: { early: { maxDiscountBps: 1000, maxPlanMonths: 12 }, mid: { maxDiscountBps: 2500, maxPlanMonths: 18 }, late: { maxDiscountBps: 4500, maxPlanMonths: 24 }, written_off: { maxDiscountBps: 6500, maxPlanMonths: 24 } },
  supervisor: { early: { maxDiscountBps: 2000, maxPlanMonths: 24 }, mid: { maxDiscountBps: 4000, maxPlanMonths: 36 }, late: { maxDiscountBps: 6000, maxPlanMonths: 36 }, written_off: { maxDiscountBps: 8000, maxPlanMonths: 48 } },
};

/**
 * Discount multiplier per score band (percent of the base discount). E (the riskiest fifth)
 * gets D's multiplier, never more: the most conservative choice that keeps the matrix
 * monotone (a riskier band never has less room than a safer one). Raising E above D is a
 * business decision; edit here.
 */
export const bandDiscountPercent: Record<ScoreBand, number> = { A: 50, B: 75, C: 100, D: 120, E: 120, unscored: 75 };

/** The score band of a stored band name; anything the matrix does not know (or none) is `unscored`. */
export function toScoreBand(name: string | null | undefined): ScoreBand {
  return (scoreBands as readonly string[]).includes(name ?? '') ? (name as ScoreBand) : 'unscored';
}

/** Bucket labels of the delinquency schemes (CN_M, US_30), older US spellings, and `charged_off`. */
const bucketGroups: Record<string, BucketGroup> = {
  M0: 'early', M1: 'early', current: 'early', '1-29': 'early', '1-30': 'early', '30': 'early',
  M2: 'mid', M3: 'mid', '30-59': 'mid', '60-89': 'mid', '31-60': 'mid', '61-90': 'mid', '60': 'mid', '90': 'mid',
  M4: 'late', M5: 'late', M6: 'late', '90-119': 'late', '91-120': 'late', '120': 'late', '120+': 'late',
  'M7+': 'written_off', M7: 'written_off', charged_off: 'written_off',
};

/** The bucket group of a bucket label of either scheme (CN M0…M7+, US current/1-29/30-59/…/120+); unknown labels count as early (the strictest). */
export function bucketGroup(bucket: string): BucketGroup {
  return bucketGroups[bucket] ?? 'early';
}

/** True when the matrix knows the bucket label (an unknown one falls back to the strictest group). */
export function isKnownBucket(bucket: string): boolean {
  return Object.hasOwn(bucketGroups, bucket);
}

/** The CN_M bucket of a days-past-due figure (M0 current, M1 1–30 … M6 151–180, M7+ > 180). */
export function bucketOfDpd(dpd: number): string {
  if (dpd <= 0) return 'M0';
  if (dpd > 180) return 'M7+';
  return `M${Math.ceil(dpd / 30)}`;
}

/**
 * The limits of one level for one bucket and score band.
 * @example getAuthority({ level: 'agent', bucket: 'M3', scoreBand: 'B' }) // { maxDiscountBps: 1125, maxPlanMonths: 12, … }
 */
export function getAuthority(input: { level: AuthorityLevel; bucket: string; scoreBand: ScoreBand }): Authority {
  const base = baseAuthority[input.level][bucketGroup(input.bucket)];
  const discount = Math.min(9000, Math.floor((base.maxDiscountBps * bandDiscountPercent[input.scoreBand]) / 100));
  return { level: input.level, bucket: input.bucket, scoreBand: input.scoreBand, maxDiscountBps: discount, maxPlanMonths: base.maxPlanMonths };
}

export type OfferCheck = {
  withinAuthority: boolean;
  discountBps: number;
  authority: Authority;
  /** Why the offer is beyond this level (empty when within). */
  violations: string[];
  /** The lowest level whose authority covers the offer, or null when none does. */
  lowestLevel: AuthorityLevel | null;
};

/** Discount of an offer on a balance, in basis points, rounded up (a fraction of a point counts against the offer). */
export function discountBps(balanceMinor: number, offerMinor: number): number {
  if (balanceMinor <= 0) return 0;
  return Math.max(0, Math.ceil(((balanceMinor - offerMinor) * 10_000) / balanceMinor));
}

/**
 * Checks an offer (a settlement amount and/or a plan length) against a level's authority.
 * @example checkOffer({ level: 'robot', bucket: 'M2', scoreBand: 'C', balanceMinor: 100000, offerMinor: 90000, planMonths: 1 })
 */
export function checkOffer(input: {
  level: AuthorityLevel;
  bucket: string;
  scoreBand: ScoreBand;
  balanceMinor: number;
  offerMinor: number;
  planMonths: number;
}): OfferCheck {
  const check = (level: AuthorityLevel) => {
    const authority = getAuthority({ level, bucket: input.bucket, scoreBand: input.scoreBand });
    const d = discountBps(input.balanceMinor, input.offerMinor);
    const violations: string[] = [];
    if (d > authority.maxDiscountBps) violations.push(`discount ${(d / 100).toFixed(2)}% exceeds ${level} limit ${(authority.maxDiscountBps / 100).toFixed(2)}%`);
    if (input.planMonths > authority.maxPlanMonths) violations.push(`plan of ${input.planMonths} months exceeds ${level} limit ${authority.maxPlanMonths} months`);
    return { authority, d, violations };
  };
  const own = check(input.level);
  const lowestLevel = authorityLevels.find((l) => check(l).violations.length === 0) ?? null;
  return { withinAuthority: own.violations.length === 0, discountBps: own.d, authority: own.authority, violations: own.violations, lowestLevel };
}

/** True when `a` is at least as senior as `b`. */
export function isAtLeast(a: AuthorityLevel, b: AuthorityLevel): boolean {
  return authorityLevels.indexOf(a) >= authorityLevels.indexOf(b);
}

/**
 * Why no level at all may approve an offer (the offer exceeds even the most senior level's
 * limit for this bucket and band), in English and Chinese, with the fields at fault; null
 * when some level may approve it.
 * @example beyondEveryLevel({ bucket: 'M1', scoreBand: 'unscored', discountBps: 3000, planMonths: 1 }) // { message: 'discount 30.00% exceeds every level's limit …', … }
 */
export function beyondEveryLevel(input: { bucket: string; scoreBand: ScoreBand; discountBps: number; planMonths: number }): { message: string; messageZh: string; details: { path: string; message: string }[] } | null {
  const top = authorityLevels[authorityLevels.length - 1];
  const a = getAuthority({ level: top, bucket: input.bucket, scoreBand: input.scoreBand });
  const pct = (bps: number) => `${(bps / 100).toFixed(2)}%`;
  const en: string[] = [];
  const zh: string[] = [];
  const details: { path: string; message: string }[] = [];
  if (input.discountBps > a.maxDiscountBps) {
    en.push(`discount ${pct(input.discountBps)} exceeds every level's limit for bucket ${input.bucket}, score band ${input.scoreBand} (the highest, ${top}, may give ${pct(a.maxDiscountBps)})`);
    zh.push(`折扣 ${pct(input.discountBps)} 超过了逾期阶段 ${input.bucket}、评分等级 ${input.scoreBand} 下所有审批级别的上限（最高级别 ${top} 为 ${pct(a.maxDiscountBps)}）`);
    details.push({ path: 'discountBps', message: `at most ${a.maxDiscountBps} for any level` });
  }
  if (input.planMonths > a.maxPlanMonths) {
    en.push(`${input.planMonths} installments exceed every level's limit for bucket ${input.bucket} (the highest, ${top}, may give ${a.maxPlanMonths})`);
    zh.push(`${input.planMonths} 期超过了逾期阶段 ${input.bucket} 下所有审批级别的上限（最高级别 ${top} 为 ${a.maxPlanMonths} 期）`);
    details.push({ path: 'installmentCount', message: `at most ${a.maxPlanMonths} for any level` });
  }
  if (!details.length) return null;
  return { message: `${en.join('; ')}: no one can approve it; offer less`, messageZh: `${zh.join('；')}，无人可以批准，请调整方案`, details };
}
