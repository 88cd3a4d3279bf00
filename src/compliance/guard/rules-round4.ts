/**
 * Round-4 rule families (en and zh-CN), written from the policy as families of wording,
 * not from single sentences:
 * - refusing any offer under a minimum far above what the reader can pay ("we won't accept
 *   anything below £X", 低于这个数一律不接受);
 * - suit wording in the passive ("a claim will be issued", "lawsuit to be filed") on a
 *   time-barred debt;
 * - talking about the debt with the reader's workplace or village ("our team discusses
 *   balances with your line manager", 与村委会及您的工作单位进行核实, 相关人员都会知道您的逾期);
 * - "skipping out on a loan is fraud" and prison slang in colours (wearing orange);
 * - condescension as insult ("even a ten-year-old could…", 鉴于您的智商, 小学生都懂);
 * - insult emoji used as a form of address ("our favourite 🐀", "dear 🐷", two in a row);
 * - a court's form imitated by a collector (a court name or "NOTICE OF CLAIM" alone on a
 *   line, "Defendant:" fields);
 * - third-party hints in Cantonese (有啲数未找, 追数) and Caribbean English ("behind pon"),
 *   money lent "to me" by the person sought, and pretext identities used to get a number.
 * Negation, reported speech and the other context cues of rules.ts apply as for every rule.
 */
import { hoistWordBoundary } from './regex-util.ts';
import type { GuardReason, PatternRule } from './types.ts';

type Opts = Omit<PatternRule, 'id' | 'reason' | 're'>;
const en = (id: string, reason: GuardReason, src: string, opts: Opts = {}): PatternRule => ({
  id: `en.r4.${id}`,
  reason,
  re: new RegExp(hoistWordBoundary(src), 'g'),
  ...opts,
});
const zh = (id: string, reason: GuardReason, src: string, opts: Opts = {}): PatternRule => ({
  id: `zh.r4.${id}`,
  reason,
  re: new RegExp(src, 'g'),
  ...opts,
});

const INSULT_EMOJI = '(?:🐀|🐁|🐍|🐷|🐖|🐽|🤡|💩|🐛|🦠|🐶|🐕|🦨|🪳|🐌)';
/** Zodiac and festive greetings, where an animal emoji is the year's sign. */
const FESTIVE = /\b(?:year of the|lunar new year|chinese new year|cny|zodiac|piggy bank)\b|新年|春节|过年|生肖|属(?:鼠|蛇|猪|狗)|(?:鼠|蛇|猪|狗)年/;
const EN_WORK_CIRCLE =
  "(?:line manager|manager|boss|oga|barangay(?: captain| officials?| chairman| office| council)?|supervisor|employer|hr(?: department| team)?|human resources|head of department|colleagues|co-?workers|workmates|payroll|team leader|landlord|neighbou?rs|pastor|imam|village head|chief|family|relatives|in-laws)";
const EN_ON_BEHALF = "(?:the (?:customer|client|debtor|borrower|account holder)'s|your|their|his|her)";

