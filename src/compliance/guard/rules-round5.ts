/**
 * Round-5 rule families (en and zh-CN), written from the policy as families of wording after
 * blind set 5 became development data:
 * - a cautionary tale: a customer "like you" whose boss and landlord now know ("don't be him");
 * - "our guys will swing by", "come and take the truck", "towed, no court, no paperwork": an
 *   informal visit or a seizure announced or told without any court;
 * - non-payment called a crime in so many words ("your non-repayment amounts to cheating",
 *   "under IPC 420");
 * - refusing an offer the reader can afford and demanding everything ("full payment or
 *   nothing", "we're declining it. Full balance please", "$600/mo or nothing", 经评估在承受范围内，
 *   但不予接受);
 * - a third party told about "money stuff" or "financial problems" of the person sought;
 * - round 7 (blind set 7 as development data): children's university places "flagged", named
 *   police officers and "FTC partner programmes", court forms "issued by our collections
 *   department", "it's not like you're a sponger", "have you thought about selling the PS5",
 *   宗亲群/老乡群 and 老家上门, 尊敬的废物客户, "有诚信"的客户, 那个"事情" to a third party;
 * - round 8 (blind set 8 as development data): the circle "will be hearing from us", "or we
 *   will come to your home", names circulated on a defaulters list, a relative called a thief
 *   to a third party, "FTC-approved", third-party hints (his card, "an obligation to us", a
 *   sender called … Recoveries); 房产出售, 借出来还我们, 今天下班前全部还上, 给您领导打电话,
 *   全家高铁飞机无法购票;
 * - zh: sarcastic insults about shamelessness and childishness (脸皮厚, 巨婴, 装死), and
 *   不还钱 called 诈骗罪 (a false representation, as in English).
 * Negation, reported speech and the other context cues of rules.ts apply as for every rule.
 */
import type { PatternRule } from './types.ts';
import { ruleMaker } from './rule-builders.ts';

const en = ruleMaker('en.r5', true);
const zh = ruleMaker('zh.r5', false);

const EN_CREW = "(?:our|my|the|some of our|a couple of our) (?:guys|boys|lads|men|team|crew|squad|people|agents|collectors|field (?:team|agents?|staff|crew)|recovery (?:team|agents?|staff|crew|squad)|enforcement (?:team|agents?|crew))";
const EN_GOODS = '(?:truck|car|van|ute|motorbike|motorcycle|bike|tv|telly|television|furniture|sofa|fridge|phone|laptop|computer|stuff|things|belongings|gear|tools|jewell?e?ry|livestock|goods)';
/** A court, a judgment or the agreement's own terms: lawful repossession wording ("no court needed" is not). */
export const EN_LAWFUL_SEIZURE = /(?<!\b(?:no|without(?: a| any)?|without (?:going to|going through|a trip to)(?: a| the)?|no need (?:for|to go to)(?: a| the)?) )\b(?:court|judg(?:e)?ments?|warrant|writ|order of|legal process|lawful(?:ly)?|legally|under the terms|your (?:agreement|contract)|hire purchase|conditional sale|secured|security interest|logbook)\b/;
const EN_CRIME = '(?:cheating|fraud|theft|a crime|criminal|a criminal (?:offen[cs]e|act)|an offen[cs]e|stealing|deception|embezzlement|criminal breach of trust)';
const EN_SCAM_CONTEXT = /\b(?:not a (?:crime|criminal)|civil (?:matter|debt|dispute)|scam(?:mer)?s?|fraudsters?|fake|bogus|impersonat[a-z]*|beware|crooks)\b/;

