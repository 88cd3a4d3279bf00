/**
 * Round-9 rule families (en and zh-CN), written from the labelling policy as families of
 * wording after blind set 9 (messages behind a year of complaints) became development data:
 * - a third party told the person sought has "money trouble" (钱方面的小麻烦, 经济上的事);
 * - goods collected from the home by "our team", announced as needing no court order;
 * - a message headed in an authority's name ("HMCTS notice:", "County Court notice -");
 * - an arbitration award or board ruling invented for the debt ("Arbitration Award No. …",
 *   "the … Arbitration Board has ruled you must pay");
 * - "sell them", "sell the car": the reader told to sell their things to pay;
 * - the reader's child's school or university to be told about the debt;
 * - the criminal code cited at the reader (根据刑法第一百九十三条).
 * Negation, reported speech and the other context cues of rules.ts apply as for every rule.
 */
import { EN_IMPERSONATION_WARNING, EN_LAWFUL_SEIZURE, ZH_NOT_A_CRIME } from './rules-round5.ts';
import { INSULT_EMOJI } from './rules-round4.ts';
import type { PatternRule } from './types.ts';
import { ruleMaker } from './rule-builders.ts';

const en = ruleMaker('en.r9', true);
const zh = ruleMaker('zh.r9', false);

const EN_AUTHORITY =
  "(?:hmcts|hm courts(?: (?:and|&) tribunals service)?|(?:the )?county court|magistrates'? court|high court|(?:the )?(?:district|federal|supreme|superior|small claims) court|irs|ftc|cfpb|fbi|police|sheriff(?:'s office)?|the court|court bailiffs?|high court enforcement)";
const EN_CHILD = "(?:son|daughter|child|children|kids?|boy|girl)(?:'s|s'|s)?";
const EN_CHILD_PLACE = '(?:school|university|uni|college|academy|teachers?|head ?teacher|principal|tutor|admissions?(?: office)?|scholarship (?:board|office))';

