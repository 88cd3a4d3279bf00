/**
 * Context cues for the rule engine (rules.ts): sentences that report or warn about
 * something instead of doing it, negated directives whose scope runs over a whole list,
 * self-blame that makes an insult word harmless, and whether the text says the debt is
 * time-barred. Written from general knowledge of how compliance writers reassure and warn
 * ("some collectors threaten to call your employer; we never will", "如有人自称法院…",
 * "网上说欠网贷会坐牢是谣言"), not from any evaluation text.
 */

/** Second English reported-speech list: warnings about others, quoted claims, denials of authorship. */
export const EN_REPORTED_MORE =
  /\b(?:beware of (?:scams?|fake|bogus|scam|fraud|people|anyone|calls|texts|messages|e-?mails|crooks|scammers|fraudsters|impostors|imposters|impersonators)|watch out for (?:fake|bogus|scam|crooks|scammers|fraudsters)|(?:crooks|con ?artists|fraudsters|scammers|criminals) (?:are|have been|may|might|will|who|posing|pretending)|(?:fake|bogus|rogue|scam|fraudulent|so-called) ["'“‘]?(?:[a-z-]+["'”’]? ){0,2}(?:agents?|collectors?|callers?|officers?|staff|texts?|calls?|messages?|e-?mails?|letters?|notices?)|you may have (?:seen|heard|read)|news (?:stories|reports|articles|items)|\btold you\b[^.!?]{0,60}\b(?:was|is) (?:wrong|mistaken|incorrect|out of line|untrue)\b|genuine (?:[a-z]+ ){0,2}(?:staff|agents?|collectors?|officers?) (?:will )?never)\b|\b(?:some (?:other |unscrupulous |rogue |dodgy |illegal |unlicensed )?(?:debt )?(?:collectors?|agencies|companies|firms|lenders|callers|people|(?:loan |lending )?apps|platforms)|claim(?:s|ed|ing)? to be|pos(?:e|es|ing) as|pretend(?:s|ed|ing)? to be|(?:customers|clients|borrowers|people) (?:often |sometimes )?(?:worry|fear|are (?:worried|afraid|scared)|ask (?:us )?(?:whether|if))|impersonat(?:e|es|ed|ing)|(?:wording|language|tone|phrasing) (?:was|were|is) (?:inappropriate|wrong|unacceptable|out of line|too harsh|not appropriate)|should(?: not|n't) have (?:said|used|written|sent)|only (?:a |the )?(?:courts?|judges?) (?:can|may|could)|(?:we|collectors|debt collectors|agencies) (?:have|has) no (?:power|right|authority|legal right) to|no such (?:agency|office|department|body|unit|court|bureau|division)|(?:message|letter|text|call|e-?mail|voicemail|caller|someone|somebody|anyone|anybody|fraudsters?|scammers?|whatsapps?|wechat|telegram|sms|dms?|posts?|notices?|flyers?|ads?|adverts?|websites?|robocalls?)\b[^.?!]{0,40}\b(?:saying|says|said|claiming|claims|threatening|telling you)|(?:words|phrases|language|threats|tactics|names|things) like|scare tactics|(?:ignore|disregard|delete|report) (?:any|all|such)\b|you (?:mentioned|received|got|forwarded|described|reported|were sent|were told)|(?:did not|didn't|does not|doesn't|was not|wasn't|is not|isn't|were not|weren't) (?:come |sent )?from us|not from us|(?:have|has) no place|(?:rumou?rs?|myths?) (?:that|about)|(?:it's|it is) a (?:myth|rumou?r)|(?:is|are|was|were) (?:completely |totally |simply |just )?(?:false|untrue|not true|fake|bogus|a myth|a scam|misleading|lies))\b/;

/** A sentence that opens with the reader's worry ("Worried your family will find out? We only ever speak to you"). */
export const WORRY_QUESTION = /^\s*(?:are you |feeling )?(?:worried|concerned|afraid|scared|anxious|nervous)\b|^\s*(?:担心|害怕|怕|顾虑)/;

