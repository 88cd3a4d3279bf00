/**
 * Content rules in the gate: the debt-collector disclosure in every language of the message
 * (1006.18(e), (e)(4)), the limited-content voicemail (1006.2(j)), the opt-out notice
 * (1006.6(e)), what the guard finds (threats, insults, false claims, 以贷养贷), and the
 * collector's facts of §0.4 (suit threats, attorney claims) and time-barred debts (1006.26(b)).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideRaw, rawScenario, type Raw } from './scenario-fixtures.ts';

type Case = { name: string; regime?: 'US_REG_F' | 'UK_CONC' | 'CN_NIFA'; proposed: Raw; debts?: Raw[]; collector?: Raw; reasons: string[] };

/**
 * Runs a table. With `only`, just those reasons are compared (the disclosure table must not
 * depend on what the content guard, tested in its own folder, thinks of the sample texts).
 */
function run(cases: Case[], only?: string[]): void {
  for (const c of cases) {
    it(`${c.name} → ${c.reasons.join(', ') || 'allowed'}`, () => {
      const d = decideRaw(rawScenario(c.regime ?? 'US_REG_F', { proposed: c.proposed, debts: c.debts, collector: c.collector }));
      assert.deepEqual(only ? d.reasons.filter((r) => only.includes(r)) : d.reasons, c.reasons);
    });
  }
}

const ok = 'This is Acme Services, a debt collector. Please call 1-800-555-1212.';
const stop = ' Reply STOP to opt out.';

describe('disclosures (1006.18(e)) and the limited-content message (1006.2(j))', () => {
  run([
    { name: 'call script with the disclosure', proposed: { content: ok }, reasons: [] },
    { name: 'call script without it', proposed: { content: 'Hi Jo, please pay your balance today.' }, reasons: ['missing_disclosure'] },
    { name: '"attempt to collect a debt" also discloses', proposed: { content: 'This is an attempt to collect a debt by Acme Services. Please call us back.' }, reasons: [] },
    { name: 'limited-content voicemail needs no disclosure', proposed: { kind: 'voicemail', content: 'This is Robin Smith calling from ABC Inc. Please contact me or Jim Johnson at 1-800-555-1212.' }, reasons: [] },
    { name: 'voicemail mentioning the account is not limited content', proposed: { kind: 'voicemail', content: 'This is Robin from ABC Inc about your overdue account. Call 1-800-555-1212.' }, reasons: ['missing_disclosure'] },
    { name: 'Chinese message with the Chinese disclosure', proposed: { content: '您好，这里是某某公司，我们是债务催收机构，请回电 400-800-1234。' }, reasons: [] },
    { name: 'Chinese message without it', proposed: { content: '您好，请尽快处理您的账单，回电 400-800-1234。' }, reasons: ['missing_disclosure'] },
    { name: 'mixed English/Chinese with the disclosure only in English', proposed: { content: 'This is Acme, a debt collector. 请您尽快回电联系我们处理账单。' }, reasons: ['missing_disclosure'] },
    { name: 'mixed English/Chinese with both', proposed: { content: 'This is Acme, a debt collector. 我们是债务催收机构，请您尽快回电。' }, reasons: [] },
    { name: 'mixed English/Spanish with the disclosure only in English', proposed: { content: 'This is Acme, a debt collector. Por favor llame para hablar de su cuenta.' }, reasons: ['missing_disclosure'] },
    { name: 'text with disclosure and opt-out', proposed: { channel: 'sms', to: '+12125550100', content: ok + stop }, reasons: [] },
    { name: 'text without opt-out notice', proposed: { channel: 'sms', to: '+12125550100', content: ok }, reasons: ['missing_opt_out_notice'] },
    { name: 'email with an unsubscribe link', proposed: { channel: 'email', to: 'jo@example.com', content: `${ok} To unsubscribe, click here.` }, reasons: [] },
    { name: 'email missing both', proposed: { channel: 'email', to: 'jo@example.com', content: 'Your payment is due.' }, reasons: ['missing_disclosure', 'missing_opt_out_notice'] },
    { name: 'UK: no US disclosure rule', regime: 'UK_CONC', proposed: { content: 'Hello Jo, please call us about your account on 0800 555 1212.' }, reasons: [] },
  ], ['missing_disclosure', 'missing_opt_out_notice']);
});

