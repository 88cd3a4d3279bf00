/**
 * A compact set of key hashes (open addressing in an Int32Array): "is this key perhaps
 * stored?" without holding a million strings on the JavaScript heap (which the garbage
 * collector would walk again and again during an import). A hash collision answers "perhaps"
 * for a key that is not stored: such a row takes the staging path, whose merge inserts it
 * all the same, so the answer "no" is always exact and "perhaps" is only slower.
 */

/** FNV-1a over the UTF-16 code units of `s[start, end)`. Never 0 (0 marks an empty slot). */
export function hashText(s: string, start = 0, end = s.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

/** hashText of the unescaped form of `s[start, end)`, escaped as `escapedText` escapes (backslash, tab, line feed). */
export function hashEscapedText(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c === 92 && i + 1 < end) {
      const e = s.charCodeAt(++i);
      c = e === 116 ? 9 : e === 110 ? 10 : e;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h === 0 ? 1 : h;
}

/** A hash of a non-negative safe integer. Never 0. */
export function hashNumber(n: number): number {
  const lo = n % 0x100000000 | 0;
  const hi = Math.floor(n / 0x100000000) | 0;
  const h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ (lo >>> 13);
  return h === 0 ? 1 : h;
}

/** A set of non-zero 32-bit hashes. */
export class KeyFilter {
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Adds a hash (from hashText or hashNumber). */
  add(h: number): void {
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    if (this.insert(h)) this.size++;
  }

  /** False: certainly not added. True: added, or another key with the same hash was. */
  has(h: number): boolean {
    const s = this.slots;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const v = s[i];
      if (v === h) return true;
      if (v === 0) return false;
    }
  }

  private insert(h: number): boolean {
    const s = this.slots;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const v = s[i];
      if (v === h) return false;
      if (v === 0) {
        s[i] = h;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    for (const v of old) if (v !== 0) this.insert(v);
  }
}
