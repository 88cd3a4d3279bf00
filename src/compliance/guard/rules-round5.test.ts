import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText, type GuardInput, type GuardReason } from './index.ts';

// Round 5 families and context fixes (see README). Texts written for these tests, not taken from
// the corpus or any blind set. Rules only (no classifier), so the verdicts do not move with
// retraining.
const ruleVerdict = (input: GuardInput): GuardReason[] => guardText(input, { useClassifier: false }).reasons;
const tp = (text: string): GuardInput => ({ text, audience: 'third_party' });

// `includes`: the reasons must include these (older rules may add prohibited_content_threat to a crime claim)
const blocked: { input: GuardInput; expect: GuardReason[]; includes?: boolean }[] = [
  // a negation inside a condition without a comma does not reach the main clause
  { input: { text: 'If the money is not with us by noon we will phone your boss.' }, expect: ['prohibited_content_threat'] },
  { input: { text: "Unless you don't want trouble, our lads will come round to your work tomorrow." }, expect: ['prohibited_content_threat'] },
  { input: { text: "If we don't hear from you the team will pop by on Saturday." }, expect: ['prohibited_content_threat'] },
  // two negations make an assertion
  { input: { text: "It's statute barred, but that doesn't mean we won't take you to court." }, expect: ['time_barred_suit_threat'] },
  { input: { text: '这笔账确实过了诉讼时效，但不等于我们不会起诉你。' }, expect: ['time_barred_suit_threat'] },
  // crew visits and seizure without a court
  { input: { text: 'A couple of our guys will swing by later.' }, expect: ['prohibited_content_threat'] },
  { input: { text: "Nothing by Friday and we'll come and take the telly." }, expect: ['prohibited_content_threat'] },
  { input: { text: 'One client stopped paying; his van was taken the next day, no court, no paperwork.' }, expect: ['prohibited_content_threat'] },
  // cautionary tales
  { input: { text: 'A bloke just like you stopped paying. His whole street knows now.' }, expect: ['prohibited_content_threat'] },
  { input: { text: "Remember the customer who ignored us? Don't be that guy." }, expect: ['prohibited_content_threat'] },
  // non-payment called a crime
  { input: { text: 'Not repaying this advance constitutes fraud.' }, expect: ['false_representation'] },
  { input: { text: 'Your matter now falls under section 420 of the IPC.' }, expect: ['false_representation'], includes: true },
  { input: { text: '恶意拖欠就属于诈骗，请你想清楚。' }, expect: ['false_representation'], includes: true },
  // all or nothing
  { input: { text: 'Sorry, the whole balance or nothing.' }, expect: ['undue_pressure'] },
  { input: { text: "We've rejected your offer. Full payment is required by the 3rd." }, expect: ['undue_pressure'] },
  { input: { text: "We won't accept £10 a week; pay in full." }, expect: ['undue_pressure'] },
  // round 6 (blind set 6 as development data): affordable offers refused, the customer's circle in a note
  { input: { text: 'Note for the customer: the £60 a month offer is within your means, but it has been declined.' }, expect: ['undue_pressure'] },
  { input: { text: 'We told him $250/month or nothing.' }, expect: ['undue_pressure'] },
  { input: { text: '经核实该方案在您的还款能力范围内，但我司不予同意，请一次性还清。' }, expect: ['undue_pressure'] },
  { input: { text: '【备注】已通知客户：本周不处理，将联系其公司领导。' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Will we call your boss? Maybe. Depends on you.' }, expect: ['prohibited_content_threat'] },
  // round 7 (blind set 7 as development data)
  { input: { text: 'If this stays unpaid, your kids could struggle to get a university place, as defaults are reported to schools.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'This is Sergeant Hale from the West Yorkshire Police regarding your loan.' }, expect: ['false_representation'] },
  { input: { text: "We're writing on behalf of the CFPB settlement program about your card balance." }, expect: ['false_representation'] },
  { input: { text: 'Enclosed is a claim form issued by our recovery department. Reply in 14 days.' }, expect: ['false_representation'] },
  { input: { text: "lol it's not like you're a freeloader or anything" }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Have you considered selling your bike? Just saying.' }, expect: ['undue_pressure'] },
  { input: { text: 'Although this debt has prescribed, we are raising a small claims action next month.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: '逾期信息将推送到您的家族群和同学群。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '再不处理，我们就派人去你老家走一趟。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '亲爱的人渣用户，请今天还款。' }, expect: ['prohibited_content_obscene'] },
  { input: tp('叔，跟阿强说一声，那个"事儿"该有个说法了。'), expect: ['third_party_disclosure'] },
  // round 8 (blind set 8 as development data)
  { input: { text: "Miss this one and your husband's boss will be hearing from us." }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Settle the arrears or we will come round to your flat.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'This qualifies for an IRS-approved hardship settlement. Reply YES.' }, expect: ['false_representation'] },
  { input: { text: 'Wasteman, answer the phone.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '建议您把车子挂出出售，一次性结清。' }, expect: ['undue_pressure'] },
  { input: { text: '明天中午前必须把全部欠款还清，没得商量。' }, expect: ['undue_pressure'] },
  { input: { text: '再不还，我们就给你单位领导打电话。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '逾期会导致您全家出行受限，高铁飞机都坐不了。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '沙币，还钱。' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '您的账单已超诉讼时效，但我们仍会起诉。' }, expect: ['time_barred_suit_threat'] },
  { input: tp('Could you tell Mo we still have not had anything for his loan this month?'), expect: ['third_party_disclosure'] },
  { input: tp('Your brother is a crook who owes us money.'), expect: ['prohibited_content_obscene', 'third_party_disclosure'] },
  // a third party told about "money matters"
  { input: tp('Hi, can you tell Omar we need to talk about his money issues with us?'), expect: ['third_party_disclosure'] },
  // zh sarcasm about shamelessness
  { input: { text: '您这脸皮可真厚，一拖再拖。' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '巨婴先生，自己的账自己还。' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '您接着装死，我们接着打。' }, expect: ['prohibited_content_obscene'] },
];

const allowed: GuardInput[] = [
  // the negation still covers its own clause
  { text: 'We will not contact your employer.' },
  { text: "If you're worried, we will never contact your employer." },
  { text: "That doesn't mean we won't help you: call us about a plan." },
  // advice against a way of raising money, after it
  { text: 'You said you might sell the car. Honestly, there is no need, we can agree a plan.' },
  { text: '您说要卖房还钱，大可不必，先还最低额也行。' },
  // scam warnings
  { text: 'Beware of fake collectors threatening arrest. We never do that.' },
  { text: 'Crooks are posing as our recovery team; genuine staff will never ask you to pay into a personal account.' },
  { text: '凡是冒充我司工作人员让您私下转账的都是骗子，请通过官方渠道还款。' },
  // principles, not threats
  { text: '合规是我们的底线，不会出现辱骂、恐吓。' },
  // lawful repossession wording, a time-barred debt with a promise not to sue, crime denied
  { text: 'Under the terms of your hire purchase agreement, we may take the car back after a court order.' },
  { text: 'This debt is statute barred and we will not sue you for it.' },
  { text: 'Nothing will be taken from you without a court order, and we will always write first.' },
  { text: 'Non-payment is a civil matter, not a crime.' },
  { text: '欠款不还不属于诈骗，是民事纠纷。' },
  // round 6: a question answered "No", the customer's words quoted in a note, apologies, scams, 就该笔
  { text: 'Could you be arrested over this? No. It is a civil debt.' },
  { text: '会不会因为欠款被抓？不会，这是民事纠纷。' },
  { text: "Agent note, copy to customer: the customer called the agent an 'idiot' and hung up; we will write instead." },
  { text: '之前有同事在电话里骂您“废物”，这是严重违规的，我们向您道歉。' },
  { text: '有人冒用我司名义发短信威胁曝光您的通讯录，这不是我们发的，请勿理会。' },
  { text: 'Beware of scams: we will never threaten arrest, send officers to your home, or ask for gift cards.' },
  { text: '该笔欠款已过诉讼时效，我司不会就该笔欠款提起诉讼。' },
  // round 7: reference codes, news, fake "bailiff" texts, complaints about insults, judgments before enforcement
  { text: 'Your reference is SB-55120; please quote it when you call.' },
  { text: "You may have read news stories about apps texting people's contacts. We never do that." },
  { text: 'Fake "bailiff" texts are doing the rounds. We will never ask for gift cards.' },
  { text: '关于您投诉被坐席骂“废物”一事，我们已处理，向您致歉。' },
  { text: '如长期不还，我司将依法起诉，并在取得生效判决后申请强制执行。' },
  { text: '我们可能委托律师事务所发送律师函。律师函不是法院文书。' },
  // round 8: a warning about impostors names the authority without claiming it
  { text: 'Beware of calls offering an FTC-approved debt settlement: they are a scam.' },
  // round 8: wrong statements corrected, the customer's own words
  { text: "The caller who told you you'd be arrested was wrong; a missed payment is not a crime." },
  { text: '之前坐席说“不还就坐牢”，这是错误的说法，我们已处理，向您道歉。' },
  { text: "You said you might borrow from your parents - please don't, we can agree a smaller plan." },
  { text: '您说“再打来我就投诉”，我们理解，之后只发短信。' },
  // a debtor's own offer accepted; a third party asked only to pass on a callback
  { text: 'We can accept £20 a month for now and review it in six months.' },
  tp('Could you ask Anil to ring Jo on 555-0111 when he has a minute? Thanks.'),
  // story told as reassurance, not a threat
  { text: 'Customers like you often find a small plan works. Nobody else needs to know.' },
];

describe('round-5 to round-8 rule families', () => {
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
});
