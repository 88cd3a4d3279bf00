/**
 * Text normalisation for the content guard, with an offset map back to the original.
 *
 * Evasions that the guard undoes before any pattern or classifier sees the text:
 * full-width forms and compatibility characters (NFKC), case, zero-width and soft-hyphen
 * characters, a few traditional Chinese characters, leetspeak inside words (k1ll, $hit,
 * @ss), letters repeated for effect (kiiiill), letters spaced out or dotted (k i l l,
 * j.a.i.l), spaces and junk between Chinese characters (杀 了 你, 坐*牢), and common
 * Chinese homophones, pinyin and abbreviations (sha了你, 做牢, cnm, dsb).
 *
 * Every character of the normalised text keeps the UTF-16 range [start, end) of the
 * original text it came from, so spans found on the normalised text point into the
 * ORIGINAL text (JS string indices).
 */
import { execAll, forSubject } from './regex-util.ts';
import { homophoneSubstitutions } from './lexicon-normalize.ts';
import { TRADITIONAL_TO_SIMPLIFIED_PAIRS } from './traditional-chars.ts';

/** A normalised text and, for each of its UTF-16 units, the original range it came from. */
export type NormalizedText = {
  text: string;
  starts: number[];
  ends: number[];
  /** The text as given (quotation marks, which normalising drops between Chinese characters, are still there). */
  original?: string;
};

type Unit = { c: string; s: number; e: number };

const ZERO_WIDTH = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\uFEFF]/;
const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2013': '-', '\u2014': '-', '\u00B4': "'", '`': "'" };
const TRADITIONAL_PAIRS =
  '殺杀債债還还騙骗廢废賴赖報报聯联絡络錄录監监獄狱傳传師师務务說说讓让會会們们來来後后門门媽妈幹干雜杂種种兒儿單单幫帮賣卖貸贷養养錢钱號号開开斷断燒烧車车產产凍冻結结執执員员無无賠赔騷骚擾扰滾滚豬猪腦脑殘残樣样訴诉訟讼關关係系親亲屬属學学網网貼贴臉脸處处這这個个對对應应該该現现問问題题讯讯訊讯';
const TRADITIONAL: Record<string, string> = { ...pairs(TRADITIONAL_TO_SIMPLIFIED_PAIRS), ...pairs(TRADITIONAL_PAIRS) };
/** Cyrillic and Greek letters that look like Latin ones (Lоser with a Cyrillic о). */
const HOMOGLYPHS: Record<string, string> = pairs('аaеeоoрpсcуyхxіiјjѕsԁdһhӏlαaοoρpτtυuνvκkιiεeАaВbЕeКkМmНhОoРpСcТtХxΑaΒbΕeΗhΙiΚkΜmΝnΟoΡpΤtΧxΥyΖz');
/** Emoji that the rules read (weapons, insults); other pictographs are word breaks. */
const MEANINGFUL_EMOJI = new Set(Array.from('🔪🗡🔫💣🧨🩸⚰☠💀🪓⛓🖕🐀🐍🤡🐷🐖🐶🐕💩🐛🦠🗑'));
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g', '@': 'a', $: 's' };
const INNER_LEET: Record<string, string> = { '!': 'i', '|': 'l', '*': '*' };
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
/** One regex that matches wherever any substitution could apply (a cheap pre-check). */
const ANY_SUBSTITUTION = new RegExp(homophoneSubstitutions.map(([re]) => `(?:${re.source})`).join('|'));
const LATIN = /[a-z]/;

/**
 * Normalises a text for matching and keeps the offset map.
 * @example normalizeText('Ｋ i l l').text === 'kill'
 */
