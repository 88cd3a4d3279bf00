/**
 * Round-3 rule families (en and zh-CN), written from the policy as families of wording,
 * not from single sentences:
 * - suit wording on a time-barred debt beyond "sue/court": filing (anyway, by the 30th, a
 *   recovery suit), advocates and legal panels, claim forms, 官司/立案/司法程序;
 * - refusing an affordable offer and demanding everything at once ("£30 a month? Not
 *   acceptable; the full balance this week", 你说每月还500？不行，必须本周一次性结清);
 * - hints to a third party that someone has money trouble or is being collected from
 *   (money troubles, his credit card, credit control, 手头紧, 资金周转不开, 贷后部, 资产保全);
 * - insults of regional English (bludger, numpty, eejit, mumu) and dialect Chinese
 *   (瘪犊子, 扑街, 龟儿子, 戆大, 憨包, 瓜皮) and their homophones.
 * Negation, reported speech and the other context cues of rules.ts apply as for every rule.
 */
import type { PatternRule } from './types.ts';
import { ruleMaker } from './rule-builders.ts';

const en = ruleMaker('en.r3', true);
const zh = ruleMaker('zh.r3', false);

const EN_FULL = '(?:(?:the )?(?:full|whole|entire|total)(?: outstanding)? (?:amount|balance|sum|debt|lot|payment|thing|£|\\$|€|₹|n\\d|rs)|in full|everything|all of it|the lot)';
const EN_PLACE =
  "(?:mum|mom|mother|dad|father|parents|sister|brother|nan|gran|grandma|grandparents|in-laws|work|office|workplace|employer|job|shop|kids' school|children's school|church|mosque|temple)(?:'s|s')?\\b";
const EN_CIRCLE = '(?:missus|wife|husband|hubby|partner|mum|mom|mother|dad|father|parents|boss|manager|supervisor|employer|hr|colleagues|neighbou?rs|family|kids|oga|landlord|pastor|imam|in-laws)\\b';
const EN_KID = '(?:kids?|children|son|daughter|little (?:girl|boy|one)|boy|girl|grandchildren)';
const ZH_CIRCLE = '(?:主管|领导|上司|老板|经理|人事(?:部门)?|hr|HR|同事|家人|家属|父母|爸妈|老婆|老公|妻子|丈夫|邻居|亲戚|朋友|村委|居委|物业)';
const ZH_PLACE = '(?:公司|单位|工作单位|老家|父母家|家里|住处|小区|门店|店里|工地|学校)';
const ZH_ALL = '(?:一次性|全额|全部|全款|所有的?钱|一分不少)(?:还清|结清|付清|还上|还款|支付|打过来|到账|付|还)';

