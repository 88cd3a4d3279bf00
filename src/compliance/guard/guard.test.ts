import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage, guardText, type GuardInput, type GuardReason } from './index.ts';
import { normalizeText, toOriginalRange } from './normalize.ts';

type Case = { name: string; input: GuardInput; expect: GuardReason[] };

// Texts written for these tests (not taken from corpus/labelled.jsonl).
const prohibited: Case[] = [
  // threats
  { name: 'en violence', input: { text: 'Pay up or I will hurt you.' }, expect: ['prohibited_content_threat'] },
  { name: 'en arrest', input: { text: 'If this is not paid you will be arrested on Monday.' }, expect: ['prohibited_content_threat'] },
  { name: 'en employer exposure', input: { text: 'We are going to call your employer about this account.' }, expect: ['prohibited_content_threat'] },
  { name: 'en social media', input: { text: 'We will post your debt on Facebook for your friends to see.' }, expect: ['prohibited_content_threat'] },
  { name: 'en unlawful seizure', input: { text: 'We will seize your furniture this week.' }, expect: ['prohibited_content_threat'] },
  { name: 'zh violence', input: { text: '再不还钱就打断你的腿。' }, expect: ['prohibited_content_threat'] },
  { name: 'zh jail', input: { text: '逾期不还你就等着坐牢吧。' }, expect: ['prohibited_content_threat'] },
  { name: 'zh address book', input: { text: '明天不还就爆你通讯录。' }, expect: ['prohibited_content_threat'] },
  { name: 'zh employer', input: { text: '我们会打电话给你的领导，让你单位都知道。' }, expect: ['prohibited_content_threat'] },
  // obscene
  { name: 'en profanity', input: { text: 'Pay the fucking bill.' }, expect: ['prohibited_content_obscene'] },
  { name: 'en deadbeat', input: { text: 'Hey deadbeat, where is the money?' }, expect: ['prohibited_content_obscene'] },
  { name: 'zh 老赖', input: { text: '你这个老赖怎么还不还钱？' }, expect: ['prohibited_content_obscene'] },
  { name: 'zh 骗子', input: { text: '你就是个骗子。' }, expect: ['prohibited_content_obscene'] },
  // false representation
  { name: 'en police', input: { text: 'This is Officer Grant from the police department about your account.' }, expect: ['false_representation'] },
  { name: 'en legal department', input: { text: 'Your file has been passed to our legal department.' }, expect: ['false_representation'] },
  { name: 'zh court', input: { text: '我是人民法院的工作人员，请配合处理欠款。' }, expect: ['false_representation'] },
  { name: 'zh 律师函', input: { text: '律师函已经寄到你家了。' }, expect: ['false_representation'] },
  // undue pressure
  { name: 'en borrow', input: { text: 'Take out a payday loan and clear this today.' }, expect: ['undue_pressure'] },
  { name: 'en sell', input: { text: 'You should sell your car to pay us.' }, expect: ['undue_pressure'] },
  { name: 'en no plans', input: { text: 'We do not accept payment plans. The full balance is due.' }, expect: ['undue_pressure'] },
  { name: 'zh 以贷养贷', input: { text: '你可以去别的平台借一笔先还上，以贷养贷嘛。' }, expect: ['undue_pressure'] },
  { name: 'zh 一次性', input: { text: '我们不接受分期，必须一次性还清。' }, expect: ['undue_pressure'] },
  // time-barred (told by the caller, or said in the text)
  { name: 'en suit, time-barred debt', input: { text: 'We will take you to court if you do not pay.', timeBarred: true }, expect: ['time_barred_suit_threat'] },
  { name: 'en suit, text says time-barred', input: { text: 'The statute of limitations has expired but we will still sue you.' }, expect: ['time_barred_suit_threat'] },
  { name: 'zh suit, time-barred debt', input: { text: '如果不还款，我们将提起诉讼。', timeBarred: true }, expect: ['time_barred_suit_threat'] },
  // third-party disclosure
  { name: 'en third party', input: { text: 'Please tell Mark his loan payment is overdue.', audience: 'third_party' }, expect: ['third_party_disclosure'] },
  { name: 'zh third party', input: { text: '请转告王刚，他的信用卡欠款已经逾期了。', audience: 'third_party' }, expect: ['third_party_disclosure'] },
  { name: 'zh written to a contact', input: { text: '您是李明的紧急联系人，他的借款已经逾期。' }, expect: ['third_party_disclosure'] },
];