describe('what the text says (guard) and the collector\'s facts (§0.4)', () => {
  run([
    { name: 'threat of arrest', proposed: { content: `${ok} You will be arrested if you do not pay.` }, reasons: ['prohibited_content_threat'] },
    { name: 'insult', proposed: { content: `${ok} Pay up, you deadbeat.` }, reasons: ['prohibited_content_obscene'] },
    { name: 'suit threat, collector does not intend to sue', proposed: { content: `${ok} We will sue you next week.` }, reasons: ['prohibited_content_threat'] },
    { name: 'suit threat, collector intends lawful suit', collector: { intendsLegalAction: true }, proposed: { content: `${ok} We will sue you next week.` }, reasons: [] },
    { name: 'suit threat on a time-barred debt', debts: [{ id: 'd1', timeBarred: true }], collector: { intendsLegalAction: true }, proposed: { content: `${ok} We will sue you next week.` }, reasons: ['time_barred_suit_threat'] },
    { name: '"we will not sue you" on a time-barred debt', debts: [{ id: 'd1', timeBarred: true }], proposed: { content: `${ok} Because of the age of your debt, we will not sue you for it.` }, reasons: [] },
    { name: '"our attorneys" from a collection agency', proposed: { content: `${ok} Our attorneys are reviewing your file.` }, reasons: ['false_representation'] },
    { name: '"our attorneys" from a law firm', collector: { isLawFirm: true }, proposed: { content: `${ok} Our attorneys are reviewing your file.` }, reasons: [] },
    { name: 'garnishment without a judgment', proposed: { content: `${ok} We will garnish your wages.` }, reasons: ['prohibited_content_threat'] },
    { name: 'garnishment after a judgment, intended', collector: { judgmentObtained: true, intendsLegalAction: true }, proposed: { content: `${ok} We will garnish your wages.` }, reasons: [] },
    { name: 'UK: suit threat on a statute-barred debt (7.15.7)', regime: 'UK_CONC', debts: [{ id: 'd1', timeBarred: true }], proposed: { content: 'We will take you to court if you do not pay.' }, reasons: ['time_barred_suit_threat'] },
    { name: 'CN: pressure to borrow to repay (以贷养贷)', regime: 'CN_NIFA', proposed: { content: '您可以借网贷先还上这笔钱。' }, reasons: ['undue_pressure'] },
    { name: 'CN: threat to visit the workplace', regime: 'CN_NIFA', proposed: { content: '你再不还钱我们就去你单位闹。' }, reasons: ['prohibited_content_threat'] },
  ]);
});

describe('ordinary short content passes the check (the guard no longer blocks "OK")', () => {
  run([
    { name: 'CN: "OK"', regime: 'CN_NIFA', proposed: { content: 'OK' }, reasons: [] },
    { name: 'CN: 好的', regime: 'CN_NIFA', proposed: { content: '好的' }, reasons: [] },
    { name: 'CN: 您好', regime: 'CN_NIFA', proposed: { content: '您好' }, reasons: [] },
    { name: 'UK: "Good morning"', regime: 'UK_CONC', proposed: { content: 'Good morning' }, reasons: [] },
    { name: 'UK: "hello"', regime: 'UK_CONC', proposed: { content: 'hello' }, reasons: [] },
    { name: 'US: the disclosure alone', proposed: { content: 'This is a debt collector.' }, reasons: [] },
    { name: 'US: the mini-Miranda', proposed: { content: 'This is a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.' }, reasons: [] },
  ]);
});

