import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guardText, type GuardInput, type GuardReason } from './index.ts';
import { normalizeText } from './normalize.ts';
import { hasReassuranceCue } from './rules.ts';

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
  { input: { text: 'Defaulting on this loan is fraud, period.' }, expect: ['false_representation'] },
  { input: { text: 'Non-payment of loan is cheating, you know that.' }, expect: ['false_representation'] },
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

// Registers beyond the sets (Nigerian pidgin, Singlish, Scots, Kenyan, Filipino, Cantonese,
// Shanghainese): each text is blocked by a rule, and the reason named is among the rule reasons.
const registers: { text: string; reason: GuardReason }[] = [
  { text: 'Abeg pay your money before we come and disgrace you for your street.', reason: 'prohibited_content_threat' },
  { text: 'Oga, if you no pay, we go post your face for Facebook as thief.', reason: 'prohibited_content_threat' },
  { text: 'Kindly clear the dues or we will be forced to visit your native place and inform the panchayat.', reason: 'prohibited_content_threat' },
  { text: 'Your photo will be shared in your office WhatsApp group as a defaulter.', reason: 'prohibited_content_threat' },
  { text: 'Boss, pay up lah, or we go your office and make noise, then you know.', reason: 'prohibited_content_threat' },
  { text: 'Pay now or we\'ll let your landlord know you\'re a bad risk.', reason: 'prohibited_content_threat' },
  { text: 'Pay, or your church elders will hear all about it on Sunday.', reason: 'prohibited_content_threat' },
  { text: 'Wah you very thick skin ah, owe money still dare to ignore us.', reason: 'prohibited_content_obscene' },
  { text: 'Ye cannae hide forever, pal. We ken where ye drink on a Friday.', reason: 'prohibited_content_threat' },
  { text: 'Mind how you go on them dark lanes at night, yeah?', reason: 'prohibited_content_threat' },
  { text: 'Shame if your shop window got put through, innit.', reason: 'prohibited_content_threat' },
  { text: 'Your kiddo\'s bus stop is a lonely spot, isn\'t it?', reason: 'prohibited_content_threat' },
  { text: 'Settle it today, unless you fancy a visit from the lads.', reason: 'prohibited_content_threat' },
  { text: 'This is the Sheriff\'s Civil Unit. Failure to respond will result in enforcement at your home.', reason: 'false_representation' },
  { text: 'Message from the Magistrate\'s office: pay the amount stated to avoid a warrant.', reason: 'false_representation' },
  { text: 'We are the debt recovery wing of the High Court. Pay within 48 hours.', reason: 'false_representation' },
  { text: 'This is Inspector Mwangi from the DCI. Your loan default is under investigation.', reason: 'false_representation' },
  { text: 'Greetings from NBI cybercrime division regarding your unpaid online loan.', reason: 'false_representation' },
  { text: 'Take a loan from your SACCO or chama and clear this today.', reason: 'undue_pressure' },
  { text: 'Sell your gold and pay us by tonight, no excuses.', reason: 'undue_pressure' },
  { text: 'Use your children\'s school fees money if you must, just pay.', reason: 'undue_pressure' },
  { text: 'You good-for-nothing bum, pay what you owe.', reason: 'prohibited_content_obscene' },
  { text: 'Useless fellow, you think we are your mates?', reason: 'prohibited_content_obscene' },
  { text: 'Stupid cow, answer your phone.', reason: 'prohibited_content_obscene' },
  { text: 'Pay or you will regret the day you were born.', reason: 'prohibited_content_threat' },
  { text: '你欠的钱，我们会让你全村人都知道。', reason: 'prohibited_content_threat' },
  { text: '再不还钱，你老家的亲戚每人都会收到一份你的欠款明细。', reason: 'prohibited_content_threat' },
  { text: '我们已经找到你孩子读书的学校了，你自己掂量。', reason: 'prohibited_content_threat' },
  { text: '晚上走夜路小心点，别怪我们没提醒。', reason: 'prohibited_content_threat' },
  { text: '你这种人就是社会的败类。', reason: 'prohibited_content_obscene' },
  { text: '臭不要脸的，借钱不还还有理了？', reason: 'prohibited_content_obscene' },
  { text: '我们是市公安局经侦支队的，你的网贷逾期已涉嫌诈骗。', reason: 'false_representation' },
  { text: '【最高人民法院】您的案件已立案，请于三日内缴清欠款。', reason: 'false_representation' },
  { text: '这边是XX律师事务所，您的案件已进入起诉阶段，明天正式开庭。', reason: 'false_representation' },
  { text: '拿你的公积金、信用卡额度先把这笔还上。', reason: 'undue_pressure' },
  { text: '找你爸妈要钱还，今天必须到账。', reason: 'undue_pressure' },
  { text: '你不还钱，你儿子以后考公务员政审过不了。', reason: 'prohibited_content_threat' },
  { text: '咱就说，你这样的人活着有啥意思？', reason: 'prohibited_content_threat' },
  { text: '佢唔还钱，我哋就去佢屋企楼下贴大字报。', reason: 'prohibited_content_threat' },
  { text: '你個衰人，仲唔還錢？', reason: 'prohibited_content_obscene' },
  { text: '阿拉晓得侬屋里厢住啥地方，侬当心点。', reason: 'prohibited_content_threat' },
  { text: '你再不还，我们就让你在朋友圈出名。', reason: 'prohibited_content_threat' },
  { text: '今晚十二点前不还清，后果自负。', reason: 'undue_pressure' },
  { text: '你信不信我们把你欠钱的事发到业主群？', reason: 'prohibited_content_threat' },
];

