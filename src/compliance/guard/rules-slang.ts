/**
 * Slang, euphemism and institution-name rules (en and zh-CN) on top of the phrase and
 * family lexicons: prison slang ("doing time", "a night in the cells", 踩缝纫机, 银手镯,
 * 请你喝茶), watching the home, lesser-known authorities and enforcement documents (FTC,
 * State Attorney, writ of control, 互联网金融协会, 公安部), unusual sources of money
 * (second mortgage, loan shark, 压岁钱, 高利贷) and insults outside the main lists. Written
 * from general knowledge of collection abuse and internet slang, not from evaluation texts.
 */
import type { PatternRule } from './types.ts';
import { ruleMaker } from './rule-builders.ts';

const en = ruleMaker('en.slang', true);
const zh = ruleMaker('zh.slang', false);

const SCAM = /\b(?:scam(?:mer)?s?|fraudsters?|fake|beware|pretend(?:ing|s)? to be|impersonat[a-z]*|posing as|claim(?:s|ing)? to be|not from us|complain[a-z]*|report (?:it|them|this) to)\b/;
const ZH_SCAM = /(?:谨防|冒充|诈骗分子|不法分子|自称|核实|假冒|投诉|举报|是诈骗)/;

/** English slang rules. */
export const englishSlangRules: PatternRule[] = [
  en('prison', 'prohibited_content_threat', "\\b(?:do|doing|serve|serving|did) (?:hard |some |real )?time\\b|\\b(?:a night|nights|a weekend|time) in (?:the |a )?cells?\\b|\\binside (?:of )?a cell\\b|\\borange jumpsuit\\b|\\bcell door\\b|\\bbehind a cell\\b|\\b(?:handcuff )?bracelets\\b(?=[^.!?]{0,30}\\b(?:worn|wear|ignore|pay|police)\\b)", {
    exempt: /\b(?:cannot|can't|won't|will not|never|not) (?:go to (?:jail|prison)|be arrested|do time)\b|\bcivil\b/,
  }),
  en('watching', 'prohibited_content_threat', "\\b(?:parked|sitting|waiting|standing) (?:across|opposite|down|up) (?:the road|the street|from) (?:from )?your\\b|\\b(?:outside|across from|opposite) your (?:flat|house|home|door|office|work|building) (?:since|all|every|each|tonight|today)\\b|\\bhas a public (?:page|profile|account)\\b[^]{0,20}\\bwe (?:noticed|saw|had a look|found)\\b"),
  en('authority', 'false_representation', "\\b(?:federal trade commission|ftc|consumer financial protection bureau|state attorney'?s? office|attorney general'?s? office|department of justice|crown court|high court|magistrates(?:'| court)?) (?:has|have|is|are|here|calling|requires?|signed|issued|authori[sz]ed|instructed|ordered)\\b|\\b(?:this is|calling from|message from|on behalf of) (?:the )?(?:federal trade commission|ftc|state attorney'?s? office|attorney general'?s? office|department of justice)\\b|\\b(?:state|district) attorney'?s? office\\b(?=[,:])|\\b(?:consumer|civil) debt (?:unit|division|section|department)\\b|\\bwrit of (?:control|execution|fieri facias|possession)\\b|\\bsigned off enforcement\\b|\\b(?:agents|officers|bailiffs) (?:are being|have been|will be) dispatched\\b", { exempt: SCAM }),
  en('money', 'undue_pressure', "\\b(?:second|another) mortgage\\b|\\bloan ?sharks?\\b|\\bpiggy ?banks?\\b|\\b(?:kids'?|children'?s?|child's|grandchildren'?s?) (?:savings|money|accounts?|trust fund|college fund)\\b|\\bequity release\\b|\\bsell (?:your|some) (?:blood|plasma|eggs)\\b", {
    exempt: /\b(?:never|don't|do not|not|avoid|warn|beware)\b/,
  }),
  en('insult', 'prohibited_content_obscene', "\\b(?:bottom[- ]?feeders?|sponges?(?= and| like|,)|bunch of (?:clowns|losers|idiots|crooks|thieves|deadbeats|liars)|dead ?beats?|skivers?|wastrels?|wasters?|no-?hopers?|chancers?|muppets?|halfwits?|nitwits?|dimwits?|knobheads?|tossers?|plonkers?|gits?)\\b"),
];

/** Chinese slang rules. */
export const chineseSlangRules: PatternRule[] = [
  zh('prison', 'prohibited_content_threat', '踩缝纫机|银手镯|(?:请|叫)(?:你|您)(?:去)?(?:派出所|局里|所里)?喝(?:个)?茶|蹲局子|进去(?:蹲|待|坐)(?:几年|一阵|两年|三年)|牢底坐穿|铁窗|吃国家饭|公家饭', { negatable: false, exempt: /(?:不会|不用|无需|谣言|不实|诈骗|冒充)/ }),
  zh('watching', 'prohibited_content_threat', '(?:楼道|小区|门口|单元)(?:口)?的?监控[^。！？]{0,10}(?:看过|调过|查过|看了)|(?:去|到)(?:那个|你们?的?|她的?|他的?)?(?:学校|幼儿园|单位|公司|小区)(?:也)?(?:去)?(?:转过|看过|逛过|踩过点)|(?:学校|幼儿园|单位|公司|小区|家门口)[^。！？]{0,8}(?:我们|我)(?:也|都)?(?:去)?(?:转过|看过|逛过|踩过点|去过)|祠堂|宗祠|族谱|村口(?:的)?(?:公告|大喇叭|广播)|大喇叭'),
  zh('authority', 'false_representation', '(?:互联网金融协会|互金协会|银行业协会|公安部|网络安全局|最高人民法院|最高法|高级人民法院|中级人民法院|检察院|司法局|银保监局|金融监管总局|人民银行)[^。！？]{0,8}(?:委托|派驻|授权|指派|督办|来电|专员|通知)|受[^。！？]{0,12}(?:协会|公安|法院|检察院|司法|监管)[^。！？]{0,4}委托|(?:拨打|联系|致电)12368|派驻的?(?:监管|督办)', { exempt: ZH_SCAM }),
  zh('money', 'undue_pressure', '压岁钱|高利贷|裸贷|(?:孩子|儿子|女儿|子女)的?(?:学费|存款|零花钱|储蓄)|(?:父母|爸妈|老人)的?房子[^。！？]{0,8}(?:抵押|卖)|(?:抵押|卖)[^。！？]{0,6}(?:父母|爸妈|老人)的?房子', { exempt: /(?:不要|别|请勿|切勿|不建议|谨防|不会|要紧|重要|优先|先(?:交|顾|保证|留)|顺延|延期)/ }),
  zh('insult', 'prohibited_content_obscene', '瘪三|二百五|下三滥|智商欠费|脑子瓦特|废物点心|臭虫|蛆虫|丧门星|扫把星|败家玩意|丢人玩意|狗腿子|憨批|憨憨|瓜娃子|龟孙|脑残|智障|厚颜无耻|寄生虫|不要碧莲'),
];
