/**
 * Concept-family rules (en and zh-CN), added on top of the phrase lexicons of rules-en.ts
 * and rules-zh.ts so that new wording of the same idea is caught: harm to people or
 * property, watching and finding, exposure to a circle of people, crime/arrest/immigration,
 * money taken without a judgment, impersonated authorities, pressure to borrow or to raid
 * other money, insults. Written from RULES.md §0.2, A.7, A.10, B.2, B.5, B.6, C and general
 * knowledge of abusive collection wording; widened from misses on training (dev) texts only.
 */
import type { PatternRule } from './types.ts';
import { ruleMaker } from './rule-builders.ts';

const en = ruleMaker('en.family', true);
const zh = ruleMaker('zh.family', false);

const PROPERTY = '(?:car|van|truck|house|home|flat|windows?|tyres?|tires?|shop|property|place|garden|door|front door|roof|mailbox|letterbox)';
const DAMAGE = '(?:scratched|keyed|smashed|broken(?: into)?|burn(?:ed|t)(?: down)?|damaged|vandali[sz]ed|slashed|torched|wrecked|trashed|flooded|in the (?:river|canal|lake)|on fire|caught fire|go up in flames)';
const KID = '(?:kids?|children|son|daughter|little (?:girl|boy|one)|boy|girl|grandchildren|toddler|baby)';
const CIRCLE = '(?:employer|boss|manager|supervisor|colleagues?|co-?workers?|hr|payroll|family|relatives|wife|husband|partner|ex|parents|mother|mum|mom|father|dad|kids|children|neighbou?rs?|friends|contacts|followers|church|pastor|congregation|landlord|in-laws|(?:father|mother|brother|sister|son|daughter)-in-law|grand(?:mother|father|ma|pa|parents)|teachers?|school|team|clients|customers|street|village|building)';

/** A sentence with no word about paying: "our lines are open until 8pm tonight" sets no deadline. */
const NO_MONEY_WORD =
  /^(?![^]*(?:\b(?:pay|paid|paying|payment|settle|settled|clear|cleared|money|balance|amount|transfer|full|debt|owe|owed|arrears|sum|cash|it all|the lot|whole|everything)\b|[$£€¥] ?\d|\d ?(?:dollars|pounds|euros)))/;

