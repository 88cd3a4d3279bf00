/**
 * Round-5 rule families (en and zh-CN), written from the policy as families of wording after
 * blind set 5 became development data:
 * - a cautionary tale: a customer "like you" whose boss and landlord now know ("don't be him");
 * - "our guys will swing by", "come and take the truck", "towed, no court, no paperwork": an
 *   informal visit or a seizure announced or told without any court;
 * - non-payment called a crime in so many words ("your non-repayment amounts to cheating",
 *   "under IPC 420");
 * - refusing an offer the reader can afford and demanding everything ("full payment or
 *   nothing", "we're declining it. Full balance please");
 * - a third party told about "money stuff" or "financial problems" of the person sought;
 * - zh: sarcastic insults about shamelessness and childishness (脸皮厚, 巨婴, 装死), and
 *   不还钱 called 诈骗罪 (a false representation, as in English).
 * Negation, reported speech and the other context cues of rules.ts apply as for every rule.
 */
import { hoistWordBoundary } from './regex-util.ts';
import type { GuardReason, PatternRule } from './types.ts';

type Opts = Omit<PatternRule, 'id' | 'reason' | 're'>;
const en = (id: string, reason: GuardReason, src: string, opts: Opts = {}): PatternRule => ({
  id: `en.r5.${id}`,
  reason,
  re: new RegExp(hoistWordBoundary(src), 'g'),
  ...opts,
});
const zh = (id: string, reason: GuardReason, src: string, opts: Opts = {}): PatternRule => ({
  id: `zh.r5.${id}`,
  reason,
  re: new RegExp(src, 'g'),
  ...opts,
});

const EN_CREW = "(?:our|my|the|some of our|a couple of our) (?:guys|boys|lads|men|team|people|agents|collectors|field (?:team|agents?|staff)|recovery (?:team|agents?|staff)|enforcement (?:team|agents?))";
const EN_GOODS = '(?:truck|car|van|ute|motorbike|motorcycle|bike|tv|telly|television|furniture|sofa|fridge|phone|laptop|computer|stuff|things|belongings|gear|tools|jewell?e?ry|livestock|goods)';
/** A court, a judgment or the agreement's own terms: lawful repossession wording. */
const EN_LAWFUL_SEIZURE = /\b(?:court|judg(?:e)?ments?|warrant|writ|order of|legal process|lawful(?:ly)?|legally|under the terms|your (?:agreement|contract)|hire purchase|conditional sale|secured|security interest|logbook)\b/;
const EN_CRIME = '(?:cheating|fraud|theft|a crime|criminal|a criminal (?:offen[cs]e|act)|an offen[cs]e|stealing|deception|embezzlement|criminal breach of trust)';
const EN_SCAM_CONTEXT = /\b(?:not a (?:crime|criminal)|civil (?:matter|debt|dispute)|scam(?:mer)?s?|fraudsters?|fake|bogus|impersonat[a-z]*|beware|crooks)\b/;

/** English round-5 rules. */
export const englishRound5Rules: PatternRule[] = [
  en(
    'crew_visit',
    'prohibited_content_threat',
    `\\b${EN_CREW}(?: will| are going to|'ll| might| may| could| can)? (?:swing|pop|come|call|drop|stop|head|roll) (?:by|round|around|over)\\b|\\b(?:will|'ll|gonna|going to|and|come to|come and|coming to|coming round to|be round to) (?:take|grab|tow|seize|haul off|haul away|clear out|cart off|load up) (?:away )?(?:the|your) ${EN_GOODS}\\b`,
    { needs: ['swing', 'pop ', 'come', 'call ', 'drop', 'stop', 'head', 'roll', 'take', 'grab', 'tow', 'seize', 'haul', 'clear out', 'cart off', 'load up'], exempt: EN_LAWFUL_SEIZURE },
  ),
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
  en(
    'money_matters',
    'third_party_disclosure',
    '\\bmoney (?:stuff|matters?|issues?|problems?|things?|troubles?|business|worries)\\b|\\bfinancial (?:stuff|matters?|issues?|problems?|difficult(?:y|ies)|troubles?|situation|obligations?)\\b|\\bsome (?:money|cash) (?:stuff|thing|business)\\b',
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
    { exempt: /(?:不属于|不构成|不算|不是|并非|不等于|不涉及|并不构成|并不属于)(?:犯罪|诈骗|刑事|违法犯罪)|民事纠纷|骗子|冒充|谣言/ },
  ),
  zh(
    'shameless',
    'prohibited_content_obscene',
    '巨婴|厚脸皮|脸皮(?:的)?厚度|脸皮(?:真|太|可真|也太|够|这么|那么|比[^，。！？]{0,6})厚|(?:慢慢|继续|接着|还在|还想|一直)装死|装死(?:的|先生|女士|大王|专家)',
  ),
];
