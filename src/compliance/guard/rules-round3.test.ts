import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText, type GuardInput, type GuardReason } from './index.ts';
import { normalizeText } from './normalize.ts';
import { hasReassuranceCue } from './rules.ts';

// Round 3 families (see README). Texts written for these tests, not taken from the corpus or
// any blind set. Rules only (no classifier), so the verdicts do not move with retraining.
const ruleVerdict = (input: GuardInput): GuardReason[] => guardText(input, { useClassifier: false }).reasons;
const tp = (text: string): GuardInput => ({ text, audience: 'third_party' });

const blocked: { input: GuardInput; expect: GuardReason[] }[] = [
  // time-barred: concessive and colloquial time-bar statements, filing and other suit words
  { input: { text: 'Time-barred or not, we are filing against you next week.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: 'Even though it is time-barred, our advocate will file a money suit.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: 'The limitation period ran out years ago, but expect a claim form from us.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: '时效过了又怎样，照样告你。' }, expect: ['time_barred_suit_threat'] },
  { input: { text: '时效虽然到期了，律师还是会发起诉讼。' }, expect: ['time_barred_suit_threat'] },
  { input: { text: '就算时效过了，这官司我们也打定了。' }, expect: ['time_barred_suit_threat'] },
  // refusing an affordable offer and demanding everything at once
  { input: { text: 'Your proposal of $50 a month has been declined; full payment is required within 7 days.' }, expect: ['undue_pressure'] },
  { input: { text: '£20 a month? Not acceptable to us. We need the whole balance by Friday.' }, expect: ['undue_pressure'] },
  { input: { text: 'We will take nothing less than the full amount.' }, expect: ['undue_pressure'] },
  { input: { text: '你的还款方案我们不同意，月底前必须全额结清。' }, expect: ['undue_pressure'] },
  { input: { text: '每月三百？这不行，这周之内全部还清。' }, expect: ['undue_pressure'] },
  { input: { text: '我们只接受一次性还款。' }, expect: ['undue_pressure'] },
  { input: { text: '必须三天内一次性结清。' }, expect: ['undue_pressure'] },
  // hints to a third party that someone has money trouble or is being collected from
  { input: tp('Your son seems to be having some money troubles; ask him to ring us.'), expect: ['third_party_disclosure'] },
  { input: tp("We're calling from the credit control team at Acme; could you ask Tom to call back?"), expect: ['third_party_disclosure'] },
  { input: tp('Tell her it is about her credit card, please.'), expect: ['third_party_disclosure'] },
  { input: tp('麻烦告诉一下小王，他最近资金周转不开的事需要尽快联系我们。'), expect: ['third_party_disclosure'] },
  { input: tp('您女儿最近经济上遇到点困难，麻烦您劝劝她。'), expect: ['third_party_disclosure'] },
  { input: tp('您好，我们是资产保全部的，麻烦让他回个电话。'), expect: ['third_party_disclosure'] },
  { input: tp('叔叔，您侄子手头最近是不是挺紧的？让他联系我们。'), expect: ['third_party_disclosure'] },
  { input: tp('您好，您室友最近手头不宽裕吧？我们找他谈点钱上的事。'), expect: ['third_party_disclosure'] },
  // regional English and dialect Chinese insults
  { input: { text: 'Listen, you dole bludger, pay the bill.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Pay up, you numpty.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Shameless fellow, return the money.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '你个瘪犊子，赶紧还钱。' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '龟儿子，钱啥时候还？' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '戆大，钞票还伐还？' }, expect: ['prohibited_content_obscene'] },
  // visiting the circle or the workplace; talking to the circle; sending someone to the workplace
  { input: { text: "We'll swing by your office on Monday to talk about the arrears." }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Someone from our team will pay a visit to your parents.' }, expect: ['prohibited_content_threat'] },
  { input: { text: '我们将派专员到您公司当面处理。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '我们只能跟您单位的人事沟通一下了。' }, expect: ['prohibited_content_threat'] },
  // knowing where the children are
  { input: { text: 'We noticed you dropping the kids off this morning. Call us.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Your daughter is at Oakfield Primary, isn’t she?' }, expect: ['prohibited_content_threat'] },
  { input: { text: '您儿子在育才中学初二3班吧？欠款的事抓紧。' }, expect: ['prohibited_content_threat'] },
  // third-party hints in English
  { input: tp("Mike's fallen behind a little; could you nudge him to call?"), expect: ['third_party_disclosure'] },
  { input: tp("It's about an account she holds with us; please ask her to ring."), expect: ['third_party_disclosure'] },
  // traditional script meets the same lexicons
  { input: { text: '再不還款，我們會把您的資料貼到您家樓下，讓鄰居都知道。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '建議您先跟親戚朋友週轉一下，今天之內把錢匯過來。' }, expect: ['undue_pressure'] },
  // dialect Chinese (Cantonese, Shanghainese, Sichuanese) is read as Mandarin
  { input: { text: '再唔还钱，我哋就去你公司搵你老细倾下。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '侬再勿还钞票，阿拉就寻侬领导讲讲清爽。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '你再拖，我们就去你屋头找你妈老汉儿摆一下。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '唔还钱就睇住嚟。' }, expect: ['prohibited_content_threat'] },
  // criminal framing of a civil debt, public shaming, "the boys" coming round, a chat with the circle
  { input: { text: 'Non-payment of the EMI is a cognizable offence and an FIR will be lodged.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Your photo will be circulated on WhatsApp as a defaulter.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Pay now and save yourself the embarrassment.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'The lads will be round tonight to sort it.' }, expect: ['prohibited_content_threat'] },
  { input: { text: "We'll be having a quiet word with your missus." }, expect: ['prohibited_content_threat'] },
  { input: { text: '你的照片很快会出现在小区公告栏。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '你老婆在哪上班我们都打听清楚了。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '明天就安排外访上门。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '我们可以帮你跟新公司的HR打个招呼。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '【法务中心】您的欠款已逾期，请立即处理。' }, expect: ['false_representation'] },
  { input: { text: '把你那块手表当了，够还这个月的。' }, expect: ['undue_pressure'] },
  // pinyin written out with spaces
  { input: { text: '你这个 lao lai，还不还？' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '明天我们去你 gong si 找你 ling dao 聊聊。' }, expect: ['prohibited_content_threat'] },
  // veiled menace, short deadlines, borrowing from the circle, made-up departments
  { input: { text: 'From today we stop asking nicely.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'We can do this the hard way or the easy way.' }, expect: ['prohibited_content_threat'] },
  { input: { text: "You've got till noon to pay the lot." }, expect: ['undue_pressure'] },
  { input: { text: 'Borrow a few quid off your mates and send it over.' }, expect: ['undue_pressure'] },
  { input: { text: "Didn't your mother teach you to pay your debts?" }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'This is the Bureau of Consumer Debt Enforcement calling.' }, expect: ['false_representation'] },
  { input: { text: 'From the Legal Recovery Department: final notice.' }, expect: ['false_representation'] },
  { input: { text: '孩子马上中考了，这个时候家里要是出点事就不好了。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '欠钱不还，你还有脸见人？' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '你爸妈没教过你欠债要还吗？' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '车卖了不就有钱了？' }, expect: ['undue_pressure'] },
  // benefits stopped without a court, the circle already told, funeral threats, circle contacts, zombie debt
  { input: { text: 'Failure to respond may result in the suspension of your Social Security benefits.' }, expect: ['prohibited_content_threat'] },
  { input: { text: "We have notified your employer's payroll department." }, expect: ['prohibited_content_threat'] },
  { input: { text: "It's a zombie debt, sure, but we'll see you in small claims court." }, expect: ['time_barred_suit_threat'] },
  { input: { text: "You're a liar and nothing but a cheat." }, expect: ['prohibited_content_obscene'] },
  // more time bars: no longer enforceable, 过了三年时效; a collection firm's name to a third party
  { input: { text: 'Your debt can no longer be enforced by law; nevertheless we will see you in court.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: '你这笔账已经过了三年时效了，但我们还是会去法院告你。' }, expect: ['time_barred_suit_threat'] },
  { input: tp('This is Mark from Apex Financial Recovery; could you have Daniel call me?'), expect: ['third_party_disclosure'] },
  // text-speak: "ur" before a noun is "your"; the police on their way
  { input: { text: 'gonna tell ur boss bout this 2nite' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'The cops are on their way to you now.' }, expect: ['prohibited_content_threat'] },
  { input: { text: '警 察 马 上 到。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '再不还，你家人迟早都会知道。' }, expect: ['prohibited_content_threat'] },
  // letters dotted out after a one-letter word
  { input: { text: "You're a c.h.e.a.t and a l.i.a.r." }, expect: ['prohibited_content_obscene'] },
  { input: { text: '再拖下去，花圈就送到你家门口。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '你老婆单位的电话我们已经拿到了。' }, expect: ['prohibited_content_threat'] },
  // a list after a negation ends at a new subject; "like it or not" is no negation
  { input: { text: 'We never give up, and we will tell your employer.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Like it or not, we will tell your employer.' }, expect: ['prohibited_content_threat'] },
  // a court paper that is "not a summons yet" is still a pretext
  { input: { text: 'This is not a court summons yet, but our enforcement team is on it.' }, expect: ['false_representation'] },
];

const allowed: GuardInput[] = [
  // time-barred texts that promise not to sue; a lawful deadline before the limitation period ends
  { text: 'Even though the debt is time-barred, you may still choose to pay; we will not file any claim.' },
  { text: '该笔债务已超过诉讼时效，我们不会起诉，您可以自愿还款。' },
  { text: '在诉讼时效到期前，债权人可以依法起诉。' },
  { text: 'A creditor can only go to court before the limitation period runs out.' },
  // an accepted offer, a counter-offer, a normal due date
  { text: 'We accepted your offer of £25 a month; the first payment is due on the 5th.' },
  { text: 'The full balance is due by 30 June, or you can ask us for a plan.' },
  { text: '您提出的每月500元方案我们已经同意，首期请在15号前还款。' },
  { text: '钱不够一次性还清的话，可以申请分期。' },
  // a location message to a third party
  tp('Hi, this is Sam from Acme; could you ask Dave to call me back on 0123 456?'),
  tp('您好，麻烦转告他给我们回个电话，谢谢。'),
  // legal staff acting for the reader; what a document is not; how court papers arrive
  { text: 'Our legal team has confirmed the interest was applied in error and refunded it.' },
  { text: '我们法务部门核查后确认多收的费用已经退回。' },
  { text: 'A letter from a solicitor is not a court summons, and nobody will come to your door.' },
  { text: '律师函不是法院传票，也不会有人上门，请放心。' },
  { text: 'Court papers are never sent by WhatsApp; if you get one, check with us.' },
  { text: '法院的文书不会用短信发，收到这种短信请先核实。' },
  // negated labels, negated causes, negated lists with an "or" item
  { text: "We don't see our customers as scroungers." },
  { text: '我们从不把客户当成老赖。' },
  { text: '银行不会仅仅因为逾期几天就起诉您。' },
  { text: '不会因为晚还几天就冻结您的账户，请放心。' },
  { text: "We'll never turn up at your work, ring your family or tell you you'll lose your home." },
  // a negated visit or talk to the circle; the reader's own plans
  { text: 'We will never turn up at your work or your parents’ house.' },
  { text: 'You can drop by our office any time.' },
  { text: '请放心，我们不会向您的同事打听任何情况。' },
  { text: '我们不会到您家门口等您。' },
  { text: '我们建议您和家人商量一下还款安排。' },
  { text: '了解到您孩子在读大学，开支较大，可以申请分期。' },
  { text: '我們不會聯絡您的公司或家人，請放心。' },
  // dialect reassurances keep their negation; 请勿 stays a negation
  { text: '我哋唔会联络你屋企人，请放心。' },
  { text: '阿拉勿会去侬单位个，侬放心。' },
  { text: '请勿相信陌生来电，我们不会要求您转账到个人账户。' },
  // the reader's own chat with family; a real FIR warning about scammers; lawful visits with notice
  { text: 'You may want to have a chat with your family about a budget.' },
  { text: 'Fraudsters posing as police may threaten to lodge an FIR; this is fake.' },
  { text: 'If your card was stolen, please file a police complaint and send us the reference.' },
  { text: '我们的外访人员上门前会提前预约，并出示工作证。' },
  { text: 'We never share your photo or details with anyone.' },
  { text: '当了十年老板，您一定理解现金流的重要。' },
  // a callback window with no payment in it; a lesson learned; the reader's own misfortune
  { text: 'You have until 5pm to tell us which callback time suits you.' },
  { text: 'Many people learn the hard way that payday loans are expensive; talk to us first.' },
  { text: '了解到您家里出了事，这个月可以先暂停还款。' },
  { text: 'Please do not borrow from family or friends to pay us.' },
  { text: 'Title loans can make things worse, so please talk to us first.' },
  // protected benefits, the reader telling their own employer, a real court's papers
  { text: 'Your Social Security benefits are protected and cannot be taken for this debt.' },
  { text: 'If you have told your employer about the hardship, that is fine; we will not contact them.' },
  { text: '您的案件如进入诉讼程序，法院会依法向您送达文书，您有权应诉。' },
  { text: "You're a victim of fraud, so we have frozen the account and will refund you." },
  // a negated disclosure; a police call to report a scam
  { text: '请放心，您的家人不会知道这件事。' },
  { text: 'If anyone threatens you, call the police; officers are there to help.' },
  // food, not an insult
  { text: '猪头肉的钱我已经转给您了。' },
];

const supportive: [string, boolean][] = [
  ['亲，方便的时候处理一下哦～', true],
  ['账单可以先延后一周，没关系。', true],
  ['您看怎么安排比较好？', true],
  ['我帮您申请一下减免。', true],
  ['今天必须还清。', false],
  ['方便的时候处理一下，不过拖过今天就别怪我们了。', false],
];

describe('round-3 rule families', () => {
  for (const c of blocked) {
    it(`${c.expect.join(',')}: ${c.input.text}`, () => assert.deepEqual(ruleVerdict(c.input), c.expect));
  }
  for (const input of allowed) {
    it(`allowed: ${input.text}`, () => assert.deepEqual(ruleVerdict(input), []));
  }
});

describe('friendly Chinese offers count as reassurance for the classifier', () => {
  for (const [text, expected] of supportive) {
    it(`${expected ? 'supportive' : 'not supportive'}: ${text}`, () => assert.equal(hasReassuranceCue(normalizeText(text).text), expected));
  }
});