/** Chinese reports of others' conduct, rumours, fears the reader told us about, advice against. */
export const ZH_REPORTED_MORE =
  /(?:您|你)在投诉中(?:提到|反映|说)|投诉中(?:提到|反映)|(?:有些|有的|个别|某些|一些|部分)(?:不规范的?|不正规的?|非法的?|违规的?|黑)?(?:催收|公司|机构|平台|不法|人员|中介|网贷)|(?<!坐席|催收员|员工|客服|外访员|我|我们)自称|(?:若|如|如果|凡|假如)有人|有人(?:说|讲|称|声称|告诉您|跟您说)|误解|误传|不实|是假的|不是真的|没有(?:任何)?依据|谣言|传言|网上(?:说|流传|传)|网传|听说|据说|坊间|流传(?:的|着)|(?:不是|并非|非)(?:我司|我们|本公司|我行|本机构)(?:所为|发的|发出|发送|做的|的人)|(?:您|你)[^。！？]{0,4}(?:担心|害怕|顾虑|担忧)|(?:您|你)(?:反映|提到|说的|收到的|接到的)|只会(?:让)?[^。！？]{0,10}(?:更|越)|(?:措辞|用词|表述|言辞|语气)(?:不当|有误|不妥|过激|欠妥)|只(?:能|有|可)由?(?:法院|人民法院|司法机关|公安机关|执法机关)|(?:无权|没有权力|没有权利)(?:实施|采取|执行|这样做|这么做)|(?:客户|用户|借款人)[^。！？]{0,4}(?:担心|害怕|顾虑|担忧)|得不偿失|雪上加霜|恶性循环|不可取|(?:这类|这种|此类|这样|类似|那种)的?(?:话|说法|字眼|词|言论|手段|做法)/;