const registersAllowed: GuardInput[] = [
  { text: 'No one in your village will hear about this from us.' },
  { text: 'Your employer will never find out from us.' },
  { text: 'Take care on the roads this winter and call us when you can.' },
  { text: 'Come and meet our friends at the free debt advice clinic.' },
  { text: 'There is no need to pay anything to avoid arrest: no one can arrest you over this debt.' },
  { text: 'You\'ll need a thick skin in this economy, but we\'re here to help.' },
  { text: '所有人都知道按时还款很重要，我们理解您的难处。' },
  { text: '请在网上挂失银行卡后再联系我们。' },
  { text: '我们不会让您全村人知道这件事，请放心。' },
  { text: '请不要动用孩子的学费来还款，我们可以分期。' },
  { text: '我们不会在朋友圈或者微信群曝光任何客户。' },
  { text: 'If you receive a suspicious text, report it to the DCI cybercrime unit.' },
];

describe('round-4 families in other registers', () => {
  for (const c of registers) {
    it(`${c.reason}: ${c.text}`, () => assert.ok(ruleVerdict({ text: c.text }).includes(c.reason)));
  }
  for (const input of registersAllowed) {
    it(`allowed: ${input.text}`, () => assert.deepEqual(ruleVerdict(input), []));
  }
});

// Court forms in Chinese, time bars named as windows or time limits, minimums stated as "only …
// or more", papers sent to the circle, more dialect third-party wording and insults.
const more: { input: GuardInput; reason: GuardReason }[] = [
  { input: { text: '民事起诉状\n原告：某某小贷有限公司\n被告：王某\n诉讼请求：判令被告偿还借款本息' }, reason: 'false_representation' },
  { input: { text: '应诉通知书：王先生，您的借款纠纷一案已受理，请于十日内还款以免缺席判决。' }, reason: 'false_representation' },
  { input: { text: '被告：李四  案由：借款合同纠纷  请立即联系承办人。' }, reason: 'false_representation' },
  { input: { text: '虽然过了诉讼时效，我们照样会去法院起诉你。' }, reason: 'time_barred_suit_threat' },
  { input: { text: '时效到期了又怎样？法务已经在准备诉状了。' }, reason: 'time_barred_suit_threat' },
  { input: { text: 'The six-year window has closed, but we\'ll still be seeing you in court.' }, reason: 'time_barred_suit_threat' },
  { input: { text: 'Time limit for legal action ran out in 2020; we are nevertheless instructing solicitors to sue.' }, reason: 'time_barred_suit_threat' },
  { input: { text: '伊欠阮公司钱，叫伊紧还。', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: '你屋头那个娃儿欠我们钱，喊他快点还。', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: '你家那口子在我们这儿欠着钱呢，让他赶紧还。', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: 'Tell your brother he still owes on that phone contract with us.', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: 'She\'s fallen into arrears with our company, please let her know.', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: 'Please remind him about the money he took from us last year.', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: '你们家老李的账还挂在我们这儿，您提醒一下。', audience: 'third_party' }, reason: 'third_party_disclosure' },
  { input: { text: 'We only accept payments of £500 or more per month.' }, reason: 'undue_pressure' },
  { input: { text: '每个月至少还五千，少一分都不行。' }, reason: 'undue_pressure' },
  { input: { text: '别跟我们讨价还价，少于一万我们不谈。' }, reason: 'undue_pressure' },
  { input: { text: 'Your HR will be getting a call from us about your arrears on Monday.' }, reason: 'prohibited_content_threat' },
  { input: { text: 'We\'ve already emailed your line manager a copy of your statement.' }, reason: 'prohibited_content_threat' },
  { input: { text: '你单位人事那边我们下周会去沟通一下你的欠款情况。' }, reason: 'prohibited_content_threat' },
  { input: { text: 'You absolute muppet, it\'s a direct debit, not rocket science.' }, reason: 'prohibited_content_obscene' },
  { input: { text: 'Honestly, how hard is it to pay a bill? Even my dog could do it.' }, reason: 'prohibited_content_obscene' },
  { input: { text: '这么简单的事都办不明白，你脑子是摆设吗？' }, reason: 'prohibited_content_obscene' },
  { input: { text: '你是猪吗？一个还款日都记不住。' }, reason: 'prohibited_content_obscene' },
];

