import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText, type GuardInput, type GuardReason } from './index.ts';
import { normalizeText } from './normalize.ts';
import { hasReassuranceCue } from './rules.ts';

// Round 4, second table file (see rules-round4.test.ts and README): formal or friendly wording that
// hides a family, clean texts with frightening words, last families, formal letters, internet slang.
// Texts written for these tests, not taken from the corpus or any blind set. Rules only.
const ruleVerdict = (input: GuardInput): GuardReason[] => guardText(input, { useClassifier: false }).reasons;

// Formal letters that hide a visit or a disclosure, public boards and group chats, criminal units,
// and their Chinese counterparts (同步至单位, 跟物业打招呼, 报备至派出所, 去您母亲那边拜访).
const hidden: { input: GuardInput; reason: GuardReason }[] = [
  { input: { text: 'Dear Customer, please note our verification officers will attend your place of employment on Thursday to confirm your details with your supervisor.' }, reason: 'prohibited_content_threat' },
  { input: { text: 'We\'d hate for your little one\'s teachers to get the wrong idea about your family.' }, reason: 'prohibited_content_threat' },
  { input: { text: 'Funny how quickly word gets round a small village, isn\'t it?' }, reason: 'prohibited_content_threat' },
  { input: { text: 'Your neighbours seem lovely. Be a shame to involve them.' }, reason: 'prohibited_content_threat' },
  { input: { text: 'As a courtesy, we have added your name to the defaulters\' noticeboard in our branch window.' }, reason: 'prohibited_content_threat' },
  { input: { text: 'Your details have been forwarded to the Economic Crimes Unit for their consideration.' }, reason: 'prohibited_content_threat' },
  { input: { text: 'We are obliged to inform you that non-payment of a loan obtained under false pretences constitutes a criminal offence and we will be reporting the same.' }, reason: 'prohibited_content_threat' },
  { input: { text: 'You\'ll be hearing from our enforcement officers, who are authorised to remove goods.' }, reason: 'false_representation' },
  { input: { text: 'Ring-ring! That\'s the sound of us calling your mother-in-law next 😉' }, reason: 'prohibited_content_threat' },
  { input: { text: '📸 Your photo + \'DEBTOR\' + your town\'s Facebook group = 🔥' }, reason: 'prohibited_content_threat' },
  { input: { text: 'Settle today or we\'ll have no choice but to escalate to your employer\'s payroll for deduction.' }, reason: 'undue_pressure' },
  { input: { text: 'Congrats on the new job at Telco! Be a pity if they heard about this.' }, reason: 'prohibited_content_threat' },
  { input: { text: 'Don\'t make us come find you. We always do.' }, reason: 'prohibited_content_threat' },
  { input: { text: 'Per our policy, accounts over 90 days are referred to the Ministry of Justice debt registry.' }, reason: 'false_representation' },
  { input: { text: 'Hey champ, your debt\'s so old it\'s basically vintage — our lawyers still love a classic though. Court date coming your way. (Debt is outside the statute of limitations.)' }, reason: 'time_barred_suit_threat' },
  { input: { text: '您的逾期信息已同步至您所在单位的人力资源系统。' }, reason: 'prohibited_content_threat' },
  { input: { text: '我们的外访人员下周会去您小区，顺便跟物业打个招呼。' }, reason: 'prohibited_content_threat' },
  { input: { text: '本公司已将您的欠款情况报备至当地派出所，请知悉。' }, reason: 'prohibited_content_threat' },
  { input: { text: '再拖下去，您母亲那边我们也只能去拜访一下了。' }, reason: 'prohibited_content_threat' },
  { input: { text: '您的案件已移交我司合作律所，律师将于近日联系您单位核实。' }, reason: 'prohibited_content_threat' },
  { input: { text: '不还也行，就是以后您孩子考公、参军可能会受点影响，您自己考虑。' }, reason: 'prohibited_content_threat' },
  { input: { text: '建议您把家里的金首饰拿去当了，先把钱还上。' }, reason: 'undue_pressure' },
  { input: { text: '这笔钱您今天下午三点前必须到账，不然后面的事我们也控制不了。' }, reason: 'undue_pressure' },
  { input: { text: '您这种拖欠行为已涉嫌恶意逃废债，情节严重的将追究刑事责任。' }, reason: 'prohibited_content_threat' },
  { input: { text: '你个死老赖，还装上瘾了？' }, reason: 'prohibited_content_obscene' },
  { input: { text: '侬个瘪三，钞票还勿还？' }, reason: 'prohibited_content_obscene' },
  { input: { text: '你哋呢啲人真係冇廉耻。' }, reason: 'prohibited_content_obscene' },
];