/** Talk about insults rather than insults ("words like 'deadbeat' have no place here", "我们不会称呼您为老赖"). */
export const INSULT_META =
  /(?:自称|冒充|假冒|假装|谎称)[^。！？]{0,20}(?:都是|是|均为|就是|一律是|全是)骗子|(?:投诉|反映)[^。！？]{0,12}(?:骂|称|叫)|被[^。！？]{0,6}(?:骂|称为|叫做?)[“"]|(?:称|叫|骂)(?:您|你)(?:为|是|作)?[^。！？]{0,8}[，,]?[^。！？]{0,16}(?:违规|不当|不妥|错误|致歉|道歉|处分|严肃处理)|\b(?:sorry|apologi[sz]e|apologies|unacceptable|should never have|should not have|shouldn't have)\b[^.!?]{0,60}\bcalled you\b|\bcalled you [^.!?]{0,30}\b(?:was|is) (?:unacceptable|wrong|inappropriate|out of line)\b|\b(?:don't|do not|never|won't|wouldn't|will not)\b (?:[a-z']+ ){0,2}(?:think of|see|treat|regard|label|describe|refer to|view|brand)\b[^.!?]{0,30}\bas\b|(?:不会|从不|从来不|绝不|不|没有)(?:把|将)[^。！？]{0,8}(?:当成|当作|当做|看作|看成|视为|称为|叫做|叫成)|\b(?:words? like|names? like|terms? like|call(?:s|ed|ing)? (?:people|customers|debtors|someone|anyone)|have no place|never (?:call|use|say)|some (?:debt )?(?:collectors?|agencies)|name-calling)\b|(?:不会|从不|绝不|不得|禁止|严禁|不应)(?:叫|称呼|骂)|(?:这样|这种|此类|这类|类似)的?(?:称呼|说法|字眼|词|话)|这个(?:词|字眼|称呼|说法|叫法|标签)|(?:有些|个别|某些)[^。]{0,8}(?:催收|公司|机构)/;

/**
 * A sentence that says what a document is not, or that real court papers never arrive by
 * text or phone ("a solicitor's letter is not a court summons", "法院文书不会通过短信发送"):
 * a court or lawyer word there is explained, not claimed. "Not a court summons yet" is no denial.
 */
export const DOCUMENT_DISCLAIMER =
  /\b(?:is not|isn't|are not|aren't|was not|wasn't|not) (?:a |an |the )?(?:court|legal|official|government|police) (?:summons|order|document|papers?|process|judgment|writ|warrant|notice)(?!\s*(?:yet|for now|at this stage))|\b(?:never|not|don't|doesn't|won't|do not|does not|will not) (?:be )?(?:sen[dt]|serve[ds]?|deliver(?:ed)?|issued?|arrive)\b[^.!?]{0,20}\b(?:by|via|through|over|on) (?:text|sms|whatsapp|wechat|e-?mail|phone|social media|instagram|facebook)\b|(?:不是|并非|不属于|并不是)(?:法院|司法|公安|官方|政府)(?:的)?(?:文书|传票|判决|通知|文件|机关)|(?:不会|从不|不|绝不)(?:通过|用|以|经|发)(?:短信|微信|电话|qq|网络|邮件|私信)/;

/** Legal staff acting for the reader (a complaint upheld, fees refunded, an error corrected): a job, not a pretext. */
const LEGAL_STAFF = /legal|litigation|lawyer|solicitor|attorney|counsel|法务|法律|律师/;
const IN_READERS_FAVOUR =
  /\b(?:complaint|refund(?:ed|s)?|reimburs[a-z]*|waived?|written off|wrongly|in error|by mistake|overcharg[a-z]*|upheld|compensat[a-z]*|removed|credited back|corrected)\b|退回|退还|退款|多收|误收|撤销|更正|纠正|投诉/;

/** Whether a false-representation match (`matched`) is legal staff acting in the reader's favour in `sentence`. */
export function legalStaffForReader(matched: string, sentence: string): boolean {
  return LEGAL_STAFF.test(matched) && IN_READERS_FAVOUR.test(sentence);
}

/** The writer blaming themselves ("stupid mistake on our part", "系统出错…太蠢了，向您道歉"). */
export const SELF_BLAME =
  /对不住|模板出错|发错了|\b(?:on our (?:part|side|end)|our (?:own )?(?:mistake|error|fault|bad|blunder)|we (?:made|got it wrong|messed up)|apologi[sz]e|apologies|sorry)\b|(?:我们|我司|我方|系统|我)[^。！？]{0,10}(?:出错|错误|失误|搞错|弄错|疏忽)|(?:向您|跟您|给您)(?:道歉|致歉|赔不是)|抱歉|对不起/;

/**
 * A negated directive ("we will never ask you to…", "please don't…", "请不要通过…", "我们从不要求您…"):
 * its scope is the rest of the sentence, over commas and list items, until a "but".
 */
const EN_NEG_DIRECTIVE =
  /\b(?:never|not|won't|will not|don't|do not|no need to|shouldn't|should not|mustn't|must not)\b (?:[a-z']+ ){0,3}?(?:ask|tell|require|expect|pressure|force|push|want|encourage|advise|suggest|recommend|need|make|urge)s? you\b|(?<!\b(?:if|unless|when|until) (?:we|you|they|i|he|she) )\b(?:please )?(?:don't|do not|never) (?:feel (?:you (?:have|need) to|obliged to|pressured to) |ever )?(?:borrow|take out|sell|ask (?:family|friends|relatives|your)|apply for|max out|dip into|raid|cash in|cash out|pawn|remortgage)\b/;
const ZH_NEG_DIRECTIVE =
  /(?:不会|从不|从来不|绝不|不要|别|请勿|切勿|千万别|千万不要|不建议|无需|不必|不用|也不会)[^。！？]{0,6}?(?:要求|逼|催|建议|鼓励|劝|强迫|为了|通过)/;
const EN_SCOPE_END = /\b(?:but|however|otherwise|or else|unless|although|though)\b/;
const ZH_SCOPE_END = /但|否则|不然|要不|可是|不过|然而/;

/**
 * A negation whose list continues up to the match: "we will never threaten you, shout, or ⟨contact your employer⟩",
 * also inside the last item ("…, call you names or tell you ⟨you'll be arrested⟩"); "like it or not, …" is no list.
 */
const EN_NEG_LIST =
  /\b(?<!\b(?:or|whether|if) )(?:never|not|won't|will not|don't|do not|cannot|can't|(?:no one|nobody|none of (?:us|our [a-z]+))(?: [a-z']+){0,4} (?:will|would|is going to))\b(?! (?:hesitate|wait|delay|stop|think twice|be patient)\b)[^.;!?]*,(?:\s*(?:or |and |nor )?(?:(?!(?:we|i|they|he|she|it|you|your|our|the|this|that|there)\b)[a-z']+ )?|[^.;!?,]*\b(?:or|and|nor) (?!(?:we|i|they|he|she|it|you|your|our|the|this|that|there)\b)(?:[a-z']+ ){0,5})$/;

