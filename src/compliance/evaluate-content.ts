/**
 * Content rules. What the text says is judged by the content guard (`./guard`); the gate adds
 * what only it knows: the collector's facts (RULES.md §0.4: a law firm may say "attorney", a
 * collector that intends and may lawfully sue may say so), whether the debt is time-barred,
 * who reads the text, and the parts a message must carry: the debt-collector disclosure in
 * every language of the message (1006.18(e)) unless it is a limited-content voicemail
 * (1006.2(j)), and the opt-out notice of an email or text (1006.6(e)).
 */
import { block, type Ctx } from './evaluate-context.ts';
import { guardText, type GuardResult, type GuardSpan } from './guard/index.ts';
import { reasonCitations } from './rules/reasons.ts';

const negation = /\b(?:not|never|no|won't|will not|cannot|can't|wouldn't|would not|don't|do not|isn't|aren't|without)\b[^.!?]{0,25}$|(?:不会|不会被|不|没有|无意|不打算)[^。！？]{0,6}$/i;
const suitRe = /\b(?:sue|sues|suing|sued|lawsuit|law suit|legal action|legal proceedings|court action|court proceedings|take (?:you|this|the matter) to court|file (?:a )?(?:suit|claim|complaint) against|litigation)\b|起诉|诉讼|告上法庭|法律程序|司法程序/gi;

function hasUnnegated(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!negation.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}

/** What a law firm may truthfully say it is (1006.18(b)(1)(iii) bans only a false claim). */
const lawFirmClaim = /attorney|lawyer|legal|solicitor|counsel|law (?:firm|office|practice|group|chambers)|barrister|abogad|bufete|律师|律所/i;

/** Whether a guard span is excused by the collector's facts (§0.4). */
function excused(ctx: Ctx, span: GuardSpan, text: string): boolean {
  const c = ctx.s.collector;
  const piece = text.slice(Math.max(0, span.start - 20), span.end + 20);
  if (span.reason === 'false_representation') {
    if ((c.isLawFirm || c.attorneyReviewed) && lawFirmClaim.test(piece)) return true;
    if (c.governmentAffiliated && /government|federal|state|treasury|irs|hmrc|政府/i.test(piece)) return true;
    if (c.isEnforcementAgent && /bailiff|enforcement|执行/i.test(piece)) return true;
  }
  if (span.reason === 'prohibited_content_threat' && c.judgmentObtained && c.intendsLegalAction) {
    if (/seiz|garnish|repossess|levy|lien|attach|查封|冻结|扣押|强制执行/i.test(piece)) return true;
  }
  return false;
}

const verdicts = new Map<string, GuardResult>();

/**
 * The guard is pure, and the same template text reaches many debtors: its verdicts are memoised
 * per (audience, time-barred, text), bounded to 20,000 entries.
 */
function guardMemo(text: string, audience: 'debtor' | 'third_party', channel: string, timeBarred: boolean): GuardResult {
  const key = `${audience}|${timeBarred ? 1 : 0}|${text}`;
  let r = verdicts.get(key);
  if (!r) {
    r = guardText({ text, audience, channel, timeBarred });
    if (verdicts.size >= 20_000) verdicts.clear();
    verdicts.set(key, r);
  }
  return r;
}

function judgeText(ctx: Ctx, text: string, audience: 'debtor' | 'third_party'): void {
  const timeBarred = ctx.debts.some((d) => d.timeBarred);
  const r = guardMemo(text, audience, ctx.p.channel, timeBarred);
  for (const w of r.warnings ?? []) if (!ctx.warnings.includes(w)) ctx.warnings.push(w);
  for (const span of r.spans) {
    if (excused(ctx, span, text)) continue;
    // §0.2 lists undue_pressure for the UK and China only: under Reg F it is reported, not a reason
    if (span.reason === 'undue_pressure' && ctx.regime === 'US_REG_F') {
      if (!ctx.warnings.includes(US_PRESSURE_WARNING)) ctx.warnings.push(US_PRESSURE_WARNING);
      continue;
    }
    let citation = reasonCitations[span.reason][ctx.regime];
    if (span.reason === 'third_party_disclosure' && ctx.regime === 'US_REG_F') citation = '12 CFR 1006.6(d)(1); 1006.10(b)(2)';
    block(ctx, span.reason, citation);
  }
  if (ctx.regime === 'US_REG_F' && (textFacts(text).suitThreat || guardSeesSuit(text, audience, ctx.p.channel))) {
    if (timeBarred) block(ctx, 'time_barred_suit_threat', '12 CFR 1006.26(b)');
    else if (!ctx.s.collector.intendsLegalAction) block(ctx, 'prohibited_content_threat', '12 CFR 1006.18(c)(1) (action not intended)');
  }
}

