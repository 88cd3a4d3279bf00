/**
 * Feature extraction for the guard's classifier: hashed word unigrams and bigrams and
 * character 4-grams for Latin text, character 1- to 3-grams for Chinese runs. Runs on the
 * normalised text, so the evasions undone there are undone for the classifier too.
 */

/** Number of hash buckets (2^18). */
export const FEATURE_DIM = 1 << 18;

/** FNV-1a 32-bit hash of a string, reduced to the feature space. */
function bucket(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (FEATURE_DIM - 1);
}

/**
 * The hashed feature ids of a normalised text (with repeats, for term counts).
 * @example extractFeatures('we will find you').length > 0
 */
export function extractFeatures(text: string): number[] {
  const out: number[] = [];
  const words = text.match(/[a-z']+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out.push(bucket(`w:${w}`));
    if (i + 1 < words.length) out.push(bucket(`b:${w} ${words[i + 1]}`));
    const padded = ` ${w} `;
    for (let k = 0; k + 4 <= padded.length; k++) out.push(bucket(`c:${padded.slice(k, k + 4)}`));
  }
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
    const padded = `^${run}$`;
    for (let k = 0; k < padded.length; k++) {
      if (k > 0 && k < padded.length - 1) out.push(bucket(`z1:${padded[k]}`));
      if (k + 2 <= padded.length) out.push(bucket(`z2:${padded.slice(k, k + 2)}`));
      if (k + 3 <= padded.length) out.push(bucket(`z3:${padded.slice(k, k + 3)}`));
    }
  }
  return out;
}
