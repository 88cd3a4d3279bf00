/**
 * The rule half of the content guard: runs the English and Chinese lexicons over a
 * normalised text, with clause-scoped negation ("we will NOT contact your employer",
 * "我们不会联系您的家人") and lawful-context exemptions, and returns findings with offsets
 * into the normalised text.
 */
import { execAll, requiredPrefixes } from './regex-util.ts';
import { toOriginalRange, type NormalizedText } from './normalize.ts';
import { chineseRules as chinesePhraseRules } from './rules-zh.ts';
import { englishRules as englishPhraseRules } from './rules-en.ts';
import { chineseFamilyRules, englishFamilyRules } from './rules-families.ts';
import { chineseSlangRules, englishSlangRules } from './rules-slang.ts';
import { chineseRound3Rules, englishRound3Rules } from './rules-round3.ts';
import { englishRound4Rules } from './rules-round4.ts';
import { spanishRules } from './rules-es.ts';
import { chineseRound4Rules } from './rules-round4-zh.ts';
import { chineseRound5Rules, englishRound5Rules } from './rules-round5.ts';
import { chineseRound9Rules, englishRound9Rules } from './rules-round9.ts';
import { englishRound14Rules } from './rules-round14.ts';
import type { GuardReason, PatternRule } from './types.ts';
import { adviceAgainstAfter, BORROWING_WARNING, SENTENCE_REACH, deniedHearsay, DOCUMENT_DISCLAIMER, legalStaffForReader, EN_REPORTED_MORE, ESSENTIALS_FIRST, INSULT_META, LAWFUL_NOTICE, saysTimeBarred, SELF_BLAME, SUPPORTIVE_OFFER, underNegatedDirective, WORRY_QUESTION, ZH_REPORTED_MORE } from './context-cues.ts';

/** One rule match, in normalised-text offsets. */
export type RuleFinding = { start: number; end: number; reason: GuardReason; ruleId: string };

/** Context the rules need besides the text. */
export type RuleContext = { timeBarred: boolean; thirdParty: boolean };

/**
 * Filled by `findRuleSpans` when given: how many content-rule matches were cancelled by a
 * negation, a reported-speech or scam-warning cue, a lawful-context exemption or "the
 * debtor is the actor" ("nobody will contact your employer", "自称法院的都是诈骗").
 */
export type RuleStats = { cancelled: number };