const hiddenAllowed: GuardInput[] = [
  { text: 'We can verify your income with your employer only with your written consent.' },
  { text: 'We don\'t need to confirm anything with your employer; a payslip is enough.' },
  { text: '如遇冒充我司人员催收，请立即报案到当地派出所。' },
  { text: '您的还款记录将依法报送至征信系统。' },
  { text: '如您同意，我们可以把还款计划抄送给您指定的家人。' },
  { text: '我们不会跟您的领导打招呼，也不会去您小区。' },
  { text: '您孩子在上小学吧？我们理解开学季开销大，这个月可以少还一点。' },
];

describe('round-4 families hidden in formal or friendly wording', () => {
  for (const c of hidden) {
    it(`${c.reason}: ${c.input.text}`, () => assert.ok(ruleVerdict(c.input).includes(c.reason)));
  }
  for (const input of hiddenAllowed) {
    it(`allowed: ${input.text}`, () => assert.deepEqual(ruleVerdict(input), []));
  }
});

// Clean texts that use frightening words harmlessly, in several registers: no rule may fire
// (a promise list after a colon, "only after a court judgment", a warning about some apps,
// the reader sent to our fraud team).
const cleanRegisters: string[] = [
  'Nobody is going to arrest you over a credit card bill. Let\'s just find a plan that works.',
  'Texts threatening to post your photo online are not from us. Please forward them to our fraud team.',
  'We\'ve heard some apps shame borrowers on Facebook. We will never do that; it\'s illegal.',
  'You are not a criminal for falling behind. Missing payments is a civil matter.',
  'Our agents are trained never to raise their voice or call anyone names like \'deadbeat\'.',
  'The previous letter mentioning \'immediate legal action\' was sent in error. Please disregard it.',
  'Can\'t pay in full? No wahala, we fit arrange small small payments.',
  'Bailiffs can only be used after a court judgment; your account is nowhere near that stage.',
  'We won\'t be contacting your employer, neighbours or family — this stays between us.',
  'A reminder that your debt is statute-barred: we cannot and will not take you to court.',
  'If someone claiming to be from the High Court calls about this loan, hang up — it\'s a scam.',
  'Your son called to ask about your account; we told him we can only discuss it with you.',
  'Don\'t borrow from loan sharks to pay us. We\'d rather wait.',
  'We\'re sorry our agent was rude to you yesterday. That\'s not how we work.',
  'Feeling the pinch? You\'re not alone. Call us and we\'ll go through your budget together.',
  '没人会因为信用卡逾期坐牢，别听网上瞎说。',
  '我们承诺：不爆通讯录、不上门、不骚扰家人。',
  '网上说催收会联系单位，那是个别不正规的公司，我们不会。',
  '之前的短信说要\'起诉\'，是模板发错了，给您添麻烦了。',
  '谨防诈骗：我司不会以\'法院\'\'公安\'名义联系您。',
  '逾期不等于犯罪，请不要有心理负担。',
  '您不用卖房卖车，我们可以按月慢慢还。',
  '哥，别有压力，钱的事慢慢来，咱不催。',
  '老板，唔使惊，我哋唔会搵你屋企人，慢慢倾。',
  '您好，这里是客服小王，只是确认一下您的联系方式有没有变。',
  '我们从来不会说\'老赖\'这种话，每个人都有难处。',
  '按照规定，我们不会在晚上九点后给您打电话。',
  '法院判决以后才可能有强制执行，现在完全谈不上。',
];

describe('round-4 clean texts with frightening words', () => {
  for (const text of cleanRegisters) {
    it(`allowed: ${text}`, () => assert.deepEqual(ruleVerdict({ text }), []));
  }
  it('"逾期不等于犯罪" and "some apps shame borrowers; we never will" count as reassurance', () => {
    assert.equal(hasReassuranceCue(normalizeText('逾期不等于犯罪，请不要有心理负担。').text), true);
    assert.equal(hasReassuranceCue(normalizeText("We've heard some apps shame borrowers on Facebook. We will never do that.").text), true);
  });
  it('a negation still does not cover a threat after a colon when the promise is absent', () => {
    assert.deepEqual(ruleVerdict({ text: '我们说到做到：爆通讯录、上门。' }), ['prohibited_content_threat']);
  });
});