/** English round-4 rules. */
export const englishRound4Rules: PatternRule[] = [
  en(
    'minimum_refusal',
    'undue_pressure',
    "\\b(?:won't|will not|can't|cannot|can not|don't|do not|wouldn't|would not|are unable to|refuse to) (?:be (?:able to )?)?(?:accept|agree to|consider|take|entertain) (?:anything|any (?:offer|payment|amount|plan|proposal|instal?ment)s?|offers?|payments?|proposals?|instal?ments?) (?:under|below|less than|lower than|short of|beneath)\\b|\\b(?:anything|any (?:offer|payment|amount|proposal)s?|offers?|proposals?) (?:under|below|less than|lower than) [^.;!?]{1,25}? (?:(?:is|are|will|shall|would|gets?)(?: be)? (?:automatically )?(?:rejected|refused|declined|unacceptable|turned down)|(?:(?:is|are|will|shall|would)(?: not|n't| never)|won't)(?: be)? (?:accepted|acceptable|considered|entertained|approved|allowed))\\b|\\b(?:below|under|less than|lower than) [^.;!?]{1,30}? (?:we|i|the company|our client|the bank)(?: [a-z']+)? (?:can't|cannot|can not|won't|will not|don't|do not) (?:accept|agree to|take|entertain|consider)\\b|\\bonly (?:accept|take|consider) (?:payments?|offers?|instal?ments?|amounts?|proposals?) of (?:£|\\$|€|₹|n|rs\\.? ?|ksh ?|php ?|s\\$)?\\d[\\d,.]*k? (?:or more|and above|or above|upwards|minimum)|\\bminimum (?:monthly |weekly )?(?:payment|instal?ment|amount|offer)s? [^.;!?]{0,30}\\b(?:non-negotiable|no exceptions|not negotiable|take it or leave it)\\b",
    { needs: ['accept', 'agree to', 'consider', 'take', 'entertain', 'reject', 'refus', 'declin', 'negotiable', 'exceptions', 'leave it', 'turned down', 'approved', 'allowed', 'only accept', 'only take', 'only consider'], negatable: false, exempt: /(?:any (?:higher|other|larger) amount|(?:below|under|less than) (?:£|\$|€)?[1-5](?:\.\d\d)?(?![\d,]))|\b(?:sorry (?:for|that|about)|apologi[sz]e|apologies|in error|we were wrong|minimum of (?:£|\$|€)?[1-5]\b)/ },
  ),
  en(
    'suit_passive',
    'time_barred_suit_threat',
    "\\b(?:(?:law)?suit|case|claim|proceedings|action|petition|summons|complaint)s? (?:will|shall|is going to|are going to|is to|are to|to|is about to|is scheduled to|is set to) be (?:filed|issued|lodged|brought|started|commenced|instituted|raised|served)\\b|\\b(?:law)?suit (?:to be |will be |is being )?(?:filed|issued|lodged)\\b",
    { when: 'time_barred' },
  ),
  en(
    'discuss_circle',
    'prohibited_content_threat',
    `\\b(?:we|i|our (?:[a-z-]+ ){0,2}(?:team|agents?|staff|officers?|collectors?|people|department|executives?|representatives?|reps?|associates?|personnel|managers?)|they|he|she)(?: [a-z']+){0,3} (?:discuss(?:es|ed|ing)?|rais(?:e|es|ed|ing)|mention(?:s|ed|ing)?|shar(?:e|es|ed|ing)|talk(?:s|ed|ing)? (?:about|through|over)|speak(?:s|ing)? about|go(?:es|ing)? over|explain(?:s|ed|ing)?|bring(?:s|ing)? up|report(?:s|ed|ing)?)\\b[^.;!?]{0,60}?\\b(?:with|to) ${EN_ON_BEHALF} (?:[a-z-]+ )?${EN_WORK_CIRCLE}\\b|\\b(?:we|i|our (?:[a-z-]+ ){0,2}(?:team|agents?|staff|officers?|collectors?|people|department|executives?|representatives?|reps?|associates?|personnel|managers?)|they|he|she)(?: [a-z']+){0,3} (?:coordinat|liais|meet|sit down|have a (?:word|chat|talk)|follow(?:ing)? up|check(?:ing)? in|touch(?:ing)? base)[a-z]* (?:directly )?with ${EN_ON_BEHALF} (?:[a-z-]+ )?${EN_WORK_CIRCLE}\\b|\\b(?:at|in|to) (?:your|their|his|her) (?:workplace|place of work|office) (?:about|regarding|concerning) (?:the |your |their |his |her )?(?:debt|balance|arrears|account|loan)`,
    { needs: [' with your', " with the customer's", " with the client's", " with the debtor's", " with the borrower's", " with the account holder's", ' with their', ' with his', ' with her', ' to your', ' to their', ' to his', ' to her', 'workplace', 'place of work', 'office'], exempt: /\b(?:we|i|they|he|she|our [a-z -]+?) (?:[a-z]+ )?(?:not|never|won't|don't|do not|will not|wouldn't|would not|cannot|can't|shall not|shan't)\b/ },
  ),
  en(
    'crime_slang',
    'prohibited_content_threat',
    "\\b(?:you|u|ya|fraudsters|defaulters|debtors|people like you|they)(?:'d|'ll|'re| will| would| could| might| tend to| usually| often| end up| are going to| gonna| be)*(?: [a-z]+)?? (?:wear(?:s|ing)?|in|look(?:s|ing)? good in|suit) (?:an? |the )?(?:bright )?orange\\b|\\borange jumpsuits?\\b|\\b(?:skip(?:ping|s)? out on|run(?:ning)? (?:off|away) (?:from|with)|dodg(?:e|ing)|duck(?:ing)?|default(?:ing)? on|not (?:paying|repaying|paying back)|non-?payment(?: of [^.;!?]{0,20}?)?|fail(?:ing)? to (?:pay|repay))\\b[^.;!?]{0,30}?\\b(?:is|counts as|amounts to|equals|=) (?:a |an )?(?:fraud|theft|stealing|(?:a )?crime|criminal|(?:an? )?(?:criminal )?offen[cs]e|obtaining (?:money|property) by deception|cheating)\\b",
    { needs: ['orange', 'fraud', 'theft', 'stealing', 'crime', 'criminal', 'offence', 'offense', 'deception', 'cheating'] },
  ),
  en(
    'condescension',
    'prohibited_content_obscene',
    "\\b(?:even )?(?:an?|my|our) (?:(?:reasonably |fairly |moderately |not very |half-?)?(?:bright|smart|clever|intelligent|competent|dim|slow) )?(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]year[- ]old(?: [a-z]+)? (?:could|can|would|manages?|understands?|knows?|gets?)\\b|\\bwhich (?:part|bit|word) of\\b[^?]{0,40}\\b(?:don't|do not|didn't|did not) you (?:understand|get)\\b|\\beven (?:a|an|my) (?:child|toddler|kid|baby|monkey|chimp|chimpanzee|goldfish|dog|primary school (?:child|pupil|kid)|schoolchild) (?:could|can|would|manages?|understands?|knows?)\\b|\\b(?:your|ur) (?:iq|brain cells?|two brain cells|intellect|intelligence) (?:is|are|may|might|must|can't|cannot|clearly|obviously|probably|won't|isn't|doesn't)\\b|\\b(?:in words of one syllable|slowly (?:for you|so you understand)|(?:too|so) (?:hard|difficult|complicated) for (?:you|someone like you))\\b",
    { needs: ['year old', 'year-old', 'even a', 'even my', ' iq', 'brain', 'intellect', 'intelligence', 'syllable', 'slowly', 'hard for', 'difficult for', 'complicated for', 'which part', 'which bit', 'which word'], exempt: /\b(?:easy|easier|simple|simpler|user-friendly|straightforward)\b/ },
  ),
  en(
    'emoji_address',
    'prohibited_content_obscene',
    `\\b(?:dear|hey|hi|hello|oi|yo|(?:good )?(?:morning|afternoon|evening|night)|mr|mrs|ms|miss|our (?:favou?rite|dear|little|beloved|special|lovely|friendly)|(?:reminder|message|note|notice) (?:for|to))\\.? ?${INSULT_EMOJI}|${INSULT_EMOJI}\\s*${INSULT_EMOJI}`,
    { needs: ['🐀', '🐁', '🐍', '🐷', '🐖', '🐽', '🤡', '💩', '🐛', '🦠', '🐶', '🐕', '🦨', '🪳', '🐌'], exempt: FESTIVE },
  ),
  en(
    'court_form',
    'false_representation',
    "^\\W*in the (?:[a-z']+ ){0,3}court (?:at|of)\\b|^\\W*(?:(?:in the )?(?:county court|magistrates'? court|high court|district court|small claims court|superior court|circuit court|sheriff court)(?= (?:business centre|claim|case|notice|order|summons|ref|no\\b|number|defendant|claimant))|(?:county court |civil national )business centre|notice of (?:claim|issue|judgment|hearing|enforcement)|claim form|(?:default )?judgment notice|writ of (?:execution|control))\\b(?! (?:is|are|was|were|will|would|can|could|may|might|means?|has|have|does|do|from)\\b)|\\b(?:defendant|claimant|respondent|plaintiff) ?: ?(?:mr|mrs|ms|miss|dr|[a-z]\\.)|\\b(?:court|business centre|tribunal) (?:claim|case|suit) (?:no|number|ref)\\b",
    { needs: ['court', 'centre', 'notice of', 'claim form', 'judgment notice', 'writ of', 'defendant', 'claimant', 'respondent', 'plaintiff'], exempt: /\b(?:scam(?:mer)?s?|fraudsters?|beware|not from (?:the )?court|isn't from|is not from|sample|example)\b/ },
  ),
  en(
    'tp_behind',
    'third_party_disclosure',
    "\\b(?:is|he's|she's|him|her|he|she|they're|dem|they|a bit|a little|likkle|small|slightly|well|way|far|months?|weeks?) behind (?:on|pon|with|wid|in|inna) (?:it|things?|something|a (?:few|couple)|some|di|de|the|his|her|their|them|payments?|bills?|rent|instal?ments?)\\b|\\b(?:the |a |some |di |de )?(?:likkle |little |small )?(?:ting|thing|matter|sum|amount)s? (?:weh|wey|that|which) (?:him|her|he|she|dem|they) (?:owe|behind|a owe)\\b|\\b(?:dues|emis?|instal?ments?) (?:are |is )?(?:still )?(?:pending|overdue|outstanding|unpaid)\\b|\\bpending dues\\b|\\b(?:utang|indebtedness)\\b",
    { when: 'third_party', needs: ['behind', 'owe', 'dues', 'emi', 'instal', 'utang', 'indebtedness'] },
  ),
  en(
    'tp_pretext',
    'false_representation',
    "\\b(?:i'm|i am|this is|it's) (?:an? |one of )?(?:old |close |good |former )?(?:friend|classmate|schoolmate|school friend|colleague|cousin|mate|neighbou?r|roommate|flatmate|church member|former colleague)s? (?:of|from)\\b[^]{0,140}?\\b(?:(?:her|his|their) (?:new |current |latest |updated )?(?:number|phone|mobile|address|contact details)|(?:new|current|latest|updated) (?:number|phone number|mobile|address))\\b",
    { when: 'third_party', needs: ['friend', 'classmate', 'schoolmate', 'colleague', 'cousin', 'mate', 'neighbo', 'roommate', 'church'] },
  ),
  en(
    'circle_hears',
    'prohibited_content_threat',
    "\\b(?:your|ur|the whole|everyone (?:in|at|on) your|all your) (?:[a-z-]+ ){0,2}(?:family|relatives|parents|in-laws|wife|husband|kids|children|neighbou?rs|colleagues|co-?workers|boss|employer|landlord|friends|church|church elders|elders|congregation|mosque|pastor|imam|village|panchayat|community|estate|compound|street|barangay|whatsapp group|group chat|office)s? (?:will|would|are going to|is going to|gonna|shall|might|may|are gonna) (?:all |soon |surely |definitely )?(?:(?:hear|know|learn|read|get to know)(?: all)? (?:about|of) (?:it|this|that|you|your|the (?:debt|loan|arrears|money))|find out|be (?:told|informed)|know (?:that )?you (?:owe|haven't paid|have not paid|borrowed|defaulted|are a)|know (?:what|how much) you owe|see (?:your (?:debt|name|photo|picture|face)|the (?:post|notice|list)))\\b|\\b(?:inform|tell|notify|alert|visit|approach)(?:ing|s|ed)? (?:the |your )?(?:native place|village elders|panchayat|church elders|community leaders|village head|area chief|chief|estate committee|residents'? association|barangay)\\b",
    { needs: ['hear', 'know', 'learn', 'read', 'find out', 'be told', 'be informed', 'see your', 'see the', 'native place', 'elders', 'panchayat', 'community leaders', 'village head', 'chief', 'estate committee', 'association', 'barangay'] },
  ),
  en(
    'copy_to_circle',
    'prohibited_content_threat',
    "\\b(?:e-?mailed|sent|forwarded|posted|copied|cc'?d|shown|faxed|whatsapped|texted|delivered)(?: a copy to)? (?:your|the customer's|their|his|her) (?:[a-z-]+ )?(?:line manager|manager|boss|supervisor|employer|hr(?: department| team)?|payroll|colleagues|landlord|family|parents|wife|husband|partner|neighbou?rs|pastor|oga|in-laws)(?: (?:a copy of|copies of|details of|the details of))? (?:your|the|this) (?:statement|arrears|debt|account|balance|file|letter|default notice|demand|payment history)\\b|\\b(?:sent|forwarded|copied|e-?mailed|delivered|shared) (?:a copy of |copies of |details of )?(?:your|the) (?:statement|arrears|debt details|file|default notice|demand letter|payment history|account details) to your (?:[a-z-]+ )?(?:line manager|manager|boss|supervisor|employer|hr(?: department| team)?|payroll|colleagues|landlord|family|parents|wife|husband|partner|neighbou?rs|pastor|oga|in-laws)\\b",
    { needs: ['manager', 'boss', 'supervisor', 'employer', 'hr', 'payroll', 'colleague', 'landlord', 'family', 'parents', 'wife', 'husband', 'partner', 'neighbo', 'pastor', 'oga', 'in-law'] },
  ),
  en(
    'veiled_route',
    'prohibited_content_threat',
    "\\b(?:mind how you go|be careful|watch yourself|watch your back|take care|careful|stay safe)\\b[^.;!?]{0,40}\\b(?:dark|lonely|quiet|empty|deserted|unlit) (?:lanes?|roads?|streets?|alleys?|car ?parks?|paths?|spots?|places?|stairwells?)\\b|\\b(?:bus stop|school gate|walk home|route home|way home|walk to school|commute)s? (?:is|are|can be|gets?|looks?) (?:a |such a |very |so )?(?:lonely|dark|quiet|deserted|dangerous|isolated|long)\\b[^.;!?]{0,20}(?:isn't it|innit|eh|right|at night|after dark|yeah)|\\bwe (?:know|ken|knaw)s? (?:where|when|what time) (?:you|ye|ya|u) (?:drink|park|shop|eat|pray|walk|jog|run|sleep|hang out|socialise|socialize|go (?:out|drinking|running|walking))s?\\b|\\ba (?:little |friendly |personal |quick )?(?:visit|word|chat|call) from (?:the|our|my|some of (?:our|my)) (?:lads|boys|guys|friends|mates|associates|heavies|muscle|enforcers|big men)\\b|\\bmeet(?:ing)? (?:the|our|my) (?:lads|boys|heavies|muscle|enforcers|big men)\\b",
    { needs: ['mind how', 'careful', 'watch', 'take care', 'stay safe', 'bus stop', 'school gate', 'walk home', 'route home', 'way home', 'walk to school', 'commute', 'we know', 'we ken', 'we knaw', 'visit from', 'word from', 'chat from', 'call from', 'meet'] },
  ),
  en(
    'authority_office',
    'false_representation',
    "\\b(?:message|notice|letter|call|text|communication|reminder) from (?:the )?(?:magistrate'?s?|judge'?s?|sheriff'?s?|court'?s?|registrar'?s?|prosecutor'?s?|bailiff'?s?|marshal'?s?|dci|cid|police) (?:office|chambers|registry|desk|unit|department)\\b",
    { needs: ['message from', 'notice from', 'letter from', 'call from', 'text from', 'communication from', 'reminder from'], exempt: /\b(?:scam(?:mer)?s?|fraudsters?|beware|pretend(?:ing|s)? to be|impersonat[a-z]*|claiming to be|not from|(?:may|might|could|would|will) (?:receive|get))\b/ },
  ),
  en(
    'authority_more',
    'false_representation',
    "\\b(?:(?:debt )?recovery |enforcement |collections? )?(?:wing|division|unit|desk|arm|branch|cell) of the (?:[a-z]+ ){0,2}(?:court|police|judiciary|ministry)\\b|\\b(?:nbi|dci|cybercrime (?:division|unit|police|cell|department)|anti-?fraud (?:unit|division|police))\\b",
    { needs: ['wing of', 'division of', 'unit of', 'desk of', 'arm of', 'branch of', 'cell of', 'nbi', 'dci', 'cybercrime', 'fraud'], exempt: /\b(?:scam(?:mer)?s?|fraudsters?|beware|pretend(?:ing|s)? to be|impersonat[a-z]*|claiming to be|posing as|report (?:it|this|them|scams?|fraud)|complain(?:t|ts)?)\b/ },
  ),
  en(
    'avoid_warrant',
    'prohibited_content_threat',
    "\\b(?:to|or) (?:avoid|prevent|stop) (?:a |an |the |your )?(?:warrant|arrest|jail(?:ing)?|prison|prosecution|criminal (?:case|charges?|record)|police (?:case|action|report))\\b",
    { negatable: false, needs: ['warrant', 'arrest', 'jail', 'prison', 'prosecution', 'criminal', 'police'], exempt: /\b(?:no one can arrest|cannot be arrested|can't be arrested|civil matter|not a crime|scam(?:mer)?s?|fraudsters?|claiming|pretend(?:ing|s)?|no need)\b/ },
  ),
  en(
    'insult_more',
    'prohibited_content_obscene',
    "\\b(?:stupid|silly|fat|ugly|dumb|useless|filthy|dirty|lying|thieving|greedy|worthless) (?:cow|pig|dog|bitch|mule|donkey|goat|ass|rat|snake|sow|baboon|monkey|swine|leech|bum)s?\\b|\\b(?:you|u|ur)(?: (?:very|so|really|damn|quite|one))? thick[- ]?skin(?:ned)?\\b|\\b(?:mjinga|fala|bewakoof|ullu|gadha|chutiya|kamina|olodo|ewu|oloriburuku|buang|gago|tanga|bobo|walang hiya|walanghiya|hampas lupa)\\b|\\b(?:what(?:'s| is) the point of (?:you|your life)|people like you (?:shouldn't|should not|don't deserve to) (?:be alive|exist|live)|(?:do|doing) (?:everyone|the world|us all) a favou?r and (?:disappear|die|vanish|jump))\\b",
  ),
  en(
    'workplace_visit',
    'prohibited_content_threat',
    "\\b(?:attend|visit|call at|come (?:to|by)|turn up at|show up at|drop by|stop by|go to)(?:s|ing|ed)? (?:your|the customer's|their|his|her) (?:place of (?:employment|work)|workplace|work premises|office premises|employer'?s? (?:office|premises))\\b|\\b(?:confirm|verify|check|discuss|validate)(?:s|ing|ed)? (?:your |the )?(?:details|identity|employment|address|information|whereabouts|situation|account) with (?:your|the customer's|their|his|her) (?:[a-z-]+ )?(?:supervisor|employer|manager|line manager|boss|hr(?: department| team)?|colleagues|co-?workers|neighbou?rs|family|relatives|landlord|pastor|village head|chief)\\b|\\b(?:word|news|gossip|talk|rumou?rs?) (?:gets?|goes|travels?|spreads?) (?:round|about)\\b|\\b(?:defaulters?'?|debtors?'?|shame|bad payers?'?) (?:notice ?board|board|wall|gallery|window|corner)\\b|\\byour (?:photo|picture|face|pic|mugshot|name)(?! id)\\b[^.!?]{0,40}\\b(?:(?:facebook|instagram|tiktok|twitter|whatsapp|wechat|telegram|viber) (?:group|page|feed|story|status)|group chat)\\b",
    { needs: ['place of', 'workplace', 'work premises', 'office premises', "employer's", 'employers', ' with your', " with the customer's", ' with their', ' with his', ' with her', ' round', ' about', 'board', 'wall', 'gallery', 'window', 'corner', 'your photo', 'your picture', 'your face', 'your pic', 'your mugshot', 'your name'], exempt: /\b(?:consent|permission|authori[sz]ation|authori[sz]e|you agree|you ask|if you (?:want|wish|prefer|choose))\b/ },
  ),
  en(
    'doxx',
    'prohibited_content_threat',
    "\\bdox(?:x)?(?:ed|ing|es)? (?:you|u|ya|him|her|them)\\b|\\b(?:we(?:'ll| will)|i(?:'ll| will)|gonna|going to) dox(?:x)?\\b|\\bleak(?:ing)? your (?:address|details|number|photos?|info|information|nudes)\\b",
    { needs: ['dox', 'leak'] },
  ),
  en(
    'tribunal',
    'false_representation',
    "\\b(?:from )?the (?:desk|office|chambers) of the (?:[a-z]+ ){0,3}(?:tribunal|court|registrar|magistrate|judge|sheriff|prosecutor|commissioner)\\b|\\bdebt recovery tribunal\\b|\\bex[- ]parte (?:order|decree|judgment)\\b|\\byou (?:are|have been) (?:hereby )?summoned\\b|\\b(?:this is|from|message from) the barangay (?:hall|captain|office)\\b|\\bbarangay (?:summons|court)\\b",
    { needs: ['desk of', 'office of', 'chambers of', 'tribunal', 'parte', 'summoned', 'barangay'], exempt: /\b(?:scam(?:mer)?s?|fraudsters?|beware|pretend(?:ing|s)? to be|impersonat[a-z]*|claiming to be|not from|if you (?:receive|get))\b/ },
  ),
  en(
    'deadline_full',
    'undue_pressure',
    "\\b(?:(?:the )?(?:full|whole|entire|total)(?: outstanding)? (?:balance|amount|sum|debt|payment)|in full|everything|the lot)\\b[^.;!?]{0,30}?\\b(?:by|before|within|latest by|not later than) (?:eod|cob|close of business|end of (?:the )?day|(?:12 )?noon|midnight|tonight|today|this (?:morning|afternoon|evening)|\\d{1,2}(?::\\d\\d)? ?(?:am|pm)|\\d+ ?(?:hrs?|hours?|mins?|minutes?))\\b|\\b(?:instal?ment|payment plan|repayment plan|plan|arrangement|extension|deferral|restructuring) (?:request|application|proposal)s? (?:has been |have been |is |are |was |were )?(?:rejected|declined|refused|denied|turned down)\\b(?=[^]{0,80}?\\b(?:pay|clear|settle)(?: [a-z]+){0,2} (?:in full|the (?:full|whole|entire) (?:balance|amount)|everything|the lot|all of it)\\b)|\\bask (?:your )?(?:[a-z]+ )?(?:relatives?|uncle|aunt|auntie|cousin|brother|sister|family|friends?|parents|mum|mom|dad|in-laws|husband|wife|son|daughter)(?: [a-z]+){0,3} to (?:send|lend|give|wire|transfer|remit|loan) (?:you )?(?:the |some |a bit of )?(?:money|cash|funds|amount|balance)\\b|\\b(?:use|take|withdraw|dip into|borrow from|empty|raid) (?:the money (?:from|in) |the cash (?:from|in) )?your (?:chama|sacco|susu|ajo|esusu|stokvel|committee|kitty|savings group|provident fund|epf|cpf|kiwisaver|superannuation|super|school fees|rent money|emergency fund)\\b",
    { needs: ['full', 'whole', 'entire', 'total', 'everything', 'the lot', 'request', 'application', 'proposal', 'ask ', 'chama', 'sacco', 'susu', 'ajo', 'stokvel', 'committee', 'kitty', 'savings group', 'provident', 'epf', 'cpf', 'kiwisaver', 'super', 'school fees', 'rent money', 'emergency fund'], exempt: /\b(?:if you (?:want|wish|prefer|choose|can|are able)|discount|waive[ds]?|other options|alternatives?|call us to discuss|we can offer|hardship|credited|processed|receive[ds]?)\b/ },
  ),
];

/** Chinese round-4 rules. */
export const chineseRound4Rules: PatternRule[] = [
  zh(
    'minimum_refusal',
    'undue_pressure',
    '(?:低于|少于|少过|不足|不到|小于)(?:这个数|这个金额|这个标准|此数|[\\d一二三四五六七八九十百千万两,.]+(?:元|块钱?|rmb|蚊)?)[^。！？]{0,8}(?:一律|都|概|统统|全部|一概)?(?:不(?:会|能)?(?:接受|同意|受理|考虑|批)|不予(?:接受|受理|考虑|通过|批准)|免谈|拒绝|不谈|没得谈)|(?:最低|至少)(?:每月|每个月|每期|每周|月供|还款额?)?[^。！？]{0,12}(?:没得商量|不能少|不接受讨价还价|少一分都不行|一分都不能少)',
    { negatable: false, exempt: /抱歉|道歉|对不起/ },
  ),
  zh(
    'village_work',
    'prohibited_content_threat',
    '(?:与|和|跟|同|向|找)(?:当地|您|你|其)?(?:的)?(?:村委会?|居委会?|村干部|村支书|村长|社区|街道办?|物业|派出所|宗族|族长)[^。！？]{0,16}(?:核实|沟通|了解|通报|告知|说明|反映|联系|谈)|(?:联系|通知|告知|走访|拜访)(?:当地|您|你|其)?(?:所在|老家)?(?:的)?(?:社区)?(?:村委会?|居委会?|村干部|村支书|村长|街道办?|物业)|(?:相关人员|大家|所有人|村里(?:人|的人)?|街坊|邻居|邻里|乡亲|同事们?|领导们?)[^。！？]{0,4}(?:都|均|全)?(?:会|将|就会)?(?:知悉|知道|知晓|晓得|了解到?|得知)(?:您|你)的?(?:逾期|欠款|欠债|欠钱|债务|情况|事)|前往(?:您|你)的?(?:户籍(?:所在)?地|原籍|老家|村里|祖籍)',
  ),
  zh(
    'home_scene',
    'prohibited_content_threat',
    '上(?:你|您|你们|您们)(?:家|家里|单位|公司|店里|老家)(?:去)?(?:闹|堵|砸|泼|蹲|守着|讨说法|要说法)',
  ),
  zh(
    'prison_vest',
    'prohibited_content_threat',
    '(?:等着|准备|就得|就要|迟早|早晚|会|要|得)穿(?:上)?(?:橙色?|黄色?)(?:的)?(?:马甲|囚服|背心)|囚服',
  ),
  zh(
    'condescension',
    'prohibited_content_obscene',
    '(?:您|你)的智商|智商(?:不够|堪忧|有问题|捉急|感人|欠费|太低|低下|不足|为零|是硬伤|可能无法|理解不了)|(?:小学生|三岁(?:小孩|孩子|小朋友)?|幼儿园(?:小朋友|小孩)?|五岁小孩|猴子)都(?:会|懂|能|知道|明白|看得懂)|没长脑子|脑子(?:有问题|有坑|进水|不好使|被驴踢)|听不懂(?:人话|中文|中国话)|文盲吧|九年义务教育白(?:上|受|读)了?|小学(?:都)?没毕业',
    { exempt: /简单|容易|方便|轻松|一学就会/ },
  ),
  zh(
    'emoji_address',
    'prohibited_content_obscene',
    `(?:亲爱的|尊敬的|致|给|最爱的|我们的)${INSULT_EMOJI}|${INSULT_EMOJI}\\s*${INSULT_EMOJI}`,
    { exempt: FESTIVE },
  ),
  zh(
    'tp_cantonese',
    'third_party_disclosure',
    '数未(?:找|清|还|俾|畀)|走数|碌爆(?:咗)?卡?|卡数|欠(?:咗|紧|住)(?:我们|我哋|人|啲)?(?:啲)?(?:钱|数)|(?:未|冇|没)找数|欠(?:咗|了)?(?:啲|些|d)?数|追数|(?:有|有啲|有些)数(?:未|冇|没)',
    { when: 'third_party' },
  ),
  zh(
    'tp_lent_me',
    'third_party_disclosure',
    '(?:借了?|借过|欠)(?:我|我们)(?:(?:点|些|一点|一些|一笔|的|不少)?(?:钱|款)|(?:[\\d一二三四五六七八九十百千万几两]+(?:块|元|万|千))(?:钱)?)',
    { when: 'third_party' },
  ),
  zh(
    'tp_pretext',
    'false_representation',
    '(?:我是|我系|我乃)(?:他|她|[\\u4e00-\\u9fff]{1,3})的?(?:大学|高中|初中|小学)?(?:同学|朋友|老乡|同事|发小|战友|室友|邻居|亲戚|老朋友)[^。！？]{0,60}(?:。|，|,|！)?[^]{0,60}?(?:新(?:手机)?号码|新的?(?:电话|联系方式|微信|地址)|(?:号码|电话|联系方式|微信|地址|住址)(?:给我|告诉我|发我|发给我))',
    { when: 'third_party' },
  ),
  zh(
    'whole_circle',
    'prohibited_content_threat',
    '(?:全村|全小区|全单位|全公司|全楼|全家族|整个村|整栋楼|全校|亲朋好友|所有亲戚)(?:的人)?[^。！？]{0,4}(?:都)?(?:会|要)?(?:知道|晓得|看到|听说|认识你)|(?:亲戚|家人|同事|领导|邻居|朋友|老师|同学)[^。！？]{0,8}(?:收到|看到)[^。！？]{0,8}(?:欠款|逾期|催收|欠债)(?:明细|记录|通知|材料|清单|信息|账单)|(?:朋友圈|微信群|业主群|家族群|同学群|工作群|抖音|快手|微博|网上|小区群|村群)(?:里|上)?(?:出名|火一把|火起来|曝光|社死|出圈)',
  ),
  zh(
    'raid_funds',
    'undue_pressure',
    '(?:拿|用|动用|提取|取出|套出?)(?:你|您)?的?(?:公积金|养老金|退休金|信用卡(?:额度)?|花呗|借呗|白条|微粒贷|备用金|孩子的?学费|学费|医药费|救命钱|彩礼)[^。！？]{0,12}(?:还|结清|付|补上|填上)',
  ),
  zh(
    'pawn_item',
    'undue_pressure',
    '把(?:你|您)?(?:老婆|老公|家里|父母|爸妈)?的?(?:金项链|项链|首饰|金子|黄金|手表|戒指|车|房子?|手机|电脑|摩托车?)(?:拿去)?(?:押|当|抵押|典当)(?:了|掉)',
  ),
  zh(
    'worthless_life',
    'prohibited_content_threat',
    '活着(?:还)?有(?:啥|什么)意思|(?:不如|干脆|还不如)(?:去)?死(?:了算了|了吧|掉)?|活着浪费(?:空气|粮食)|怎么(?:还)?不去死',
  ),
  zh(
    'cantonese_insult',
    'prohibited_content_obscene',
    '衰人|衰仔|衰婆|废柴|冚家铲|冚家富贵|痴线|on9|戆居|死蠢|蠢材',
  ),
  zh(
    'know_home',
    'prohibited_content_threat',
    '(?:晓得|摸清了?|打听到了?|打听清楚了?|(?:已经|早就|早|都)(?:知道|清楚))(?:你|您)(?:家|屋里)?(?:住)?(?:在)?(?:啥|什么|哪)(?:地方|里|儿)',
  ),
  zh(
    'court_form',
    'false_representation',
    '^[\\s【】\\[\\]()（）:：,，.。"“”*#-]*(?:民事起诉状|起诉状|应诉通知书|开庭传票|举证通知书|民事判决书|判决书|民事裁定书|执行通知书|支付令)|原告[:：]',
    { exempt: /自称|冒充|诈骗|谨防|核实|不会(?:发送|通过)|样本|示例/ },
  ),
  zh(
    'work_talk',
    'prohibited_content_threat',
    '(?:单位|公司|人事|领导|主管|老板|hr|村委|居委)(?:那边|那儿|那里|部门)?(?:我们)?[^。！？]{0,8}(?:沟通|反映|说明|核实|了解|通报)[^。！？]{0,6}(?:你|您)的?(?:欠款|逾期|债务|借款|还款)',
  ),
  zh(
    'insult_more',
    'prohibited_content_obscene',
    '脑子是(?:摆设|装饰|浆糊|用来)|(?:你|您)是猪(?:吗|啊|吧|么)|猪脑子',
  ),
  zh(
    'tp_hokkien',
    'third_party_disclosure',
    '(?:欠|借了?)(?:阮|阮公司|阮这边)|伊(?:欠|借了?|拖)(?:[^。！？]{0,6})(?:钱|款|数)',
    { when: 'third_party' },
  ),
  zh(
    'suit_docs',
    'time_barred_suit_threat',
    '(?:准备|起草|递交|提交|写好|备好)(?:了|好)?(?:起)?诉状|起诉(?:书|材料|状)|立案材料|(?:法院|法庭)见|律师函|律师信|法务函',
    { when: 'time_barred' },
  ),
  zh(
    'push_to_circle',
    'prohibited_content_threat',
    '(?:同步|推送|通报|抄送|报备)(?:至|到|给)(?:您|你)?(?:所在)?(?:的)?(?:单位|公司|工作单位|人事|人力资源|领导|村委会?|居委会?|社区|学校|家人|亲属|父母)|(?:跟|和|与|同|向)(?:您|你)?(?:的)?(?:物业|居委会?|村委会?|保安|门卫|邻居|房东|领导|同事|单位)(?:那边)?(?:打个?招呼|打声招呼|通个气|说一声|聊聊|聊一聊)|(?:母亲|父亲|父母|爸妈|老婆|老公|妻子|丈夫|家人|亲戚|岳父|岳母|公婆|领导)(?:那边|那儿|那里|家里?)[^。！？]{0,8}(?:拜访|走一趟|坐坐|登门|上门)|(?:外访|上门)(?:人员|专员|团队|同事)?[^。！？]{0,8}(?:去|到|前往)(?:您|你)的?(?:小区|家|单位|公司|老家|村里)',
    { exempt: /(?:不会|不|绝不|从不|不得)(?:去|到|前往|上门)(?:您|你)的?(?:小区|家|单位|公司|老家|村里)|(?:不会|不|绝不|从不)(?:同步|推送|通报|抄送|报备)|(?:不会|不|绝不|从不)(?:跟|和|与|同|向)(?:您|你)?的?(?:物业|居委|村委|保安|门卫|邻居|房东|领导|同事|单位)|(?:不会|不|绝不|从不)去?(?:拜访|登门|上门)/ },
  ),
  zh(
    'child_school',
    'prohibited_content_threat',
    '(?:女儿|儿子|孩子|闺女|小孩|娃|外孙|孙子|孙女)(?:在|读|上)[^。！？，,]{0,6}(?:小学|中学|初中|高中|幼儿园|一中|二中|实验)[^。！？]{0,4}(?:读|上学|念书|初[一二三]|高[一二三]|[一二三四五六]年级)',
  ),
  zh(
    'police_report',
    'prohibited_content_threat',
    '(?:报备|报案|移交|通报|上报|备案)(?:至|到|给)?(?:当地|辖区|您所在地)?(?:的)?(?:派出所|公安|警方|经侦)',
    { exempt: /您可以|请您?(?:立即|及时|尽快)?报案|建议您?|如遇|如有|诈骗|冒充|被骗|受骗/ },
  ),
  zh(
    'shameless',
    'prohibited_content_obscene',
    '(?:没有?|冇)廉耻|不知廉耻|无耻之徒',
  ),
  zh(
    'doxx',
    'prohibited_content_threat',
    '开盒|人肉(?:搜索)?(?:你|您|他|她)|(?:让|叫)(?:你|您)社死|社死(?:吧|去吧|预定)|网暴(?:你|您)|(?:挂|发|晒)(?:到|在)?网上(?:去)?',
  ),
  zh(
    'net_insult',
    'prohibited_content_obscene',
    '老六|屌丝|憨批|傻叉|脑残|智障|弱智|low逼|loser',
  ),
  zh(
    'regulator_intro',
    'false_representation',
    '(?:这边是|这里是|我们是|我是|本单位是)[^，。！？]{0,8}(?:监管协会|监管中心|监管局|监督管理局|金融办|银保监|金管局|仲裁委)',
    { exempt: /自称|冒充|诈骗|谨防|不是|并非|投诉|举报/ },
  ),
  zh(
    'deadline_full',
    'undue_pressure',
    '(?:明早|明天|今晚|今天|今日|中午|下午|晚上|早上)?[\\d一二三四五六七八九十两]+(?:点|时)(?:半)?(?:前|之前)[^。！？]{0,6}(?:全额|全部|一次性|结清|还清|到账)|[\\d一二三四五六七八九十两半]+(?:个)?(?:小时|钟头|分钟)(?:内|之内)[^。！？]{0,8}(?:打过来|还清|结清|到账|还上|转过来|全部)|过时不候|分期(?:想都别想|门都没有|没门|不可能)',
    { exempt: /如需|如果您?希望|若想|不着急|也可以|方便的话/ },
  ),
];
