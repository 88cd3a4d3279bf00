/**
 * The blocking-reason vocabulary of §0.2 (SOURCE: the project's compliance rules brief, a
 * research note kept outside this repository; copied here as data, and described in
 * docs/compliance-scenarios.md; the project reads nothing outside the repository), with a zh-CN and
 * an en description and the default citation per regime. Only these strings (plus
 * `invalid_input` for a scenario that cannot be judged) ever appear in `reasons`.
 */

/** Every blocking reason, in the order of the §0.2 table (decisions list reasons in this order). */
export const reasonCodes = [
  'inconvenient_time',
  'inconvenient_place',
  'frequency_7_in_7',
  'post_conversation_wait',
  'frequency_daily_cap',
  'tcpa_consent_required',
  'tcpa_call_limit',
  'cease_communication',
  'attorney_represented',
  'medium_opt_out',
  'electronic_opt_out',
  'dispute_pending',
  'bankruptcy_stay',
  'third_party_disclosure',
  'third_party_contact',
  'prohibited_medium',
  'missing_disclosure',
  'missing_opt_out_notice',
  'prohibited_content_threat',
  'prohibited_content_obscene',
  'false_representation',
  'time_barred_suit_threat',
  'undue_pressure',
  'mental_capacity_suspension',
  'breathing_space',
] as const;

/** A blocking reason from the §0.2 vocabulary. */
export type ReasonCode = (typeof reasonCodes)[number];

/** The regimes (rule-pack families) of RULES.md. */
export type Regime = 'US_REG_F' | 'UK_CONC' | 'CN_NIFA';

/** Human descriptions of a reason, for agents, officers and debtors. */
export type ReasonText = { en: string; zh: string };

