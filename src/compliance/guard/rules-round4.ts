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
 * The zh-CN rules of these families are in rules-round4-zh.ts. Negation, reported speech and the
 * other context cues of rules.ts apply as for every rule.
 */
import type { PatternRule } from './types.ts';
import { ruleMaker } from './rule-builders.ts';

const en = ruleMaker('en.r4', true);

/** Animal and other emoji used as insults. */
/** Emoji that stand for a person as an insult: a rule's `needs`, and as INSULT_EMOJI a pattern. */
export const INSULT_EMOJI_LIST: readonly string[] = ['🐀', '🐁', '🐍', '🐷', '🐖', '🐽', '🤡', '💩', '🐛', '🦠', '🐶', '🐕', '🦨', '🪳', '🐌'];
export const INSULT_EMOJI = `(?:${INSULT_EMOJI_LIST.join('|')})`;
/** Zodiac and festive greetings, where an animal emoji is the year's sign. */
export const FESTIVE = /\b(?:year of the|lunar new year|chinese new year|cny|zodiac|piggy bank)\b|新年|春节|过年|生肖|属(?:鼠|蛇|猪|狗)|(?:鼠|蛇|猪|狗)年/;
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
    `\\b(?:discuss(?:es|ed|ing)?|rais(?:e|es|ed|ing)|mention(?:s|ed|ing)?|shar(?:e|es|ed|ing)|talk(?:s|ed|ing)? (?:about|through|over)|speak(?:s|ing)? about|go(?:es|ing)? over|explain(?:s|ed|ing)?|bring(?:s|ing)? up|report(?:s|ed|ing)?)\\b[^.;!?]{0,60}?\\b(?:with|to) ${EN_ON_BEHALF} (?:[a-z-]+ )?${EN_WORK_CIRCLE}\\b|\\b(?:coordinat|liais|meet|sit down|have a (?:word|chat|talk)|follow(?:ing)? up|check(?:ing)? in|touch(?:ing)? base)[a-z]* (?:directly )?with ${EN_ON_BEHALF} (?:[a-z-]+ )?${EN_WORK_CIRCLE}\\b|\\b(?:at|in|to) (?:your|their|his|her) (?:workplace|place of work|office) (?:about|regarding|concerning) (?:the |your |their |his |her )?(?:debt|balance|arrears|account|loan)`,
    {
      needs: ['discuss', 'rais', 'mention', 'shar', 'talk', 'speak', 'go over', 'goes over', 'going over', 'explain', 'bring', 'report', 'coordinat', 'liais', 'meet', 'sit down', 'have a word', 'have a chat', 'have a talk', 'follow', 'check', 'touch base', 'workplace', 'place of work'],
      // the reader is the one acting: "you may wish to discuss it with your family", "Talk it over with your partner"
      notAfter: /(?:\byou (?:[a-z']+ ){0,3}|(?:^|[.!?;:]\s*|\b(?:please|kindly|do|why not|maybe|perhaps|feel free to|try to|try and)\s+))$/,
    },
  ),
  en('crime_slang', 'prohibited_content_threat', "\\b(?:you|u|ya|fraudsters|defaulters|debtors|people like you|they)(?:'d|'ll|'re| will| would| could| might| tend to| usually| often| end up| are going to| gonna| be)*(?: [a-z]+)?? (?:wear(?:s|ing)?|in|look(?:s|ing)? good in|suit) (?:an? |the )?(?:bright )?orange\\b|\\borange jumpsuits?\\b", { needs: ['orange'] }),
  // non-payment called a crime: a false representation (the policy's threat reason needs prison or arrest too)
  en(
    'crime_claim',
    'false_representation',
    "\\b(?:skip(?:ping|s)? out on|run(?:ning)? (?:off|away) (?:from|with)|dodg(?:e|ing)|duck(?:ing)?|default(?:ing)? on|not (?:paying|repaying|paying back)|non-?payment(?: of [^.;!?]{0,20}?)?|fail(?:ing)? to (?:pay|repay))\\b[^.;!?]{0,30}?\\b(?:is|counts as|amounts to|equals|=) (?:a |an )?(?:fraud|theft|stealing|(?:a )?crime|criminal|(?:an? )?(?:criminal )?offen[cs]e|obtaining (?:money|property) by deception|cheating)\\b",
    { needs: ['fraud', 'theft', 'stealing', 'crime', 'criminal', 'offence', 'offense', 'deception', 'cheating'] },
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
    { needs: INSULT_EMOJI_LIST, exempt: FESTIVE },
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
    "\\b(?:is|he's|she's|him|her|he|she|they're|dem|they|a bit|a little|likkle|small|slightly|well|way|far|months?|weeks?) behind (?:on|pon|with|wid|in|inna) (?:it|things?|something|a (?:few|couple)|some|di|de|the|his|her|their|them|payments?|bills?|rent|instal?ments?)\\b|\\b(?:the |a |some |di |de )?(?:likkle |little |small )?(?:ting|thing|matter|sum|amount)s? (?:weh|wey|that|which) (?:him|her|he|she|dem|they) (?:owe|behind|a owe)\\b|\\b(?:dues|emis?|instal?ments?) (?:are |is )?(?:still )?(?:pending|overdue|outstanding|unpaid)\\b|\\bpending dues\\b|\\b(?:utang|indebtedness)\\b|\\b(?:got|has|have|having|with) (?:an? |some |small |big )?outstanding (?:with|at|to|by) (?:us|our)\\b|\\b(?:emis?|cheque|check|ecs|nach|mandate|direct debit|debit order|standing order|auto-?debit) (?:has |have |was |got )?(?:bounced|returned|failed|dishonou?red)\\b|\\bregulari[sz](?:e|es|ed|ing)\\b",
    { when: 'third_party', needs: ['behind', 'owe', 'dues', 'emi', 'instal', 'utang', 'indebtedness', 'outstanding', 'bounced', 'returned', 'failed', 'dishono', 'regulari'] },
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
