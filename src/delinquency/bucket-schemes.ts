/**
 * Delinquency bucket schemes: ordered labels with the lowest days past due of each bucket.
 * Bucket 0 is always "not past due". Schemes are plain data, so a custom scheme is a new
 * entry here (the portfolio's `bucket_scheme` column names which one applies).
 *
 * - `CN_M` (China, 账龄 M-buckets): M0 = 0 DPD (current, 未逾期), M1 = 1–30, M2 = 31–60,
 *   M3 = 61–90, M4 = 91–120, M5 = 121–150, M6 = 151–180, M7+ = 181 and more.
 * - `US_30` (US 30-day cycles): current = 0 DPD, 1-29 ("x-days", late but not yet
 *   reportable as 30 days past due), 30-59, 60-89, 90-119, 120+ (the usual charge-off
 *   review point for closed-end consumer credit under the FFIEC retail classification policy).
 */
export type BucketScheme = {
  code: string;
  labels: readonly string[];
  /** lowestDpd[i] = the smallest DPD in bucket i; lowestDpd[0] = 0, strictly ascending. */
  lowestDpd: readonly number[];
};

export const bucketSchemes: Record<'CN_M' | 'US_30', BucketScheme> = {
  CN_M: {
    code: 'CN_M',
    labels: ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'],
    lowestDpd: [0, 1, 31, 61, 91, 121, 151, 181],
  },
  US_30: {
    code: 'US_30',
    labels: ['current', '1-29', '30-59', '60-89', '90-119', '120+'],
    lowestDpd: [0, 1, 30, 60, 90, 120],
  },
};

/** Every label of every built-in scheme; labels are unique across schemes. */
export const allBucketLabels: readonly string[] = Object.values(bucketSchemes).flatMap((s) => s.labels);

/**
 * The scheme of a code.
 * @throws Error for an unknown code (the database CHECK constraint allows only known ones)
 */
export function getBucketScheme(code: string): BucketScheme {
  const s = (bucketSchemes as Record<string, BucketScheme | undefined>)[code];
  if (!s) throw new Error(`unknown bucket scheme ${code}`);
  return s;
}

/** The bucket index (0 = current) of a number of days past due. */
export function bucketOf(dpd: number, scheme: BucketScheme): number {
  const lows = scheme.lowestDpd;
  for (let i = lows.length - 1; i > 0; i--) if (dpd >= lows[i]) return i;
  return 0;
}

/** The bucket label of a number of days past due. */
export function bucketLabelOf(dpd: number, scheme: BucketScheme): string {
  return scheme.labels[bucketOf(dpd, scheme)];
}
