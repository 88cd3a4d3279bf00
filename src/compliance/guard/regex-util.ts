/**
 * Regex helpers for the lexicons. V8 tries every top-level alternative of a pattern at
 * every position of the text; a lexicon of 30 alternatives that all start with `\b` costs
 * 30 checks per character. Hoisting the shared `\b` in front of the group makes the
 * engine reject non-boundary positions with one check, which makes the English rules
 * several times faster with identical matches.
 */

/**
 * Walks a regex source from `from`, skipping escapes and the inside of character classes, and
 * calls `visit` with every other character, its index and the group depth before it; stops
 * when `visit` returns true.
 */
function walkSyntax(source: string, from: number, visit: (c: string, i: number, depth: number) => boolean | void): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (visit(c, i, depth)) return;
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
}

/** Splits a regex source at its top-level `|` (outside groups and classes). */
export function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  walkSyntax(source, 0, (c, i, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  });
  parts.push(source.slice(start));
  return parts;
}

/**
 * Rewrites `\bA|\bB|\bC` as `\b(?:A|B|C)` when every top-level alternative starts with
 * `\b`; otherwise returns the source unchanged.
 * @example hoistWordBoundary('\\bfoo|\\bbar') === '\\b(?:foo|bar)'
 */
export function hoistWordBoundary(source: string): string {
  const parts = splitTopLevel(source);
  if (parts.length < 2 || !parts.every((p) => p.startsWith('\\b'))) return source;
  return `\\b(?:${parts.map((p) => p.slice(2)).join('|')})`;
}

/**
 * All matches of a global regex, like `String.prototype.matchAll` but without its
 * per-call clone of the regex (which costs microseconds per call in V8).
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

const wideCopies = new WeakMap<RegExp, RegExp>();

/**
 * The regex to run on a subject: `re` itself for texts without CJK characters, a copy of it
 * for texts with them. V8 compiles a regex separately for one-byte and two-byte strings and
 * keeps recompiling a large one whose subjects keep switching between the two (English and
 * Chinese texts in turn); a copy per kind of subject keeps each compiled once.
 */
export function forSubject(re: RegExp, cjk: boolean): RegExp {
  if (!cjk) return re;
  let copy = wideCopies.get(re);
  if (!copy) {
    copy = new RegExp(re.source, re.flags);
    wideCopies.set(re, copy);
  }
  return copy;
}

/**
 * Literals of which every match of `source` must contain one: the letters each top-level
 * alternative starts with (after an optional `\\b`), up to the first regex syntax, or those of
 * each alternative of a leading non-optional group. Null when some alternative starts with
 * other syntax (a class, a lookaround, an optional group) or with fewer than `min` literal
 * characters, so no such cheap necessary condition exists.
 * @example requiredPrefixes('\\bfoo bar|\\b(?:baz|qux) x') // ['foo bar', 'baz', 'qux']
 */
export function requiredPrefixes(source: string, min = 3): string[] | null {
  const out: string[] = [];
  for (const part of topAlternatives(source)) {
    const lits = partPrefixes(part.startsWith('\\b') ? part.slice(2) : part, min, 0);
    if (!lits) return null;
    out.push(...lits);
  }
  return out;
}

function partPrefixes(part: string, min: number, depth: number): string[] | null {
  if (part.startsWith('(?:') && depth < 3) {
    const close = closingParen(part, 0);
    if (close < 0 || /^[?*]|^\{0/.test(part.slice(close + 1))) return null;
    const out: string[] = [];
    for (const inner of splitTopLevel(part.slice(3, close))) {
      const lits = partPrefixes(inner, min, depth + 1);
      if (!lits) return null;
      out.push(...lits);
    }
    return out;
  }
  const m = /^[a-z0-9' \u4e00-\u9fff-]+/.exec(part);
  let lit = m ? m[0] : '';
  // a quantifier after the literal makes its last character optional ("colou?r")
  if (/^[?*{]/.test(part.slice(lit.length))) lit = lit.slice(0, -1);
  // two Chinese characters are as selective as three letters
  return lit.length < (/[\u4e00-\u9fff]/.test(lit) ? Math.min(min, 2) : min) ? null : [lit];
}

/** The index of the parenthesis that closes the one at `open`, or -1. */
function closingParen(s: string, open: number): number {
  let found = -1;
  walkSyntax(s, open, (c, i, depth) => {
    if (c !== ')' || depth !== 1) return false;
    found = i;
    return true;
  });
  return found;
}

/** The alternatives of `\\b(?:A|B|C)` (what hoistWordBoundary makes), else of the source itself. */
export function topAlternatives(source: string): string[] {
  if (source.startsWith('\\b(?:') && closingParen(source, 2) === source.length - 1) return splitTopLevel(source.slice(5, -1));
  return splitTopLevel(source);
}