/** Descriptions of every reason in en and zh-CN. */
export const reasonTexts: Record<ReasonCode, ReasonText> = {
  inconvenient_time: { en: 'Outside the permitted hours in one of the debtor\'s known time zones, or inside a time the debtor named as inconvenient.', zh: '在债务人任一已知时区的允许时段之外，或处于债务人指定的不便时间内。' },
  inconvenient_place: { en: 'A place (or a medium tied to it) known to be inconvenient, or the workplace when the employer prohibits contact.', zh: '已知不便的地点（或与该地点绑定的方式），或雇主禁止联系时的工作场所。' },
  frequency_7_in_7: { en: 'This would be the 8th or later call to the same person about the same debt within 7 consecutive days.', zh: '7 个连续日内就同一笔债务对同一人的第 8 次或更多次通话。' },
  post_conversation_wait: { en: 'Within 7 days (day 1 = the date of the conversation) after a phone conversation with this person about this debt.', zh: '与此人就该债务电话交谈后的 7 天内（交谈当日为第 1 天）。' },
  frequency_daily_cap: { en: 'A Chinese daily limit: more than 3 connected calls per debtor per day, or a 7th unanswered attempt to one number in a day.', zh: '中国每日上限：每位债务人每日接通超过 3 次，或同一号码当日第 7 次未接通拨打。' },
  tcpa_consent_required: { en: 'An artificial or prerecorded (including AI) voice call to a mobile number without prior express consent.', zh: '未经事先明确同意，以人工合成或预录（含 AI）语音呼叫移动号码。' },
  tcpa_call_limit: { en: 'More than 3 artificial or prerecorded calls to a residential line within 30 consecutive days without consent.', zh: '未经同意，30 个连续日内向住宅线路拨打超过 3 次人工合成或预录语音电话。' },
  cease_communication: { en: 'A written cease-communication or refusal-to-pay notice was received, or the customer refused to pay a statute-barred debt.', zh: '已收到书面停止联系或拒付通知，或客户以诉讼时效届满为由拒绝付款。' },
  attorney_represented: { en: 'The consumer is represented by an attorney for this debt and the attorney\'s name and address are known.', zh: '消费者就该债务已委托律师，且律师姓名与地址已知。' },
  medium_opt_out: { en: 'The person asked not to be contacted through this medium.', zh: '此人已要求不通过该方式联系。' },
  electronic_opt_out: { en: 'The person opted out of electronic messages to this email address or text number.', zh: '此人已退订发往该邮箱或短信号码的电子消息。' },
  dispute_pending: { en: 'Collection is paused by a dispute (US: written dispute in the validation period, not yet verified; UK: dispute on valid grounds).', zh: '因争议暂停催收（美国：验证期内书面争议且尚未提供核实；英国：基于有效理由的争议）。' },
  bankruptcy_stay: { en: 'The automatic stay of a bankruptcy case applies.', zh: '破产案件的自动中止适用。' },
  third_party_disclosure: { en: 'The debt is, or risks being, revealed to someone who is not the consumer or a permitted party.', zh: '债务已经或可能向非消费者本人或非许可方披露。' },
  third_party_contact: { en: 'Contacting this third party is not allowed in this situation.', zh: '此情形下不得联系该第三方。' },
  prohibited_medium: { en: 'A forbidden format: postcard, debt-collection words on an envelope, a public social-media post, or an employer-provided email address.', zh: '禁止的形式：明信片、信封上的催收字样、公开社交媒体发布或雇主提供的邮箱。' },
  missing_disclosure: { en: 'The communication lacks the debt-collector disclosure, or lacks it in the language of the message.', zh: '通讯缺少“来自债务催收方”的声明，或未以消息所用语言作出该声明。' },
  missing_opt_out_notice: { en: 'An email or text lacks a simple way to opt out.', zh: '电子邮件或短信缺少简便的退订方式。' },
  prohibited_content_threat: { en: 'The content threatens violence, arrest, or an action that cannot legally be taken or is not intended.', zh: '内容以暴力、逮捕或无法合法采取、并不打算采取的行动相威胁。' },
  prohibited_content_obscene: { en: 'Obscene, profane, abusive or insulting language.', zh: '淫秽、亵渎、辱骂或侮辱性语言。' },
  false_representation: { en: 'The content impersonates government, police, courts, bailiffs or attorneys, or uses another deceptive pretext.', zh: '内容冒充政府、警察、法院、执行官或律师，或使用其他欺骗性借口。' },
  time_barred_suit_threat: { en: 'A threat to sue on a debt whose limitation period has expired.', zh: '就已过诉讼时效的债务威胁起诉。' },
  undue_pressure: { en: 'Pressure to borrow to repay, to pay unaffordable amounts or within unreasonably short periods.', zh: '施压借新还旧（以贷养贷）、支付无力承担的金额或在不合理的短期内付款。' },
  mental_capacity_suspension: { en: 'The customer may lack mental capacity; recovery must be suspended.', zh: '客户可能缺乏心智能力，必须暂停追收。' },
  breathing_space: { en: 'A Breathing Space moratorium is in force.', zh: '“喘息期”暂停令正在生效。' },
};