const adversarial: Case[] = [
  { name: 'spaced letters', input: { text: 'We will c a l l your b o s s.' }, expect: ['prohibited_content_threat'] },
  { name: 'leetspeak', input: { text: 'You will go to j4il, d3adbeat.' }, expect: ['prohibited_content_threat', 'prohibited_content_obscene'] },
  { name: 'full-width', input: { text: 'Ｗｅ ｗｉｌｌ ｈａｖｅ ｙｏｕ ａｒｒｅｓｔｅｄ.' }, expect: ['prohibited_content_threat'] },
  { name: 'zero-width', input: { text: 'Pay or go to ja\u200Bil.' }, expect: ['prohibited_content_threat'] },
  { name: 'repeated letters', input: { text: 'You looooser.' }, expect: ['prohibited_content_obscene'] },
  { name: 'advice-phrased threat', input: { text: "I'd hate for your neighbours to hear about this." }, expect: ['prohibited_content_threat'] },
  { name: 'polite menace', input: { text: 'We know where your kids go to school. Have a nice day.' }, expect: ['prohibited_content_threat'] },
  { name: 'zh homophone 做牢', input: { text: '不还钱就等着做牢。' }, expect: ['prohibited_content_threat'] },
  { name: 'zh pinyin sha', input: { text: '再不还我sha了你。' }, expect: ['prohibited_content_threat'] },
  { name: 'zh spaced', input: { text: '你 这 个 老 赖' }, expect: ['prohibited_content_obscene'] },
  { name: 'zh abbreviation', input: { text: 'cnm，还钱！' }, expect: ['prohibited_content_obscene'] },
  { name: 'zh advice', input: { text: '为了你家人好，我劝你别让我们上门。' }, expect: ['prohibited_content_threat'] },
  { name: 'zh traditional', input: { text: '再不還錢就讓你坐牢。' }, expect: ['prohibited_content_threat'] },
];

const clean: GuardInput[] = [
  { text: 'This is a communication from a debt collector. You can pay at example.com/pay or call 1-800-555-0100.' },
  { text: 'If you are having difficulty paying, we can set up an affordable payment plan.' },
  { text: 'We will not take legal action, and no one will contact your employer or family.' },
  { text: 'You cannot be arrested or jailed for this debt.' },
  { text: 'We may report your account to credit bureaus as permitted by law.' },
  { text: 'Please call Jane Doe at Acme Services, 1-800-555-0100.' },
  { text: 'Beware of scammers pretending to be the police. We will never ask you to pay into a personal account.' },
  { text: 'Because of the age of this debt, we will not sue you.', timeBarred: true },
  { text: 'Please ask Mark to call Jane at 800-555-0100.', audience: 'third_party' },
  { text: '您好，您的账单已逾期，如有困难可申请分期。' },
  { text: '我们不会联系您的家人、朋友或单位。' },
  { text: '逾期属于民事纠纷，不会坐牢。' },
  { text: '根据规定，您的逾期信息可能依法报送征信系统。' },
  { text: '谨防不法分子冒充我司或公检法人员，请勿向个人账户转账。' },
  { text: '请不要向亲友借钱还款，我们可以一起制定还款计划。' },
  { text: '您好，麻烦转告张先生给小李回个电话，谢谢。', audience: 'third_party' },
  { text: '该笔欠款已超过诉讼时效，我们不会起诉您。', timeBarred: true },
  { text: '' },
];

