/**
 * False positives an outside tester found (2026-11-23): the firm naming itself ("This is ABC
 * Finance calling about your account"), a lasting power of attorney, the PBoC credit-reference
 * system named lawfully (报送至中国人民银行征信系统), and Spanish text, which the classifier was
 * never trained on. Each clean table has its near-miss abusive table, which must still be
 * caught. Texts written for these tests (none of them is in corpus/labelled.jsonl).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText } from './index.ts';
import { namesAuthorityOrPretext } from './authority-cue.ts';
import { isModelLanguage, maskUnscreened } from './language.ts';
import { normalizeText } from './normalize.ts';

function passes(texts: string[]): void {
  for (const text of texts) {
    it(`allowed: ${text}`, () => {
      const r = guardText({ text });
      assert.deepEqual({ allowed: r.allowed, reasons: r.reasons }, { allowed: true, reasons: [] });
    });
  }
}

function caught(cases: [string, string][]): void {
  for (const [text, reason] of cases) {
    it(`${reason}: ${text}`, () => assert.ok(guardText({ text }).reasons.includes(reason as never)));
  }
}

describe('the firm identifies itself and says why it calls (not a pretext)', () => {
  passes([
    'This is ABC Finance calling about your account.',
    'Hello, this is Sarah from ABC Finance about your overdue credit card.',
    'This is Sarah from ABC Finance regarding your overdue payments.',
    'This is ABC Finance calling about your mortgage.',
    'This is Lakeview Bank calling about your overdue loan.',
    'Good morning, Rachel from Castle Credit here about your card balance.',
    'This is an automated message from Fairway Finance about your payment.',
    'Hi Mr Osei, this is Paul with Granite Recovery calling on behalf of Zenith Telecom about your bill.',
    "Hello, you're speaking with Michael from the collections department at First Union about your loan.",
    'This is Sam from Global Recovery calling on behalf of your lender about the outstanding balance.',
    'This call is from Oak Street Recovery, a debt collection agency, regarding your account with City Bank.',
    '您好，这里是安心金融，来电是关于您的贷款逾期。',
    '您好，这边是招联金融贷后部门，关于您的逾期账单想跟您沟通一下。',
    '您好，我是星辰消费金融的客服小陈，想和您确认一下本期还款。',
  ]);
  caught([
    ['This is the police calling about your debt.', 'false_representation'],
    ['This is Officer Brown from the police department calling about your debt.', 'false_representation'],
    ["This is the county sheriff's office calling about your unpaid loan.", 'false_representation'],
    ['Hello, this is the court calling regarding your overdue account.', 'false_representation'],
    ['This is Attorney Davis calling about your debt.', 'false_representation'],
    ['I am your attorney and you need to pay this today.', 'false_representation'],
    ['我是公安局的，你涉嫌诈骗。', 'false_representation'],
  ]);
});

describe('the classifier alone names false representation only with an authority or pretext in the text', () => {
  const cases: [string, boolean][] = [
    ['This is ABC Finance calling about your account.', false],
    ['Hello, this is Sarah from ABC Finance about your overdue credit card.', false],
    ['逾期记录将按规定报送至中国人民银行征信系统。', true],
    ['This is the police calling about your debt.', true],
    ['Hi, this is Mike with the county about your account.', true],
    ['Your old classmate here, I need his new number.', true],
    ['你好，这里是网络金融犯罪调查科。', true],
    ['您好，我是星辰消费金融的客服小陈。', false],
  ];
  for (const [text, named] of cases) {
    it(`${named ? 'names' : 'does not name'} one: ${text}`, () => assert.equal(namesAuthorityOrPretext(normalizeText(text).text), named));
  }
});

describe('a power of attorney is a responsible third party, not a lawyer claim', () => {
  passes([
    'I understand you hold a lasting power of attorney for Mr Jones.',
    'I understand you have power of attorney for your mother.',
    'Could you send us the lasting power of attorney document?',
    "We can speak to anyone you've given power of attorney to.",
    'As the registered attorney under the power of attorney, you may set up a plan for Mrs Okafor.',
  ]);
  caught([
    ['This is the legal department of your lender: a solicitor will be at your door tomorrow.', 'false_representation'],
    ['I am a lawyer and I will make sure you go to prison.', 'prohibited_content_threat'],
  ]);
});

describe('reporting to the PBoC credit reference system is lawful; claiming to be the PBoC is not', () => {
  passes([
    '逾期记录将按规定报送至中国人民银行征信系统。',
    '您的逾期信息将如实上报人民银行征信中心。',
    '根据《征信业管理条例》，逾期记录会报送央行征信。',
    '如需查询个人信用报告，可登录中国人民银行征信中心网站。',
    '结清后我们将向征信系统更新您的还款状态。',
  ]);
  caught([
    ['我们是人民银行的工作人员', 'false_representation'],
    ['这里是人民银行，你的账户涉嫌违规。', 'false_representation'],
    ['我是中国人民银行征信中心的，你的征信要被拉黑了。', 'false_representation'],
    ['我们代表法院通知您，明天上门执行。', 'false_representation'],
  ]);
});

describe('text in a language the classifier does not know: rules only, with a warning', () => {
  const spanish = [
    'Esta es una comunicación de un cobrador de deudas.',
    'Este es un cobrador de deudas. Este es un intento de cobrar una deuda y cualquier información obtenida será utilizada para ese propósito.',
    'Le llama Ana de ABC Recovery, un cobrador de deudas. ¿Cuándo puede hacer un pago?',
    'Pague ahora o le diremos a su jefe.',
  ];
  for (const text of spanish) {
    it(`not screened by the model, warned: ${text}`, () => {
      const r = guardText({ text });
      assert.equal(r.warnings?.length, 1);
      assert.match(r.warnings?.[0] ?? '', /not in English or Chinese/);
      assert.deepEqual(guardText({ text }, { useClassifier: false }).reasons, r.reasons);
    });
  }
  passes(spanish.slice(0, 3));
  passes([
    'Nunca llamaremos a su jefe ni a su familia.',
    'No le diremos nada a su empleador.',
    'Usted no irá a la cárcel por una deuda.',
    'Tenga cuidado con estafadores que se hacen pasar por la policía.',
    'Si no puede pagar todo, podemos acordar pagos mensuales.',
  ]);
  // the first Spanish rules (rules-es.ts): the only screen of Spanish text
  caught([
    ['Si no paga hoy, llamaremos a la policía y irá a la cárcel.', 'prohibited_content_threat'],
    ['Si no paga le diremos a su jefe.', 'prohibited_content_threat'],
    ['Pague ahora o le diremos a su jefe.', 'prohibited_content_threat'],
    ['Vamos a embargarle la casa la semana que viene.', 'prohibited_content_threat'],
    ['Es usted un sinvergüenza y un ladrón.', 'prohibited_content_obscene'],
    ['Le habla la policía, tiene una deuda pendiente.', 'false_representation'],
    ['Pida prestado a su familia y pague hoy.', 'undue_pressure'],
  ]);
  const languages: [string, boolean][] = [
    ['Esta es una comunicación de un cobrador de deudas.', false],
    ['Bonjour, ici ABC Recovery, une agence de recouvrement de créances.', false],
    ['Please call Ms De la Cruz about your account.', true],
    ['This is Acme, a debt collector. Por favor llame para hablar de su cuenta.', false],
    ['OK', true],
    ['您好，请按时还款。', true],
    ['Pay now or we will tell your employer.', true],
  ];
  for (const [text, known] of languages) {
    it(`isModelLanguage(${JSON.stringify(text)}) === ${known}`, () => assert.equal(isModelLanguage(text), known));
  }
  it('a mixed English/Spanish message: only its Spanish sentences are hidden from the model', () => {
    const text = 'Pay your balance today, please. Esta es una comunicación de un cobrador de deudas.';
    const { masked, blanked } = maskUnscreened(text);
    assert.equal(blanked, true);
    assert.equal(masked.length, text.length);
    assert.equal(masked.trimEnd(), 'Pay your balance today, please.');
    const r = guardText({ text });
    assert.deepEqual(r.warnings?.map((w) => w.startsWith('part of the text')), [true]);
  });
  it('English and Chinese verdicts carry no warning', () => {
    assert.equal(guardText({ text: 'Pay now or we will tell your employer.' }).warnings, undefined);
    assert.equal(guardText({ text: '您好，请按时还款。' }).warnings, undefined);
  });
});
