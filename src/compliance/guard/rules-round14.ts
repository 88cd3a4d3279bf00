/**
 * Round-14 rule families (en and zh-CN), written from the labelling policy as families of
 * wording after blind set 14 (one day of a platform's traffic) became development data:
 * - a settlement "offer" that lasts a few hours and asks for everything at once;
 * - an affordable offer the reader made, refused out of hand ("we refuse that, pay in full");
 * - a story of damage done to someone else's home or car after they "ignored our letters";
 * - a time-barred debt on which the complaint against the reader is "being drafted";
 * - an animal or clown emoji standing for the reader ("the 🐀 at flat 4").
 * Negation, reported speech and the other context cues of rules.ts apply as for every rule.
 */
import { FESTIVE, INSULT_EMOJI, INSULT_EMOJI_LIST } from './rules-round4.ts';
import type { PatternRule } from './types.ts';
import { ruleMaker } from './rule-builders.ts';

const en = ruleMaker('en.r14', true);

const EN_FEW_HOURS = '(?:\\d{1,2}|one|two|three|four|five|six|a few|a couple of|few) hours?';
const EN_ALL = '(?:all|the full|the whole|the entire|in full|everything|the lot|the full balance|the whole balance)';
const EN_REFUSE = "(?:refuse|reject|won't accept|will not accept|don't accept|do not accept|can't accept|cannot accept|decline|turn down|are turning down|are rejecting|are refusing)";
const EN_HARM =
  '(?:put in|smashed(?: in)?|slashed|kicked in|set (?:on )?fire|torched|vandali[sz]ed|keyed|burn(?:ed|t)(?: down| out)?|broken(?: into)?|trashed|wrecked|spray[- ]painted|daubed)';
const EN_PROPERTY = '(?:windows?|tyres|tires|car|van|door|front door|house|home|flat|shop|garage|fence|letterbox|mailbox)';

/** English round-14 rules. */
export const englishRound14Rules: PatternRule[] = [
  en(
    'hours_for_everything',
    'undue_pressure',
    `\\b(?:for|within|in|over) the next ${EN_FEW_HOURS}(?: only)?\\b[^.!?\\n]{0,60}\\b${EN_ALL}\\b|\\b${EN_ALL}\\b[^.!?\\n]{0,40}\\b(?:within|in) the next ${EN_FEW_HOURS}\\b|\\b(?:only|just) (?:valid|good|open|available) for ${EN_FEW_HOURS}\\b[^.!?\\n]{0,60}\\b${EN_ALL}\\b`,
    { needs: ['hour'] },
  ),
  en(
    'affordable_refused',
    'undue_pressure',
    `(?<=\\b(?:can|could) (?:only )?afford\\b[^.!?\\n]{0,40}[.!?]?\\s{0,2}(?:but )?)\\b(?:we|i)(?: simply| just| flatly)? ${EN_REFUSE}\\b|\\b(?:we|i) ${EN_REFUSE} (?:that|this|it|your (?:offer|proposal|plan))\\b[^\\n]{0,30}\\bpay (?:the (?:full|whole|entire)|in full|everything|it all)\\b`,
    { negatable: false, needs: ['afford', 'refuse', 'reject', 'accept', 'decline', 'turn'] },
  ),
  en(
    'harm_to_others_story',
    'prohibited_content_threat',
    `\\b(?:ignored|ignoring|stopped (?:paying|answering)|didn't pay|did not pay|wouldn't pay|refused to pay)\\b[^\\n]{0,100}\\b${EN_PROPERTY}\\b[^.!?\\n]{0,30}?\\b(?:(?:got|were|was|had been|have been|has been|ended up) )?${EN_HARM}`,
    { negatable: false },
  ),
  en(
    'time_barred_complaint',
    'time_barred_suit_threat',
    "\\b(?:drafting|preparing|drawing up|filing|lodging|issuing|serving|finali[sz]ing) (?:the |a |our )?(?:formal )?(?:complaint|petition|claim form|court papers|summons)(?: against you| on you)?\\b|\\b(?:complaint|petition|claim form|court papers) against you\\b",
    { when: 'time_barred' },
  ),
  // arrest without the word: custody, detention
  en(
    'custody',
    'prohibited_content_threat',
    "\\b(?:take|taken|taking|put|placed) (?:you |him |her )?(?:in|into) (?:police )?custody\\b|\\b(?:be|being|get|getting) detained\\b|\\bdetain (?:you|him|her)\\b",
    { exempt: /\bscam|\bimpersonat|\bpretend|\bcannot be|\bcan't be|\bcan not be|\bnever\b/ },
  ),
  // signing as a lawyer (the collector is not a law firm: RULES.md §0.4, 1006.18(b)(1)(iii))
  en(
    'signed_as_attorney',
    'false_representation',
    "\\b[a-z]+,? esq\\b|\\battorneys? at law\\b|\\b(?:legal )?counsel (?:for|to|representing|on behalf of) (?!you\\b|your\\b|yourself\\b)[a-z]",
    { exempt: /\b(?:your|you|own|independent|free|get|seek|consult|speak to|talk to) (?:legal )?(?:counsel|attorney)\b|\bscam|\bimpersonat|\bpretend/ },
  ),
  en(
    'emoji_as_reader',
    'prohibited_content_obscene',
    `\\b(?:the|that|this|our|you|ya|u|dear|to|for)\\s?${INSULT_EMOJI}\\s?(?:at|in|of|on|from|who|living|owes|owing|behind|still|has|hasn't|needs|at number|at no)\\b`,
    { needs: INSULT_EMOJI_LIST, negatable: false, exempt: FESTIVE },
  ),
];