/** English family rules. */
export const englishFamilyRules: PatternRule[] = [
  en('harm', 'prohibited_content_threat', `\\b(?:someone|somebody|people|you|your ${KID}|your (?:wife|husband|family|mum|mom|dad|parents)) (?:could|might|may|will|can|would|tends? to|tend to) (?:get|end up|be) (?:hurt|injured|harmed|in hospital|in the hospital|beaten)\\b|\\bkeep (?:all )?your (?:teeth|fingers|knees|kneecaps|legs)\\b|\\b(?:turn|get|turns|gets) (?:physical|violent|bloody)\\b|\\blet it come to that\\b|[.!?,] ?yet ?[.!]|\\b(?:stress|worry|shock|bad news)(?: like this)? (?:isn't|is not|wouldn't be|would not be|can't be) good for (?:her|him|them|your)\\b|\\b(?:polite|nice|friendly|gentle) (?:stage|phase|version|part)\\b|\\bthere are other stages\\b|\\b(?:gets?|getting|becomes?|turns?) personal\\b|\\b(?:want|have|make) (?:us )?(?:as )?an? enem(?:y|ies)\\b|\\b(?:have|has) (?:bad luck|accidents)\\b|\\bbad luck\\b(?=[^.!?]{0,40}\\b(?:${PROPERTY}|windows|tyres|tires)\\b)`, { negatable: false }),
  en('property', 'prohibited_content_threat', `\\b${PROPERTY} (?:got|gets|getting|get|ended up|ends up|end up|was|were|being|to be|is) ${DAMAGE}\\b|\\b(?:find|found|finds|finding|see|saw|wake up to) (?:their|your|his|her|the|a) ${PROPERTY} ${DAMAGE}\\b|\\b(?:broken windows|flat tyres|flat tires|slashed tyres|slashed tires)\\b|\\bthings go missing\\b|\\b(?:be|it'd be|it would be) a (?:real )?(?:shame|pity) if\\b`, {
    negatable: false,
    // sympathy for what happened to the reader ("sorry to hear your car was broken into"), not a hint
    exempt: /\b(?:sorry to hear|so sorry|sorry about|sorry that|hope (?:you're|you are|everyone is|you're all) (?:ok|okay|alright|safe|well)|that must have been)\b/,
  }),
  en('watching', 'prohibited_content_threat', `\\byour ${KID} (?:takes?|catch(?:es)?|gets?|walks?|goes|plays|rides?) (?:the |home|to|alone|outside)|\\bwalk(?:s|ing)? home alone\\b|\\b(?:we|i) (?:found|know|have|got) your (?:new |home |current )?address\\b|\\bwe(?:'ll| will) find (?:you|the next one|your new)\\b|\\b(?:parked|waiting|sitting|standing|be) outside your (?:house|home|office|work|door|place|school|building)\\b|\\b(?:we've|we have|i've|i have) been watching\\b|\\bnobody disappears\\b|\\bknow your (?:routine|schedule|movements)\\b(?! (?:is|are|can be))|\\bwe have people (?:in|near|around) your\\b|\\b(?:lovely|nice) (?:house|home|car|family|kids|place) (?:on|you've|you have)\\b`),
  en('visits', 'prohibited_content_threat', '\\b(?:make|making|do|doing|pay) (?:a )?house calls?\\b|\\bhouse calls\\b', { exempt: /\b(?:never|not|don't|won't|no|nobody)\b/ }),
  en('exposure', 'prohibited_content_threat', `\\b(?:letter|notice|flyer|leaflet|post|message|copy|poster|details) (?:about|of|on) your (?:debt|account|arrears|file|loan)[^.!?]{0,30}\\b(?:to|for|with) (?:every|all|your|the whole)\\b|\\b(?:gets?|get|receive|receives) a (?:full )?copy of your (?:file|debt|account)\\b|\\bmake (?:this|it) (?:very |really )?public\\b|\\b(?:tag|mention|name) you in (?:a |our )?(?:public )?(?:post|story|video)\\b|\\bknown (?:defaulter|debtor|deadbeat)\\b|\\bwhole (?:congregation|street|village|building|school|office|estate)\\b|\\beveryone will (?:ask|know|see|talk)\\b|\\bpeople will (?:start )?(?:talk|talking|ask|notice)\\b|\\b(?:every|all the) (?:numbers?|contacts?|people|names) (?:in|on) your (?:phone|contacts|address book)\\b|\\bcontacts (?:were|was|have been) (?:uploaded|saved|copied|collected)\\b|\\bstart using them\\b|\\bhearing about how you\\b|\\byour ${CIRCLE} (?:finding|hearing|learning|seeing) (?:out|about)\\b|\\bmake sure your ${CIRCLE} knows?\\b|\\b(?:pop|come|drop|swing) (?:round|over|by)[^.!?]{0,30}\\b(?:word|chat|talk) with (?:the|your|his|her) ${CIRCLE}\\b|\\bhave a (?:word|chat|little chat) with (?:the|your|his|her) ${CIRCLE}\\b|\\bstays? between us\\b[^]{0,40}\\b(?:miss|if you (?:don't|do not)|otherwise|it (?:doesn't|won't))\\b`, { notAfter: /\byou (?:[a-z']+ ){0,3}$/ }),
  en('crime', 'prohibited_content_threat', "\\bcriminal (?:referral|review|matter|file|inquiry|enquiry)\\b|\\b(?:knock|visit|call|letter) from the (?:authorities|police|sheriff|bailiffs?|marshals?)\\b|\\bmen in uniform\\b|\\b(?:hand)?cuffs\\b|\\b(?:report(?:ed)?|refer(?:red)?) (?:you |this )?to (?:immigration|the home office|ice|uscis|border force|your consulate|the embassy)\\b|\\b(?:visa|immigration|residency) status (?:could|will|may|might) be (?:reviewed|affected|revoked|cancelled)\\b|\\bcustody hearing\\b", {
    exempt: /\b(?:is not a crime|not a criminal|cannot be arrested|can't be arrested|civil matter|scam(?:mer)?s?|fraudsters?)\b/,
  }),
  // a civil debt called a crime ("not paying is fraud"): a false representation; prison or arrest wording is a threat of its own
  en('crime_words', 'false_representation', "\\b(?:means|counts as|amounts to) (?:theft|fraud|a crime|stealing)\\b|\\b(?:not paying|not repaying|skipping|ignoring|dodging)[^.!?]{0,40} is (?:fraud|theft|a crime|stealing)\\b|\\bfraud means\\b", {
    exempt: /\b(?:is not a crime|not a criminal|cannot be arrested|can't be arrested|civil matter|scam(?:mer)?s?|fraudsters?)\b/,
  }),
  // "not paying is a crime" says a civil debt is criminal; the negation is part of the claim, so only a denial of the crime cancels it
  en('crime_claim', 'false_representation', "\\b(?:is|are|counts as|amounts to|constitutes|equals|be treated as|is treated as|considered|classed as) (?:a |an )?(?:crime|criminal offen[cs]e|offen[cs]e|fraud|theft|stealing)\\b", {
    negatable: false,
    exempt: /\b(?:(?:is|are|was|were)(?: not|n't)(?: a| an)? (?:crime|criminal|offen[cs]e|fraud|theft)|never (?:a )?(?:crime|criminal)|not (?:a )?criminal|civil (?:matter|debt|issue)|cannot be arrested|can't be arrested|scam(?:mer)?s?|fraudsters?|identity|impersonat[a-z]*|report (?:it|this|them) to)\b/,
  }),
  en('money', 'prohibited_content_threat', "\\b(?:take|taking|deduct|deducting|stop|stopping|collect|collecting|pull|pulling)(?:ing)? (?:it |the (?:money|payments?|amount) )?(?:straight |directly )?(?:out of|from) your (?:wages|salary|pay(?:check|cheque|slip)?|benefits|pension)\\b|\\b(?:salary|wages|pay|paycheck) (?:gets|get|will be|is) stopped\\b|\\bstopped at source\\b|\\btake the (?:car|van|house|furniture|tv) (?:off|from|out of)\\b|\\b(?:get|have) your (?:driving |driver'?s )?(?:licen[cs]e|passport|visa) (?:suspended|revoked|cancelled|taken)\\b|\\bunemployable\\b|\\bfreeze (?:every|all|each|any) (?:of your )?(?:bank )?(?:accounts?|cards?)\\b", {
    exempt: /\b(?:if (?:a|the) court|court (?:order|judgment|judgement) (?:is|has been) (?:obtained|granted|entered)|only (?:with|after) a (?:court order|judgment|judgement)|after (?:a )?(?:court )?judg(?:e)?ment|you (?:can|may|choose|asked|authori[sz]e))\b/,
  }),
  en('authority', 'false_representation', "\\b(?:irs|police|court|government|fbi|hmrc|sheriff)[- ](?:affiliated|backed|linked|endorsed|sanctioned|partnered)\\b|\\bcourt[- ](?:registered|approved|certified|sanctioned|licensed|authori[sz]ed|appointed)\\b|\\bjudicial (?:notice|enforcement|office|officer|department|division)\\b|\\bwarrants? (?:division|unit|department|office)\\b|\\b(?:state|national|federal|government|county|official) (?:(?:recovery|collection|debt|enforcement|revenue|compliance) ){1,2}(?:bureau|office|agency|unit|department|center|centre|service|authority)\\b|\\bdepartment of [a-z ]{0,25}(?:enforcement|recovery|collections?)\\b|\\bcertified process (?:agent|server)\\b|\\bdeputy marshal\\b|\\b(?:sheriff'?s?|court'?s?|police) (?:civil |criminal )?(?:unit|division|desk)\\b|\\bfraud investigations? (?:desk|unit|team|department|office)\\b|\\b(?:magistrate|judge|sheriff)'?s? (?:instruction|request|authority)\\b|\\bon the court'?s instruction\\b|\\bgo before the judge\\b|\\bhand in hand with (?:the )?(?:county |district |local )?(?:court|police|sheriff|judge)s?\\b|\\blegal side of things\\b|\\bpowers (?:ordinary|other|normal) collectors (?:don't|do not)\\b|\\brecorded by the (?:clerk|court|judge)\\b", {
    exempt: /\b(?:scam(?:mer)?s?|fraudsters?|beware|pretend(?:ing|s)? to be|impersonat[a-z]*|posing as|we are not|we're not|never)\b/,
  }),
  en('borrow', 'undue_pressure', "\\b(?:thought about|thought of|considered|consider|try|tried|how about|what about|why not) (?:asking|hitting up|tapping(?: up)?|leaning on|touching) (?:your )?(?:parents|mum|mom|dad|family|relatives|rellies|friends|mates|partner|in-laws|brother|sister|grandparents|grandma|grandpa|nan|cousins?|boss|employer|uncle|aunt(?:ie)?)\\b|\\b(?:spot|front|sub|lend|loan|tide) you (?:over|the|some|a|\\$|£)|\\b(?:he|she|they|someone|somebody|family|friends?|brother|sister|parents|relatives)[a-z' -]{0,12} (?:could|can|might|would) help you out\\b|\\b(?:instant|quick|fast|same[- ]day)[- ]approval\\b|\\bput (?:it|this|the balance) on your (?:visa|mastercard|amex|card|credit card)\\b|\\b(?:ring|jewell?e?ry|watch|gold|necklace|wedding ring) (?:would|could|should|will) (?:fetch|cover|clear|pay)\\b|\\bfetch enough\\b|\\b(?:skip|hold back|delay|miss) (?:the |your |this month's )?(?:rent|mortgage|bills?|council tax|childcare)\\b|\\bpension (?:comes in|arrives|would cover|could cover)\\b|\\bbirthday money\\b|\\b(?:an )?advance (?:from|off) your (?:employer|boss|work|company)\\b|\\bask your (?:employer|boss|manager|company) for an advance\\b|\\bcash out the equity\\b|\\brefinance (?:the|your) (?:house|home|car)\\b|\\bonline lenders?\\b|\\b(?:she|he|your (?:wife|husband|partner|mum|mom|dad|son|daughter)) (?:can|could|should|will) (?:cover|pay|clear)[^.!?]{0,40}\\b(?:wages|salary|pay|savings|pension)\\b|\\bborrow (?:it|the money|the rest|the cash) from (?:your )?(?:company|employer|work|boss|hardship fund)|\\bthat would cover this\\b|\\bwould cover this nicely\\b"),
  en('deadline', 'undue_pressure', "\\b(?:either )?(?:the )?(?:full|whole|entire) (?:amount|balance|sum|lot) or nothing\\b|\\btake it or leave it\\b|\\b(?:until|by|before) \\d{1,2}(?::\\d\\d)? ?(?:am|pm) (?:today|tonight)\\b|\\b(?:the )?(?:offer|deal|discount) is gone\\b|\\bdon't bother asking for a (?:plan|payment plan|arrangement)\\b|\\bwe (?:need|want) (?:the whole|the full|all of it|it all|it by tonight|it today)\\b", { negatable: false, exempt: NO_MONEY_WORD }),
  en('insult', 'prohibited_content_obscene', "\\b(?:dirtbag|scumbag|pond life|rat|thieving|cheapskate|clown|dummy|sleazebag|douchebag|waste of (?:oxygen|space|skin|air)|sack of (?:shit|crap|garbage)|spineless|worm|cockroach|vermin|leech|bloodsucker|sponger|excuse for an? (?:adult|man|woman|human|person|father|mother)|shut your (?:mouth|trap|face|gob)|make(?:s)? me sick|piece[- ]of[- ](?:garbage|trash|crap|shit|work)|f\\*+c?k\\w*|f\\*+ing|b\\*+tch|sh\\*+t)\\b"),
  en('discuss_with', 'prohibited_content_threat', `\\b(?:discuss|talk about|go over|raise|mention|bring up)(?:ing|es|s)? (?:your|this|the) (?:account|debt|arrears|balance|situation|file|loan)[^.!?]{0,30}\\bwith (?:your |his |her )?${CIRCLE}\\b`, {
    // consent the reader gave: "happy for us to discuss the account with your partner, as you asked?"
    exempt: /\b(?:as you (?:asked|requested|wanted)|with your (?:consent|permission|authori[sz]ation)|you(?:'ve| have)? (?:asked|authori[sz]ed|agreed|given)|happy for us|if you (?:want|wish|prefer|like)|would you like)\b/,
  }),
  en('coming', 'prohibited_content_threat', "\\b(?:we|we'll|we will|we are|we're|they|they'll|they will|they are|they're|i|i'll|i will|i'm|someone|somebody|people) (?:will |are |is |'re )?(?:be )?(?:come|coming|comes) (?:for|after|to get) you\\b|\\bsee you at your (?:door|house|home|work|office|place)\\b|\\b(?:last|final) (?:polite|friendly|nice|gentle) (?:reminder|call|message|warning|request|word)\\b|\\btake (?:goods|items|belongings|possessions|things|property|furniture|valuables|the tv|your tv) (?:from|out of) your (?:home|house|flat|property|place)\\b", {
    negatable: false,
    exempt: /\b(?:court (?:order|judg(?:e)?ment)|after (?:a )?judg(?:e)?ment|scam(?:mer)?s?|fraudsters?|not from us)\b/,
  }),
  en('document', 'false_representation', "\\b(?:court(?: order| case)?|docket|warrant|judg(?:e)?ment|enforcement|execution|writ|summons|prosecution) (?:no|number|ref|reference|#)\\b\\.?|\\bcase (?:no|number|ref)\\.? ?:? ?\\d{2,4}-?[a-z]{1,3}-?\\d|\\bnotice of (?:intended|pending|impending) prosecution\\b|\\b(?:hmrc|irs|dwp|fbi|police|court|sheriff'?s?|treasury|federal|government|state|county) (?:debt|collections?|recovery|enforcement|compliance|fraud|arrears|judg(?:e)?ment) (?:unit|team|division|department|office|desk|section|bureau)\\b|\\b(?:state|national|federal|government|county|official) (?:(?:recovery|collections?|debt|enforcement|revenue|compliance|credit|judg(?:e)?ment|tax|fraud) ){1,2}(?:bureau|office|agency|unit|department|center|centre|service|authority|division|desk|registry)\\b|\\b(?:enforcement|court|police|sheriff'?s?|federal|government|tax|revenue) (?:officer|agent|official|investigator|inspector) [a-z]+ (?:here|speaking|calling)\\b", {
    exempt: /\b(?:scam(?:mer)?s?|fraudsters?|fake|beware|pretend(?:ing|s)? to be|impersonat[a-z]*|posing as|claim(?:s|ing)? to be|not from us|no such|never)\b/,
  }),
  en('document_header', 'false_representation', '^[^a-z0-9]{0,6}(?:(?:high |county |district |magistrates\' |federal |state )?court|enforcement|execution|judicial|judg(?:e)?ment|sheriff\'?s?|police|federal|government|official|final (?:court|legal)) (?:order|notice|writ|summons|warrant|citation|directive|demand|enforcement notice)s?\\b'),
  // a consumer debt handed to a criminal-investigation body (any country's): "referred to the EFCC", "forwarded to the cyber cell"
  en('crime_referral', 'prohibited_content_threat', "\\b(?:referred|reported|forwarded|handed(?: over)?|escalated|passed(?: on)?|sent|flagged|transferred) (?:(?:this|the|your) (?:matter|case|file|account|default|details) )?to (?:the )?(?:police|efcc|icpc|cid|fbi|cyber (?:cell|crime (?:cell|branch|unit|police|division))|crime branch|economic offences wing|fraud squad|economic crimes? (?:unit|division)|criminal investigations?(?: department| unit)?)\\b", {
    exempt: /\b(?:scam(?:mer)?s?|fraudsters?|identity theft|stolen|impersonat[a-z]*|you (?:can|may|should)|if you)\b/,
  }),
  // a friendly verb in scare quotes is menace: pay your mum a "visit", have a "chat" with your boss
  en('scare_quotes', 'prohibited_content_threat', "\\b(?:pay|paying|paid|give|giving|have|having|make|making|drop|dropping) (?:you|him|her|them|your [a-z-]+|his [a-z-]+|her [a-z-]+)? ?(?:a |an |another |little |quick |friendly )*[\"'“‘](?:visit|chat|word|talk|catch-up|call|house call|check-in|courtesy call|reminder|hello)[\"'”’]"),
  // the debt personified as following the reader: "a debt like this can follow you to your next job", "…has a way of following people home"
  en('follows_you', 'prohibited_content_threat', "\\b(?:debts?|balances?|arrears|this|it|that|accounts?)(?: [a-z']+){0,4} (?:can|will|could|might|may|tends? to|has a way of|have a way of) (?:follow(?:ing)?|catch(?:ing)? up with) (?:you|people|debtors) (?:home|to (?:your|the|a|their)|into|around|everywhere|wherever)\\b"),
  // insult emoji pinned on the reader: "🤡🐷 that's you", "that's you: 🐀"
  en('emoji_pinned', 'prohibited_content_obscene', "(?:🐀|🐍|🤡|🐷|🐖|🐶|🐕|💩|🐛|🦠|🗑)\\s*(?:that's|that is|thats|this is) (?:you|u)\\b|\\b(?:that's|that is|thats) (?:you|u)\\s*[:,-]?\\s*(?:🐀|🐍|🤡|🐷|🐖|🐶|🐕|💩|🐛|🦠|🗑)"),
  // entering the home and taking goods with no court: "we may enter your flat and remove goods, no judge involved"
  en('entry_no_court', 'prohibited_content_threat', "\\b(?:enter|come into|get into|let ourselves into|access) (?:your|the) (?:flat|home|house|property|premises|apartment|place|unit)\\b[^.!?]{0,40}\\b(?:remove|take|seize|collect|clear out)\\b|\\b(?:remove|take|seize|collect|repossess)\\b[^.!?]{0,60}\\b(?:no (?:judge|court|court order|judgment|hearing)s? (?:involved|needed|required|necessary)|without (?:a |any )?(?:judge|court|court order|judgment|hearing))\\b", {
    exempt: /\b(?:only (?:with|after) a (?:court|judg)|after (?:a )?(?:court )?(?:judg(?:e)?ment|hearing)|the court (?:can|could|may|might) order|court order (?:is|was|has been) (?:made|granted))\b/,
  }),
  // a court's wording in a collector's message: "you are hereby commanded to answer", a bare "SUMMONS." title
  en('court_wording', 'false_representation', "\\byou are hereby (?:commanded|summoned|ordered|required|directed|notified to appear|cited)\\b|^[^a-z0-9]{0,6}(?:summons|subpoena|writ|arrest warrant|bench warrant|warrant of arrest|court summons|notice to appear)\\s*[.:!\\n]", {
    exempt: /\b(?:scam(?:mer)?s?|fraudsters?|fake|beware|not from us|never)\b/,
  }),
  // speaking as a credit bureau: "Equifax Collections Dept here", "this is Experian calling"
  en('bureau_voice', 'false_representation', "\\b(?:equifax|experian|transunion|trans union|illion|crif|credit bureau|credit reference agency)(?: [a-z]+){0,3} (?:here|calling|speaking)\\b|\\b(?:this is|we are|we're|i am|i'm|calling from|writing from|on behalf of) (?:the )?(?:equifax|experian|transunion|trans union|illion|crif)\\b", {
    exempt: /\b(?:scam(?:mer)?s?|fraudsters?|fake|beware|pretend(?:ing|s)? to be|impersonat[a-z]*|posing as|claim(?:s|ing)? to be|not from us|never)\b/,
  }),
  en('emoji', 'prohibited_content_threat', '🔪|🗡|🔫|💣|🧨|🩸|⚰|☠|💀|🪓|⛓'),
  en('emoji_insult', 'prohibited_content_obscene', "🖕|\\b(?:you(?:'re| are| r)?|ur|u r)\\s*(?:(?:a|an|such a|an absolute|a total|a real|a little)\\s*)?(?:🐀|🐍|🤡|🐷|🐖|🐶|🐕|💩|🐛|🦠|🗑)|[,:]\\s*(?:🐀|🐍|🤡|🐷|🐖|💩)\\s*[.!]?\\s*$"),
  en('thirdparty_more', 'third_party_disclosure', "\\bbehind (?:with|on) (?:us|his|her|their|the|payments?|repayments?)\\b|\\b(?:his|her|their) account with us\\b|\\bmoney (?:matters?|issues?|problems?)\\b|\\b(?:sort(?:ed)?|settle|clear)(?: out)? (?:his|her|their) (?:account|finances|balance)\\b", { when: 'third_party', negatable: false }),
  en('addressed_more', 'third_party_disclosure', "\\b(?:you're|you are|you were) (?:down|put down|named|listed) as (?:a |an |the |his |her |their )?(?:reference|emergency contact|contact|guarantor|next of kin)\\b", { when: 'addresses_third_party', negatable: false }),
  en('barred', 'prohibited_content_threat', "\\b(?:your |the )?(?:kids|children|son|daughter|family|grandchildren)\\b[^.!?]{0,24}\\b(?:won't|will not|wouldn't|would not|can't|cannot|will never|may never|might not|may not) (?:ever )?(?:be able to |be allowed to )?(?:get into|go to|attend|study|get a place|travel|fly|get a job|join|apply for)\\b", {
    negatable: false,
    exempt: /\b(?:not affect|won't affect|will not affect|doesn't affect|does not affect|no effect|myths?|rumou?rs?|isn't true|is not true|untrue|false)\b/,
  }),
];

const ZKIN = '(?:家人|父母|爸妈|老婆|老公|孩子|女儿|儿子|领导|同事|朋友|好友|邻居|亲戚|女朋友|男朋友|对象|同学|老师|村里|全村|单位)';

/** Chinese family rules. */
export const chineseFamilyRules: PatternRule[] = [
  zh('menace', 'prohibited_content_threat', '倒霉|别想(?:安生|好过|安宁|清净|睡个?好觉|过好日子|过安稳日子)|(?:没|不会有)(?:安生|好)日子|天涯海角|(?:躲|逃|跑)到(?:哪|天边)|找不到(?:你|您)吗|留一线|那就不好说了|结仇|变味|(?:阶段|时候)已经(?:结束|过去)了|走到那一步|别怪我们(?:手段|不客气|翻脸)|手段(?:狠|硬|多)|有的是(?:办法|手段|人)|别出(?:什么|点)?意外|出(?:什么|点)意外|(?:路上|出门|放学|上学)[^。！？]{0,10}(?:当心|小心|注意安全)|二十四小时[^。！？]{0,8}(?:守|蹲|盯)|(?:守|蹲|盯|等)(?:在|着)?(?:你|您)(?:家|们家)?(?:门口|楼下|单位|公司)', { negatable: false }),
  zh('exposure', 'prohibited_content_threat', `横幅|大字报|(?:海报|传单)[^。！？]{0,10}(?:贴|发|撒)|(?:贴|发|撒)[^。！？]{0,10}(?:海报|传单)|(?:做成|印成)(?:了)?(?:海报|传单)|(?:联系|找)(?:好)?了?媒体|媒体曝光|报道(?:你|您)|(?:共同好友|微信好友|所有好友|通讯录好友)|评评理|(?:论坛|贴吧|专栏|公众号)[^。！？]{0,8}(?:发|挂|贴|出现|曝)|(?:发|挂|贴|出现|曝)[^。！？]{0,10}(?:论坛|贴吧|专栏|公众号)|(?:身份证|照片|头像)[^。！？]{0,12}(?:发|贴|挂|传)|(?:发|贴|挂|传)[^。！？]{0,12}(?:身份证|照片|头像)|让(?:全村|全小区|全公司|所有人|大家|${ZKIN})(?:都)?(?:知道|看看|评评)|(?:去|到)(?:你|您|她|他)(?:老婆|老公|父母|爸妈|家人)?(?:的)?(?:单位|公司|上班的地方|学校)(?:坐坐|聊聊|走一趟|找)|(?:上班的地方|工作的地方)(?:我们)?(?:也)?(?:知道|查到)|天天(?:上门|打电话|去)|(?:单位|公司|家里?)坐一坐|咱们知道[^。！？]{0,12}(?:过了|否则|不然)|每天(?:给|打)[^。！？]{0,10}(?:电话|遍)|(?:寄|送)(?:过去|到)[^。！？]{0,10}(?:催款函|通知|函)|前台[^。！？]{0,8}(?:收到|知道)|待不下去|混不下去|(?:考编|入党|参军|考公|政审|升学)`),
  zh('crime', 'prohibited_content_threat', '骗贷|(?:按|以)诈骗(?:罪)?(?:报案|处理|起诉)|报案|报警|判(?:[0-9一二三四五六七八九十几]+)年|恶意逃废债|(?:失信|老赖)(?:被执行人)?(?:黑)?名单|(?:上|进|拉进)黑名单|别想坐(?:飞机|高铁)|(?:高铁|飞机)[^。！？]{0,6}别想', {
    exempt: /(?:不属于犯罪|不构成犯罪|不会(?:被)?(?:坐牢|拘留|抓)|民事纠纷|谨防|冒充|诈骗分子|不法分子|投诉|举报|(?:可|可以|请|及时|立即)(?:到|向)?[^。，]{0,8}报(?:案|警)|报案回执|身份被冒用|(?:您|你)(?:可以|可|就|也可以)?(?:直接|立即|马上)?报(?:警|案))/,
  }),
  zh('seizure', 'prohibited_content_threat', '(?:直接|上门|派人)(?:拉走|开走|搬走|收走)|(?:房子|车子|车|家具|家电)[^。！？]{0,8}(?:拉走|开走|搬走)|工资卡[^。！？]{0,8}冻结|冻结[^。！？]{0,6}工资卡', { exempt: /(?:依法(?:向法院)?申请|经法院判决|判决生效后|法院(?:依法)?裁定后|如经法院)/ }),
  zh('authority', 'false_representation', '【[^】]{0,16}(?:法院|公安|检察院|派出所|政府|执行局|司法局|仲裁|监管|监督管理|银保监|人民银行|央行)[^】]{0,6}】|(?:国家)?反(?:欺诈|诈骗|诈)中心|执行专员|承办人|受法院委托|法院委托|(?:和|跟|与)[^。！？]{0,8}(?:派出所|公安|法院|检察院)(?:有)?合作|政府授权|(?:和|跟|与)(?:法院|公安|派出所|检察院)是一家|犯罪调查(?:科|处|组|中心)|法务专员|(?:已|已经)?进入(?:司法|诉讼|执行)程序|本人系[^。！？]{0,6}(?:法院|公安|律师)', {
    exempt: /(?:谨防|冒充|诈骗分子|不法分子|自称|核实|假冒|投诉|举报|有权应诉|有权答辩|应诉和答辩|(?:如|如果|若|一旦)(?:案件)?进入(?:司法|诉讼|执行)程序)/,
  }),
  zh('borrow', 'undue_pressure', '借呗|微粒贷|花呗|京东白条|白条|网贷|再借一笔|(?:刷|套)(?:出来|现)|拿去当|当掉|典当|凑一凑|七大姑八大姨|预支|养老钱|(?:房租|学费|生活费|医药费)[^。！？]{0,6}(?:来还|先还|还这笔|垫上)|(?:先用|挪用)[^。！？]{0,8}(?:房租|学费|生活费|医药费)|(?:金首饰|首饰|金子|手表|项链)[^。！？]{0,8}(?:卖|当)|拿去卖|先拿来垫|垫上'),
  zh('deadline', 'undue_pressure', '(?:分期|协商|减免|还款计划|还款方案|延期)(?:申请|的请求|方案)?[^。！？]{0,6}(?:不接受|不同意|不予受理|不批|免谈|没得谈|不可能)|要么(?:全额|一次性|全部|结清)[^。！？]{0,8}要么|没得谈|(?:一个|两个|半个|\\d+个?)(?:小时|钟头)(?:内|之内)[^。！？]{0,8}(?:不到账|还|到账|结清)|不接受任何(?:协商|分期|解释)|(?:不要|别)(?:跟|和)我(?:说|谈|讲)(?:分期|困难|协商)', { negatable: false }),
  zh('insult', 'prohibited_content_obscene', '狗东西|窝囊废|垃圾人|吸血鬼|没出息的东西|畜生|无赖|吃软饭|(?:什么|的)玩意儿?|丢人现眼|浪费空气|脑子进水|臭不要脸|不要脸的东西|算个什么东西|la圾'),
  zh('delivery', 'prohibited_content_threat', '(?:领导|单位|人事|公司|同事|家人|家里|父母|爸妈|老婆|老公|邻居|村里|村委|居委|小区|物业|老师|学校|亲戚|朋友)[^。！？]{0,10}(?:收到|接到|看到)[^。！？]{0,14}(?:材料|函件?|信|通知|短信|快递|资料|文件|告知书|情况说明|催收单)|(?:以|用)(?:函件|信件|快递|挂号信)(?:的)?(?:形式|方式)?(?:寄|发|送)(?:到|给)[^。！？]{0,6}(?:父母|家|单位|公司|领导|老家)|最后一次(?:礼貌|客气|好好|友好|心平气和)|(?:礼貌|客气|好好说话)(?:的)?(?:阶段|时候)?(?:到此为止|结束了|就到这)'),
  zh('agency_staff', 'false_representation', '(?:征信中心|人民银行|央行|法院|公安局?|派出所|检察院|税务局|金融办|金融局|金融监管(?:局|总局)|银保监(?:会|局)?|网信办|司法局|执行局)(?:的)?(?:工作人员|专员|干警|民警|法官|执行员|调查员)(?:提醒|通知|告知|致电|来电|在此|提示)|【[^】]{0,8}(?:征信|金融办|金融局|税务|执行通知|警方|经侦|执行)[^】]{0,6}】', {
    exempt: /(?:谨防|冒充|诈骗分子|不法分子|自称|核实|假冒|投诉|举报|不会|从不|是诈骗)/,
  }),
  zh('emoji', 'prohibited_content_threat', '🔪|🗡|🔫|💣|🧨|🩸|⚰|☠|💀|🪓|⛓', { negatable: false }),
  zh('emoji_insult', 'prohibited_content_obscene', '🖕|(?:你|您)[^，。！？]{0,4}(?:是|个)[^，。！？]{0,2}(?:🐀|🐍|🤡|🐷|🐖|🐶|🐕|💩|🐛|🦠)'),
  zh('thirdparty_more', 'third_party_disclosure', '(?<!转)账(?![号户])|款项|(?:没|未)结|欠着|拖着(?:没|不)|(?:有|一)(?:笔|个)(?:钱|款)', { when: 'third_party', negatable: false }),
  zh('barred', 'prohibited_content_threat', '(?:子女|孩子|儿女|下一代|家人|全家|儿子|女儿)[^。！？]{0,8}(?:不能|无法|没法|别想|上不了|考不了|坐不了|当不了|进不了|去不了)[^。！？]{0,4}(?:上学|上大学|读书|考大学|考公|考编|当兵|参军|入党|坐高铁|坐飞机|高铁|飞机|出国|就业|找工作|升学|入学)|(?:坐不了|上不了|考不了|当不了|进不了)(?:高铁|飞机|大学|公务员|兵)|(?:大学|高铁|飞机|公务员|兵)(?:都|也)(?:上不了|坐不了|考不了|当不了|进不了)', {
    negatable: false,
    exempt: /(?:不会影响|不影响|谣言|不实|不会(?:导致|造成|因此)|并不会|是假的|不是真的|没有这回事)/,
  }),
];
