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