/** English round-9 rules. */
export const englishRound9Rules: PatternRule[] = [
  en(
    'goods_from_home',
    'prohibited_content_threat',
    "\\b(?:we|we'll|we will|our (?:[a-z]+ ){0,2}(?:team|agents?|staff|officers?|crew|people|collectors?|representatives?))\\b[^.!?]{0,90}\\b(?:collect|take|remove|seize|repossess|recover|clear out|take away|pick up|load up)\\b (?:any |all |some |your |the )?(?:goods|belongings|possessions|household (?:goods|items)|furniture|valuables|items of value|property|electronics|appliances|laptops?|tvs?|televisions?|telly|car|vehicle|phone)\\b",
    { exempt: EN_LAWFUL_SEIZURE },
  ),
  en(
    'no_court_needed',
    'prohibited_content_threat',
    '\\bno (?:court order|court|warrant|judg(?:e)?ment|judge)(?: is| are| will be)? (?:required|needed|necessary)\\b|\\b(?:do not|don\'t|doesn\'t|does not) (?:need|require) (?:a |any )?(?:court order|warrant|judg(?:e)?ment)\\b',
    { negatable: false },
  ),
  en(
    'removal_without_court',
    'prohibited_content_threat',
    '\\b(?:remove|take|seize|collect|repossess|clear out|enter|tow)\\b[^.!?]{0,60}\\bwithout (?:going to |going through |a |any |the )?(?:court|court order|warrant|judg(?:e)?ment)\\b',
  ),
  en(
    'authority_header',
    'false_representation',
    `^\\W*${EN_AUTHORITY}(?: [a-z]+){0,2} (?:notice|notification|alert|warning|order|summons|final notice|enforcement notice)\\s*[:\\-]|^\\W*(?:notice|message|alert) from ${EN_AUTHORITY}\\b`,
    { negatable: false, exempt: EN_IMPERSONATION_WARNING },
  ),
  en(
    'arbitration_award',
    'false_representation',
    "\\b(?:notice of )?arbitration (?:award|ruling|decision|order) (?:no\\.?|number|#|ref(?:erence)?\\.?)|\\b(?:arbitration|arbitral|consumer|debt|credit|lending|financial|collections?) (?:[a-z]+ ){0,2}(?:board|tribunal|panel|commission|authority|council) (?:has |have )?(?:ruled|ordered|decided|found|determined|directed) (?:that )?you\\b",
    { exempt: EN_IMPERSONATION_WARNING },
  ),
  en(
    'sell_it',
    'undue_pressure',
    "(?<=^|[.!?]\\s*|,\\s*|\\b(?:just|go|then|so|and|or|could|should|can) )(?:sell|flog|pawn|hock|offload) (?:it|them|that|those|the lot|everything|something|some stuff|your (?:[a-z0-9]+ ){0,2}(?:car|phone|console|playstation|ps[345]|xbox|tv|telly|laptop|jewell?e?ry|watch|bike|motorbike|house|flat|stuff|things|gear|belongings))\\b",
  ),
  en(
    'amount_or_nothing',
    'undue_pressure',
    "\\b(?:want|need|take|accept|expect|require)s? (?:[£$€¥]|rs\\.? ?|inr ?)?\\d[\\d,.]*(?:k| (?:pounds|dollars|quid|bucks|euros))?(?: (?:a|per) (?:month|week)| upfront| today| now)? or nothing\\b",
  ),
  en(
    'treat_me_as',
    'false_representation',
    "\\b(?:treat|think of|consider|regard|see) me as (?:your |the |their |a |an )?(?:[a-z']+ ){0,2}(?:attorney|lawyer|solicitor|legal counsel|legal representative|barrister|officer|police(?:man| officer)?|bailiff|judge|court officer|sheriff)\\b",
  ),
  en(
    'emoji_sendoff',
    'prohibited_content_obscene',
    `^\\W*(?:ok|okay|k|kk|fine|sure|bye|cya|lol|lmao|haha|whatever|right|well|yeah|yep|hey|oi|noted|cool)\\W*${INSULT_EMOJI}|${INSULT_EMOJI}\\s*(?:enjoy|keep|go|run|hide|hiding|pay up|answer|pick up|bye|cya|later)\\b`,
  ),
  // round 11 (blind set 11, templates, as development data)
  en(
    'persona',
    'false_representation',
    "\\bpersona\\b[^.!?\\n]{0,30}\\b(?:courier|delivery|parcel|friend|reunion|classmate|old colleague|deputy|sheriff|police|officer|lawyer|attorney|solicitor|judge|court|bailiff|government|irs|hmrc|survey|prize|charity|bank security)|\\b(?:courier|delivery|friend|deputy|sheriff|police|lawyer|attorney|solicitor|judge|court|bailiff|government) persona\\b",
    { negatable: false },
  ),
  en(
    'courier_pretext',
    'false_representation',
    "\\b(?:parcel|package|delivery|courier|shipment)\\b[^.!?]{0,60}\\b(?:wrong address|address (?:on it )?(?:is|was) (?:wrong|incorrect|unclear|incomplete)|failed delivery|(?:couldn't|could not|unable to) deliver|undeliverable|(?:confirm|reply with|send us) (?:the |their |his |her |your )?(?:current |new |correct )?(?:address|number))",
    { exempt: EN_IMPERSONATION_WARNING },
  ),
  en(
    'reunion_pretext',
    'false_representation',
    "\\b(?:i'm|i am|this is) [a-z]+,? (?:an? )?(?:old |former )?(?:uni |university |school |college |work )?(?:friend|mate|classmate|colleague|buddy|pal|roommate|flatmate) of\\b",
    { when: 'third_party', negatable: false },
  ),
  en(
    'sarcastic_intellect',
    'prohibited_content_obscene',
    "\\b(?:someone|a person|people|somebody|a man|a woman) (?:of|with) your (?:obvious |evident |considerable |limited |remarkable |vast |impressive )?(?:intelligence|brains?|intellect|iq|smarts|talents?)\\b|\\beven an? (?:goldfish|child|toddler|monkey|dog|five-year-old|5-year-old|baby)\\b[^.!?]{0,30}\\b(?:could|can|remembers?|knows?|understands?|manages?)\\b|\\bexplain (?:it|this|that|things) (?:to you)?\\W{0,4}(?:very )?slowly\\b|\\b(?:in|using|with) (?:small|little|simple) words\\b",
  ),
  // round 12 (blind set 12, regional and register variety, as development data)
  en(
    'regional_insults',
    'prohibited_content_obscene',
    "\\b(?:(?:pok|puk) ?gai|diu (?:nei|lei|ne)|ham ?ka ?(?:chan|ling)|cibai|chee ?bye|kanina|lan ?jiao|bodoh|pundek|b(?:e|a)h?en ?chod|madarchod|chutiya|harami|kamina|saala|eejit|gobshite|bampot|numpty|bawbag|drongo|dropkick|doos|poes|wanker|tosser|plonker|muppet)\\b",
  ),
  en(
    'childish_competence',
    'prohibited_content_obscene',
    "\\b(?:competence|intelligence|maturity|sense|brains?|understanding|grasp|(?:is|are|was|were) that) of an? (?:[a-z-]+ ){0,2}(?:child|toddler|goldfish|infant|baby|five-year-old|5-year-old|schoolboy|schoolgirl)\\b|\\b(?:slow|half|dim|feeble|simple|thick)-?(?:witted|minded)\\b",
  ),
  en(
    'ask_family_or_borrow',
    'undue_pressure',
    "\\bask (?:the |your )?(?:mammy|mam|mum|mom|ma|da|dad|nan|nanna|granny|gran|family|parents|folks|brother|sister|uncle|aunt(?:ie|y)?|in-laws)\\b[^.!?]{0,40}\\b(?:help|lend|money|pay|cash|sub|loan|bail)|\\b(?:credit union|payday|overdraft|credit card|personal|bank|pawn) loan\\b[^.!?]{0,40}\\b(?:take out|get|borrow)\\b[^.!?]{0,20}\\b(?:clear|pay|settle) (?:us|this|it|the (?:balance|debt|arrears))\\b|\\b(?:take|get|borrow) (?:out )?(?:a |an )?(?:credit union|payday|overdraft|credit card|personal|bank) loan\\b[^.!?]{0,30}\\b(?:clear|pay|settle) (?:us|this|it|the (?:balance|debt|arrears))\\b",
  ),
  en(
    'affordable_declined',
    'undue_pressure',
    "\\b(?:declines?|rejects?|refuses?|(?:cannot|can't|will not|won't|does not|doesn't) accept)\\b[^.!?]{0,60}\\b(?:notwithstanding|despite|although|even though|even if|regardless)\\b[^.!?]{0,40}\\baffordable\\b",
  ),
  en(
    'station_pretext',
    'false_representation',
    "\\bthe (?:lads|guys|boys|people|officers|team) (?:at|down at|from) the (?:station|nick|precinct|police station|courthouse|cop shop)\\b|\\b(?:this is|it's) (?:sergeant|sgt|officer|constable|pc|detective|inspector|deputy|trooper)\\b",
    { exempt: EN_IMPERSONATION_WARNING },
  ),
  en(
    'emi_dues_third_party',
    'third_party_disclosure',
    "\\b(?:his|her|their) (?:emis?|dues|arrears|overdue (?:amount|payments?)|loan (?:dues|repayments?|instal?ments?)|outstanding (?:amount|balance|dues)|pending (?:emis?|dues|payments?))\\b",
    { when: 'third_party', negatable: false },
  ),
  // round 13 (blind set 13, long and mixed messages, as development data)
  en(
    'circle_hears',
    'prohibited_content_threat',
    "\\b(?:their|your|his|her) (?:landlord|letting agent|employer|boss|manager|hr department|neighbou?rs|church|congregation|pastor|vicar|imam|mosque|temple|parents|in-laws)\\b(?:(?!\\b(?:never|not|won't|wouldn't|no one|nobody|nothing)\\b)[^.!?]){0,30}\\b(?:usually |normally |generally |often |then |will |would )?(?:receives?|gets?|hears?|finds? out|learns?) (?:a |an )?(?:letter|call|visit|message|email|text|about|from us)\\b|\\b(?:whole |entire )?(?:church|congregation|street|neighbou?rhood|village|office|workplace) had heard (?:all )?about it\\b|\\b(?:hate|not want|wouldn't want|don't want)\\b[^.!?]{0,12}\\b(?:for )?(?:the people at|your (?:church|congregation|neighbou?rs|family|employer|boss|colleagues|landlord))\\b[^.!?]{0,30}\\b(?:find out|hear|know|learn)\\b",
    { exempt: EN_LAWFUL_SEIZURE },
  ),
  en(
    'police_pickup',
    'prohibited_content_threat',
    "\\b(?:picked up|taken in|taken away|hauled in|locked up) by (?:the )?(?:police|cops|authorities)\\b|\\bknock on (?:your |all your |each of your )?neighbou?rs'? doors?\\b|\\b(?:hate|not want|wouldn't want)\\b[^.!?]{0,20}\\b(?:a |an )?(?:nasty |terrible |bad |little |unfortunate )?accident\\b",
  ),
  en(
    'contacts_texted',
    'prohibited_content_threat',
    "\\b(?:contacts|phone ?book|address book|people in your phone)\\b[^.!?]{0,40}\\b(?:will|would|may|could) (?:each )?(?:receive|get|be (?:sent|told|informed|messaged|texted|notified))\\b|\\beach of (?:those|your|these) contacts\\b[^.!?]{0,20}\\b(?:receive|get)\\b",
  ),
  en(
    'university_place',
    'prohibited_content_threat',
    "\\buniversity (?:place|offer|admission|enrolment|enrollment)\\b[^.!?]{0,40}\\b(?:withdrawn|cancelled|canceled|revoked|rescinded|at risk|affected|lost)\\b|\\b(?:shared|reported|passed) (?:with|to) (?:ucas|student finance|the university|admissions)\\b",
  ),
  en(
    'acting_like',
    'prohibited_content_obscene',
    "\\b(?:acting|behaving|carrying on) (?:exactly |just |precisely )?like (?:one|a deadbeat|a thief|a crook|a scrounger|a child|a parasite|a leech|a con artist)\\b|\\buseless (?:fella|fellow|bugger|sod|lot|git|waste)\\b|\\bthat's what we call (?:people|someone|customers) like you\\b",
  ),
  en(
    'credit_card_transfer',
    'undue_pressure',
    "\\b(?:put|putting|move|moving|transfer|transferring|pay|paying|stick|sticking) (?:the |this |your |that )?(?:[£$€]?[\\d,]+ )?(?:arrears|balance|debt|amount|it|sum)\\b[^.!?]{0,15}\\bon (?:that|the|your|a|this) (?:new )?(?:credit )?card\\b|\\bselling (?:it|her|him|them|the [a-z]+|your [a-z]+) (?:would|will|could) (?:clear|cover|pay off|settle)\\b",
  ),
  en(
    'authority_powers',
    'false_representation',
    "\\bthink of (?:us|me) (?:that way|as (?:bailiffs?|the police|enforcement|officers?|the court))\\b|\\b(?:carry|have|hold) the same powers\\b|\\bas (?:the|your) (?:case )?(?:attorney|lawyer|solicitor|barrister)(?: handling| on| for| assigned to)\\b|\\bsame (?:force|effect|weight|status|standing) as (?:a|an) (?:court )?(?:judg(?:e)?ment|court order|order of the court|warrant)\\b|\\b(?:obtaining|obtain) (?:credit|money|property|services|a pecuniary advantage) by deception\\b|\\bcustodial sentence\\b",
    { exempt: EN_IMPERSONATION_WARNING },
  ),
  en(
    'child_school_told',
    'prohibited_content_threat',
    `\\byour ${EN_CHILD} ${EN_CHILD_PLACE}\\b[^.!?]{0,40}\\b(?:told|informed|notified|contacted|alerted|made aware|hear|know|learn|find out)\\b|\\b(?:tell|inform|notify|contact|write to|call|ring|email|alert|let|reach out to|get in touch with) (?:the |someone at )?your ${EN_CHILD} ${EN_CHILD_PLACE}\\b`,
  ),
];

