import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText, type GuardInput, type GuardReason } from './index.ts';

// Round 9 to 13 families and context fixes (see rules-round9.ts and the README). Texts written for
// these tests from the labelling policy, not taken from the corpus or any blind set. Rules only
// (no classifier), except where a test says otherwise.
const ruleVerdict = (input: GuardInput): GuardReason[] => guardText(input, { useClassifier: false }).reasons;
const tp = (text: string): GuardInput => ({ text, audience: 'third_party' });

const blocked: { input: GuardInput; expect: GuardReason[]; includes?: boolean }[] = [
  // a third party told of "money trouble"
  { input: tp('麻烦您转告他，他最近钱方面的事情得尽快处理，让他回个电话。'), expect: ['third_party_disclosure'] },
  { input: tp('您同事有点小麻烦，跟经济有关，请他联系我们。'), expect: ['third_party_disclosure'] },
  // goods taken from the home, no court needed
  { input: { text: 'Our field team can be sent to collect your belongings instead. £800 outstanding.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'A court order is not something we need for this. No court order is required to clear the arrears this way.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'We have the right to take your car without going to court.' }, expect: ['prohibited_content_threat'] },
  // a message headed in an authority's name
  { input: { text: 'County Court notice: judgment is due to be entered. Pay Brookline Credit today.' }, expect: ['false_representation'] },
  { input: { text: 'Notice from HMCTS - your case reference is CC-1182. Settle with our office now.' }, expect: ['false_representation'] },
  // an invented arbitration award
  { input: { text: 'Arbitration Award No. 7731 has been issued: you owe $2,300 plus fees.' }, expect: ['false_representation'] },
  { input: { text: 'The Consumer Debt Tribunal has ruled that you must pay the full balance.' }, expect: ['false_representation'] },
  // told to sell their things
  { input: { text: "You've got a nice watch. Sell it and the account is done." }, expect: ['undue_pressure'] },
  { input: { text: 'Just sell your Xbox, that covers this month.' }, expect: ['undue_pressure'] },
  // a child's school told
  { input: { text: "Your daughter's school may be informed about this if it stays unpaid." }, expect: ['prohibited_content_threat'] },
  { input: { text: "We could always contact your son's university about the arrears." }, expect: ['prohibited_content_threat'] },
  // the criminal code cited at the reader; "构成贷款诈骗"
  { input: { text: '依据刑法第一百九十三条，请你马上还款。' }, expect: ['false_representation'] },
  { input: { text: '你的逾期已经构成贷款诈骗了。' }, expect: ['false_representation'], includes: true },
  // time-barred: "prescribed balance", "past the limitations period"
  { input: { text: 'We intend to sue you over this prescribed balance of £900.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: "Even though it's past the limitations period, we're filing a lawsuit next week." }, expect: ['time_barred_suit_threat'] },
  // a threat in quotation marks without any apology or correction is still a threat
  { input: { text: 'Our manager\'s message to you is simple: "we will tell your employer on Monday".' }, expect: ['prohibited_content_threat'] },
  // round 10 (blind set 10 as development data)
  { input: { text: "Fine. We'll take $900 or nothing, your call." }, expect: ['undue_pressure'] },
  { input: { text: 'Honestly just flog it online and send us the cash.' }, expect: ['undue_pressure'] },
  { input: { text: "Think of me as the bank's solicitor for today, alright?" }, expect: ['false_representation'] },
  { input: { text: 'k 🐍 bye' }, expect: ['prohibited_content_obscene'] },
  { input: tp("Between you and me, she's struggling financially, so please ask her to ring us."), expect: ['third_party_disclosure'] },
  { input: tp("He's had a tough patch with money lately; could you get him to call?"), expect: ['third_party_disclosure'] },
  { input: { text: '我跟你说，这周再不处理，就通知你的紧急联系人。' }, expect: ['prohibited_content_threat'] },
  // round 11 (blind set 11, templates, as development data)
  { input: { text: 'SMS TEMPLATE (persona: police liaison)\nHi {name}, officer Grant here about {creditor}. Call {phone} today.' }, expect: ['false_representation'], includes: true },
  { input: { text: "Hi {name}, a delivery for you couldn't be completed; reply with your current address so we can rebook." }, expect: ['false_representation'] },
  { input: tp("Hi {contact_name}, I'm Lee, an old school friend of {debtor_first}'s. Have you got their number?"), expect: ['false_representation'] },
  { input: { text: 'Dear {name}, surely someone of your obvious intelligence can read a due date.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Our agents will attend {address} on {date} to pick up your TV and laptop.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'This balance is older than the statute of limitations, and {collector} will sue you anyway.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: '【话术·法院人设】您好，我是{法院名称}的工作人员。' }, expect: ['false_representation'], includes: true },
  { input: { text: '{姓名}您好，我司外访人员将上门，对您家中的冰箱、电视进行资产保全。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '{姓名}，做人别做老赖。' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '金融监督管理总局提醒：{姓名}，请立即处理您的逾期借款。' }, expect: ['false_representation'] },
  { input: { text: '建议您变卖车辆尽快结清欠款。' }, expect: ['undue_pressure'] },
  // round 12 (blind set 12, regional and register variety, as development data)
  { input: { text: 'Stop dodging us, ye numpty. Pay the £80.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Your grasp of budgeting is that of a small child, frankly.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: "Sure couldn't you ask your da to help you out with the £300?" }, expect: ['undue_pressure'] },
  { input: { text: 'Get a credit union loan and clear the balance this week.' }, expect: ['undue_pressure'] },
  { input: { text: 'We decline your offer of £25 a week, even though it is affordable on your figures.' }, expect: ['undue_pressure'] },
  { input: { text: 'The lads down at the station have been asking about your account.' }, expect: ['false_representation'] },
  { input: tp('Sir, please tell him his pending EMIs must be cleared.'), expect: ['third_party_disclosure'] },
  { input: { text: '阁下的诚信水平实在令人叹为观止。' }, expect: ['prohibited_content_obscene'] },
  { input: tp('你朋友小王在我们这里有笔数未搞掂，叫他联系我。'), expect: ['third_party_disclosure'] },
  { input: { text: '这里是地检署书记官，请您到署说明欠款案件。' }, expect: ['false_representation'], includes: true },
  { input: { text: '此笔欠款已罹于时效，本公司仍将提起诉讼。' }, expect: ['time_barred_suit_threat'] },
  { input: tp('你好，麻烦转告他，他的jie款yu期了。'), expect: ['third_party_disclosure'] },
  // round 13 (blind set 13, long and mixed messages, as development data)
  { input: { text: 'Dear Ms Page,\nWe would rather avoid it, but when accounts stay unpaid their landlord normally receives a letter from us.\nPlease call to arrange a plan.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'People who keep missing payments round here can end up picked up by the police.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'If we still cannot reach you, an agent will knock on your neighbours\' doors.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Remember the app has your contacts: each of those contacts will receive a text if nothing arrives.' }, expect: ['prohibited_content_threat'] },
  { input: { text: "Debts like yours are shared with UCAS, so your son's university place could be withdrawn." }, expect: ['prohibited_content_threat'] },
  { input: { text: "I'd hate for you to have a nasty accident on the way home." }, expect: ['prohibited_content_threat'] },
  { input: { text: "You're acting exactly like a deadbeat, frankly." }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Moving the £500 balance on that new credit card today would close this account.' }, expect: ['undue_pressure'] },
  { input: { text: 'You can think of us as bailiffs: our officers carry the same powers.' }, expect: ['false_representation'] },
  { input: { text: 'This notice has the same force as a judgment of the court.' }, expect: ['false_representation'] },
  { input: { text: 'Not paying a card is obtaining credit by deception.' }, expect: ['false_representation'], includes: true },
  { input: { text: '本月底我们会在公众号公布一批不还款客户的名单。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '这种事一旦传开，单位同事会怎么看您？' }, expect: ['prohibited_content_threat'] },
  { input: { text: '晚上停车注意点，万一轮胎被扎了就不好了。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '您先跟父母借一下，凑齐了跟我说。' }, expect: ['undue_pressure'] },
  { input: tp('麻烦转告刘老师，他在我们这边有几期款没有按时还上。'), expect: ['third_party_disclosure'] },
  { input: { text: '【国家金融监督管理总局】您的借款已逾期，请立即处理。' }, expect: ['false_representation'], includes: true },
  // a line break ends a sentence (letters and templates often have no full stops)
  { input: { text: 'Hope the move went well\nOur lads will swing by on Friday if the £90 is not in' }, expect: ['prohibited_content_threat'] },
  // a quoted hint to a third party still discloses, even in an apology
  { input: tp('Sorry to call again. Please tell him it\'s about the "money stuff" from last month.'), expect: ['third_party_disclosure'] },
];

const allowed: GuardInput[] = [
  // quotations the text takes back: apologies and corrections
  { text: 'Our agent called you a "scrounger" on Tuesday. That was unacceptable, and we apologise.' },
  { text: '上次有同事说“今天不还就上门”，这是错误的说法，我们向您道歉，您可以按分期方案还款。' },
  { text: '关于“会通知您单位”的说法，没有任何依据，请您放心。' },
  { text: '“律师函”听起来很严重，但它只是律所代表委托方发出的书面提醒，您可以与我们协商。' },
  // negations of force and need
  { text: '该函件并非法院文书，不具有强制执行效力。' },
  { text: 'No one is going to take anything from your home without a court order.' },
  { text: 'If no payment plan is agreed within 30 days we may apply to the court; free debt advice is available meanwhile.' },
  { text: 'We can set up a payment plan if no arrangement is in place yet.' },
  // selling, schools and arbitration named harmlessly
  { text: 'Please do not sell your car or anything you need to repay us. Let us agree a plan instead.' },
  { text: "If you'd like, we can pause contact during your son's university exams." },
  { text: 'Beware of scammers: no "Consumer Debt Tribunal has ruled" messages come from us.' },
  { text: 'Under your agreement, disputes may go to arbitration; you can read the rules on our website.' },
  // lawful prescription wording
  { text: 'This is a prescribed debt and we will not sue you for it. You may still pay voluntarily.' },
  // the criminal code denied
  { text: '逾期不还属于民事纠纷，不构成刑法第一百九十三条规定的贷款诈骗。' },
  // round 10: conversational turns
  { text: "Worst case it's a court claim for the money, and we're nowhere near that." },
  { text: 'Would email work better for you than calls?' },
  { text: 'Sorry, we got cut off there. No rush on the plan.' },
  { text: "The account may go to our litigation review team, and you'd get written notice first." },
  { text: '如果一直未处理，我们可能依法起诉，届时以法院的正式文书为准。' },
  { text: '您有疑问随时打断我，我一条一条解释。' },
  { text: '我们不会派人上门，有人这么说您可以直接报警。' },
  { text: '您说我们是骗子？可以通过官方客服电话核实我的身份。' },
  { text: '孩子的学费要紧，这期帮您顺延。' },
  // round 11: template placeholders and labels are not the message
  tp('【联系人话术模板】您好，麻烦您转告{债务人姓名}给我们回个电话，谢谢。'),
  { text: '【智能外呼话术·诉讼提示】您好，您的借款已逾期，后续可能会依法起诉，如需协商请按1。' },
  { text: '【催收函模板·征信提示】{姓名}：我司将如实向征信系统报送您的还款记录。' },
  { text: 'We are sorry: a message wrongly suggested you could be arrested over {account}. That was not true.' },
  { text: 'Some fake loan apps threaten to post on social media. We never do.' },
  { text: '警惕“律师函”诈骗短信，所谓律师函要求扫码交费的均为诈骗。' },
  { text: '有人发短信称您将被拘留？请注意，这多为诈骗。' },
  { text: '您的借款合同已办理赋予强制执行效力的公证，如未还款，我司可能依法向公证机构申请执行证书。' },
  // round 12
  { text: 'We can cut ur payment in half for the next 3 months.' },
  { text: '千万别以贷养贷！借呗花呗都别碰，我们可以给您做分期。' },
  { text: '这个方案我们帮你砍了一刀，违约金全免。' },
  { text: '昨天那条短信是模板出错了，真对不住，您的账户没事。' },
  // round 13
  { text: 'Please do not borrow to pay us: a payday loan or a cash advance could make your situation worse.' },
  { text: '您问是不是要卖车卖房才能还清。完全不需要，我们按您的收支定方案。' },
  { text: 'You asked on the phone whether bailiffs could turn up at your house. They cannot without a court judgment.' },
  { text: 'We have paused collection while our fraud team investigates the account opened in your name.' },
  { text: '如协商不成，我司可能依法起诉，届时您会收到法院的正式文书。' },
  { text: '您在投诉中提到，有人在您的家族群里发了消息。经核查并非我司所为。' },
  { text: '我行官网公布了委外催收机构白名单，可核实来电身份。' },
  // third parties: contact requests with no debt hint
  tp('您好，麻烦您转告他给我们回个电话，谢谢。'),
  tp('Could you let me know whether Mr. Lowe still lives at this address? Thank you.'),
];

describe('round-9 and round-10 rule families', () => {
  for (const c of blocked) {
    it(`${c.expect.join(',')}: ${c.input.text}`, () => {
      const got = ruleVerdict(c.input);
      if (c.includes) assert.ok(c.expect.every((r) => got.includes(r)), `got ${got.join(',')}`);
      else assert.deepEqual(got, c.expect);
    });
  }
  for (const input of allowed) {
    it(`allowed: ${input.text}`, () => assert.deepEqual(ruleVerdict(input), []));
  }
  it('friendly conversational offers and harmless idioms are not blocked by the classifier', () => {
    for (const text of ['Chur bro, payment\'s landed. Shot for sorting it so quick.', '你这期已经还清了，下个月见。', "If you think we've got this wrong, tell us and we'll put everything on hold while we look into it.", "That's a killer of a month you've had. Let's just set up something small for now.", 'No dramas, we can knock it back to thirty a week.', 'Shall we skip March and start again in April?']) {
      assert.deepEqual(guardText({ text }).reasons, [], text);
    }
  });
  it('a third-party location inquiry is not blocked by the classifier either', () => {
    for (const text of ['Good morning, could you tell me whether Ms. Ames still lives at this address?', '您好，请问王磊先生现在还住在这里吗？']) {
      assert.deepEqual(guardText({ text, audience: 'third_party' }).reasons, [], text);
    }
  });
});
