import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText, type GuardInput, type GuardReason } from './index.ts';

// Round 4 families (see README). Texts written for these tests, not taken from the corpus or
// any blind set; each family has other registers than the one that showed it (Indian, Nigerian,
// Singaporean, Filipino, Kenyan, Caribbean English; Cantonese, traditional script). Rules only
// (no classifier), so the verdicts do not move with retraining.
const ruleVerdict = (input: GuardInput): GuardReason[] => guardText(input, { useClassifier: false }).reasons;
const tp = (text: string): GuardInput => ({ text, audience: 'third_party' });

const blocked: { input: GuardInput; expect: GuardReason[] }[] = [
  { input: { text: 'We can\'t accept anything less than $300 a month, whatever your circumstances.' }, expect: ['undue_pressure'] },
  { input: { text: 'Offers below £250 per month will be automatically rejected.' }, expect: ['undue_pressure'] },
  { input: { text: 'Kindly note that any proposal less than N50,000 monthly will not be considered.' }, expect: ['undue_pressure'] },
  { input: { text: 'Sorry lah, company policy, below 500 dollars a month we cannot accept one.' }, expect: ['undue_pressure'] },
  { input: { text: 'Minimum instalment is Rs 10,000, non-negotiable.' }, expect: ['undue_pressure'] },
  { input: { text: '每月低于2000元的方案一律不予受理。' }, expect: ['undue_pressure'] },
  { input: { text: '少于三千的还款我们不接受。' }, expect: ['undue_pressure'] },
  { input: { text: '低於這個數一律不接受，請自行想辦法。' }, expect: ['undue_pressure'] },
  { input: { text: '少过三千我哋唔会接受。' }, expect: ['undue_pressure'] },
  { input: { text: 'Although the debt is statute-barred, proceedings will be issued next week.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: 'SOL has run out but a suit shall be filed.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: 'The account is outside the limitation period; court action is to be commenced shortly.' }, expect: ['time_barred_suit_threat'] },
  { input: { text: '时效确实过了，可起诉状我们照样递。' }, expect: ['time_barred_suit_threat'] },
  { input: { text: 'Our recovery officers will share details of your arrears with your HR department.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Our executive will discuss the dues with your reporting manager.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'We shall discuss this matter with your oga at work.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Our agents will talk about your loan with your area chief.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'We will coordinate with your barangay captain about your balance.' }, expect: ['prohibited_content_threat'] },
  { input: { text: '我们将联系您所在社区居委会说明情况。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '村里人都会知道你欠钱不还。' }, expect: ['prohibited_content_threat'] },
  { input: { text: '到时候街坊邻居都晓得你欠债。' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Defaulting on this loan is fraud, period.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Non-payment of loan is cheating, you know that.' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'You\'d look good in orange, mate.' }, expect: ['prohibited_content_threat'] },
  { input: { text: '再不还，等着穿黄马甲吧。' }, expect: ['prohibited_content_threat'] },
  { input: { text: 'Even a primary school pupil can follow these instructions.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'My 6-year-old niece could manage a standing order.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Which part of \'pay by Friday\' don\'t you understand?' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '九年义务教育白上了吧，还款日都记不住。' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '你是不是听不懂中文？' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Hey 🐷, pay up' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'Morning 🐀 — balance still due.' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '🐀🐀🐀 pay now' }, expect: ['prohibited_content_obscene'] },
  { input: { text: '亲爱的🐷，该还钱了。' }, expect: ['prohibited_content_obscene'] },
  { input: { text: 'CLAIM FORM\nIn the County Court at Leeds\nClaimant: Apex Finance Ltd\nDefendant: Mr J Smith' }, expect: ['false_representation'] },
  { input: { text: 'IN THE COURT OF THE CIVIL JUDGE, PUNE\nPlaintiff: Zed Finance\nDefendant: Mr R. Kumar' }, expect: ['false_representation'] },
  { input: { text: 'IN THE CHIEF MAGISTRATE\'S COURT AT MILIMANI\nCase no. 55/2026' }, expect: ['false_representation'] },
  { input: tp('佢仲欠緊我哋錢，叫佢快啲还。'), expect: ['third_party_disclosure'] },
  { input: tp('你老公有单数未清，叫佢打返嚟。'), expect: ['third_party_disclosure'] },
  { input: tp('佢成日走数，你同佢讲声。'), expect: ['third_party_disclosure'] },
  { input: tp('Tell him say him owe wi likkle money.'), expect: ['third_party_disclosure'] },
  { input: tp('He has dues pending with us, kindly inform him.'), expect: ['third_party_disclosure'] },
  { input: tp('Ma\'am, he has utang with us, please tell him to call.'), expect: ['third_party_disclosure'] },
  { input: tp('Tell him to come and settle his indebtedness.'), expect: ['third_party_disclosure'] },
  { input: tp('She is a few months behind with the rent we\'re collecting.'), expect: ['third_party_disclosure'] },
  { input: tp('Hi, I\'m an old schoolmate of Mark\'s, he borrowed some money off me and I\'ve lost his number — could you send me his new number?'), expect: ['false_representation', 'third_party_disclosure'] },
  { input: tp('你好，我是小张的老乡，他之前借了我几千块，能不能把他现在的电话告诉我？'), expect: ['false_representation', 'third_party_disclosure'] },
];

const allowed: GuardInput[] = [
  { text: 'We can accept any amount, even £1 a month.' },
  { text: 'There is no minimum payment; offer what you can afford.' },
  { text: '我们接受低于500元的还款，没问题。' },
  { text: 'If you can\'t pay the minimum of £5, tell us.' },
  { text: 'This debt is time-barred, so no lawsuit will be filed.' },
  { text: 'The SOL has expired; we will not sue you.' },
  { text: 'You may wish to discuss your budget with your family.' },
  { text: 'We will never discuss your account with your employer.' },
  { text: 'You can ask your HR department about the hardship fund.' },
  { text: '我们不会联系您的村委会或居委会。' },
  { text: '您可以到社区服务中心了解政策。' },
  { text: 'Staff will wear orange lanyards at the open day.' },
  { text: 'Our app is so easy a ten-year-old could use it.' },
  { text: '这个操作很简单，小学生都会。' },
  { text: 'Happy Lunar New Year 🐍🐍 from all of us! Your plan continues as normal.' },
  { text: 'A claim form is a court document; we have not issued one.' },
  { text: 'In the county court, a judge would decide whether you owe it; we are not there yet.' },
  { text: 'Scam alert: people pretending to be from the court are texting customers about arrest.' },
  { text: '冒充我们的人会说要抓人，请不要相信。' },
  { text: 'The tone of our last letter was inappropriate; there is no deadline today.' },
  { text: 'Only a court can order seizure of goods; we cannot and will not do it.' },
  { text: '我们绝不会把您的情况告诉任何人，包括您的单位和家人。' },
  { text: 'We will never share your debt with anyone, including your employer.' },
  { text: '别紧张，我们就是想跟您商量个还款时间。' },
  { text: '不会逼您卖房，也不会让您去借钱，咱们慢慢谈。' },
  { text: 'Some customers worry we will visit their workplace. We won\'t.' },
  { text: '有客户担心我们会去单位找人，我们不会这样做。' },
  tp('Please ask Peter to call Anna on 0161 555 0100.'),
  tp('麻烦您让佢打返畀我哋，多谢。'),
  { text: '之前信中的措辞不当，特此更正，没有任何截止日期。' },
  { text: '冻结账户只能由法院依法决定，我们无权这样做。' },
  { text: 'Speedy Instant Credit will never call your family or post about you online.' },
  tp('他借了我们的充电宝，麻烦提醒他还一下。'),
];

describe('round-4 rule families', () => {
  for (const c of blocked) {
    it(`${c.expect.join(',')}: ${c.input.text}`, () => assert.deepEqual(ruleVerdict(c.input), c.expect));
  }
  for (const input of allowed) {
    it(`allowed: ${input.text}`, () => assert.deepEqual(ruleVerdict(input), []));
  }
});