/** A warning about impostors: the authority is named to warn against it, not claimed. */
export const EN_IMPERSONATION_WARNING = /\b(?:scam(?:mer)?s?|fraudsters?|fake|bogus|beware|impersonat[a-z]*|pretend(?:ing|s)? to be|claiming to be|posing as)\b/;
/** The same, or "never" ("we will never claim to be FTC-approved"). */
const EN_IMPERSONATION_WARNING_OR_NEVER = new RegExp(EN_IMPERSONATION_WARNING.source.replace('posing as)', 'posing as|never)'));
/** A denial that non-payment is a crime, or a scam warning (不属于犯罪, 民事纠纷, 冒充…的骗子). */
export const ZH_NOT_A_CRIME = /(?:不属于|不构成|不算|不是|并非|不等于|不涉及|并不构成|并不属于)(?:犯罪|诈骗|刑事|违法犯罪)|民事纠纷|骗子|冒充|谣言/;
/** The same, or a name misused by others (冒用我司名义). */
const ZH_NOT_A_CRIME_OR_MISUSED_NAME = new RegExp(`${ZH_NOT_A_CRIME.source}|冒用`);

/** English round-5 rules. */
export const englishRound5Rules: PatternRule[] = [
  en(
    'crew_visit',
    'prohibited_content_threat',
    `\\b${EN_CREW}(?: will| are going to|'ll| might| may| could| can)? (?:swing|pop|come|call|drop|stop|head|roll) (?:by|round|around|over)\\b|\\b(?:will|'ll|gonna|going to|and|come to|come and|coming to|coming round to|be round to) (?:take|grab|tow|seize|haul off|haul away|clear out|cart off|load up) (?:away )?(?:the|your) ${EN_GOODS}\\b`,
    { needs: ['swing', 'pop ', 'come', 'call ', 'drop', 'stop', 'head', 'roll', 'take', 'grab', 'tow', 'seize', 'haul', 'clear out', 'cart off', 'load up'], exempt: EN_LAWFUL_SEIZURE },
  ),
  // short abuse the classifier may no longer judge alone (short texts are the rules' job)
  en(
    'short_abuse',
    'prohibited_content_threat',
    "\\bor (?:you(?:'ll| will)? )?(?:get|gets|be|end up) (?:hurt|injured|beaten|harmed|smashed)\\b|\\b(?:people|someone|family|kids|wife|husband) who (?:care|cares|love|loves) (?:about )?you\\b[^!?]{0,40}\\bkeep it that way\\b",
    { needs: ['hurt', 'injured', 'beaten', 'harmed', 'smashed', 'keep it that way'], negatable: false },
  ),
  // coming round with a weapon
  en(
    'weapon_visit',
    'prohibited_content_threat',
    "\\b(?:come|coming|comes|visit|show up|turn up|be round|pay you a visit|see you|drop by|stop by|call round)\\b[^.!?]{0,50}\\bwith (?:a |an |my |our |the |some )?(?:baseball |cricket |metal |big )?(?:bats?|knives|knife|guns?|crowbars?|hammers?|machetes?|pipes?|clubs?|shotguns?)\\b",
    { needs: ['bat', 'knife', 'knives', 'gun', 'crowbar', 'hammer', 'machete', 'pipe', 'club'] },
  ),
  // pretending to a third party to be the person's friend or classmate
  en(
    'friend_pretext',
    'false_representation',
    "\\b(?:i'm|i am|this is|it's) (?:a |an )?(?:old |close |good )?(?:friend|classmate|colleague|mate|pal|cousin|neighbou?r|schoolmate|workmate) of (?:his|hers|theirs|[a-z]+'s|[a-z]+)\\b|\\b(?:i'm|i am|it's) (?:[a-z]+'s|his|her|their) (?:old |close |good )?(?:friend|classmate|colleague|mate|pal|cousin|schoolmate|workmate)\\b",
    { when: 'third_party', negatable: false },
  ),
  // round 7: consequences for the children that cannot happen, fake officers and agencies, court forms "issued" by collectors
  en(
    'children_consequences',
    'prohibited_content_threat',
    "\\b(?:children|kids|son|daughter|family)(?:'s)? (?:may |might |will |could |would )?(?:find it (?:harder|hard|difficult)|not be able|be unable|struggle|be refused|be rejected|lose (?:their|his|her) (?:place|chance))\\b[^.!?]{0,50}\\b(?:university|college|school|admissions?|places?|jobs?|visas?|scholarships?|civil service)\\b|\\b(?:defaults?|arrears|debts?|non-?payment) (?:are|is|will be|get|gets) (?:flagged|reported|sent|notified|passed) to (?:the )?(?:admissions? offices?|universit(?:y|ies)|schools?|colleges?|embass(?:y|ies)|immigration)\\b",
    { needs: ['children', 'kids', 'son', 'daughter', 'family', 'flagged', 'reported', 'sent', 'notified', 'passed'] },
  ),
  en(
    'officer_named',
    'false_representation',
    "\\b(?:pc|dc|ds|di|police constable|detective constable|detective sergeant|detective inspector|officer|sergeant|inspector|constable|deputy|trooper|agent) [a-z]+ (?:from|of|with|at) (?:the )?(?:[a-z]+ ){0,3}(?:police|constabulary|sheriff'?s? (?:office|department)|fbi|irs|ftc|cfpb|fca|hmrc)\\b|\\b(?:from|with|representing|on behalf of|part of|calling from|reaching out from|writing from) (?:the )?(?:ftc|irs|cfpb|fca|hmrc|federal trade commission|consumer financial protection bureau|financial conduct authority)(?:'s)? (?:[a-z-]+ ){0,3}(?:partner|program(?:me)?|division|unit|desk|office|department|team|initiative|scheme)\\b",
    { exempt: EN_IMPERSONATION_WARNING },
  ),
  en(
    'court_form_issued',
    'false_representation',
    "\\b(?:court|claim|summons|judg(?:e)?ment)(?: claim)? (?:form|notice|papers?)\\b[^.!?]{0,50}\\bissued (?:today |now |this morning )?by (?:our|us|the) (?:collections?|recovery|credit control|arrears|debt) (?:department|team|dept|unit|office)\\b",
    { needs: ['issued'] },
  ),
  en(
    'sarcastic_not_like',
    'prohibited_content_obscene',
    "\\b(?:it'?s|its) not like (?:you'?re|you are|ur|u r) (?:a |an )?(?:total |complete |real |massive |proper |professional )?(?:sponger|freeloader|deadbeat|scrounger|liar|cheat|thief|loser|bum|parasite|leech|waste of space|layabout|chancer|crook)\\b",
    { needs: ['not like'], negatable: false },
  ),
  en(
    'sell_suggested',
    'undue_pressure',
    "\\b(?:thought (?:about|of)|considered|think about|consider|why not|how about|what about|maybe try|you could try|have you tried) selling (?:the |your |that |those |some (?:of your )?)?[a-z0-9]+\\b",
    { needs: ['selling'] },
  ),
  en('insult_spellings', 'prohibited_content_obscene', '\\b(?:wastem[ae]n|waste man|stoopit|stupit|idjits?|eejits?|gobshites?|dumbasse?s?|dumb ?fucks?|jackasse?s?|knobheads?|dickheads?|bellends?|tossers?|plonkers?|pillocks?|muppets?|wankers?)\\b'),
  // a story about another customer whose circle found out, told as a warning
  en(
    'cautionary_tale',
    'prohibited_content_threat',
    "\\b(?:customer|client|borrower|guy|lady|man|woman|bloke|fella|someone|somebody|person)s? (?:just |exactly )?like you\\b[^.!?]{0,80}[.!?]?[^.!?]{0,80}\\b(?:landlord|boss|employer|manager|family|wife|husband|partner|neighbou?rs|colleagues|co-?workers|hr|kids|children|mum|mother|dad|father|parents|church|whole (?:street|village|office)) (?:all |both |now |soon )*(?:knows?|found out|heard|got (?:a |the )?calls?|were told|was told|got told|learned|learnt)\\b|\\bdon't be (?:him|her|them|that (?:guy|person|customer|borrower|one))\\b",
    { needs: ['like you', "don't be"], negatable: false },
  ),
  // goods taken "with no court, no paperwork": seizure without a court, told as what happens
  en(
    'no_court_seizure',
    'prohibited_content_threat',
    `\\b(?:towed|taken|seized|repossessed|cleared out|took|take|grabbed|collected)\\b[^.!?]{0,80}?\\b(?:no |without (?:a |any )?)(?:court(?: order| case| hearing)?|paperwork|judge|warrant|warning)\\b`,
    { needs: ['no court', 'no paperwork', 'no judge', 'no warrant', 'without a court', 'without any court', 'without court', 'without a warrant', 'without paperwork', 'without a judge'] },
  ),
  en(
    'crime_claim',
    'false_representation',
    `\\b(?:non-?(?:re)?payment|not (?:re)?paying|defaulting|(?:your|this|the) default|failure to (?:re)?pay|(?:your|this|the) (?:unpaid|overdue) (?:loan|debt|balance|emi)|skipping (?:payments?|emis?|instal?ments?))\\b[^.!?]{0,30}\\b(?:amounts? to|is|constitutes?|counts? as|equals?|is treated as|will be treated as|qualifies as)\\b (?:clear |outright |plain )?${EN_CRIME}\\b|\\b(?:under|per|as per|in terms of) (?:section |sec\\.? |s\\.? )?(?:420|406) (?:of (?:the )?)?(?:ipc|indian penal code)\\b|\\bipc (?:section |sec\\.? )?(?:420|406)\\b`,
    { needs: ['pay', 'default', 'skipping', 'unpaid', 'overdue', '420', '406'], exempt: EN_SCAM_CONTEXT, negatable: false },
  ),
  en(
    'all_or_nothing',
    'undue_pressure',
    "\\b(?:full (?:payment|balance|amount|sum)|payment in full|the (?:full|whole|entire) (?:amount|balance|lot|sum)|everything|the lot) or nothing\\b|\\b(?:we(?:'re| are)|we(?:'ve| have)) (?:declining|rejecting|refusing|declined|rejected|refused|turned down|turning down) (?:it|your offer|your proposal|the offer|that offer|this offer|the proposal)\\b(?=[\\s\\S]{0,60}\\bfull (?:balance|payment|amount|sum)\\b)|\\b(?:can't|cannot|won't|will not|don't|do not|aren't able to|are not able to|refuse to) (?:accept|take|agree to) (?:(?:your|the|this|that) (?:offer|proposal)(?: of)? )?(?:[£$€¥] ?\\d[\\d,.]*|\\d[\\d,.]* (?:pounds|dollars|quid|bucks)) (?:a|per|each|every) (?:month|week|fortnight)\\b(?=[\\s\\S]{0,100}\\b(?:full (?:payment|balance|amount)|in full|or nothing|(?:need to|must|have to|will have to|are required to) pay (?:the )?(?:[£$€¥] ?\\d[\\d,.]*|\\d[\\d,.]* (?:pounds|dollars)|(?:the )?(?:whole|full|entire) (?:amount|balance)) (?:by|before|within|in|today|tomorrow|now))\\b)",
    { needs: ['or nothing', 'declin', 'reject', 'refus', 'turn', 'accept', 'take', 'agree to'], negatable: false },
  ),
  // a case being prepared, on a time-barred debt (the suit family's wording in the progressive)
  en(
    'case_prepared',
    'time_barred_suit_threat',
    '\\b(?:prepar|build|draft|put together|assembl)(?:e|es|ed|ing)? (?:a |the |our )?(?:legal |court )?(?:case|claim|lawsuit|suit|proceedings) against you\\b',
    { when: 'time_barred', needs: ['against you'] },
  ),
  // an offer agreed to be affordable, refused all the same
  en(
    'affordable_refused',
    'undue_pressure',
    "\\b(?:affordable|within (?:your|their|his|her|the customer's) means|(?:you|they|he|she|cust(?:omer)?) can afford)\\b[^.!?]{0,80}?(?:[.!?] ?)?[^.!?]{0,40}?\\b(?:declin(?:e|ed|ing)|reject(?:ed|ing)?|refus(?:e|ed|ing)|(?:not|won't|will not|cannot|can't) (?:be )?accept(?:ed)?)\\b|\\b[£$€¥]? ?\\d[\\d,.]*(?:k)? ?(?:\\/ ?mo(?:nth)?|\\/ ?wk|a month|per month|a week|per week|monthly|weekly) or nothing\\b",
    { needs: ['afford', 'means', 'or nothing'], negatable: false },
  ),
  // Scots and other claim wording on a time-barred debt ("raising a simple procedure claim")
  en(
    'claim_raised',
    'time_barred_suit_threat',
    '\\b(?:rais(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|bring(?:s|ing)?|start(?:s|ed|ing)?|fil(?:e|es|ed|ing)) (?:a |an )?(?:simple procedure |small claims? |court |sheriff court |county court )?(?:claim|action|proceedings)\\b|\\bsimple procedure (?:claim|action|case)\\b',
    { when: 'time_barred', needs: ['claim', 'action', 'proceedings', 'simple procedure'] },
  ),
  // round 8 (blind set 8 as development data)
  en(
    'circle_hears',
    'prohibited_content_threat',
    "\\b(?:your|his|her|their) (?:[a-z]+'s )?(?:employer|boss|manager|hr|colleagues|family|wife|husband|partner|neighbou?rs|pastor|church|landlord)(?: [a-z]+){0,2} (?:will|'ll|is going to|are going to|would) (?:also )?(?:be )?(?:hear|hearing|get|getting|receive|receiving) (?:from us|a call|a letter|a visit|about (?:it|this|the debt))\\b|\\bor (?:else )?(?:we(?:'ll| will)|our [a-z]+ will) (?:come|turn up|show up|visit|be round|call round)\\b[^.!?]{0,20}\\b(?:your|his|her|their) (?:home|house|place|door|flat|work|office|shop)\\b|\\b(?:your|his|her) (?:name|photo|picture|details|number)s? (?:will|may|would|shall) (?:also )?be (?:circulated|shared|posted|published|listed|added|put)\\b[^.!?]{0,40}\\b(?:defaulters?|blacklist|list|group|wall)\\b",
    { needs: ['hear', 'get', 'receiv', 'come', 'turn up', 'show up', 'visit', 'round', 'circulated', 'shared', 'posted', 'published', 'listed', 'added', 'put'] },
  ),
  en(
    'relative_insulted',
    'prohibited_content_obscene',
    "\\b(?:your|his|her) (?:son|daughter|husband|wife|brother|sister|nephew|niece|father|mother|dad|mum|mom|tenant|employee|friend) is (?:a |an )?(?:thief|crook|fraud|fraudster|cheat|liar|scammer|deadbeat|criminal|conman|con man|waste of space|disgrace)\\b",
  ),
  en(
    'federal_approved',
    'false_representation',
    "\\b(?:ftc|irs|cfpb|fca|hmrc|federal|government)[- ](?:approved|authori[sz]ed|endorsed|backed|sanctioned|certified|registered)\\b|\\bfederal (?:debt )?settlement\\b|\\b(?:ftc|cfpb|irs|hmrc|fca) (?:consumer )?debt (?:resolution|relief|settlement)\\b",
    { exempt: EN_IMPERSONATION_WARNING_OR_NEVER },
  ),
  en(
    'hints_tp',
    'third_party_disclosure',
    "\\b(?:haven't|have not|hasn't|has not|not) (?:had|received|seen|got|paid) (?:anything|a payment|payment|money|a penny|a cent|a thing)? ?(?:for|on|from|towards)? ?(?:his|her|their) (?:card|account|loan|bill|balance|emi|instal?ments?)\\b|\\b(?:ran|run|running|made) off with (?:our|the) money\\b|\\bobligations? (?:to|with) us\\b|\\bstruggling (?:a bit |a little |somewhat )?with (?:an? |his |her |some )?(?:obligation|commitment|account|payments?|repayments?)\\b|\\bfrom [a-z]+(?: [a-z]+)? (?:recoveries|collections|debt recovery|debt collection|credit recovery)\\b",
    { when: 'third_party', negatable: false },
  ),
  en(
    'money_matters',
    'third_party_disclosure',
    '\\bmoney (?:stuff|matters?|issues?|problems?|things?|troubles?|business|worries)\\b|\\bfinancial (?:stuff|matters?|issues?|problems?|difficult(?:y|ies)|troubles?|situation|obligations?)\\b|\\bsome (?:money|cash) (?:stuff|thing|business)\\b|\\b(?:rough|hard|tough|difficult|bad|tricky) (?:time|patch|spell|few months) (?:with|over) (?:money|cash|finances|(?:his|her|their) (?:finances|money|bills))\\b|\\bstruggl(?:e|es|ed|ing) (?:with (?:money|cash|(?:his|her|their) (?:finances|bills|payments))|financially)\\b|\\bbehind (?:with|on) (?:(?:his|her|their) )?(?:payments|bills|repayments)\\b',
    { when: 'third_party', negatable: false },
  ),
];

