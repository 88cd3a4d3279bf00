/**
 * Fraud signals on hardship applications (pure). Each signal carries its evidence and a
 * weight; the score (0–100) orders the review queue. A signal never rejects an
 * application by itself: a person decides.
 *
 * Near-duplicate text uses MinHash over character 5-shingles (works for Chinese, which
 * has no spaces, and English alike) with LSH banding (16 bands × 4 rows) to find
 * candidates in the database; the Jaccard estimate decides.
 */
import { createHash } from 'node:crypto';

export const MINHASH_SIZE = 64;
const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;
const SHINGLE = 5;

/** Lower-cases, folds full-width forms and removes punctuation and spaces. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The set of character k-shingles of a text (the whole text when shorter than k). */
export function shingles(text: string, k = SHINGLE): Set<string> {
  const t = [...normaliseText(text)];
  const out = new Set<string>();
  if (t.length === 0) return out;
  if (t.length <= k) out.add(t.join(''));
  for (let i = 0; i + k <= t.length; i++) out.add(t.slice(i, i + k).join(''));
  return out;
}

/** Exact Jaccard similarity of two sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function hash32(s: string): number {
  // FNV-1a 32-bit
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const seeds = Array.from({ length: MINHASH_SIZE }, (_, i) => {
  const d = createHash('sha256').update(`recoup-minhash-${i}`).digest();
  return { a: d.readUInt32BE(0) | 1, b: d.readUInt32BE(4) };
});

/** The MinHash signature (64 signed 32-bit integers, storable as int[]) of a text; empty for empty text. */
export function minhash(text: string): number[] {
  const sh = shingles(text);
  if (sh.size === 0) return [];
  const hashes = [...sh].map(hash32);
  return seeds.map(({ a, b }) => {
    let min = 0xffffffff;
    for (const h of hashes) {
      const v = (Math.imul(h, a) + b) >>> 0;
      if (v < min) min = v;
    }
    return min | 0;
  });
}

/** Estimated Jaccard similarity from two signatures. */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== MINHASH_SIZE || b.length !== MINHASH_SIZE) return 0;
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** LSH band keys of a signature: two texts sharing any key are candidates. */
export function lshBands(sig: readonly number[]): string[] {
  if (sig.length !== MINHASH_SIZE) return [];
  return Array.from({ length: BANDS }, (_, b) => `${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join('.')}`);
}

/** Phrases typical of templated complaints and of paid "debt relief" (代理维权 / 停息挂账) scripts. SOURCE: compiled for Recoup from public descriptions of such schemes. */
export const templatePhrases = [
  '停息挂账', '个性化分期', '暴力催收', '银保监', '金融监管局', '12378', '投诉到', '征信修复', '法务协商', '委托律师',
  '依据民法典', '根据民法典', '恶意催收', '本人因疫情', '无力偿还', '申请减免', '代理维权', '债务优化', '减免罚息', '全额减免',
  'debt relief', 'cease and desist', 'consumer protection bureau', 'i dispute this debt', 'file a complaint', 'my attorney',
];

/** Agency words (a third party acting for the borrower). */
export const agencyPhrases = ['代理', '委托', '法务', '维权', '协商机构', '债务优化', 'agency', 'on behalf of', 'representative', 'debt settlement company'];

/** The template phrases a text contains. */
export function templateHits(text: string, phrases: readonly string[] = templatePhrases): string[] {
  const t = normaliseText(text);
  return phrases.filter((p) => t.includes(normaliseText(p)));
}

export type FraudFacts = {
  /** Other borrowers who uploaded a file with the same SHA-256, per hash. */
  sharedEvidence: { sha256: string; otherBorrowers: number }[];
  /** Other applications (other borrowers) whose statement is near-identical. */
  nearDuplicates: { applicationId: number; similarity: number }[];
  /** Distinct borrowers behind the same device / IP / phone (including this one). */
  sameDevice: number;
  sameIp: number;
  samePhone: number;
  /** Distinct borrowers the same representative acts for (including this one). */
  representativeBorrowers: number;
  hasRepresentative: boolean;
  statement: string;
};

export type FraudSignal = { code: string; weight: number; message: string; messageZh: string; evidence: Record<string, unknown> };

const MANY = 3;

/** Scores the facts: every signal found, and a score 0–100 (the sum of weights, capped). */
export function scoreFraud(f: FraudFacts): { score: number; signals: FraudSignal[] } {
  const signals: FraudSignal[] = [];
  const add = (code: string, weight: number, message: string, messageZh: string, evidence: Record<string, unknown>) => signals.push({ code, weight, message, messageZh, evidence });
  const shared = f.sharedEvidence.filter((s) => s.otherBorrowers > 0);
  if (shared.length) add('same_evidence_file', 40, `the same evidence file was uploaded by ${Math.max(...shared.map((s) => s.otherBorrowers))} other borrower(s)`, '相同的证明文件已被其他借款人上传', { files: shared });
  const dups = f.nearDuplicates.filter((d) => d.similarity >= 0.8);
  if (dups.length) add('near_duplicate_text', dups.length >= 5 ? 35 : 25, `the statement is nearly identical to ${dups.length} other application(s)`, `申请陈述与其他 ${dups.length} 份申请高度相似`, { applications: dups.slice(0, 20) });
  for (const [code, n, en, zh] of [
    ['same_device', f.sameDevice, 'device', '设备'],
    ['same_ip', f.sameIp, 'IP address', 'IP 地址'],
    ['same_phone', f.samePhone, 'phone number', '手机号'],
  ] as const) {
    if (n >= MANY) add(code, code === 'same_ip' ? 10 : 20, `the same ${en} is behind applications of ${n} borrowers`, `同一${zh}提交了 ${n} 位借款人的申请`, { borrowers: n });
  }
  const hits = templateHits(f.statement);
  if (hits.length >= 2 || (hits.length >= 1 && dups.length >= 5)) add('templated_complaint', 15, `the statement uses template phrases: ${hits.join(', ')}`, `申请陈述使用了模板化措辞：${hits.join('、')}`, { phrases: hits });
  const agencyText = templateHits(f.statement, agencyPhrases);
  if (f.hasRepresentative && f.representativeBorrowers >= MANY) {
    add('third_party_agency', 30, `a third party acts for ${f.representativeBorrowers} borrowers`, `同一第三方代理 ${f.representativeBorrowers} 位借款人（疑似代理维权）`, { borrowers: f.representativeBorrowers });
  } else if (agencyText.length) {
    add('agency_language', 10, `the statement mentions a third party: ${agencyText.join(', ')}`, `申请陈述提及第三方：${agencyText.join('、')}`, { phrases: agencyText });
  }
  return { score: Math.min(100, signals.reduce((s, x) => s + x.weight, 0)), signals };
}