/** English round-3 rules. */
export const englishRound3Rules: PatternRule[] = [
  en(
    'suit_filing',
    'time_barred_suit_threat',
    "\\b(?:fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|institut(?:e|es|ed|ing)|initiat(?:e|es|ed|ing)) (?:(?:a|an|the|our|legal) )?(?:[a-z-]+ ){0,2}(?:suit|case|claim|petition|proceedings|action|summons|writ)s?\\b|\\b(?:we(?:'re| are|'ll| will| shall)|i(?:'m| am|'ll| will)|they(?:'re| are|'ll| will)) (?:be )?(?:still |now |definitely |going to be )?filing\\b|\\bfiling (?:anyway|regardless|against|by|this|next|on|in|soon|today|tomorrow|now|with)\\b|\\b(?:money|recovery|civil|summary|debt) (?:suit|claim|case|proceedings)\\b|\\bsuit (?:against|for recovery)\\b|\\b(?<!consumer |debt |patient |customer |independent )advocates?\\b|\\blegal (?:panel|notice|counsel)\\b|\\bclaim form\\b|\\bsmall claims\\b|\\bmagistrates?\\b|\\bdecree\\b",
    { when: 'time_barred' },
  ),
  en(
    'refuse_plan',
    'undue_pressure',
    `\\b(?:proposal|offer|plan|payment plan|repayment plan|instal?ments?|arrangement|suggestion)(?: (?:of|for) [^.;!?]{1,25}?)? (?:has been|have been|was|were|is|are|will be) (?:declined|refused|rejected|turned down|not accepted|not acceptable|unacceptable)\\b|\\b(?:not acceptable|unacceptable|not good enough|won't cut it|doesn't cut it|isn't good enough)(?: (?:to|for) (?:us|me|our client))?\\b[^?]{0,60}?\\b${EN_FULL}|\\bnothing (?:less|short) (?:than|of) ${EN_FULL}`,
    { exempt: /\b(?:sorry|apologi[sz]e|apologies|refund(?:ed|s)?|our (?:mistake|error|fault)|on our part)\b/, needs: ['accept', 'declin', 'refus', 'reject', 'turned down', 'good enough', 'cut it', 'nothing less', 'nothing short'], negatable: false },
  ),
  en(
    'visit_circle',
    'prohibited_content_threat',
    `\\b(?:swing|drop|pop|come|go|head|call|stop|turn up|show up|be|drive)(?: (?:round|around|over|by|in|down))?(?: to| at| into)? (?:your|you at your) ${EN_PLACE}|\\b(?:pay|make) (?:a |an |you a )?(?:little |quick |personal )?(?:visit|call|trip|appearance) (?:to|at) your ${EN_PLACE}|\\b(?:expect|see) (?:us|me|someone|somebody|our (?:team|agents?|staff|people|lads|guys)) (?:at|outside|in) your ${EN_PLACE}`,
    { needs: ['your mum', 'your mom', 'your mother', 'your dad', 'your father', 'your parent', 'your sister', 'your brother', 'your nan', 'your gran', 'your in-law', 'your work', 'your office', 'your job', 'your employer', 'your shop', 'your kids', 'your children', 'your church', 'your mosque', 'your temple'] },
  ),
  en(
    'crime_more',
    'prohibited_content_threat',
    "\\b(?:cognizable|cognisable|non-bailable|criminal|penal) offen[cs]e\\b|\\bfirs?\\b[^.!?]{0,20}\\b(?:lodged|filed|registered|lodge|file|register)\\b|\\b(?:lodg(?:e|ed|ing)|fil(?:e|ed|ing)|register(?:ed|ing)?) (?:an? )?(?:fir|police (?:case|complaint|report)|criminal (?:case|complaint))\\b|\\bpolice (?:case|complaint) (?:against|on) you\\b|\\bsection 420\\b|\\bcheating case\\b",
    { needs: ['offen', 'fir', 'police', '420', 'cheating', 'criminal'], notAfter: /\b(?:you(?: can| may| could| should| might| need to)?|please|victims? (?:can|should|may))\s*$/, exempt: /\b(?:not a (?:crime|criminal)|civil (?:matter|debt|dispute)|scam(?:mer)?s?|fraudsters?|fake|impersonat[a-z]*)\b/ },
  ),
  en(
    'shaming',
    'prohibited_content_threat',
    `\\b(?:your )?(?:name|photos?|pictures?|pics?|face|details|number|id)(?: and (?:your )?(?:photos?|pictures?|pics?|face|details|number|address))? (?:will|may|would|shall|go|is going to|are going to|can) (?:be )?(?:shared|posted|published|circulated|uploaded|put up|sent|broadcast|displayed|forwarded)\\b|\\b(?:post|share|upload|circulate|publish|broadcast|put up|paste) your (?:name|photos?|pictures?|pics?|face|details|id|number)\\b|\\b(?:whatsapp|facebook|instagram|tiktok|telegram|social media|groups?|status)\\b[^.!?]{0,40}\\bas (?:a )?(?:loan )?(?:defaulter|debtor|fraud|thief|cheat|scammer)\\b|\\bin front of (?:your )?(?:colleagues|co-?workers|neighbou?rs|family|kids|children|boss|friends|staff|oga|customers|everyone|the whole)\\b|\\b(?:avoid|save yourself|spare yourself) (?:the |any |public |further )?(?:embarrassment|shame|humiliation|disgrace)\\b|\\b(?:embarrass|shame|humiliate|disgrace) (?:you|him|her)\\b`,
    { exempt: /\b(?:credit (?:reference|reporting) agenc(?:y|ies)|credit bureaus?|(?:as|where) (?:the )?law (?:allows|permits|requires)|permitted by law|required by law|securely|with your (?:consent|permission))\b/, needs: ['photo', 'pic', 'name', 'face', 'detail', 'number', ' id', 'whatsapp', 'facebook', 'instagram', 'tiktok', 'telegram', 'social', 'group', 'status', 'front of', 'embarrass', 'shame', 'humiliat', 'disgrace'] },
  ),
  en(
    'boys_round',
    'prohibited_content_threat',
    `\\b(?:the|our|my) (?:boys|lads|guys|men|heavies|muscle)\\b[^.!?]{0,20}\\b(?:coming|come|be|pop|drop) (?:round|over|by|to see you|for you|knocking)\\b|\\b(?:send|sending|sent) (?:our )?(?:recovery agents?|field (?:executives?|agents?|staff|team)|(?:our )?(?:agents?|people|team|boys)) to your (?:office|workplace|society|colony|neighbou?rhood|village|employer|residence and)\\b`,
    { needs: ['boys', 'lads', 'guys', ' men', 'heavies', 'muscle', 'send', 'sent'] },
  ),
  en(
    'word_with',
    'prohibited_content_threat',
    `\\b(?:we|we'll|we've|we're|we'd|i|i'll|i'm|i'd|our [a-z]+|someone|somebody|they|they'll|they're)(?: will| would| might| may| could| are going to| am going to| shall)?(?: be)? (?:have|having|had) (?:a |an )?(?:little |quiet |friendly |quick |proper )?(?:chat|word|talk|conversation|natter) with your ${EN_CIRCLE}`,
    { needs: ['chat with your', 'word with your', 'talk with your', 'conversation with your', 'natter with your'], notAfter: /\b(?:you|you'd|you'll)(?: would| might| may| could| can| should| will)? (?:want to |like to |need to |wish to |choose to )?$|\b(?:feel free to|it can help to|it helps to|it may help to)\s*$/ },
  ),
  en(
    'menace_more',
    'prohibited_content_threat',
    "\\bstop (?:asking|being) (?:nicely|polite|nice|friendly)\\b|\\bwhat happens next is (?:out of (?:my|our) hands|not up to (?:me|us))\\b|\\bno (?:more )?mr\\.? nice guy\\b|\\bthe gloves (?:are|come) off\\b|\\b(?:do|doing|play|playing) (?:this|it|things) the hard way\\b|\\bthe (?:hard way or the easy way|easy way or the hard way)\\b",
    { needs: ['stop asking', 'stop being', 'happens next', 'nice guy', 'gloves', 'hard way', 'easy way'] },
  ),
  en('borrow_more', 'undue_pressure', "\\bborrow (?:it |the money |some money |some |a bit |the cash |a few (?:quid|bucks|hundred) )?(?:off|from) (?:your|a) (?:nan|gran|mum|mom|dad|parents|family|relatives|friends?|mates?|brother|sister|boss|neighbou?rs?|partner|in-laws|uncle|aunt|cousins?|colleagues?)\\b", { needs: ['borrow'] }),
  en(
    'deadline_more',
    'undue_pressure',
    "\\b(?:you've got|you have|you get|you got|got) (?:till|until|untill|til) (?:\\d{1,2}(?::\\d\\d)?(?: ?[ap]m)?|noon|midday|midnight|tonight|lunchtime|close of business|end of (?:the )?day)(?: today| tonight)?\\b",
    { needs: ['till', 'until'], negatable: false, exempt: /^(?![^]*\b(?:pay|paid|paying|settle|clear|money|transfer|balance|amount|full|funds|cash|it all)\b)/ },
  ),
  en('letter_circle', 'prohibited_content_threat', "\\b(?:letters?|notices?|messages?|calls?|e-?mails?)\\b[^.!?]{0,40}\\b(?:addressed|sent|going|go|delivered|written) to (?:the people you (?:live|work) with|your (?:household|flatmates?|housemates?|landlord|family|employer|neighbou?rs|boss))\\b", {
    needs: ['people you', 'household', 'flatmate', 'housemate', 'landlord', 'family', 'employer', 'neighbo', 'boss'],
  }),
  en(
    'authority_more',
    'false_representation',
    "\\b(?:department|bureau|agency|commission|directorate|board) (?:of|for) (?:[a-z]+ ){0,3}(?:debts?|collections?|recovery|recoveries|enforcement|arrears|defaulters?)(?: [a-z]+){0,2}\\b|\\b(?:county|state|federal|national|civil) (?:enforcement|recovery|collections?|debt) (?:services?|agency|office|bureau|unit|division|department)\\b|\\blegal (?:recovery|enforcement|collections?|action) (?:department|team|unit|division|desk|cell|wing)\\b",
    { needs: ['department', 'bureau', 'agency', 'commission', 'directorate', 'board', 'services', 'legal '], exempt: /\b(?:scam(?:mer)?s?|fraudsters?|beware|pretend(?:ing|s)? to be|impersonat[a-z]*|posing as|not from|no such|ombudsman|complain[a-z]*|financial conduct authority|cfpb)\b/ },
  ),
  en(
    'benefits_told',
    'prohibited_content_threat',
    "\\b(?:suspension|suspend(?:ed|ing)?|stop(?:ped|ping)?|cut(?:ting)? off|seiz(?:e|ed|ure|ing)|withh(?:o|e)ld(?:ing)?)\\b[^.!?]{0,20}\\byour (?:social security|benefits?|pension|universal credit|disability (?:payments?|allowance)|child benefit)\\b|\\b(?:notified|informed|told|contacted|alerted|emailed|written to|reached out to) your (?:employer|boss|manager|hr|payroll|colleagues|family|wife|husband|partner|parents|neighbou?rs|landlord|pastor)\\b",
    {
      needs: ['social security', 'benefit', 'pension', 'universal credit', 'disability', 'notified your', 'informed your', 'told your', 'contacted your', 'alerted your', 'emailed your', 'written to your', 'reached out to your'],
      notAfter: /\b(?:you|you've|you have|you had|if you|have you|you may have|you might have)\s*$/,
      exempt: /\b(?:cannot|can't|protected|exempt|never|only (?:with|after) a court)\b/,
    },
  ),
  en(
    'police_coming',
    'prohibited_content_threat',
    "\\b(?:the )?(?:police|cops|officers|sheriff|bailiffs?|marshals?|enforcement officers?) (?:are|is|will be|'re|'ll be) (?:already )?(?:on (?:their|the|his|her) way|coming (?:for you|to (?:get|arrest) you|round)|heading (?:over|to you|your way)|at your door)\\b",
    { needs: ['police', 'cops', 'officers', 'sheriff', 'bailiff', 'marshal'] },
  ),
  en(
    'watching_kids',
    'prohibited_content_threat',
    `\\b(?:saw|seen|noticed|spotted|watched|clocked) you (?:drop(?:ping)?|pick(?:ing)? up|leav(?:e|ing) (?:home|work|the house|your)|walk(?:ing)?|arriv(?:e|ing)|park(?:ing)?|go(?:ing)? into|com(?:e|ing) out)\\b|\\byou (?:dropped|picked up) (?:the|your) ${EN_KID}\\b|\\byour ${EN_KID}(?:'s)? [^.!?]{0,20}\\b(?:at|goes to|go to|attends?) [a-z' .]{2,24} (?:primary|elementary|high|middle|junior|grammar|academy|nursery|kindergarten|school)\\b`,
    { needs: ['saw you', 'seen you', 'noticed you', 'spotted you', 'watched you', 'clocked you', 'dropped', 'picked up', 'primary', 'elementary', 'high', 'middle', 'junior', 'grammar', 'academy', 'nursery', 'kindergarten', 'school'] },
  ),
  en(
    'thirdparty_hint',
    'third_party_disclosure',
    "\\baccount (?:she|he|they) (?:holds?|has|have|opened|took out)\\b|\\b(?:fallen|fell|falling|got|gotten|getting|gone|went|been) (?:a (?:bit|little) |slightly |badly |way |seriously )?behind\\b|\\bmoney (?:troubles?|worries|difficult(?:y|ies)|woes)\\b|\\bfinancial (?:difficult(?:y|ies)|troubles?|problems?|hardship|situation|position|affairs|obligations?|commitments?|issues?)\\b|\\b(?:short of|strapped for|tight on|struggling (?:with|for)|low on) (?:money|cash|funds)\\b|\\bcash[- ]strapped\\b|\\b(?:his|her|their) (?:finances|credit cards?|card payments?|repayments?|payments?|bills?|loans?|mortgage|overdraft|credit)\\b|\\bcredit control\\b|\\b(?:financial|debt|credit|asset|account|loan) recover(?:y|ies)\\b|\\b(?:collections?|arrears|hardship|debt|recoveries|credit risk|credit management) (?:team|department|dept|unit|section|centre|center|desk|division)\\b",
    { when: 'third_party', negatable: false },
  ),
  en(
    'insult',
    'prohibited_content_obscene',
    "\\b(?:scroungers?|(?:dole )?bludgers?|drongos?|numpt(?:y|ies)|eejits?|wankers?|bellends?|twats?|pillocks?|prats?|mumus?|olodos?|bewakoof|badtameez|haramkhor|nalayak|kamina)\\b|\\b(?:you|this|that) (?:ode|mugu|chor|gadha)\\b|\\b(?:shameless|useless|worthless|wretched|stupid) (?:fellow|creature|woman|man|lot|people|specimen)\\b|\\bdidn't your (?:mum|mom|mother|parents|dad|father) (?:ever )?teach you\\b|\\byou(?:'re| are| r)? (?:a |an |such a |nothing but a |just a )?(?:cheat|liar|thief|crook|fraud(?:ster)?|con ?man|swindler)s?\\b",
    { needs: ['scrounger', 'bludger', 'drongo', 'numpt', 'eejit', 'wanker', 'bellend', 'twat', 'pillock', 'prat', 'mumu', 'olodo', 'bewakoof', 'badtameez', 'haramkhor', 'nalayak', 'kamina', ' ode', ' mugu', ' chor', ' gadha', 'shameless', 'useless', 'worthless', 'wretched', 'stupid', 'teach you', 'cheat', 'liar', 'thief', 'crook', 'fraud', 'con', 'swindler'] },
  ),
];

/** Chinese round-3 rules, before merging. */
const chineseRound3Parts: PatternRule[] = [
  zh('suit_more', 'time_barred_suit_threat', '官司|立案|司法程序|走司法|诉至|律师(?:团队|事务所|已|会|将)|法律责任', { when: 'time_barred' }),
  zh(
    'refuse_plan',
    'undue_pressure',
    `(?:不接受|不同意|不答应|不认可|这不行|那不行|这可不行|不行不行|没门|免谈)[^。！？]{0,16}?${ZH_ALL}|只(?:接受|收|要)(?:一次性|全额|全款|全部)|(?:必须|务必|只能|一定要)(?:在)?(?:本周|这周|本月|这个月|今天|明天|今晚|月底|周[一二三四五六日末]|(?:\\d+|[一二三两四五六七])(?:天|日|号))(?:内|之内|前|以前|之前)?${ZH_ALL}`,
    { negatable: false },
  ),
  zh(
    'visit_circle',
    'prohibited_content_threat',
    `派(?:专员|人|同事|外访(?:人员)?|工作人员|团队|催收员)?(?:到|去|上|前往)(?:您|你)(?:的)?${ZH_PLACE}|(?<=(?:我们|我司|我方|我|同事|专员|外访|工作人员)(?:[^。！？，您你]|帮[你您]){0,8})(?:跟|和|向|与|找|给)(?:您|你)?(?:的)?(?:所在|新|现在)?(?:单位|公司)?(?:的)?${ZH_CIRCLE}[^。！？，]{0,6}(?:说明|沟通|反映|聊聊|谈谈|说说|讲讲|了解|核实|通报|交流|说一声|打个招呼|通个气)`,
  ),
  zh(
    'menace_more',
    'prohibited_content_threat',
    '看[着住]来|给我等着|(?:你|您)(?:就)?等着吧|后果(?:你|您)?自己(?:想|掂量|考虑|看着办)|闹大了?(?:对|就|可|的话)|对(?:谁|大家|你|您)都不好(?:看)?|不好收场|(?:在哪|住哪|哪里)儿?(?:上班|上学|工作|住|读书)[^。！？]{0,10}(?:打听|清楚|知道|查到|摸清|查清)|(?:打听|查|摸)(?:清楚|到)了?(?:你|您)(?:的)?(?:家|住址|单位|公司|老家)|安排(?:人|专人|同事|外访(?:人员)?)(?:上门|到家|去家里|去你家|去您家)|(?:外访|人员|同事|我们的人)[^。！？]{0,6}(?:已经|马上|正在)(?:到|在)了?(?:你|您)(?:们)?(?:的)?(?:公司|单位|老家|家|小区|楼下|门口)',
  ),
  zh('veiled_more', 'prohibited_content_threat', '(?:要是|万一|如果|这种时候|这个时候|关键时候)[^。！？]{0,8}出(?:点|了|个|什么)?(?:事|状况|岔子|意外)|影响(?:可|就|会)?(?:大了|不小)'),
  zh('insult_more', 'prohibited_content_obscene', '好意思活着|有脸活着|还有脸(?:活|见人|出门)|蛀虫|毒瘤|渣滓|(?:你|您)(?:妈|爸|父母|爹妈|爸妈)(?:没|没有|就没)(?:教|教过)(?:你|您)'),
  zh('sell_more', 'undue_pressure', '(?:房子|车子|房产|那套房|车)[^。！？]{0,6}(?:卖了|卖掉)(?:就|也|吧|不就|还)'),
  zh('funeral', 'prohibited_content_threat', '花圈|遗照|寿衣|棺材|灵堂|冥币|纸钱|泼(?:油漆|红漆|粪)|通缉令|(?<![a-z])p(?:了|好了?|成)(?:你的?|您的?)?(?:照片|图|遗照|头像)?'),
  zh('circle_contacts', 'prohibited_content_threat', '(?:老婆|老公|妻子|丈夫|父母|爸妈|家人|孩子|领导|同事|单位|公司)(?:的)?(?:单位|公司)?(?:的)?(?:电话|号码|手机号|地址|联系方式)[^。！？]{0,8}(?:拿到|查到|找到|掌握|知道|有了|都有)'),
  zh('police_coming', 'prohibited_content_threat', '(?:警察|民警|公安|派出所的人|法院的人|执行人员|执行局的人)(?:马上|已经|正在|很快|今天|明天)(?:就)?(?:到|来|上门|过去|出发)(?!电|源|自)'),
  zh('circle_knows', 'prohibited_content_threat', '(?:你|您)(?:的)?(?:家人|父母|爸妈|老婆|老公|孩子|领导|同事|朋友|邻居|亲戚|全家)(?:都|全|迟早|很快|马上|也){1,2}(?:会|要|将)?(?:知道|晓得|看到|听说)'),
  zh('exposure_more', 'prohibited_content_threat', '(?:照片|名字|头像|身份证|欠款信息|个人信息)[^。！？]{0,6}(?:出现在|挂在|贴在|登在|发在)'),
  zh('false_more', 'false_representation', '【[^】]{0,10}(?:法务|律师|诉讼|司法|执行|催收部|调解)[^】]{0,6}】', { exempt: /(?:谨防|冒充|诈骗分子|不法分子|自称|核实|假冒)/ }),
  zh('pawn_more', 'undue_pressure', '(?:表|手表|首饰|金子|金项链|项链|戒指|手机|电脑|相机|包)[^。！？，]{0,2}(?:当了|当掉|卖了)'),
  zh(
    'watching_kids',
    'prohibited_content_threat',
    '(?:你|您)(?:的|家)?(?:女儿|儿子|孩子|小孩|闺女|孙子|孙女|外孙女?)[^。！？，]{0,3}(?:在|读|上)[^。！？，]{0,10}(?:[\u4e00-\u9fff]{2,6}(?:小学|中学|幼儿园|学校)|[一二三四五六初高](?:年级|[一二三]班)|(?:\\d+|[一二三四五六七八九十]+)班)',
  ),
  zh(
    'thirdparty_hint',
    'third_party_disclosure',
    '手头[^。，！？]{0,6}(?:紧|不(?:太)?方便|不(?:太)?宽裕|困难|拮据)|缺钱|钱(?:的|上的?)(?:事|问题|方面)|经济(?:上)?(?:有点|遇到(?:了)?点?|出了?点?)?(?:困难|状况|问题|压力|紧张|拮据)|资金(?:周转|紧张|链)|周转(?:不开|不过来|困难|不灵)|财务(?:状况|问题|困难|危机)|贷后|资产保全|清收|不良资产|债权|催缴|委外|信用卡中心',
    { when: 'third_party', negatable: false },
  ),
  zh('insult', 'prohibited_content_obscene', '瘪犊子|扑街|仆街|龟儿子|戆大|憨包|瓜皮|哈批|撒币|二逼|二b|贱人|贱骨头|废柴|狗日的?|冚家铲|死全家|食屎|衰仔|痴线|蠢货|王八蛋|混蛋'),
];

/**
 * Rules of one reason and no options, merged into one pattern (one scan of the text instead
 * of several); the merged rule keeps the first part's id plus "+".
 */
function mergePlain(rules: PatternRule[]): PatternRule[] {
  const out: PatternRule[] = [];
  const byReason = new Map<string, PatternRule>();
  for (const r of rules) {
    const plain = Object.keys(r).every((k) => k === 'id' || k === 'reason' || k === 're');
    const prev = plain ? byReason.get(r.reason) : undefined;
    if (!plain) out.push(r);
    else if (!prev) {
      const copy = { ...r };
      byReason.set(r.reason, copy);
      out.push(copy);
    } else {
      prev.re = new RegExp(`${prev.re.source}|${r.re.source}`, 'g');
      if (!prev.id.endsWith('+')) prev.id += '+';
    }
  }
  return out;
}

/** Chinese round-3 rules. */
export const chineseRound3Rules: PatternRule[] = mergePlain(chineseRound3Parts);