// Time bars said as "legally expired" or "the limitation has lapsed", a lawyer's letter on a
// time-barred debt, pawning a spouse's jewellery, third-party wording in pidgin and Cantonese.
const lastFamilies: { input: GuardInput; reason: GuardReason }[] = [
  { input: { text: 'Yes the debt is old and legally expired, but that won\'t stop us taking you to court.' }, reason: 'time_barred_suit_threat' },
  { input: { text: 'Even though the limitation has lapsed, a county court claim is being prepared.' }, reason: 'time_barred_suit_threat' },
  { input: { text: 'Your debt is past the statute of limitation; our attorney is still going to file.' }, reason: 'time_barred_suit_threat' },
  { input: { text: 'This debt is beyond the limitation, yet we intend to commence proceedings.' }, reason: 'time_barred_suit_threat' },
  { input: { text: '已经超过三年诉讼时效了，但我们还是要告到法院。' }, reason: 'time_barred_suit_threat' },
  { input: { text: '诉讼时效过期了也没用，律师函下周就到。' }, reason: 'time_barred_suit_threat' },
  { input: { text: '時效雖然過了，我們仍會向法院提起訴訟。' }, reason: 'time_barred_suit_threat' },
  { input: { text: 'Pay the full amount by 5pm today — no partial payments, no extensions.' }, reason: 'undue_pressure' },
  { input: { text: 'Borrow from your chama or sell your phone, just clear it today.' }, reason: 'undue_pressure' },
  { input: { text: 'Why not take a salary advance from your employer and settle this?' }, reason: 'undue_pressure' },
  { input: { text: '你可以先找小额贷款平台借一笔，把我们这边先结了。' }, reason: 'undue_pressure' },
  { input: { text: '把你老婆的金项链押了不就有钱了？' }, reason: 'undue_pressure' },
  { input: { text: '今天中午十二点前必须全部结清，分期免谈。' }, reason: 'undue_pressure' },
  { input: { text: 'Hi, is this Tom\'s flatmate? Tell him his car finance payments are 3 months late.', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: 'Could you remind your husband that his repayment to us is overdue?', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: 'Aunty, your son never finish paying the loan he collect from us.', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: '你是他嫂子吧？他在我们平台借的钱到现在还没还。', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: '麻烦跟阿强讲声，佢张信用卡碌爆咗未还。', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: 'Tell am say im loan don pass due date, make im call us.', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: 'S.O.L. expired last year but a suit will be filed anyway.' }, reason: 'time_barred_suit_threat' },
  { input: { text: 'Wh1ch p@rt of \'pay\' d0n\'t you understand?' }, reason: 'prohibited_content_obscene' },
  { input: { text: '智 商 堪 忧 啊 您' }, reason: 'prohibited_content_obscene' },
  { input: { text: '民事起訴狀\n原告：某某小貸公司\n被告：陳某' }, reason: 'false_representation' },
  { input: { text: 'Our team will d.i.s.c.u.s.s your arrears with your line manager.' }, reason: 'prohibited_content_threat' },
  { input: { text: '村裡人都會知道你欠錢不還。' }, reason: 'prohibited_content_threat' },
];

const lastAllowed: GuardInput[] = [
  { text: 'The debt is within the limitation and we may consider court action.' },
  { text: 'Before the limitation expires we may issue a claim.' },
  { text: 'Your statement shows the limitation period will end in 2027; we may go to court.' },
  { text: 'The SOL has not expired yet, so we may still consider court action.' },
  { text: '诉讼时效还没到期，如协商不成，债权人可能依法起诉。' },
];

describe('round-4 families, last batch', () => {
  for (const c of lastFamilies) {
    it(`${c.reason}: ${c.input.text}`, () => assert.ok(ruleVerdict(c.input).includes(c.reason)));
  }
  for (const input of lastAllowed) {
    it(`allowed: ${input.text}`, () => assert.deepEqual(ruleVerdict(input), []));
  }
});

// Formal lawful letters that use the round-4 families' words: statutory notice titles, claim
// numbers of a real judgment, bank-rule minimums, consent to speak with a partner, negated visits.
const formalAllowed: string[] = [
  'NOTICE OF ASSIGNMENT\nWe write to tell you that your agreement has been assigned to us. Your terms are unchanged.',
  'Notice of sums in arrears. This notice is given under the Consumer Credit Act 1974. You are behind with your payments.',
  'Claim number K12AB345: the court has made a judgment in your favour; we have stopped all collection.',
  'If a claim is issued, you will receive a claim form from the court, not from us, and you can respond.',
  'We won\'t accept card payments over the phone after 8pm, but you can pay online at any time.',
  'We can\'t accept payments below £1 by direct debit due to bank rules; any higher amount is fine.',
  'Your employer will only be contacted if you ask us to arrange a salary deduction yourself.',
  'We will discuss your account only with you, or with someone you authorise, such as your debt adviser.',
  'Our hardship team may share your budget with your debt adviser if you give consent.',
  'If you\'d like, we can speak with your partner on the call, provided you are present and agree.',
  'Your family will not hear about this from us; we only speak to the account holder.',
  'Our field agents never attend a customer\'s place of work.',
  'Defendant: you. Claimant: us. That is how a court claim would look — but we are not taking one.',
  'Minimum payment this month: £25. If that\'s too much, call us and we\'ll find a lower amount.',
  '我们只接受您本人或您授权的人代为协商。',
  '每月最低还款额为300元，如有困难可申请更低金额。',
  '如需调解，您可以向当地人民调解委员会申请，我们会配合。',
  '您的个人信息仅用于本次还款提醒，不会同步至任何第三方。',
  '我们的外访人员不会去您单位，也不会联系您的同事。',
  '原告、被告这些说法只在法院诉讼中使用，我们目前只是提醒您还款。',
];