describe('guardText', () => {
  for (const c of [...prohibited, ...adversarial]) {
    it(`flags ${c.name}`, () => {
      const r = guardText(c.input);
      assert.equal(r.allowed, false, `expected a block for: ${c.input.text}`);
      for (const reason of c.expect) assert.ok(r.reasons.includes(reason), `missing ${reason} for: ${c.input.text} (got ${r.reasons.join(',')})`);
      assert.ok(r.spans.length > 0);
    });
  }

  for (const input of clean) {
    it(`allows: ${input.text || '(empty)'}`, () => {
      const r = guardText(input);
      assert.deepEqual({ allowed: r.allowed, reasons: r.reasons }, { allowed: true, reasons: [] });
      assert.deepEqual(r.spans, []);
    });
  }

  it('gives time_barred_suit_threat only for a time-barred debt', () => {
    const text = 'If you do not pay, we will sue you.';
    assert.deepEqual(guardText({ text }).reasons, []);
    assert.deepEqual(guardText({ text, timeBarred: true }).reasons, ['time_barred_suit_threat']);
  });

  it('gives third_party_disclosure only for a third-party reader', () => {
    const text = 'We are calling about the overdue balance on the account.';
    assert.deepEqual(guardText({ text }).reasons, []);
    assert.deepEqual(guardText({ text, audience: 'third_party' }).reasons, ['third_party_disclosure']);
  });

  it('sorts reasons in vocabulary order and gives allowed=false exactly when reasons exist', () => {
    const r = guardText({ text: 'You deadbeat, we will tell your boss and have you arrested.' });
    assert.deepEqual(r.reasons, ['prohibited_content_threat', 'prohibited_content_obscene']);
    assert.equal(r.allowed, false);
  });
});

describe('spans point into the original text (UTF-16 offsets)', () => {
  const table: { text: string; reason: GuardReason; covers: string }[] = [
    { text: 'Pay now or we will tell your employer.', reason: 'prohibited_content_threat', covers: 'tell your employer' },
    { text: 'Ｐａｙ ｎｏｗ, ｄｅａｄｂｅａｔ.', reason: 'prohibited_content_obscene', covers: 'ｄｅａｄｂｅａｔ' },
    { text: 'We will t e l l your b o s s today.', reason: 'prohibited_content_threat', covers: 't e l l your b o s s' },
    { text: '😀😀 You will go to jail.', reason: 'prohibited_content_threat', covers: 'go to jail' },
    { text: '您好！再不还钱就让你坐 牢。', reason: 'prohibited_content_threat', covers: '坐 牢' },
    { text: '你这个老lai。', reason: 'prohibited_content_obscene', covers: '老lai' },
    { text: 'Hi\u200B there, go to ja\u200Bil.', reason: 'prohibited_content_threat', covers: 'go to ja\u200Bil' },
  ];
  for (const t of table) {
    it(`${t.covers} in ${JSON.stringify(t.text)}`, () => {
      const span = guardText({ text: t.text }).spans.find((s) => s.reason === t.reason);
      assert.ok(span, `no ${t.reason} span`);
      assert.equal(t.text.slice(span.start, span.end), t.covers);
    });
  }
});

describe('normalizeText', () => {
  const table: [string, string][] = [
    ['Ｋｉｌｌ', 'kill'],
    ['k1ll y0u', 'kill you'],
    ['fuuuuck', 'fuck'],
    ['j.a.i.l', 'jail'],
    ['t e l l   y o u r   b o s s', 'tell your boss'],
    ['pay by 5pm, $500', 'pay by 5pm, $500'],
    ['杀 了 你', '杀了你'],
    ['做牢', '坐牢'],
    ['dsb', '大傻逼'],
  ];
  for (const [input, expected] of table) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(normalizeText(input).text, expected));
  }

  it('maps every normalised character back to an original range', () => {
    const original = 'Ｈｉ  k 1 l l 做牢';
    const n = normalizeText(original);
    assert.equal(n.starts.length, n.text.length);
    for (let i = 0; i < n.text.length; i++) assert.ok(n.starts[i] < n.ends[i] && n.ends[i] <= original.length);
    const r = toOriginalRange(n, n.text.indexOf('坐牢'), n.text.indexOf('坐牢') + 2);
    assert.equal(original.slice(r.start, r.end), '做牢');
  });
});

describe('detectLanguage', () => {
  const table: [string, 'zh' | 'en'][] = [
    ['Please pay your balance.', 'en'],
    ['请按时还款。', 'zh'],
    ['您好，您的 ABC credit card 已逾期。', 'zh'],
    ['Hello 张三, your payment is due tomorrow.', 'en'],
  ];
  for (const [text, lang] of table) it(`${text} → ${lang}`, () => assert.equal(detectLanguage(text), lang));
});