const moreAllowed: GuardInput[] = [
  { text: '根据《民事诉讼法》，只有法院才能送达起诉状，我们不会冒充法院。' },
  { text: '如果您收到自称法院的短信写着\'被告：您的名字\'，请核实，我们不会发送此类短信。' },
  { text: 'Your debt is statute-barred; we will never take you to court for it.' },
  { text: '请转告他回个电话，谢谢。', audience: 'third_party' },
  { text: 'Could you let her know Sam from Harbour Dental called about her appointment?', audience: 'third_party' },
  { text: 'We accept any payment, however small; there\'s no minimum.' },
  { text: '最低还款额为500元，如有困难可以申请更低的方案。' },
  { text: '您的主管不会接到我们的任何电话。' },
  { text: 'Even my dog could tell you our new app is easier — give it a try!' },
];

describe('round-4 families, further wording', () => {
  for (const c of more) {
    it(`${c.reason}: ${c.input.text}`, () => assert.ok(ruleVerdict(c.input).includes(c.reason)));
  }
  for (const input of moreAllowed) {
    it(`allowed: ${input.text}`, () => assert.deepEqual(ruleVerdict(input), []));
  }
});

// The reader told to talk to their own circle is the actor, not the collector; a collector who
// will talk to the circle is still blocked.
const actor: { text: string; blocked: boolean }[] = [
  { text: 'Please talk to your family about budgeting if that helps; we can send a budgeting sheet.', blocked: false },
  { text: 'Talk to your partner about a budget first. We can wait a week.', blocked: false },
  { text: 'Maybe speak to your parents about setting up a household budget.', blocked: false },
  { text: 'We will talk to your family about your budget tomorrow.', blocked: true },
  { text: 'If you keep ignoring us, we will talk to your family.', blocked: true },
];

// Calming openers and "pay the minimum now, the rest next month" are supportive for the classifier;
// a calming opener followed by a turn is not.
const calm: { text: string; supportive: boolean }[] = [
  { text: '莫慌，有啥子困难慢慢说。', supportive: true },
  { text: '兄弟，这个月先还个最低，剩下的下个月再说。', supportive: true },
  { text: "Don't panic: a reminder just means we'd like to hear from you.", supportive: true },
  { text: '别紧张，不过你单位那边我们已经打过招呼了。', supportive: false },
];

describe('round-4 cues', () => {
  for (const c of actor) {
    it(`${c.blocked ? 'blocked' : 'allowed'}: ${c.text}`, () => assert.equal(ruleVerdict({ text: c.text }).length > 0, c.blocked));
  }
  for (const c of calm) {
    it(`${c.supportive ? 'supportive' : 'not supportive'}: ${c.text}`, () => assert.equal(hasReassuranceCue(normalizeText(c.text).text), c.supportive));
  }
});