describe('round-4 rules leave formal lawful letters alone', () => {
  for (const text of formalAllowed) {
    it(`allowed: ${text}`, () => assert.deepEqual(ruleVerdict({ text }), []));
  }
});

// Internet slang, young and elderly registers: doxxing (开盒, 人肉, 社死, dox), net insults (老六, 屌丝).
const slang: { text: string; reason: GuardReason }[] = [
  { text: '再不还，等着被开盒吧。', reason: 'prohibited_content_threat' },
  { text: '信不信我们人肉你，把你家地址挂网上。', reason: 'prohibited_content_threat' },
  { text: '不还钱就让你社死，懂？', reason: 'prohibited_content_threat' },
  { text: '您老这把年纪了还欠钱不还，不怕儿女跟着丢人？', reason: 'prohibited_content_threat' },
  { text: '家人们谁懂啊，这位欠钱不还还拉黑我，照片放评论区了。', reason: 'prohibited_content_threat' },
  { text: '你的黑历史我们都整理好了，随时可以发到你们公司群。', reason: 'prohibited_content_threat' },
  { text: '绝绝子，欠钱不还的老六。', reason: 'prohibited_content_obscene' },
  { text: '你就是个屌丝，还什么钱都还不起。', reason: 'prohibited_content_obscene' },
  { text: 'yyds的老赖说的就是你。', reason: 'prohibited_content_obscene' },
  { text: 'No cap, we\'ll doxx you if this ain\'t paid by Friday.', reason: 'prohibited_content_threat' },
  { text: 'Imma expose you on TikTok fr fr, pay up.', reason: 'prohibited_content_threat' },
  { text: 'You\'re a whole clown fr 🤡 pay your debt.', reason: 'prohibited_content_obscene' },
  { text: 'Ratio + you owe us money + we\'re telling your mum.', reason: 'prohibited_content_threat' },
  { text: 'Not you ghosting us with a £500 balance 💀 we know where you work bestie.', reason: 'prohibited_content_threat' },
];

const slangAllowed: string[] = [
  '我们不会把您的信息挂到网上。',
  '请勿把个人信息发到网上，谨防诈骗。',
  'We will never dox or leak your details.',
];

describe('round-4 internet slang', () => {
  for (const c of slang) {
    it(`${c.reason}: ${c.text}`, () => assert.ok(ruleVerdict({ text: c.text }).includes(c.reason)));
  }
  for (const text of slangAllowed) {
    it(`allowed: ${text}`, () => assert.deepEqual(ruleVerdict({ text }), []));
  }
});

// Impersonated authorities in other registers: tribunals and registrars, court-appointed agencies,
// barangay summons, HMCTS, 法院执行庭, 失信名单管理中心, 监管协会, 律所 criminal complaints.
const authorities: string[] = [
  'This is Constable Okafor. Your name came up in a loan fraud report; call back to avoid detention.',
  'Office of the Registrar of Debts: final demand before garnishment.',
  'From the desk of the Debt Recovery Tribunal: appear on 14th or an ex parte order will be passed.',
  'You have been served. Consider this your formal summons to settle.',
  'We are a court-appointed recovery agency; non-payment will be reported to the magistrate.',
  'Legal Cell, Sharma & Associates (on behalf of your lender): criminal complaint under section 420 IPC to be filed.',
  'This is the Barangay Hall. You are summoned regarding your unpaid loan.',
  'HMCTS notice: a warrant of control has been issued for your address.',
  '我是区法院执行庭的王法官，你的案子我们已经受理。',
  '这里是xx市中级人民法院，您有一张传票未签收，按1转人工。',
  '我们是最高法失信被执行人名单管理中心的，您即将被列入失信名单。',
  '您好，这边是网贷监管协会，您的逾期已经上报。',
  '本人系某某律所执业律师，受托向您发出最后通知，三日内不还款将提起刑事控告。',
  '【公安局反诈中心】您的账户涉及非法借贷，请配合还款。',
];