describe('outside-tester false positives (2026-11-23): self-identification, LPA, Spanish, law firm, 征信', () => {
  const esDisc = 'Esta es una comunicación de un cobrador de deudas.';
  const esInitial = 'Este es un cobrador de deudas. Este es un intento de cobrar una deuda y cualquier información obtenida será utilizada para ese propósito.';
  const lawOffice = `${ok} I'm calling from the law offices of Smith & Partners, attorneys at law.`;
  run([
    { name: 'UK: the firm names itself and the account', regime: 'UK_CONC', proposed: { content: 'This is ABC Finance calling about your account.' }, reasons: [] },
    { name: 'UK: an agent names herself and the firm', regime: 'UK_CONC', proposed: { content: 'Hello, this is Sarah from ABC Finance about your overdue credit card.' }, reasons: [] },
    { name: 'UK: about the mortgage', regime: 'UK_CONC', proposed: { content: 'This is ABC Finance calling about your mortgage.' }, reasons: [] },
    { name: 'UK: the police as pretext', regime: 'UK_CONC', proposed: { content: 'This is the police calling about your debt.' }, reasons: ['false_representation'] },
    { name: 'UK: a lasting power of attorney holder', regime: 'UK_CONC', proposed: { content: 'I understand you hold a lasting power of attorney for Mr Jones.' }, reasons: [] },
    { name: 'US: Spanish disclosure alone', proposed: { content: esDisc }, reasons: [] },
    { name: 'US: Spanish initial-communication statement', proposed: { content: esInitial }, reasons: [] },
    { name: 'US: Spanish call with the disclosure and a question', proposed: { content: 'Le llama Ana de ABC Recovery, un cobrador de deudas. ¿Cuándo puede hacer un pago?' }, reasons: [] },
    { name: 'US: Spanish call without the disclosure', proposed: { content: 'Le llama Ana de ABC Recovery. ¿Cuándo puede hacer un pago de su cuenta?' }, reasons: ['missing_disclosure'] },
    { name: 'US: English and Spanish, both disclosures', proposed: { content: `${ok} ${esDisc} Por favor llame para hablar de su cuenta.` }, reasons: [] },
    { name: 'US: English and Spanish, only the Spanish disclosure', proposed: { content: `Hi Jo, please call us back about your account today. ${esDisc} Por favor llame.` }, reasons: ['missing_disclosure'] },
    { name: 'US: Spanish threat to tell the employer', proposed: { content: `${esDisc} Si no paga hoy, le diremos a su jefe.` }, reasons: ['prohibited_content_threat'] },
    { name: 'US: Spanish claim to be the police', proposed: { content: `${esDisc} Le habla la policía.` }, reasons: ['false_representation'] },
    { name: 'US: a law firm says it is attorneys', collector: { isLawFirm: true }, proposed: { content: lawOffice }, reasons: [] },
    { name: 'US: a collection agency says it is attorneys', proposed: { content: lawOffice }, reasons: ['false_representation'] },
    { name: 'US: "I am your attorney" from a collection agency', proposed: { content: `${ok} I am your attorney and you must pay today.` }, reasons: ['false_representation'] },
    { name: 'CN: overdue records reported to the PBoC credit system', regime: 'CN_NIFA', proposed: { content: '逾期记录将按规定报送至中国人民银行征信系统。' }, reasons: [] },
    { name: 'CN: claiming to be PBoC staff', regime: 'CN_NIFA', proposed: { content: '我们是人民银行的工作人员，请马上还款。' }, reasons: ['false_representation'] },
  ]);
  it('a Spanish text is judged by the rules only, and the decision says so', () => {
    const d = decideRaw(rawScenario('US_REG_F', { proposed: { content: esDisc } }));
    assert.ok(d.warnings.some((w) => /not in English or Chinese/.test(w)));
  });
});

describe('second outside-tester round (2026-11-23): suit threats the collector does not intend, reason vocabulary per regime', () => {
  run([
    // §0.4: the collector does not intend to sue unless it says so; 1006.18(c)(1)
    { name: 'US: a suit threat after a condition', proposed: { content: `${ok} If you don't pay we will sue you next week.` }, reasons: ['prohibited_content_threat'] },
    { name: 'US: "see you in court"', proposed: { content: `${ok} See you in court.` }, reasons: ['prohibited_content_threat'] },
    { name: 'US: small claims court', proposed: { content: `${ok} We are going to take you to small claims court.` }, reasons: ['prohibited_content_threat'] },
    { name: 'US: the same from a collector that intends to sue', collector: { intendsLegalAction: true }, proposed: { content: `${ok} If you don't pay we will sue you next week.` }, reasons: [] },
    { name: 'US: a promise not to sue', proposed: { content: `${ok} We will not sue you over this balance.` }, reasons: [] },
    // §0.2: undue_pressure is a UK and China reason
    { name: 'US: "pay today or…" is the suit threat only', proposed: { content: `${ok} Pay today or we'll see you in court.` }, reasons: ['prohibited_content_threat'] },
    { name: 'UK: the same short deadline is undue pressure too', regime: 'UK_CONC', proposed: { content: "Pay today or we'll see you in court." }, reasons: ['undue_pressure'] },
    // an attorney's name is the law-firm question, not a suit threat
    { name: 'US: an attorney of a collection agency', proposed: { content: `This is attorney Mark Jones from the law office of ABC. ${ok}` }, reasons: ['false_representation'] },
    // §A.7 (e)(4): a short Spanish greeting makes a two-language message
    { name: 'US: a Spanish greeting with the disclosure only in English', proposed: { content: 'Hola Juan, le llamamos de ABC sobre su saldo de $500. This is a debt collector.' }, reasons: ['missing_disclosure'] },
  ]);
  it('under Reg F undue pressure is reported as a warning', () => {
    const d = decideRaw(rawScenario('US_REG_F', { proposed: { content: `${ok} Pay in full today or else.` } }));
    assert.ok(!d.reasons.includes('undue_pressure' as never));
    assert.ok(d.warnings.some((w) => /undue pressure/.test(w)));
  });
  it('UK: refusing an affordable offer and demanding the balance by Friday (CONC 7.3.6G)', () => {
    const raw = rawScenario('UK_CONC', { flags: { financialDifficulty: true }, proposed: { content: 'We will not accept your offer of £20 a month. You need to pay £500 by Friday.' } });
    assert.deepEqual(decideRaw(raw).reasons, ['undue_pressure']);
  });
});