export function normalizeText(original: string): NormalizedText {
  let units = toUnits(original);
  if (/[{【$%]/.test(original)) units = neutralizeTemplateParts(units, original);
  // each pass runs only when a cheap test on the text says it can change something
  if (/[0-9@$!|*]/.test(original)) units = applyLeet(units);
  if (/([a-z])\1\1/i.test(original)) units = collapseRepeats(units);
  if (/\s\s|(?:^|[^a-z])[a-z][ .\-_*·][a-z](?![a-z])/i.test(original)) units = joinSpacedLetters(units);
  if (CJK.test(original)) units = removeCjkGaps(units);
  units = substitute(units, homophoneSubstitutions);
  return { text: joinUnits(units), starts: units.map((u) => u.s), ends: units.map((u) => u.e), original };
}

/**
 * A template's placeholders and labels, which the reader never sees: `{debtor_name}`,
 * `{{amount}}`, `${balance}`, `%(name)s`, {债务人姓名} (the field names 债务人, debtor… would
 * otherwise read as the debt disclosed), and a label in 【】 naming the template rather than
 * the sender (【催收函模板·征信提示】, 【联系人话术】). Only braces around one field-like word are
 * placeholders ({you deadbeat} is text); a label needs a template word (模板, 话术, 范本…).
 */
const PLACEHOLDER =
  /\{\{?\s*[\p{L}\p{N}_.\-]{1,40}\s*\}\}?|\$\{[\p{L}\p{N}_.\-]{1,40}\}|%\([a-z_]{1,40}\)s/gu;
const FIELD_WORD =
  /name|amount|balance|date|phone|number|tel|creditor|lender|collector|agent|address|link|url|ref|id\b|due|total|contact|debtor|first|last|customer|company|platform|email|visit|callback|time|product|account|fee|sum|day|org|brand|姓名|名字|名称|金额|日期|时间|电话|号码|联系人|债务人|借款人|客户|平台|地址|账号|编号|链接|客服|催收员|坐席|工号|机构|公司|产品|期数|天数|逾期|本金|利息|欠款|余额|称呼|先生|女士/i;
const TEMPLATE_LABEL = /【(?![^】\n]*(?:人设|冒充|假扮))[^】\n]{0,24}(?:模板|模版|话术|范本|示例|草稿|推文|规避版|合规版|节日版|(?:告知|提示|提醒)短信)[^】\n]{0,24}】/g;

function neutralizeTemplateParts(units: Unit[], original: string): Unit[] {
  const spans: { s: number; e: number; token: string }[] = [];
  for (const m of original.matchAll(PLACEHOLDER)) {
    if (!FIELD_WORD.test(m[0])) continue;
    spans.push({ s: m.index, e: m.index + m[0].length, token: CJK.test(m[0]) ? '某某' : 'x' });
  }
  for (const m of original.matchAll(TEMPLATE_LABEL)) spans.push({ s: m.index, e: m.index + m[0].length, token: '\n' });
  if (!spans.length) return units;
  spans.sort((a, b) => a.s - b.s);
  const out: Unit[] = [];
  let k = 0;
  for (const u of units) {
    while (k < spans.length && spans[k].e <= u.s) k++;
    const sp = spans[k];
    if (sp && u.s >= sp.s && u.s < sp.e) {
      if (u.s === sp.s) for (const c of sp.token) out.push({ c: c === '\n' ? ' ' : c, s: sp.s, e: sp.e });
      continue;
    }
    out.push(u);
  }
  return out;
}

function joinUnits(units: Unit[]): string {
  let t = '';
  for (const u of units) t += u.c;
  return t;
}

/** Maps a [start, end) range of the normalised text back to the original text. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (n.starts.length === 0) return { start: 0, end: 0 };
  const s = n.starts[Math.min(Math.max(start, 0), n.starts.length - 1)];
  const e = n.ends[Math.min(Math.max(end - 1, 0), n.ends.length - 1)];
  return { start: s, end: Math.max(e, s) };
}

function pairs(chars: string): Record<string, string> {
  const a = Array.from(chars);
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i]] = a[i + 1];
  return out;
}

function toUnits(original: string): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  // an emoji used as a separator ("you 😡 will 😡 be 😡 arrested") becomes one word break
  let emojiGap = false;
  for (const cp of original) {
    const s = i;
    i += cp.length;
    const code = cp.charCodeAt(0);
    if (code < 0x80) {
      // ASCII fast path: fold case, every whitespace becomes one space
      // a line break stays one (it ends a sentence for the rules: letters and templates often have no full stops); other white space is one space
      const c = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 10 ? '\n' : code <= 32 ? ' ' : cp;
      if (c === ' ' && emojiGap) continue;
      emojiGap = false;
      out.push({ c, s, e: i });
      continue;
    }
    if (code !== 0xfe0f && code >= 0x2000 && PICTOGRAPH.test(cp) && !MEANINGFUL_EMOJI.has(cp)) {
      if (out.length > 0 && out[out.length - 1].c !== ' ') out.push({ c: ' ', s, e: i });
      emojiGap = true;
      continue;
    }
    if (code === 0xfe0f) continue;
    emojiGap = false;
    if (code >= 0x4e00 && code <= 0x9fff) {
      out.push({ c: TRADITIONAL[cp] ?? cp, s, e: i });
      continue;
    }
    if (ZERO_WIDTH.test(cp)) continue;
    let n = QUOTES[cp] ?? HOMOGLYPHS[cp] ?? cp.normalize('NFKC').toLowerCase();
    n = TRADITIONAL[n] ?? n;
    if (/^\s+$/.test(n)) n = ' ';
    // one unit per UTF-16 code unit, so offsets stay aligned for astral characters (emoji)
    for (let k = 0; k < n.length; k++) out.push({ c: n[k], s, e: i });
  }
  return out;
}

/** Leetspeak inside tokens that contain at least two letters and are not a number with a unit (5pm, 24h). */
function applyLeet(units: Unit[]): Unit[] {
  const out = units.slice();
  let i = 0;
  while (i < out.length) {
    if (!/[a-z0-9@$!|*]/.test(out[i].c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && /[a-z0-9@$!|*]/.test(out[j].c)) j++;
    const token = out.slice(i, j).map((u) => u.c).join('');
    const letters = (token.match(/[a-z]/g) ?? []).length;
    if (letters >= 2 && !/^\d+[a-z]{0,3}$/.test(token) && !/^[a-z]+\d+$/.test(token)) {
      for (let k = i; k < j; k++) {
        const c = out[k].c;
        const inner = k > i && k < j - 1 && LATIN.test(out[k - 1].c) && LATIN.test(out[k + 1].c);
        const rep = LEET[c] ?? (inner ? INNER_LEET[c] : undefined);
        if (rep !== undefined) out[k] = { ...out[k], c: rep };
      }
    }
    i = j;
  }
  return out;
}

/** Three or more of the same Latin letter become one (kiiiill → kill, fuuuck → fuck). */
function collapseRepeats(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const c = units[i].c;
    if (LATIN.test(c)) {
      let j = i;
      while (j + 1 < units.length && units[j + 1].c === c) j++;
      if (j - i >= 2) {
        out.push({ c, s: units[i].s, e: units[j].e });
        i = j;
        continue;
      }
    }
    out.push(units[i]);
  }
  return out;
}

/**
 * Runs of three or more single letters separated by one space or a dot (k i l l, j.a.i.l)
 * are joined; a wider gap inside such a run (t e l l   y o u r) becomes one space.
 * Other runs of whitespace become one space.
 */
function joinSpacedLetters(units: Unit[]): Unit[] {
  const text = joinUnits(units);
  const drop = new Set<number>();
  // one kind of separator per run: in "a c.h.e.a.t" the article stays a word
  const re = /(?<![a-z])[a-z](?: {1,4}[a-z](?![a-z])){2,}|(?<![a-z])[a-z](?:[.\-_*·]{1,2}[a-z](?![a-z])){2,}/g;
  for (const m of execAll(re, text)) {
    const base = m.index ?? 0;
    const seps = execAll(/[^a-z]+/g, m[0]);
    for (const sep of seps) {
      const at = base + (sep.index ?? 0);
      const wide = /^ {2,}$/.test(sep[0]);
      for (let k = wide ? 1 : 0; k < sep[0].length; k++) drop.add(at + k);
    }
  }
  const out: Unit[] = [];
  units.forEach((u, k) => {
    if (drop.has(k)) return;
    if (u.c === ' ' && out.length && out[out.length - 1].c === ' ') return;
    out.push(u);
  });
  return out;
}

/** Spaces and junk symbols between Chinese characters (or between Chinese and Latin) are removed. */
function removeCjkGaps(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    if (/[\s*._\-~|/\\·•+#^'"]/.test(units[i].c) && out.length) {
      let j = i;
      while (j < units.length && /[\s*._\-~|/\\·•+#^'"]/.test(units[j].c)) j++;
      const prev = out[out.length - 1].c;
      const next = units[j]?.c ?? '';
      const cjkBoth = CJK.test(prev) && CJK.test(next);
      const mixed = (CJK.test(prev) && LATIN.test(next)) || (LATIN.test(prev) && CJK.test(next));
      const onlySpace = units.slice(i, j).every((u) => u.c === ' ');
      if (j - i <= 3 && (cjkBoth || (mixed && onlySpace))) {
        i = j - 1;
        continue;
      }
    }
    out.push(units[i]);
  }
  return out;
}

/** Applies [pattern, replacement] pairs; replaced text maps to the whole original range of the match. */
function substitute(units: Unit[], subs: ReadonlyArray<readonly [RegExp, string]>): Unit[] {
  const joined = joinUnits(units);
  if (!forSubject(ANY_SUBSTITUTION, CJK.test(joined)).test(joined)) return units;
  let cur = units;
  for (const [re, rep] of subs) {
    const text = joinUnits(cur);
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const out: Unit[] = [];
    let last = 0;
    for (const m of execAll(re, text)) {
      const a = m.index ?? 0;
      const b = a + m[0].length;
      if (b === a) continue;
      out.push(...cur.slice(last, a));
      const s = cur[a].s;
      const e = cur[b - 1].e;
      for (const c of rep) out.push({ c, s, e });
      last = b;
    }
    out.push(...cur.slice(last));
    cur = out;
  }
  return cur;
}
