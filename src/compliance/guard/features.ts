/**
 * Feature extraction for the guard's classifier: hashed word unigrams and bigrams and
 * character 4-grams for Latin text, character 1- to 3-grams for Chinese runs. Runs on the
 * normalised text, so the evasions undone there are undone for the classifier too.
 */
import { maskIdioms } from './idioms.ts';

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
 * Concept classes: words that play the same part in an abusive message (a person close
 * to the debtor, the collector as actor, a coercive legal power, a source of borrowed
 * money, a short deadline, a negation). The classifier sees each concept present in a
 * sentence and each pair of concepts that share a sentence, so what it learns from
 * "we will call your boss" carries over to "we'll be phoning your landlord".
 */
const CONCEPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['circle', /\b(?:boss|employer|manager|supervisor|hr|payroll|colleagues?|co-?workers?|workplace|office|family|relatives?|wife|husband|spouse|partner|parents?|mother|mom|mum|father|dad|kids?|children|son|daughter|sister|brother|neighbou?rs?|friends?|contacts?|landlord|church|school|next of kin|in-laws|town|everyone|people)\b|家人|家属|父母|爸妈|老婆|老公|妻子|丈夫|孩子|女儿|儿子|幼儿园|学校|同事|领导|公司|单位|人事|邻居|朋友|亲戚|家族|通讯录|联系人|老家|小区|村|群/],
  ['collector', /\b(?:we|we'll|we've|we're|we'd|our|us|i|i'll|i'd|i'm|team|agents?)\b|我们|我司|外访|兄弟|我/],
  ['act', /\b(?:call(?:s|ing|ed)?|phon(?:e|ing)|contact(?:ing)?|notif(?:y|ied)|inform(?:ed)?|tell(?:ing)?|told|visit(?:ing|s)?|message|email|text|letter|knock|explain|send|sent|drafted|publish|post|share|know|find out|hear|word|curious|react|embarrass[a-z]*|shame|dragged|number|address)\b|通知|联系|告诉|打电话|电话|说一说|解释|知道|找|去|群发|贴|打印|坐坐|地址|清楚|上门|发/],
  ['force', /\b(?:police|arrest(?:ed)?|jail|prison|crime|criminal|prosecut[a-z]*|warrant|sheriff|court|seiz[a-z]*|garnish[a-z]*|repossess[a-z]*|freez[a-z]*|possession|deduction|fired|lose)\b|公安|警察|拘留|坐牢|犯罪|法院|执行|冻结|查封|注销|开除|司法|片警/],
  ['authority', /\b(?:officer|constable|detective|agent|sergeant|judge|bailiffs?|attorneys?|lawyers?|solicitors?|legal|litigation|enforcement|government|department|division|official|inspector|marshal|irs|bureau|clerk|authority|judicial|police)\b|警官|民警|法官|律师|法务|执行|政府|监管|司法|部门|执行局|派出所|监管局|法院|公安|【/],
  ['money', /\b(?:loans?|lenders?|borrow[a-z]*|credit cards?|savings|401 ?k|pension|refund|sell|pawn|second job|approve[a-z]*|own their home|piggy bank|advance|equity|title|fund|groceries|rent|spot you|help you out|parents|savings|apps?)\b|借|贷|网贷|当了|卖|处理掉|退休金|积蓄|首饰|车|取现|套现|工资卡|凑|垫|App|批/],
  ['deadline', /\b(?:today|tonight|tomorrow|minutes?|hours?|now|immediately|no exceptions|by friday)\b|今晚|今天|马上|分钟|小时|点前|超时|立刻/],
  ['menace', /\b(?:regret|nightmare|cross(?:es)?|wellbeing|safety|finding people|small town|remember|careful|shame|ugly|sorry|consequences)\b|后果|客气|难看|懂的|好奇|混不下去|小心/],
  ['harm', /\b(?:hurt|injur[a-z]*|harm|accidents?|break|broke|broken|smash[a-z]*|damage[a-z]*|fire|burn[a-z]*|teeth|hospital|heart|stress|physical|violent|bad luck|missing|tow(?:ed)?|clamp(?:ed)?|gate|dog)\b|意外|出事|倒霉|受伤|医院|身体|怀孕|闹|拖走|锁了|安生|抬不起头|出什么事/],
  ['watch', /\b(?:where you|address|watching|routine|outside|nights?|late|doors? down|lives|bus|walk home|find you|found you|house calls|in person|parked)\b|几点|下班|清楚|盯|楼下|门口|守|蹲|找到|读初|中学|小学|幼儿园|岳父|岳母|祠堂/],
  ['public', /\b(?:facebook|instagram|whatsapp|online|post(?:ed|ing)?|reviews?|sign|public(?:ly)?|forum|tag|followers|newspaper|poster|flyer|congregation)\b|论坛|朋友圈|群|告示|媒体|横幅|海报|专栏|业主|截图|照片|名字/],
  ['insult', /\b(?:cheapskate|clown|joke|leech|liar|loser|pathetic|toddler|scum|trash|garbage|idiot|moron|stupid|lazy|bum|parasite|deadbeat|worthless|useless|dirtbag)\b|废|赖|孙子|滚|垃圾|不要脸|东西|蠢|笨|活该/],
  ['later', /\b(?:yet|stage|stages|next time|other ways|polite|for now|while you can|last time)\b|再过|下次|现在还能|不是我来|好好说话|看着办/],
  ['care', /\b(?:hardship|help|plan|plans|sorry|condolences?|pause[d]?|advice|afford|dispute|complain[a-z]*|ombudsman|option|choose|welcome|thank(?:s| you)|assist|support|flexible|no penalty)\b|困难|协商|分期|理解|投诉|感谢|延期|减免|帮助|自愿|放心|客服/],
  // reported speech, warnings about others and rumours: "some collectors threaten…", "自称法院…", "网上说…是谣言"
  ['report', /\b(?:some (?:collectors?|agencies|companies|firms)|claim(?:s|ed|ing)? to be|saying|says|rumou?rs?|myths?|scam(?:mers?|s)?|fraudsters?|words like|tactics|not from us|(?:wasn't|didn't come|did not come|was not) from us|you (?:mentioned|received|asked|got|forwarded)|illegal|no place)\b|有些|自称|谣言|网上|反映|不是我司|并非我司|冒充|诈骗|不法分子|谨防|传言|您问|您担心|您说|您提到/],
  // the writer blaming themselves
  ['self', /\b(?:our (?:mistake|error|fault)|on our (?:part|side|end)|apolog[a-z]*|in error|by mistake)\b|道歉|抱歉|出错|我们的失误|搞错|弄错/],
  ['neg', /\b(?:not|never|no|won't|don't|cannot|can't|nobody|no one)\b|不会|不要|没有|绝不|请勿|不必|无需|不用/],
];

function conceptFeatures(text: string, out: number[]): void {
  for (const sentence of text.split(/[.!?;\n。！？；]+/)) {
    if (!sentence.trim()) continue;
    const present = CONCEPTS.filter(([, re]) => re.test(sentence)).map(([name]) => name);
    for (let i = 0; i < present.length; i++) {
      out.push(bucket(`k:${present[i]}`));
      for (let j = i + 1; j < present.length; j++) out.push(bucket(`k2:${present[i]}+${present[j]}`));
    }
  }
}

const EN_NEG_WORD = /^(?:not|no|never|nobody|none|nothing|neither|nor|cannot|without|[a-z]+n't)$/;
const EN_CONDITION = /^(?:if|unless|when|until|or)$/;
/** Words a negation reaches: up to four words after it, not across punctuation, and not in a condition ("if you don't pay…"). */
const NEG_SCOPE = 4;

/**
 * Negation marking (a classic sentiment-analysis feature): a word in the scope of a
 * negation is a different feature (`n:contacted` in "your employer will not be
 * contacted"), so reassurance does not look like the threat it denies.
 */
function negationMarks(text: string, count: number): boolean[] {
  const marks = new Array<boolean>(count).fill(false);
  let i = 0;
  let scope = 0;
  let lastWords: string[] = [];
  for (const m of text.matchAll(/[a-z']+|[.,;:!?]/g)) {
    const t = m[0];
    if (!/[a-z]/.test(t)) {
      scope = 0;
      lastWords = [];
      continue;
    }
    if (scope > 0) {
      marks[i] = true;
      scope--;
    }
    if (EN_NEG_WORD.test(t) && !lastWords.some((w) => EN_CONDITION.test(w))) scope = NEG_SCOPE;
    lastWords = [...lastWords.slice(-2), t];
    i++;
  }
  return marks;
}

/** Chinese text after a negation, to the end of the clause (bigrams become `zn:` features). */
const ZH_NEGATED = /(?:不会|不得|不能|绝不|从不|从来不|没有|并不|不是|无需|不用|不必|不再|请勿|切勿|不要|(?<![区分特个级类])别|不(?=上门|爆|骚扰|联系|打扰|通知|告诉|曝光|公开|泄露|透露|催|逼|骂|威胁|起诉|影响))([\u3400-\u9fff]{1,12})/g;

/**
 * The hashed feature ids of a normalised text (with repeats, for term counts).
 * @example extractFeatures('we will find you').length > 0
 */
export function extractFeatures(raw: string): number[] {
  const text = maskIdioms(raw);
  const out: number[] = [];
  const words = text.match(/[a-z']+/g) ?? [];
  const negated = negationMarks(text, words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out.push(bucket(negated[i] ? `n:${w}` : `w:${w}`));
    if (i + 1 < words.length) out.push(bucket(`b:${w} ${words[i + 1]}`));
    const padded = ` ${w} `;
    for (let k = 0; k + 4 <= padded.length; k++) out.push(bucket(`c:${padded.slice(k, k + 4)}`));
  }
  for (const m of text.matchAll(ZH_NEGATED)) {
    for (let k = 0; k + 2 <= m[1].length; k++) out.push(bucket(`zn:${m[1].slice(k, k + 2)}`));
  }
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
    const padded = `^${run}$`;
    for (let k = 0; k < padded.length; k++) {
      if (k > 0 && k < padded.length - 1) out.push(bucket(`z1:${padded[k]}`));
      if (k + 2 <= padded.length) out.push(bucket(`z2:${padded.slice(k, k + 2)}`));
      if (k + 3 <= padded.length) out.push(bucket(`z3:${padded.slice(k, k + 3)}`));
    }
  }
  conceptFeatures(text, out);
  return out;
}