const US_PRESSURE_WARNING =
  'the content guard found undue pressure (a UK CONC / China rule, not a Reg F reason); not blocked under US_REG_F / 内容含不当施压表述（英国、中国规则），美国规则下不作为拦截理由';

/**
 * Whether the text threatens suit, in the guard's own suit wording ("see you in court", "a claim
 * will be issued", "起诉你") with its negation and condition handling: the guard's time-barred
 * rules, asked as if the debt were time-barred. 1006.18(c)(1) needs the collector's intent.
 */
function guardSeesSuit(text: string, audience: 'debtor' | 'third_party', channel: string): boolean {
  // naming an attorney implies suit only on a time-barred debt (1006.26(b)); here it is the law-firm question
  return guardMemo(text, audience, channel, true).spans.some((s) => s.reason === 'time_barred_suit_threat' && !attorneyOnly.test(text.slice(s.start, s.end)));
}

const attorneyOnly = /^(?:(?:our|my|the|an?|your|this is) )?(?:attorneys?|lawyers?|solicitors?|counsel|law (?:office|firm)s?|legal (?:team|department)|律师|律所)$/i;

const cjk = /[\u3400-\u9fff]/g;
const enWords = /\b(?:the|you|your|this|is|are|to|please|call|we|our|a|of|and|for|from|with|about|me|at|on)\b/gi;
const esWords = /(?<![\p{L}])(?:usted|su|sus|por favor|deudas?|llame|llamar|llamamos|llamada|para|esta|este|esto|es|una|un|de|del|el|la|las|los|que|pago|pagar|cobrar|cobrador|gracias|nosotros|nuestro|con|comunicación|información|será|hola|le|les|sobre|saldo|cuenta|señor|señora|estimado|estimada|buenos días|buenas tardes|mensaje|necesitamos|tiene|adeuda|debe|nos)(?![\p{L}])/giu;

/** Languages present in a message (zh, en, es), for the same-language disclosure rule (1006.18(e)(4)). */
export function messageLanguages(text: string): string[] {
  const langs: string[] = [];
  if ((text.match(cjk) ?? []).length >= 2) langs.push('zh');
  if (new Set((text.match(enWords) ?? []).map((w) => w.toLowerCase())).size >= 2) langs.push('en');
  if (new Set((text.match(esWords) ?? []).map((w) => w.toLowerCase())).size >= 3) langs.push('es');
  return langs;
}

const disclosure: Record<string, { later: RegExp; initial: RegExp }> = {
  en: { later: /debt collector|attempt(?:ing)? to collect a debt/i, initial: /attempt(?:ing)? to collect a debt/i },
  zh: { later: /债务催收|催收(?:机构|公司|方|人员|员)|讨债|收债|追收债务|收取债务/, initial: /(?:催收|收取|追收)(?:一笔)?债务|债务催收/ },
  es: { later: /cobrador(?:a)? de deudas|agencia de cobranza|cobrar una deuda/i, initial: /(?:intento|intentando) de cobrar una deuda|cobrar una deuda/i },
};

const phoneNumber = /(?:\+?\d[\d\s().-]{6,}\d)/;
const replyRequest = /\b(?:call|contact|reach|reply|return|ring|get back)\b|回电|联系|致电|回复/i;
const debtishForLcm = /\b(?:debts?|collect\w*|owe[sd]?|owing|balance|payment|pay|account|overdue|past[- ]due|receivables?|credit card|loan|arrears|default\w*)\b|债|催收|欠|逾期|还款|贷款|账户/i;

/** A voicemail with only the 1006.2(j) limited content: a reply request and a number, and nothing about a debt. */
export function isLimitedContentMessage(text: string): boolean {
  return phoneNumber.test(text) && replyRequest.test(text) && !debtishForLcm.test(text);
}