/** Chinese round-5 rules. */
export const chineseRound5Rules: PatternRule[] = [
  // 把不还钱说成犯罪（诈骗罪、恶意透支）：虚假陈述；威胁坐牢、拘留的仍另有威胁规则
  zh(
    'crime_claim',
    'false_representation',
    '(?:不还(?:钱|款)?|拖欠|逾期(?:不还)?|欠(?:款|钱)不还|恶意拖欠|赖账|拖着不还)[^。！？]{0,12}?(?:就是|就|已经|已)?(?:属于|构成|涉嫌|算是?|等于|是)(?:了)?(?:诈骗|合同诈骗|信用卡诈骗|恶意透支|违法犯罪|刑事犯罪|犯罪)',
    { exempt: ZH_NOT_A_CRIME },
  ),
  // 评估过还得起的方案，仍然拒绝，要求一次性结清
  zh(
    'affordable_refused',
    'undue_pressure',
    '(?:承受范围|能力范围|负担得起|还得起|可承受|承受能力之内|能够承受)[^。！？]{0,16}[。！？]?(?:但|却|仍|但是)?[^。！？]{0,12}(?:不予接受|不接受|无法接受|不能接受|拒绝|不同意|不予同意|不予批准)',
  ),
  // 对第三方谎称是朋友、同学（虚假身份套取信息）
  zh(
    'friend_pretext',
    'false_representation',
    '我是(?:他|她|[\u4e00-\u9fff]{1,3})的?(?:大学|高中|初中|小学)?(?:朋友|好朋友|老朋友|同学|老同学|同事|老同事|老乡|发小|表哥|表姐|表弟|表妹|战友)',
    { when: 'third_party', negatable: false },
  ),
  // 以征信中心、法院等机构的名义发通知
  zh(
    'authority_notice',
    'false_representation',
    '(?:^|[【\\[])(?:中国人民银行)?(?:征信中心|人民法院|[\u4e00-\u9fff]{0,6}法院|公安局|派出所|金融监管总局|银保监会|仲裁委员会|执行局)(?:[】\\]])?(?:[:：，,]?)(?:通知|提醒|告知|正式通知|特此通知)(?:您|你)?',
    { negatable: false },
  ),
  // 把不还钱说成已构成犯罪：虚假陈述（坐牢、拘留、判刑另有威胁规则）
  zh(
    'crime_words',
    'false_representation',
    '(?:涉嫌|构成|属于|已构成|已经构成)(?:了)?(?:贷款|借款|信贷|金融)?(?:犯罪|诈骗罪?|违法犯罪|刑事犯罪|合同诈骗|信用卡诈骗|恶意透支)|(?:你|您)(?:这是|已经|是在|属于)(?:在)?(?:犯罪|诈骗|违法犯罪)',
    { exempt: ZH_NOT_A_CRIME_OR_MISUSED_NAME },
  ),
  // round 7
  zh(
    'clan_groups',
    'prohibited_content_threat',
    '(?:推送|发送|发布|曝光|发到|公布|转发|通报|同步)(?:至|到|给|在)?(?:您的?|你的?|其)?[^，。！？]{0,6}(?:宗亲群|老乡群|家族群|同乡群|同学群|工作群|业主群|家长群|微信群|朋友圈)|(?:去|到)(?:你|您|其)的?老家(?:上门|走一趟|找|去)|(?:家里人|邻居|亲戚|村里人|乡亲)[、和，]?[^。！？]{0,8}(?:都看着|看笑话|都知道了|看热闹)|多难看|多丢人',
  ),
  zh('address_insult', 'prohibited_content_obscene', '(?:尊敬的|亲爱的)(?:废物|垃圾|人渣|败类|蛀虫|寄生虫|无赖|白眼狼|窝囊废|老赖|骗子)(?:客户|先生|女士|用户|朋友|借款人)'),
  zh('sarcastic_praise', 'prohibited_content_obscene', '(?:有诚信|讲信用|守信用|靠谱|守信|守时|负责任)的?(?:客户|人)[^。！？]{0,16}(?:跳票|爽约|失信|不还|拖欠|放鸽子)|佩服佩服'),
  zh(
    'euphemism_tp',
    'third_party_disclosure',
    '那个[“"]?(?:事情|事儿|事)[”"]?[^。！？]{0,12}(?:说法|交代|处理|解决|了结)|(?:他|她)知道是(?:啥|什么)事',
    { when: 'third_party', negatable: false },
  ),
  // round 8 (blind set 8 as development data)
  zh(
    'sell_property',
    'undue_pressure',
    '(?:房产|房子|车辆|车子|门面|铺面)(?:挂出|挂牌)?(?:出售|售卖|卖掉|变卖)|变卖(?:房产|家产|资产|车辆|家当)|(?:将|把)(?:房产|房子|车)[^，。！？]{0,4}(?:出售|售卖|卖掉)',
  ),
  zh(
    'borrow_elsewhere',
    'undue_pressure',
    '借出来[^，。！？]{0,4}还|(?:平台|网贷|口子|app)[^。！？]{0,12}(?:借|贷)[^。！？]{0,8}还(?:我们|我司|欠款|这边|上)|首借免息[^。！？]{0,16}还',
  ),
  zh(
    'deadline_today',
    'undue_pressure',
    '(?:今天|今晚|明早|明天上午)(?:下班|中午|十二点|12点|下午|晚上|天黑)?(?:前|之前)[^。！？]{0,12}(?:全部|全额|一次性|所有)(?:的)?(?:欠款|钱|款项)?(?:还上|还清|结清|到账|还完)|没得商量|没有商量的余地',
  ),
  zh(
    'call_the_boss',
    'prohibited_content_threat',
    '给(?:你|您|其)的?(?:(?:领导|上司|老板|单位|公司|人事|同事|家人|父母|老婆|老公|爱人|亲戚|朋友|邻居|房东)的?){1,2}(?:们)?(?:打电话|打个电话|发短信|发信息|去电|写信)',
  ),
  zh(
    'family_travel',
    'prohibited_content_threat',
    '(?:直系亲属|家人|全家|家里人|子女|父母|配偶)[^。！？]{0,12}(?:出行|高铁|飞机|坐车|出国|考公|上学|政审|贷款|买房)[^。！？]{0,8}(?:受限|受影响|无法|不能|影响|限制)|全家[^。！？]{0,6}(?:高铁|飞机|出行)',
  ),
  // an animal emoji standing in for 狗 or 猪 in a curse (🐶东西 = 狗东西)
  zh('emoji_curse', 'prohibited_content_obscene', '(?:🐶|🐕|🐷|🐖|🐽)(?:东西|玩意儿?|日的|崽子|娘养的|杂种|腿子)'),
  zh(
    'shameless',
    'prohibited_content_obscene',
    '巨婴|厚脸皮|脸皮(?:的)?厚度|脸皮(?:真|太|可真|也太|够|这么|那么|比[^，。！？]{0,6})厚|(?:慢慢|继续|接着|还在|还想|一直)装死|装死(?:的|先生|女士|大王|专家)',
  ),
];