/** Chinese round-9 rules. */
export const chineseRound9Rules: PatternRule[] = [
  // round 11: templates
  zh(
    'persona',
    'false_representation',
    '(?:律师|法院|法官|警察|公安|民警|快递|法务|同学|朋友|政府|监管|执行|书记员)人设|人设[：:·\\s]{0,2}(?:律师|法院|警察|公安|快递|法务|同学|朋友|政府|监管)|(?:坐席|催收员|员工)自称[^。！？]{0,20}(?:律师|法院|警察|公安|法官|法务)',
    { negatable: false },
  ),
  zh(
    'courier_pretext',
    'false_representation',
    '(?:快递|包裹|派送|物流|快件)[^。！？]{0,20}(?:地址不详|派送失败|无法派送|核实地址|地址有误|地址错误|投递失败)',
    { exempt: /(?:谨防|冒充|诈骗|骗子|假冒)/ },
  ),
  zh(
    'home_goods',
    'prohibited_content_threat',
    '(?:上门|到(?:您|你)家|去(?:您|你)家|外访)[^。！？]{0,40}(?:电视|冰箱|电脑|家具|家电|财物|物品|手机|车辆|洗衣机)[^。！？]{0,20}(?:资产保全|保全|抵偿|抵债|拉走|搬走|收走|扣押|查封|带走)',
    { exempt: /(?:依法(?:向[^。，！？]{0,8})?申请|经法院|法院(?:依法)?裁定|判决生效)/ },
  ),
  zh(
    'sell_assets',
    'undue_pressure',
    '(?:处置|变卖|出售|卖掉|卖了|转卖|抵押)[^。！？]{0,12}(?:资产|车辆|房产|房子|车子|手机|首饰|金饰|家电)[^。！？]{0,24}(?:还款|结清|还清|偿还|抵债|上岸)',
  ),
  // round 12
  zh(
    'sarcastic_standards',
    'prohibited_content_obscene',
    '(?:诚信|智力|智商|脑子|人品|脑袋|脑回路)(?:水准|水平|程度)?[^。！？]{0,12}(?:令人叹为观止|叹为观止|感人|堪忧|捉急|让人着急|令人佩服得五体投地|让人大开眼界)',
  ),
  zh(
    'unsettled_account_hint',
    'third_party_disclosure',
    '有笔(?:数|账|钱|款|帐)(?:未|没|冇|还没|仲未)(?:搞掂|处理|还|结清|清|搞定)',
    { when: 'third_party', negatable: false },
  ),
  zh(
    'taiwan_authority',
    'false_representation',
    '(?:这里是|我是|我们是|本人是|这边是)[^，。！？]{0,6}(?:地检署|地方检察署|检察署|书记官|法务部|调查局|警政署|刑事局|警察局)|(?:到署|到案|到庭)说明',
    { exempt: /(?:谨防|冒充|诈骗|骗子|假冒)/ },
  ),
  // round 13
  zh(
    'publish_list',
    'prohibited_content_threat',
    '(?:公布|公示|曝光|发布|挂出)[^。！？]{0,16}(?:客户|欠款人|借款人|老赖|逾期|不还款)[^。！？]{0,10}(?:名单|姓名|照片)|(?:公布|公示|曝光|发布|挂出)(?:您|你)的?(?:姓名|照片|身份证|信息)|上(?:黑)?名单',
    { exempt: /(?:依法|征信|金融信用信息基础数据库|失信被执行人名单由法院|白名单)/ },
  ),
  zh(
    'word_spreads',
    'prohibited_content_threat',
    '(?:传开|传出去|传到|闹大)[^。！？]{0,24}(?:怎么看|名声|脸面|议论|抬不起头)|(?:家长|学校|单位|同事|领导|邻居|亲戚|村里)(?:们)?(?:又)?会怎么看(?:您|你)|(?:村委会|村支书|老支书|族里长辈|族长|长辈们|家族群)[^。！？]{0,14}(?:说说|说这个事|通知|反映|帮忙说)|(?:跟|和|找)(?:您|你)的?(?:领导|人事|上司|老板)(?:和|跟)?(?:人事|领导)?沟通',
  ),
  zh(
    'car_damage',
    'prohibited_content_threat',
    '轮胎(?:被|给)?扎|车(?:胎|窗|漆|玻璃)[^。！？]{0,6}(?:被|给)(?:扎|砸|划|刮)|(?:万一|小心|注意)[^。！？]{0,12}(?:被扎|被砸|被划|出(?:点)?事|出意外|有个(?:三长两短|闪失))',
  ),
  zh(
    'sarcastic_adult',
    'prohibited_content_obscene',
    '(?:想起来|记得|意识到)自己(?:还)?是个(?:成年人|大人)|人间蒸发|(?:像|跟)(?:个|只)?(?:乌龟|缩头乌龟)|乌龟王八|没脸没皮',
  ),
  zh(
    'family_loan',
    'undue_pressure',
    '(?:跟|向|找)(?:父母|爸妈|家人|家里|亲戚|朋友|兄弟姐妹|兄弟|姐妹|同事)[^。！？]{0,8}借(?:一下|点|些|钱)?',
    { exempt: /(?:不要|别|不建议|无需|不用|切勿|千万别)/ },
  ),
  zh(
    'missed_instalments_hint',
    'third_party_disclosure',
    '有几期(?:款)?(?:没有?|未)(?:按时)?还|几期(?:款)?(?:没|未)(?:按时)?还上|(?:账户|借款)[^。！？]{0,8}(?:没有?按时还|逾期了?)',
    { when: 'third_party', negatable: false },
  ),
  zh(
    'dont_be_laolai',
    'prohibited_content_obscene',
    '(?:别|不要|莫|千万别)(?:做|当)(?:个|一个)?(?:老赖|laolai|赖子|无赖|赖皮)',
    { negatable: false },
  ),
  zh(
    'regulator_notice',
    'false_representation',
    '(?:国家金融监督管理总局|金融监督管理总局|金融监督管理局|国家金融监管总局|银保监局|金融监管局|公安部|最高人民法院|中国互联网金融协会|互联网金融协会)(?:[^。！？，]{0,6})?(?:通知|提醒|告知|责成|要求您|公告)',
    { exempt: /(?:谨防|冒充|诈骗|骗子|假冒|投诉|举报|可向|有权向)/ },
  ),
  // 向第三方暗示被找的人有经济上的麻烦
  zh(
    'money_trouble_hint',
    'third_party_disclosure',
    '(?:钱|经济|财务|资金|金钱|财务上|债务)(?:方面|上面?)的?(?:事|事情|问题|麻烦|小麻烦|状况|情况|纠纷)|是钱(?:方面|上)的|(?:小麻烦|点麻烦|一点麻烦|些麻烦)[^。！？]{0,6}(?:钱|经济|财务)',
    { when: 'third_party', negatable: false },
  ),
  // 对欠款人援引刑法条文
  zh(
    'criminal_code',
    'false_representation',
    '(?:根据|依据|按照|依照|违反|触犯)(?:了)?《?(?:中华人民共和国)?刑法》?第[一二三四五六七八九十百零〇\\d]+条',
    { exempt: ZH_NOT_A_CRIME },
  ),
];