const authoritiesAllowed: string[] = [
  'If you receive a call from the desk of the Debt Recovery Tribunal, check with us first.',
  'You can contact the Barangay Hall for free mediation if you wish.',
  '这里是银行业协会投诉热线。',
  '我们是调解中心，受银行委托与您协商还款。',
];

describe('round-4 impersonated authorities', () => {
  for (const text of authorities) {
    it(`blocked: ${text}`, () => assert.ok(ruleVerdict({ text }).length > 0));
  }
  it('a tribunal desk, a barangay summons and a 监管协会 are named as false representation', () => {
    for (const text of [authorities[2], authorities[6], authorities[11]]) assert.ok(ruleVerdict({ text }).includes('false_representation'), text);
  });
  for (const text of authoritiesAllowed) {
    it(`allowed: ${text}`, () => assert.deepEqual(ruleVerdict({ text }), []));
  }
});

// Short deadlines for the full amount (EOD, by 12 noon, 两个小时内, 明早九点前全额), a refused plan
// followed by a demand for everything, money from relatives abroad or savings circles (chama).
const deadlines: string[] = [
  'Full balance by EOD or we escalate. No plans.',
  'You have 2 hrs to clear the whole amount.',
  'Clear everything before close of business today — instalments are off the table.',
  'Kindly pay in full latest by 12 noon today, failing which further action follows.',
  'Ask your uncle in Dubai to send the money tonight.',
  'Use the money from your chama contribution to settle us first.',
  'Sell your phone, sell your TV, sell whatever — just pay today.',
  '明早九点前全额到账，过时不候。',
  '两个小时内把钱打过来，分期想都别想。',
  '找你在国外的亲戚汇点钱过来，今晚就得还上。',
  '把你那辆电动车卖了，今天必须结清。',
  'Your instalment request is rejected. Pay the lot by Friday.',
];

const deadlinesAllowed: string[] = [
  'If you want to pay in full by today, we can waive the interest.',
  'Your extension request was declined because the account is closed; call us to discuss other options.',
  'Please don\'t ask your family to lend you money for this.',
  'Payments in full received by 5pm are credited today.',
  '如需今天到账，请在下午五点前转账；不着急的话下周也可以。',
  "Don't use your school fees money to pay us.",
];

describe('round-4 deadlines and money sources', () => {
  for (const text of deadlines) {
    it(`undue_pressure: ${text}`, () => assert.ok(ruleVerdict({ text }).includes('undue_pressure')));
  }
  for (const text of deadlinesAllowed) {
    it(`allowed: ${text}`, () => assert.deepEqual(ruleVerdict({ text }), []));
  }
});

// Third-party wording in Singlish, Indian, Kenyan, Nigerian English and Chinese registers (EMI
// bounced, "still got outstanding with us", Fuliza, 笔数未还, 款子还没处理完); location messages pass.
const thirdParty: string[] = [
  'Hello uncle, your nephew still got outstanding with us, ask him call back can?',
  'Madam, kindly tell your son his EMI bounced and he must regularise.',
  'Mama, tell Otieno his Fuliza is long overdue, he should sort it.',
  'Is this Grace\'s landlord? She\'s dodging a loan with us.',
  'Tell him say the money wey he collect never finish.',
  'Your flatmate owes us; let him know we called.',
  '您是他同事吧？麻烦转告他信用卡该还了。',
  '阿姨，您儿子网贷的事您知道吗？',
  '你老细仲有笔数未还，叫佢打俾我。',
  '亲，您朋友在我们这边有笔款子还没处理完哦。',
];

const thirdPartyAllowed: string[] = [
  'Hello uncle, please ask Ravi to call Priya at 0800 123 456, thank you.',
  'Madam, kindly tell your son that Zenith called; he has our number.',
  '麻烦您转告他回个电话，谢谢。',
  '阿姨，麻烦让小陈给我们回个电话，号码是400-123-4567。',
];

describe('round-4 third-party registers', () => {
  for (const text of thirdParty) {
    it(`third_party_disclosure: ${text}`, () => assert.ok(ruleVerdict({ text, audience: 'third_party' }).includes('third_party_disclosure')));
  }
  for (const text of thirdPartyAllowed) {
    it(`allowed: ${text}`, () => assert.deepEqual(ruleVerdict({ text, audience: 'third_party' }), []));
  }
});
