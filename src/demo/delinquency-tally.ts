/**
 * Counts the generated accounts by Chinese M-bucket (M0 current, M1 1–30 days past due …
 * M6 151–180, M7+ over 180), by portfolio and by status, and the one-month roll rates
 * between a snapshot 30 days before the as-of date and the as-of date. Constant memory.
 */

export const mBuckets = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'] as const;
export type MBucket = (typeof mBuckets)[number];

/** The M-bucket of a number of days past due. */
export function mBucketOf(dpd: number): MBucket {
  return dpd <= 0 ? 'M0' : mBuckets[Math.min(7, Math.ceil(dpd / 30))];
}

/** What the tally needs of one account. */
export type AccountOutcome = { portfolio: string; status: string; dpd: number; dpdMonthAgo: number };

export type DelinquencySummary = {
  /** Accounts with days past due > 0 on the as-of date, over all accounts. */
  delinquentShare: number;
  byBucket: Record<MBucket, number>;
  /** current, delinquent, charged_off, and paid_off (written to accounts.csv as `current`). */
  byStatus: Record<string, number>;
  byPortfolio: Record<string, { accounts: number; delinquent: number; byBucket: Record<MBucket, number> }>;
  /** Share of accounts in a bucket 30 days before the as-of date that are one bucket deeper now. */
  rollRates: Record<string, number | null>;
  /** Share of accounts delinquent 30 days before the as-of date that are current now. */
  cureRate: number | null;
};

const zeroBuckets = (): Record<MBucket, number> => Object.fromEntries(mBuckets.map((b) => [b, 0])) as Record<MBucket, number>;

/** A running tally. */
export class DelinquencyTally {
  private accounts = 0;
  private delinquent = 0;
  private readonly byBucket = zeroBuckets();
  private readonly byStatus: Record<string, number> = {};
  private readonly byPortfolio: DelinquencySummary['byPortfolio'] = {};
  private readonly from = new Array<number>(8).fill(0);
  private readonly rolled = new Array<number>(8).fill(0);
  private wasDelinquent = 0;
  private cured = 0;

  /** Adds one account. */
  add(o: AccountOutcome): void {
    const now = mBucketOf(o.dpd);
    this.accounts++;
    this.byBucket[now]++;
    this.byStatus[o.status] = (this.byStatus[o.status] ?? 0) + 1;
    const p = (this.byPortfolio[o.portfolio] ??= { accounts: 0, delinquent: 0, byBucket: zeroBuckets() });
    p.accounts++;
    p.byBucket[now]++;
    if (o.dpd > 0) {
      this.delinquent++;
      p.delinquent++;
    }
    const before = mBuckets.indexOf(mBucketOf(o.dpdMonthAgo));
    this.from[before]++;
    if (mBuckets.indexOf(now) === before + 1) this.rolled[before]++;
    if (o.dpdMonthAgo > 0) {
      this.wasDelinquent++;
      if (o.dpd === 0) this.cured++;
    }
  }

  /** The summary so far. */
  result(): DelinquencySummary {
    const rollRates: Record<string, number | null> = {};
    for (let i = 0; i < 7; i++) {
      rollRates[`${mBuckets[i]}->${mBuckets[i + 1]}`] = this.from[i] === 0 ? null : round(this.rolled[i] / this.from[i]);
    }
    return {
      delinquentShare: this.accounts === 0 ? 0 : round(this.delinquent / this.accounts),
      byBucket: { ...this.byBucket },
      byStatus: { ...this.byStatus },
      byPortfolio: structuredClone(this.byPortfolio),
      rollRates,
      cureRate: this.wasDelinquent === 0 ? null : round(this.cured / this.wasDelinquent),
    };
  }
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