/** A negation over "anyone" continued by an example ("不会透露给任何第三方，包括您的联系人"). */
const ZH_NEG_INCLUDING = /(?:不会|不得|绝不|从不|从来不|不)[^。！？]{0,24}(?:任何|其他|第三)[^。！？]{0,12}[，,、](?:包括|也包括|含|尤其是|特别是|比如|例如|更不会)[^。！？，,]{0,14}$/;

/** Whether `prefix` (sentence start up to a match) holds a negated directive or list still in scope. */
export function underNegatedDirective(prefix: string, zh: boolean): boolean {
  if (!zh) {
    const list = EN_NEG_LIST.exec(prefix);
    const before = list ? prefix.slice(0, list.index) : '';
    const condition = /\b(?:if|unless|when|until)\b(?: [a-z']+){0,3} ?$/.test(before);
    if (list && !condition && !/\b(?:but|however|otherwise|unless|if|then|although|though)\b/.test(list[0])) return true;
  }
  if (zh && ZH_NEG_INCLUDING.test(prefix)) return true;
  const m = (zh ? ZH_NEG_DIRECTIVE : EN_NEG_DIRECTIVE).exec(prefix);
  if (!m) return false;
  const rest = prefix.slice((m.index ?? 0) + m[0].length);
  return !(zh ? ZH_SCOPE_END : EN_SCOPE_END).test(rest);
}

/** Self-sufficient statements that the debt is time-barred. */
const TIME_BAR_STRONG =
  /\b(?:time[- ]barred|statute[- ]barred|too old to (?:be )?su(?:e|ed)|past (?:the |its |their )?(?:legal )?(?:time limit|limitations?|statute)|(?:beyond|outside|past) the (?:[a-z0-9-]+ ){0,2}(?:statute|limitation)|out of statute|(?:debt|account|claim|balance|loan)[a-z ]{0,12} (?:has |had |have )?prescribed|zombie debts?|legally (?:expired|lapsed|dead)|sol\.? (?:has |had |is |was |already |long )?(?:expired|passed|lapsed|run out|ran out)|(?:six|6|three|3|five|5|four|4|ten|10|two|2|twelve|12|fifteen|15)[- ]year (?:window|period|time limit|limit|deadline) (?:has |had )?(?:closed|ran out|run out|expired|passed|lapsed|ended|gone)|time ?limit for (?:legal action|suing|court action|bringing (?:a )?(?:claim|case|suit)|taking (?:you|legal action|action)) (?:has |had )?(?:closed|ran out|run out|expired|passed|lapsed|ended)|(?:can )?no longer (?:be )?(?:legally )?enforce(?:d|able)(?: by law| in (?:a )?court| through the courts)?|(?:legally )?unenforceable (?:by law|in (?:a )?court)|(?:although|though|while|albeit|even if|even though|despite being|now|already|legally|long since|having) (?:been )?prescribed|prescribed under (?:the |state |federal |provincial |local |scots |scottish |english |applicable )?(?:law|statute|legislation|act)|older than (?:the )?(?:[a-z]+ ){0,2}(?:statute of limitations?|limitation period|time limit)|prescribed (?:debts?|balances?|accounts?|loans?|claims?|amounts?|sums?|arrears))\b|(?:超过|超出|已超|已过|过了)(?:了)?(?:法定)?(?:的)?(?:[一二三两四五\d]+年)?(?:的)?(?:诉讼)?时效|罹于(?:请求权)?时效|(?:已过|超过|已超过)请求权时效|请求权时效(?:已)?(?:消灭|届满|已过)|时效(?:已经|已|早就|早已|早)(?:过|届满|到期|失效|消灭)|时效(?:期)?(?:虽然?|虽说|即便|就算|哪怕|即使)?(?:是|确实|的确|倒是)?(?:已经|已|早就|早已|早|都|也)?(?:过了|过期|过去了?|届满|期满|到期|失效|作废|过(?=[，,。！!？?、\s]|$))(?!前|之前|以前)/g;
/** A limitation period named, which counts only with an expiry word in the same sentence. */
const TIME_BAR_WEAK = /\b(?:statute of limitations?|limitation (?:period|date)|the limitation|prescription period|sol|s\.o\.l)\b|诉讼时效/g;
const EXPIRY = /\b(?:expired?|has run|have run|ran out|run out|passed|ended|lapsed|elapsed|is over|was over)\b|(?:届满|已过|过了|经过|到期|超过|失效|早就过)(?!前|之前|以前)/;
const NOT_TIME_BARRED =
  /\b(?:has|have|had|is|was)(?: not|n't)(?: yet)? (?:expired|run|run out|passed|ended|lapsed|elapsed|over)\b|\bnot yet (?:expired|passed|lapsed|over)\b|时效(?:期)?(?:还)?(?:未|没有|没|尚未|还没)(?:到期|届满|过)|\bbefore (?:the|its|their|any) (?:limitation|statute|prescription)[a-z ]{0,20}(?:expires|runs out|ends|lapses)|\b(?:within|inside|still in|not (?:yet )?(?:past|beyond|outside)) (?:the|its|their) (?:limitation|statute)|\bnot (?:yet )?(?:time|statute)[- ]barred|\b(?:isn't|is not|aren't|are not) (?:time|statute)[- ]barred|(?:仍在|还在|尚在|在)(?:法定)?(?:诉讼)?时效(?:期)?(?:内|之内)|(?:未|没有?|尚未|并未)(?:超过|过|超出)(?:法定)?(?:诉讼)?时效/;

/**
 * Whether the text itself says the debt is time-barred. `negated(pos, zh)` is the rule
 * engine's clause negation; `sentenceOf(start, end)` gives the sentence around a match.
 */
export function saysTimeBarred(text: string, negated: (pos: number, zh: boolean) => boolean, sentenceOf: (s: number, e: number) => string): boolean {
  for (const re of [TIME_BAR_STRONG, TIME_BAR_WEAK]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const sentence = sentenceOf(start, start + m[0].length);
      const zh = /[\u4e00-\u9fff]/.test(m[0]);
      if (NOT_TIME_BARRED.test(sentence)) continue;
      if (re === TIME_BAR_WEAK && !EXPIRY.test(sentence)) continue;
      if (negated(start, zh)) continue;
      re.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** A hearsay question ("Heard that…?", "Got a letter saying…?", "听说…？") answered by a denial in the next sentence. */
const EN_HEARSAY = /^\s*(?:(?:have you |you(?:'ve)? )?(?:heard|been told|read|seen)|(?:have you |you )?(?:got|received|had|been sent) (?:a|an|any|some)\b[^?]{0,30}\b(?:saying|says|claiming|telling|that)|(?:did )?(?:someone|somebody|anyone|a caller) (?:tell|told|say|said|claim|claimed))\b/;
const ZH_HEARSAY = /^\s*(?:听说|听人说|网传|网上说|有人(?:发短信|打电话|发消息|来电)?(?:说|称|告诉您|跟您说)|据说|您是否听说|您听说|收到(?:过)?[^？]{0,10}(?:说|称))/;
const EN_DENIAL = /^\s*(?:that(?:'s| is| was)|this (?:is|was)|it(?:'s| is| was)|they(?:'re| are)|those (?:are|were))? ?(?:not|n't|(?:simply |completely |just |a |an )?(?:myth|rumou?r|false|untrue|fake|nonsense|a scam|scam|wrong|lies?|misinformation))\b|^\s*(?:that|this|it)(?:'s| is| was)? ?(?:isn't|wasn't|is not|was not) (?:true|us|from us|how|the case|right)\b|^\s*(?:not true|untrue|false|no[.,!]|myth)/;
const ZH_DENIAL = /^\s*(?:请注意[，,]?)?(?:这|那|这种说法|这些说法|这个说法|此类说法)?(?:是|都是|纯属|多为|大多是|多半是|基本都是)?(?:谣言|误解|假的|不实|错误的|骗人的|诈骗)|^\s*(?:这|那)?(?:不是真的|并非事实|不是事实|没有依据|不会的|不是我们|并不是)/;

/**
 * How far a sentence is looked for on either side of a match (characters). A run-on text with
 * no sentence break (100 KB of "deadbeat deadbeat …") is judged in windows of this size, so
 * the work per match stays bounded and a long text costs time in proportion to its length.
 */
export const SENTENCE_REACH = 400;

/** Whether the match sits in a hearsay question that the next sentence denies ("Heard about people being jailed…? That's a myth."). */
export function deniedHearsay(text: string, start: number, end: number, zh: boolean): boolean {
  let a = start;
  while (a > 0 && start - a < SENTENCE_REACH && !/[.!?\n。！？]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < SENTENCE_REACH && !/[.!?\n。！？]/.test(text[b])) b++;
  if (text[b] !== '?' && text[b] !== '？') return false;
  if (!(zh ? ZH_HEARSAY : EN_HEARSAY).test(text.slice(a, start))) return false;
  return (zh ? ZH_DENIAL : EN_DENIAL).test(text.slice(b + 1, b + 60));
}

/** "If paying would mean ⟨borrowing from family⟩, please don't": a conditional answered by advice against it. */
export function adviceAgainstAfter(text: string, start: number, end: number, zh: boolean): boolean {
  let a = start;
  while (a > 0 && start - a < SENTENCE_REACH && !/[.!?\n。！？]/.test(text[a - 1])) a--;
  const before = text.slice(a, start);
  const after = text.slice(end, end + 80);
  // "您说要卖车还款，其实没必要" / "you mentioned selling the car: honestly, there's no need"
  if (zh && /^[^。！？]{0,16}[，,](?:其实|真的|完全|根本|确实)?(?:没必要|没有必要|不必|大可不必|用不着|犯不着|不需要)(?:这样|这么做|那样做|去?卖|[，,。！!]|$)/.test(after)) return true;
  if (!zh && /^[^.!?]{0,50}(?:[,;:.!]| -| —)\s*(?:but |and )?(?:honestly,? |really,? |actually,? |truly,? )?(?:there's|there is) (?:really )?no need(?:[,.!;]|$| to (?:sell|do (?:that|this|it)))/.test(after)) return true;
  if (zh && /^[^。！？]{0,6}(?:都|也|千万|一律)?(?:别碰|不要碰|别借|不要借|别用|不要用)/.test(after)) return true;
  // 您问是不是要卖车…。完全不需要。
  if (zh && /^[^。！？]{0,24}[。！？?]\s*(?:其实|真的|完全|根本|当然|确实|绝对)?(?:不需要|没必要|不必|不用|用不着)/.test(after)) return true;
  if (zh) return /(?:如果|若|要是|假如|倘若)/.test(before) && /^[^。！？]{0,24}[，,](?:那么?)?(?:请|千万|也)?(?:不要|别|切勿|不必|无需|不用)/.test(after);
  return /\b(?:if|where|when)\b/.test(before) && /^[^.!?]{0,50},\s*(?:then )?(?:please )?(?:don't|do not|never|no need)\b/.test(after);
}

/**
 * Offers of help and flexibility that careful collectors put in lawful texts: a plan the
 * reader can afford, a settlement, free advice, essentials first, "whatever you can manage",
 * 分期/协商/慢慢来/有困难跟我们说. When no rule matched, such a text is most likely lawful and the
 * classifier alone must be as sure as for a reassurance.
 */
export const SUPPORTIVE_OFFER =
  /\b(?:(?:a|an|payment|repayment|instal?ment|affordable|realistic|new|flexible) (?:plan|arrangement)s?|(?:set up|agree|arrange|work out|sort out|put in place|find) (?:a |an |something )?(?:plan|arrangement|manageable|affordable|that works)|something (?:manageable|affordable|that works)|(?:free|independent|impartial)(?: and (?:confidential|impartial))? (?:debt )?(?:advice|advisers?|advisors?|counsel(?:l?ing|l?ors?)?|help)|take less|(?:we(?:'d| would)|we'll|we will) (?:genuinely |much |really |honestly )?(?:rather|happily|gladly)|paid in full|(?:full and final |a )?settle(?:d|ment)|\d+ ?% of (?:what(?:'s| is) owed|the (?:balance|debt|amount))|discount(?:ed)?|hardship|breathing space|money ?helper|stepchange|citizens advice|national debtline|come(?:s)? first|priority (?:bills|debts|costs)|essentials|(?:what|whatever) you can (?:afford|manage)|(?:is|'s|are) (?:fine|ok|okay) (?:by|with) us|small(?:er)? (?:monthly |weekly )?(?:amounts?|payments?|instal?ments?)|can (?:still )?afford|work (?:something|it|things|this|that) out|\d+ ?% off|customer care|(?:pay|paying|spread (?:it|the cost|the payments|this)) (?:in|over|by) (?:instal?ments|monthly|smaller amounts)|by appointment(?: only)?|restructur(?:e|ed|ing)|reschedul(?:e|ed|ing)|revised (?:emi|instal?ment|repayment|payment|plan)s?|moratorium|(?:emi|payment|repayment) holiday|(?:always |will )?(?:show|carry) (?:their |his |her |photo )?(?:id|identification)|(?:love|glad|happy) to hear from you|affordable|manageable|at your own pace|payment(?:'s| has| is)? (?:landed|arrived|come through|cleared|been received)|thanks for (?:sorting|paying|settling|clearing|getting)|(?:shot|cheers|ta) for (?:sorting|paying|that)|put (?:everything|it|the account|things|collections?|this) on hold|look into it|take (?:your|ur) time|no pressure|no (?:dramas|worries|rush|hurry|stress)|let's (?:just )?(?:sort|set up|park|pause|skip|keep|work|figure|look at|find|go through|start|try|agree|put|get)|shall we (?:skip|pause|move|push|lower|reduce|try|look|start|set|put|leave|park|knock|drop|split)|(?:we'll|we can|i'll|i can|let me) (?:knock|bring|drop|lower|reduce|cut|trim|push) (?:it|that|this|the [a-z]+) (?:back|down)|(?:line up|fit|suit|work) (?:better )?(?:with|around) your (?:payday|pay ?day|pay cycle|wages|salary|budget)|(?:we've got|we have|there are|i've got|you've got|you have) (?:some |a few |other |plenty of |lots of )?options|give me (?:their|his|her) details and i'll (?:contact|speak to|deal with) (?:them|him|her)|we(?:'re| are) here to help|don't panic|no need to (?:panic|worry)|nothing (?:scary|to worry about)|(?:doesn't|does not) mean anything (?:scary|bad|serious)|happy to help|keep (?:your|the) (?:service|account|line|connection|supply|plan|phone|broadband|internet|lights|heating|power|water)(?: [a-z]+)? (?:running|active|open|on|connected|going|live|switched on))\b|分期|慢慢来|有困难|已经?还清了?|还清了|按时还|提前[^，。！？]{0,8}(?:还|搞掂)|搞掂了|提额|多谢晒|谢了老铁|收到(?:您的?|你的?)?还款|核实清楚|核实一下|绝不冤枉|不会冤枉|困难(?:跟|和|可以|请|的话)|协商|商量|别担心|不用担心|莫慌|别慌|别紧张|不用紧张|不要紧张|别上火|别害怕|不用怕|别着急|不用着急|别给自己|压力(?:太大|别太大)|(?:我们|也)(?:都)?(?:可以)?接受|能还多少|还得起|量力|减免|延期|停息挂账|办法总比困难多|一起(?:想办法|商量|解决)|量力而行|先还一部分|部分还款|再约|帮您|为您(?:申请|办理|制定|安排)|方案(?:供您|可选|可以选)|方便的时候|方便时|提前预约|出示(?:工作证|工牌|证件|身份证明)|延后|宽限|缓(?:一缓|几天|一缓再)|往后(?:推|延|挪)|(?:怎么|如何)安排|(?:给|帮|替)(?:你|您)(?:申请|争取|问问|想想?办法)|先还(?:一半|一点|点|部分|个最低|最低)|下(?:个)?月再(?:说|还|补)|不要紧|不(?:等于|是|构成|属于|算)(?:犯罪|违法)|心理负担|别有压力|不算逾期/;

/** A sentence that warns against a way of raising money ("payday loans are expensive", "borrowing can make things worse"). */
export const BORROWING_WARNING =
  /\b(?:(?:is|are|can be|tend to be) (?:very |really |often |usually )?(?:expensive|costly|a trap|a bad idea|risky|dangerous|not the answer|not a solution|rarely the answer)|(?:can|could|will|may) (?:only )?make (?:things|it|matters|your debts?|the situation|your situation|your position|your finances) worse|debt (?:trap|spiral)|learn(?:ed|t|s)? the hard way)\b/;

/** Advice to put essentials first ("priority bills come first", "房租水电请优先安排"): mentions of rent or school fees there are not pressure. */
export const ESSENTIALS_FIRST =
  /\b(?:priority (?:bills|debts|payments|costs)|(?:come|comes|go|goes) first|before (?:paying|you pay|agreeing|you agree)|(?:deal with|pay|cover) (?:those|these|them) first|(?:check|make sure|ensure) you can (?:still )?(?:afford|cover|pay for))\b|优先(?:安排|支付|保障|考虑|缴纳|处理|满足)|先(?:保障|顾好|照顾好?|安排好?)(?:[^。！？]{0,8})(?:生活|家里|房租|吃饭|基本)/;

/**
 * A statutory or formal notice that names the law or procedure requiring it, or the
 * reader's right to dispute (Consumer Credit Act notices, Pre-Action Protocol letters,
 * FDCPA/Regulation F validation wording, 如有异议…可申请复核). With no rule match, such a
 * text is most likely lawful.
 */
export const LAWFUL_NOTICE =
  /\b(?:under (?:section|s\.) ?\d+[a-z]?|sarfaesi|securiti[sz]ation and reconstruction|consumer credit act|pre-action protocol|notice of (?:assignment|sums in arrears|default sums|arrears)|default notice|information sheet|reply form|fdcpa|fair debt collection practices act|regulation f|validation notice|this is a communication from a debt collector|this is an attempt to collect a debt|(?:you (?:have|may have) the right to|you can|you may) (?:dispute|ask for verification|request verification|request the name)|if you dispute (?:it|this|the debt|all or part)|not a demand for (?:immediate )?(?:payment|full payment)|(?:listed|recorded|reported|registered) as (?:a )?default on your credit (?:file|report|record))\b|如有异议|提出异议|申请复核|有权(?:提出|申请)(?:异议|复核|调解)/;