function isInitialCommunication(ctx: Ctx): boolean {
  if (ctx.debts.some((d) => d.validationNoticeSentAt)) return false;
  return !ctx.s.history.some(
    (e) => e.at <= ctx.p.at && e.party === ctx.p.party && (e.kind === 'conversation' || e.kind === 'sms' || e.kind === 'email' || e.kind === 'letter'),
  );
}

/**
 * 1006.18(e): the message must say it is from a debt collector, in every language it uses. The
 * fuller initial-communication statement ("attempting to collect a debt and any information
 * obtained will be used for that purpose") is checked as a warning only, because a scenario's
 * history need not reach back to the first communication.
 */
/** What a text says about its required parts; pure in the text, so memoised like guard verdicts. */
type TextFacts = { langs: string[]; discloses: boolean; initialStatement: boolean; limitedContent: boolean; optOutNotice: boolean; suitThreat: boolean };

const optOutNotice = /\b(?:reply|text|send|respond(?:a)?)\b[^.!?]{0,20}\b(?:stop|end|quit|unsubscribe|cancel|baja|alto)\b|unsubscribe|opt[- ]?out|to stop (?:receiving|these|emails|texts)|退订|回复?\s*(?:TD|T|N|退订)|取消订阅|拒收/i;

const factsMemo = new Map<string, TextFacts>();

/** The facts of a text (memoised, bounded). */
export function textFacts(text: string): TextFacts {
  let f = factsMemo.get(text);
  if (f) return f;
  const langs = messageLanguages(text);
  if (langs.length === 0) langs.push(/[\u3400-\u9fff]/.test(text) ? 'zh' : 'en');
  f = {
    langs,
    discloses: langs.every((l) => disclosure[l].later.test(text)),
    initialStatement: langs.every((l) => disclosure[l].initial.test(text)),
    limitedContent: isLimitedContentMessage(text),
    optOutNotice: optOutNotice.test(text),
    suitThreat: hasUnnegated(text, suitRe),
  };
  if (factsMemo.size >= 20_000) factsMemo.clear();
  factsMemo.set(text, f);
  return f;
}

/**
 * 1006.18(e): the message must say it is from a debt collector, in every language it uses. The
 * fuller initial-communication statement ("attempting to collect a debt and any information
 * obtained will be used for that purpose") is checked as a warning only, because a scenario's
 * history need not reach back to the first communication.
 */
function disclosures(ctx: Ctx, f: TextFacts): void {
  const p = ctx.p;
  if (p.purpose === 'opt_out_confirmation' || ctx.partyClass !== 'consumer') return;
  if (p.kind === 'voicemail' && p.party === 'debtor' && f.limitedContent) return;
  if (!f.discloses) {
    block(ctx, 'missing_disclosure', f.langs.length > 1 ? '12 CFR 1006.18(e); (e)(4) (every language of the message)' : '12 CFR 1006.18(e)');
    return;
  }
  if (!f.initialStatement && isInitialCommunication(ctx)) {
    ctx.warnings.push('no earlier communication in the history: if this is the initial communication it must say it is an attempt to collect a debt and that information obtained will be used for that purpose (1006.18(e)(1))');
  }
}

/** Applies the content rules to the proposed text in its context (the envelope rule is in evaluate-channel). */
export function evaluateContent(ctx: Ctx): void {
  const p = ctx.p;
  const text = p.content;
  if (!text || !text.trim()) {
    if (ctx.regime === 'US_REG_F' && p.channel !== 'letter' && ctx.partyClass === 'consumer') {
      ctx.warnings.push('no content given: disclosures and opt-out notice not checked');
    }
    return;
  }
  judgeText(ctx, text, ctx.partyClass === 'third_party' ? 'third_party' : 'debtor');
  if (ctx.regime !== 'US_REG_F') return;
  const f = textFacts(text);
  disclosures(ctx, f);
  if ((p.channel === 'sms' || p.channel === 'email') && p.purpose !== 'opt_out_confirmation' && !f.optOutNotice) {
    block(ctx, 'missing_opt_out_notice', '12 CFR 1006.6(e)');
  }
}