// Spanish runs with English (Latin script; rules-es.ts)
const englishRules: PatternRule[] = [...englishPhraseRules, ...englishFamilyRules, ...englishSlangRules, ...englishRound3Rules, ...englishRound4Rules, ...englishRound5Rules, ...englishRound9Rules, ...englishRound14Rules, ...spanishRules];
const chineseRules: PatternRule[] = [...chinesePhraseRules, ...chineseFamilyRules, ...chineseSlangRules, ...chineseRound3Rules, ...chineseRound4Rules, ...chineseRound5Rules, ...chineseRound9Rules];
const ALL_RULES: PatternRule[] = [...englishRules, ...chineseRules];
/** Each gated rule's `needs` as one regex: one scan of the text instead of one per substring. */
const NEEDS = new Map<PatternRule, RegExp>();
for (const r of ALL_RULES) {
  // explicit `needs`, or the literals each alternative of the pattern starts with
  const words = r.needs ?? requiredPrefixes(r.re.source);
  if (words) NEEDS.set(r, new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
}

const EN_NEGATOR =
  /\b(?:not|never|no|no one|nobody|none|nothing|won't|wont|cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|shouldn't|wouldn't|mustn't|neither|nor|without|prohibited from|forbidden|illegal|unlawful|against the law|no longer|rather than|instead of|avoid|too old (?:for (?:us|anyone|them) )?to)\b/g;
/** A negator followed by one of these is about something else ("if you don't pay", "we won't hesitate"). */
const EN_NEGATION_BREAKERS =
  /^\s*(?:(?:[a-z']+ ){0,2})?(?:pay|paid|pag(?:a|ue|ar|ado|an|uen)\b|respond|reply|call (?:us|back)|contact us|get back|settle|act|make|force|let|hesitate|rule out|only|choice|until|delay|ignore|doubt|mistake|underestimate|think|forget|test|push|option|other way|longer|more|later than|matter|care|excuse|answer|pick up|return|stop|prevent|mean|change)[a-z]*\b/;
/** Reported or hypothetical speech: the writer is describing a fear or a rule, not making the threat. */
const EN_REPORTED =
  /\b(?:asked (?:us )?(?:whether|if)|you asked(?: us)?(?: [a-z]+){0,3} (?:whether|if)|worried (?:that )?(?:we|we'd|we would|we will|someone)|concerned (?:that )?(?:we|we'd|we would)|afraid (?:that )?(?:we|we'd|we would)|whether we (?:would|will)|if (?:a|any|the) (?:collector|caller|agent|someone) (?:threatens|tells|says)|collectors? (?:must|may|can) not|it is (?:illegal|unlawful|against the law)|(?:illegal|unlawful) for (?:a |any |debt )?collectors?|(?:must not|mustn't|cannot|can't|may not|not allowed to|prohibited from|will never|would never|never|won't|will not|do not|don't) (?:threaten|make threats|use threats)|(?:wrongly|falsely|incorrectly|mistakenly|wrongfully) (?:suggested|said|stated|claimed|implied|told you|threatened|warned)|(?:fake|bogus|illegal|rogue|unlicensed|unregistered|scam|predatory) (?:lenders?|loan apps?|apps?|collectors?|agents?|callers?|companies|firms)\b[^.!?]{0,30}\b(?:threaten|say|claim|tell|may|might|will|often|sometimes)|(?:ignore|disregard) (?:the|our|any) (?:earlier|previous)|sent (?:by mistake|in error)|was (?:wrong|a mistake) to (?:mention|say)|(?:you're|you are|you were) (?:worried|concerned|afraid|scared|anxious) (?:about|that|we)|worried about [a-z' ]{1,30}\? (?:we|no|don't)|told us you(?:'re| are) (?:worried|concerned|afraid)|customer (?:asked|worried|was worried|is worried))\b/;
const ZH_NEGATOR =
  /(?:非(?!常|法(?!院))|不会|不得|不能|不可以?|绝不|决不|绝对不|从不|从来不|没有|并不|并非|不是|无权|不允许|禁止|严禁|不应|不再|无需|不用|不必|未|不存在|不属于|没(?:有)?人(?:会|敢)|不涉及|并没有|不代表|不等于|不构成|不具(?:有|备)|请勿|切勿|勿|不要|不(?=上门|爆|骚扰|联系|打扰|打电话|通知|告诉|曝光|公开|泄露|透露|催|逼|骂|威胁|恐吓|冒充|起诉|拉|采取|使用)|(?<![区分特个级类告识辨性离差甄鉴判送])别(?![人的家处墅扭样])|不建议|拒绝|杜绝|反对|避免|而非|也不(?:接受|会|鼓励|要求|需要)|不(?:接受|提倡|鼓励|支持|推荐|赞成)(?!分期|协商|减免|延期|还款计划|部分))/g;
/** Scam warnings, complaint signposting and statements about what is not the firm's conduct. */
const ZH_DISCLAIMER = /所谓的?(?:律师函|传票|法院|通知|文书|执行|仲裁)|均为诈骗|都是诈骗|多为诈骗|诈骗短信|(?:我们|我|我司|本公司)(?:并)?(?:不是|并非|不属于)(?:法院|公安|警察|派出所|律师|律所|政府|监管)|谨防|警惕|错误的说法|说法(?:是)?错误|不实(?:说法|言论)|诈骗分子|不法分子|骗子冒充|冒充我司|假冒|冒用|看到新闻|新闻(?:说|报道|里)|(?:绝不会|从不|不会)这样做|盗用(?:我司|我们|本公司)?(?:的)?名义|冒名|请勿相信|不要相信|(?:可|可以|请|欢迎|有权|如需)[^，。]{0,12}(?:投诉|举报)|(?:投诉|举报)(?:电话|热线|渠道|方式)|(?:都|均|并)?(?:不是|并非|非)(?:我司|我们|本公司|我行)|请注意甄别|之类的说法|不实传言|模板错误|误发|忽略之前|是不对的|(?:您|你|客户|对方)[^。！？]{0,4}(?:问|担心|害怕|顾虑|怕)[^。！？]{0,16}(?:会不会|是否|吗)|答案是不会/;
const ZH_NEGATION_BREAKERS = /^(?:以为|当|觉得|指望|想着|等|拖|躲|逃|跑|装|让|还|付|支付|处理|配合|接|回复|理会|重视|联系我们|想|希望|愿|排除|客气|怪|犹豫|逼|让我们|给脸|识抬举|按时|及时|主动)/;
const CLAUSE_BREAK = /[.;!?\n,:。！？；，：]|\s[-–—]\s|\b(?:but|however|otherwise|or else|unless|if|then|si|pero)\b|但是|但|否则|不然|如果|要是|就(?!此|这|该|本|上述|您的|你的|相关)/g;
/** A negated "mean" over a negation ("doesn't mean we won't", "不代表我们不会"). */
const EN_DOUBLE_NEGATION =
  /\b(?:doesn't|does not|don't|do not|didn't|did not|won't|will not|isn't|is not|wouldn't|would not)\s+(?:necessarily\s+)?(?:mean|imply|guarantee|follow)s?\b[^.!?]{0,30}\b(?:won't|will not|can't|cannot|not|never|wouldn't|would not)\b/;
const ZH_DOUBLE_NEGATION = /(?:不代表|不等于|不意味着|并不意味着|并不代表|并不等于|不说明|不表示)[^，。！？]{0,8}(?:不会|不能|不可能|不去|没法|不)/;
/** A subject and a future or modal verb after a condition: the main clause has begun ("…by Monday we will…"). */
const MAIN_CLAUSE_START = /\b(?:we|i|they|he|she|you|our [a-z]+|the [a-z]+|someone|somebody)(?:'ll|'re going to|'m going to| will| shall| are going to| is going to| am going to| would| might| may| could)\b/;
/** "… and we'll …": a coordinated clause with its own subject and a future verb. */
const AND_NEW_CLAUSE = /\band (?:then )?(?:we|i|they|our [a-z]+|the [a-z]+)(?:'ll| will| are going to| shall)\b/;
/** The opening of a rhetorical yes/no question, in which a negation is not a denial. */
const RHETORICAL_QUESTION = /^\s*(?:so |and |but )?(?:does (?:that|this|it) mean|do you (?:really |honestly |seriously )?think|you (?:really )?think|did you (?:really )?think|who (?:says|said)|think)\b/;
const SENTENCE_BREAK = /[.;!?\n。！？；]/;
/** A negated cause before 就 ("不会因为逾期就…", "并不是因为…就…"). */
const NEGATED_CAUSE = /(?:不会|并不会|不是|并不是|不|并不)(?:仅仅?|只是?|单单|单纯)?因为?[^，。！？就]{0,14}$/;

/**
 * Runs every rule over the normalised text.
 * @example findRuleSpans(normalizeText('We will call your boss'), { timeBarred: false, thirdParty: false })
 */
export function findRuleSpans(n: NormalizedText, ctx: RuleContext, stats?: RuleStats): RuleFinding[] {
  const text = n.text;
  const timeBarred = ctx.timeBarred || saysTimeBarred(text, (pos, zh) => isNegated(text, pos, zh), (a, b) => sentenceAround(text, a, b));
  const addressed: RuleFinding[] = [];
  for (const rule of rulesFor(text)) {
    if (rule.when === 'addresses_third_party') addressed.push(...matchRule(rule, text));
  }
  const thirdParty = ctx.thirdParty || addressed.length > 0;
  const out: RuleFinding[] = [];
  // the original text's quotations, when the text takes back what it quotes (an apology, a correction)
  const quoted = n.original !== undefined && QUOTE_MARK.test(n.original) && REPUDIATION.test(n.original.toLowerCase()) ? n : null;
  for (const rule of rulesFor(text)) {
    if (rule.when === 'addresses_third_party') continue;
    if (rule.when === 'time_barred' && !timeBarred) continue;
    if (rule.when === 'third_party' && !thirdParty) continue;
    out.push(...matchRule(rule, text, rule.when === undefined ? stats : undefined, quoted));
  }
  if (out.some((f) => f.reason === 'third_party_disclosure')) out.push(...addressed);
  return out;
}

/** A contrastive turn after an offer of help. */
const CONTRAST_AFTER = /\b(?:but|however|though|of course|that said|then again|mind you|meanwhile|otherwise|unless|or else)\b|不过|可是|然而|否则|不然|要不然|实在不行/;
const NOT_A_THREAT = /\b(?:not|never|no|isn't|wasn't)\b (?:[a-z']+ ){0,2}(?:a )?threat(?:en|ening|s)?\b|不是威胁|并非威胁|不算威胁|不是吓唬|不是恐吓|从不威胁/;

/**
 * A request for location information ("does he still live at this address?", 请问张伟还住在这里吗):
 * what a collector may ask a third party, as long as nothing else is said.
 */
const LOCATION_INQUIRY =
  /(?:新号码|新的?(?:电话|号码|联系方式)|现在的?(?:电话|号码|联系方式))[^。！？]{0,8}(?:给我|告诉我|发我|能给)|\b(?:still (?:live|lives|living|reside|resides|residing) (?:at|here|there|in)|(?:confirm|verify|check) (?:his|her|their|the)? ?(?:current )?(?:address|location|contact details|phone number|whereabouts)|(?:best|right) (?:number|address) (?:for|to reach)|where (?:he|she|they) can be (?:reached|contacted))\b|(?:还|仍|仍然|是否仍|是否还)(?:住在|住这|住这儿|住这里|在这个地址|在此地址|居住)|确认(?:一下)?(?:他|她)?(?:现在)?的?(?:地址|联系方式|住址)/;

/**
 * Whether the text reads as reassurance, a warning about others or an apology (a
 * reported-speech, scam-warning or self-blame cue in any sentence); the classifier alone
 * must then be surer, as when a rule match was cancelled.
 */
export function hasReassuranceCue(text: string): boolean {
  const zh = /[\u4e00-\u9fff]/.test(text);
  // "this is not a threat", "we never threaten anyone, we simply remind you…" introduce a threat
  if (NOT_A_THREAT.test(text)) return false;
  if (SELF_BLAME.test(text) || LAWFUL_NOTICE.test(text) || LOCATION_INQUIRY.test(text) || DOCUMENT_DISCLAIMER.test(text)) return true;
  // an offer followed by a turn ("we can set up a plan… of course…", "可以分期，不过…") is a set-up, not a reassurance
  const offer = SUPPORTIVE_OFFER.exec(text);
  if (offer && !CONTRAST_AFTER.test(text.slice(offer.index + offer[0].length))) return true;
  if (zh && (ZH_DISCLAIMER.test(text) || ZH_REPORTED_MORE.test(text))) return true;
  return /[a-z]{2}/.test(text) && (EN_REPORTED.test(text) || EN_REPORTED_MORE.test(text));
}

/** Whether some sentence is a hearsay question that the next sentence denies ("Got a letter saying…? That isn't us."). */
export function hasRebuttal(text: string): boolean {
  const zh = /[\u4e00-\u9fff]/.test(text);
  for (const m of execAll(/[?？]/g, text)) {
    const at = m.index ?? 0;
    if (at > 0 && deniedHearsay(text, at - 1, at, zh)) return true;
  }
  return false;
}

/** Only the lexicons whose script occurs in the text (both for mixed text). */
function rulesFor(text: string): PatternRule[] {
  const latin = /[a-z]{2}/.test(text);
  const cjk = /[\u3400-\u9fff]/.test(text);
  if (latin && cjk) return ALL_RULES;
  if (cjk) return chineseRules;
  // emoji-only or symbol-only text: both lexicons (their emoji rules)
  return latin ? englishRules : ALL_RULES;
}

const QUOTE_MARK = /["“”「」『』‘’]/;
/**
 * The writer takes back what a quotation says: an apology or a correction ("called you a
 * 'deadbeat'… that was unacceptable and we're sorry", 对于“今晚12点前还清”的说法深表歉意,
 * “影响子女考公”没有法律依据, “律师函”听起来吓人，但它只是…).
 */
const REPUDIATION =
  /\b(?:sorry|apologi[sz]e[sd]?|apolog(?:y|ies)|unacceptable|inappropriate|not true|untrue|incorrect|misleading|wrong(?:ly)?|no legal basis|should(?: never|n't| not) have|has been (?:removed|disciplined|retrained|dismissed|suspended)|(?:is|was|are|were) not (?:acceptable|appropriate|accurate|true|correct)|retract(?:ed)?|withdrawn?)\b|道歉|歉意|抱歉|对不起|没有(?:任何)?法律依据|无法律依据|没有(?:任何)?依据|不符合事实|错误的|是错误|不实|不正确|纠正|严肃处理|不当|不妥|听起来[^。！？]{0,6}(?:吓人|可怕|严重)|只是[^。！？]{0,12}(?:提醒|催告|书面|函件)|并非|不具(?:有|备)|无需|不用担心|撤回|没有(?:什么|这种|这样的?|所谓的?)[“「『‘]|不存在(?:什么|所谓的?)?[“「『‘]/;
const QUOTE_PAIRS: readonly [string, string][] = [['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’']];
/** How far a quotation may run on either side of a match (characters). */
const QUOTE_REACH = 80;

/** Whether [start, end) of the normalised text lies inside quotation marks in the original text. */
function insideQuotes(n: NormalizedText, start: number, end: number): boolean {
  const o = n.original ?? '';
  const r = toOriginalRange(n, start, end);
  for (const [a, b] of QUOTE_PAIRS) {
    const open = o.lastIndexOf(a, r.start);
    if (open < 0 || r.start - open > QUOTE_REACH || o.lastIndexOf(b, r.start - 1) > open) continue;
    const close = o.indexOf(b, r.end);
    if (close >= 0 && close - r.end <= QUOTE_REACH && o.slice(r.end, close).indexOf(a) < 0) return true;
  }
  // straight double quotes: an odd number before the match in its line, and one after it
  const line = o.lastIndexOf('\n', r.start) + 1;
  const before = (o.slice(line, r.start).match(/"/g) ?? []).length;
  const close = o.indexOf('"', r.end);
  return before % 2 === 1 && close >= 0 && close - r.end <= QUOTE_REACH;
}

function matchRule(rule: PatternRule, text: string, stats?: RuleStats, quoted: NormalizedText | null = null): RuleFinding[] {
  const out: RuleFinding[] = [];
  const gate = NEEDS.get(rule);
  if (gate && !gate.test(text)) return out;
  const zh = rule.id.startsWith('zh.');
  rule.re.lastIndex = 0;
  for (const m of execAll(rule.re, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (end === start) continue;
    // a quotation the text takes back; a quoted hint to a third party still discloses the debt
    if (isCancelled(rule, text, start, end, zh) || (quoted && rule.reason !== 'third_party_disclosure' && insideQuotes(quoted, start, end))) {
      if (stats) stats.cancelled++;
      continue;
    }
    out.push({ start, end, reason: rule.reason, ruleId: rule.id });
  }
  return out;
}

/** Whether a match is cancelled by its context (exemption, debtor as actor, negation, reported speech). */
function isCancelled(rule: PatternRule, text: string, start: number, end: number, zh: boolean): boolean {
  const sentence = sentenceAround(text, start, end);
  if (rule.exempt && rule.exempt.test(sentence)) return true;
  if (rule.notAfter && rule.notAfter.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (rule.negatable !== false && isNegated(text, start, zh)) return true;
  if (rule.reason === 'undue_pressure' && (adviceAgainstAfter(text, start, end, zh) || ESSENTIALS_FIRST.test(sentence) || BORROWING_WARNING.test(sentence))) return true;
  if (rule.reason !== 'third_party_disclosure' && rule.reason !== 'time_barred_suit_threat' && deniedHearsay(text, start, end, zh)) return true;
  if (rule.reason === 'prohibited_content_threat' && answeredNo(text, end, zh)) return true;
  // "请转告您儿子给我们回个电话": a request to the reader to pass a message on, not a threat to tell them
  if (zh && rule.reason === 'prohibited_content_threat' && /^(?:转告|告诉|通知|告知)/.test(text.slice(start, end)) && ZH_REQUEST_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  // the customer's own words in an agent's note ("customer said he might sell his car", 客户原话：“…”)
  if (rule.reason !== 'third_party_disclosure' && rule.reason !== 'prohibited_content_obscene' && customerSpeaks(text, start)) return true;
  // a document disclaimer anywhere in the text ("律师函不是法院文书") makes the document words lawful
  if (rule.reason === 'false_representation' && (DOCUMENT_DISCLAIMER.test(text) || legalStaffForReader(text.slice(start, end), sentence))) return true;
  if (rule.reason === 'prohibited_content_obscene') return isInsultTalk(text, sentence, start, end);
  return rule.reason !== 'third_party_disclosure' && isDisclaimer(sentence, zh);
}

/** The text from the start of the sentence that contains `pos` up to `pos`. */
function sentencePrefix(text: string, pos: number): string {
  let a = pos;
  while (a > 0 && pos - a < 200 && !SENTENCE_BREAK.test(text[a - 1])) a--;
  return text.slice(a, pos);
}

/** The sentence that contains [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < SENTENCE_REACH && !SENTENCE_BREAK.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < SENTENCE_REACH && !SENTENCE_BREAK.test(text[b])) b++;
  return text.slice(a, b);
}

/** Whether the sentence reports a fear, a rule or a scam warning rather than making a statement. */
function isDisclaimer(sentence: string, zh: boolean): boolean {
  if (WORRY_QUESTION.test(sentence)) return true;
  return zh ? ZH_DISCLAIMER.test(sentence) || ZH_REPORTED_MORE.test(sentence) : EN_REPORTED.test(sentence) || EN_REPORTED_MORE.test(sentence);
}

/**
 * Whether an insult word is talked about rather than used: "words like 'deadbeat' have no
 * place here", or the writer blaming themselves ("stupid mistake on our part") with no
 * "you" in the clause before the word.
 */
function isInsultTalk(text: string, sentence: string, start: number, end: number): boolean {
  if (INSULT_META.test(sentence) || DISOWNED_WORD.test(text.slice(end, end + 60))) return true;
  // an agent's note quoting what the customer said ("customer told the agent to 'go to hell'")
  if (customerSpeaks(text, start)) return true;
  if (!SELF_BLAME.test(sentence)) return false;
  const before = text.slice(Math.max(0, start - 30), start).split(/[,;:，；：]/).pop() ?? '';
  return !/\b(?:you|your|u|ya)\b|你|您/.test(before);
}

/** The word echoed as a question and disowned in the next sentence ("Deadbeat? Not a word we use here."). */
const DISOWNED_WORD =
  /^\W{0,3}[?？]\s*(?:(?:that's |that is |it's |it is )?(?:not|never) (?:a |the )?(?:word|term|label|name|language|something)\b|(?:we|i) (?:don't|do not|never|would never|won't|will never) (?:use|say|call)\b)|^\W{0,3}[?？]\s*(?:我们|我)?(?:从不|不会|从来不)(?:用|说|这样(?:叫|称呼|说))/;

/** The customer as the speaker in a note: the words that follow are theirs. */
const CUSTOMER_SAID =
  /\b(?:customer|cust|debtor|client|caller|borrower|consumer|account holder|mr [a-z]+|ms [a-z]+|mrs [a-z]+)\b[^.!?]{0,30}\b(?:told|called|said|says|shouted|swore|yelled|screamed|wrote|replied|texted|messaged|described|referred to|mentioned|stated)\b|\byou (?:said|told us|mentioned|wrote)\b|(?:客户|借款人|对方|债务人)[^。！？]{0,10}(?:骂|辱骂|称|说|喊|吼|回复|原话|表示)|(?<![跟和对给向同])(?:您|你)(?:在电话(?:中|里)|之前|上次|刚才)?(?:说|提到|表示)/;

const ZH_REQUEST_BEFORE = /(?:请|麻烦(?:您|你)?|帮忙|帮我们?|劳驾|能否|可否|能不能|可不可以|拜托(?:您|你)?)\s*$/;

/**
 * Whether the words at `start` are the customer's, reported in a note: the clause before them
 * names the customer as the speaker (customer said…, 客户原话：…) and the writer has not taken
 * the word back since ("…; we will…", "…，我们将…").
 */
function customerSpeaks(text: string, start: number): boolean {
  const clause = text.slice(Math.max(0, start - 120), start).split(/[.!?;。！？；]/).pop() ?? '';
  const m = CUSTOMER_SAID.exec(clause);
  if (!m) return false;
  return !/\b(?:we|we'll|we will|our)\b|我们|我司/.test(clause.slice(m.index + m[0].length));
}

/**
 * A question whose next sentence answers "No": "Will we have you arrested if you don't pay? No."
 * (the frightening words are the question's, and the writer denies them).
 */
function answeredNo(text: string, end: number, zh: boolean): boolean {
  const q = text.slice(end, end + SENTENCE_REACH).search(zh ? /[。！？?.!]/ : /[.!?]/);
  if (q < 0 || !/[?？]/.test(text[end + q])) return false;
  const answer = text.slice(end + q + 1, end + q + 30);
  return zh ? /^\s*(?:不会|当然不会|不会的|绝对不会|没有|不是|当然不是)/.test(answer) : /^\s*(?:no|nope|of course not|absolutely not|certainly not|definitely not|not at all|never)\b\s*[.!,]/.test(answer);
}

/** Whether a negation in the same clause, before `pos`, applies to what starts at `pos`. */
export function isNegated(text: string, pos: number, zh: boolean): boolean {
  const prefix = sentencePrefix(text, pos);
  // "does that mean we can't take you to court? try us." — a negation inside a rhetorical question
  if (!zh && RHETORICAL_QUESTION.test(prefix)) return false;
  if (underNegatedDirective(prefix, zh)) return true;
  const from = Math.max(0, pos - (zh ? 24 : 80));
  let window = text.slice(from, pos);
  let cut = 0;
  let opener = '';
  for (const m of execAll(CLAUSE_BREAK, window)) {
    // "不会因为逾期就冻结…": the negation covers the cause and what follows 就
    if (zh && m[0] === '就' && NEGATED_CAUSE.test(window.slice(cut, m.index))) continue;
    cut = (m.index ?? 0) + m[0].length;
    opener = m[0];
  }
  window = window.slice(cut);
  // "that doesn't mean we won't sue", "不代表我们不会告你": two negations make an assertion
  if ((zh ? ZH_DOUBLE_NEGATION : EN_DOUBLE_NEGATION).test(window)) return false;
  // "if the payment isn't in by Monday we will call your employer": without a comma the
  // condition runs into the main clause; a negation in the condition does not reach past it
  const conditional = !zh && (opener === 'if' || opener === 'unless');
  const negRe = zh ? ZH_NEGATOR : EN_NEGATOR;
  const breakers = zh ? ZH_NEGATION_BREAKERS : EN_NEGATION_BREAKERS;
  negRe.lastIndex = 0;
  // the negator's lookahead may need the match itself ("不⟨爆通讯录⟩"), so search a little past pos
  const searched = zh ? window + text.slice(pos, pos + 3) : window;
  for (const m of execAll(negRe, searched)) {
    const at = m.index ?? 0;
    if (at >= window.length) break;
    const after = window.slice(at + m[0].length);
    // "不会让您卖车": 让 breaks a negation ("不会让你好过") unless what is let is a way of raising money or the circle finding out
    if (breakers.test(after) && !(zh && /^让(?:您|你)?(?:去)?$/.test(after) && /^(?:卖|借|抵押|典当|刷|套现|找|全(?:村|家|小区|单位|公司)|家人|亲戚|同事|领导|邻居|朋友)/.test(text.slice(pos, pos + 3)))) continue;
    const ahead = after + text.slice(pos, pos + 30);
    if (conditional && MAIN_CLAUSE_START.test(ahead)) continue;
    // "nothing by Friday and we'll come…": an "and" clause with its own subject is not negated
    if (!zh && AND_NEW_CLAUSE.test(ahead)) continue;
    // "why don't you borrow…", "why not ask…" are suggestions, not negations
    if (!zh && /\bwhy\s*$/.test(window.slice(0, at))) continue;
    // "you don't want this to become a police matter" is a veiled threat, not a negation
    if (!zh && /^(?:don't|do not|wouldn't|would not)$/.test(m[0]) && /\byou\s*$/.test(window.slice(0, at)) && /^\s*want\b/.test(after)) continue;
    // A-not-A questions (要不要, 是不是, 会不会) are not negations
    if (zh && m[0].startsWith('不') && at > 0 && window[at - 1] === m[0][1]) continue;
    // "nobody likes a freeloader", "no one wants to see…" are rhetorical
    if (!zh && /^(?:nobody|no one)$/.test(m[0]) && /^\s*(?:likes?|wants?|enjoys?|needs?)\b/.test(after)) continue;
    return true;
  }
  return false;
}