/** The default citation of each reason per regime (a rule may cite a more precise provision). */
export const reasonCitations: Record<ReasonCode, Record<Regime, string>> = {
  inconvenient_time: { US_REG_F: '12 CFR 1006.6(b)(1)(i)', UK_CONC: 'FCA CONC 7.9.4R', CN_NIFA: 'GB/T 45251-2025; CBA 2026 (22:00-08:00)' },
  inconvenient_place: { US_REG_F: '12 CFR 1006.6(b)(1)(ii)', UK_CONC: 'FCA CONC 7.9.4R', CN_NIFA: 'firm policy (customer request)' },
  frequency_7_in_7: { US_REG_F: '12 CFR 1006.14(b)(2)(i)(A)', UK_CONC: 'n/a', CN_NIFA: 'n/a' },
  post_conversation_wait: { US_REG_F: '12 CFR 1006.14(b)(2)(i)(B)', UK_CONC: 'n/a', CN_NIFA: 'n/a' },
  frequency_daily_cap: { US_REG_F: 'n/a', UK_CONC: 'n/a', CN_NIFA: 'GB/T 45251-2025; CBA 2026' },
  tcpa_consent_required: { US_REG_F: '47 U.S.C. 227(b)(1)(A)(iii); 47 CFR 64.1200(a)(1)(iii); FCC 24-17', UK_CONC: 'n/a', CN_NIFA: 'n/a' },
  tcpa_call_limit: { US_REG_F: '47 CFR 64.1200(a)(3)(iii)', UK_CONC: 'n/a', CN_NIFA: 'n/a' },
  cease_communication: { US_REG_F: '12 CFR 1006.6(c)(1)', UK_CONC: 'FCA CONC 7.15.8', CN_NIFA: 'firm policy (written request to stop)' },
  attorney_represented: { US_REG_F: '12 CFR 1006.6(b)(2)', UK_CONC: 'firm policy', CN_NIFA: 'firm policy' },
  medium_opt_out: { US_REG_F: '12 CFR 1006.14(h)(1)', UK_CONC: 'FCA CONC 7.9.4R', CN_NIFA: 'firm policy (customer request); PIPL art. 6' },
  electronic_opt_out: { US_REG_F: '12 CFR 1006.6(e); 1006.14(h)', UK_CONC: 'FCA CONC 7.9.4R', CN_NIFA: 'PIPL art. 6; firm policy' },
  dispute_pending: { US_REG_F: '12 CFR 1006.38(d)(2)', UK_CONC: 'FCA CONC 7.14.1R', CN_NIFA: 'firm policy (fail-closed hold)' },
  bankruptcy_stay: { US_REG_F: '11 U.S.C. 362(a)(6)', UK_CONC: 'Insolvency Act 1986 s285 (firm policy)', CN_NIFA: 'firm policy (fail-closed hold)' },
  third_party_disclosure: { US_REG_F: '12 CFR 1006.6(d)(1); 1006.10(b)(2)', UK_CONC: 'FCA CONC 7.9.6R-7.9.11G', CN_NIFA: 'GB/T 45251-2025; CBA 2026' },
  third_party_contact: { US_REG_F: '12 CFR 1006.10(c)', UK_CONC: 'FCA CONC 7.9.4R (request not to be contacted)', CN_NIFA: 'GB/T 45251-2025; CBA 2026' },
  prohibited_medium: { US_REG_F: '12 CFR 1006.22(f)', UK_CONC: 'FCA CONC 7.9.7R', CN_NIFA: 'GB/T 45251-2025' },
  missing_disclosure: { US_REG_F: '12 CFR 1006.18(e)', UK_CONC: 'n/a', CN_NIFA: 'n/a' },
  missing_opt_out_notice: { US_REG_F: '12 CFR 1006.6(e)', UK_CONC: 'n/a', CN_NIFA: 'n/a' },
  prohibited_content_threat: { US_REG_F: '12 CFR 1006.14(c); 1006.18(b)(3), (c)(1)', UK_CONC: 'FCA CONC 7.11.6R', CN_NIFA: 'GB/T 45251-2025; CBA 2026' },
  prohibited_content_obscene: { US_REG_F: '12 CFR 1006.14(d)', UK_CONC: 'FCA CONC 7.3.4R (fair treatment)', CN_NIFA: 'CBA 2026 (insults)' },
  false_representation: { US_REG_F: '12 CFR 1006.18(b)-(d)', UK_CONC: 'FCA CONC 7.9.2R; 7.11', CN_NIFA: 'CBA 2026 (impersonation, fraud)' },
  time_barred_suit_threat: { US_REG_F: '12 CFR 1006.26(b)', UK_CONC: 'FCA CONC 7.15.7', CN_NIFA: 'GB/T 45251-2025 (false legal consequences)' },
  undue_pressure: { US_REG_F: '12 CFR 1006.14(a)', UK_CONC: 'FCA CONC 7.3.4R; 7.3.6G; 7.3.10R', CN_NIFA: 'CBA 2026 (以贷养贷)' },
  mental_capacity_suspension: { US_REG_F: 'firm policy', UK_CONC: 'FCA CONC 7.10.1R', CN_NIFA: 'firm policy' },
  breathing_space: { US_REG_F: 'n/a', UK_CONC: 'SI 2020/1311 reg 7, reg 26', CN_NIFA: 'n/a' },
};

/** True when `s` is a reason of the §0.2 vocabulary. */
export function isReasonCode(s: string): s is ReasonCode {
  return (reasonCodes as readonly string[]).includes(s);
}
