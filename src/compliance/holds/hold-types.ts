/**
 * The hold types, the details each needs, and what each stops. A hold is set on a borrower
 * (every debt) or on one account (that debt only); the gate turns active holds into the
 * scenario flags of RULES.md §0.3 (debtor.flags for a borrower hold, debts[i].flags for an
 * account hold), and the pure rules decide what that blocks. The `effects` table below is the
 * documentation of that mapping; `scenarioFlag` names the flag, `reason` the blocking reason
 * the rules give.
 *
 * A spoken "stop calling" is NOT a cease: it is a medium opt-out (Reg F 1006.14(h)), stored as
 * a contact preference. A cease must arrive in writing (1006.6(c)(1); electronic counts).
 */
import { z } from 'zod';
import type { HoldType } from './tables.ts';

/** The written media a cease notice may arrive by (1006.6(c)(1): electronic notices count). */
export const writtenMedia = ['letter', 'email', 'fax', 'web_form', 'secure_message', 'sms', 'chat'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** The details each hold type carries (unknown keys are kept as given). */
export const holdDetails = {
  cease_communication: z.looseObject({
    writtenVia: z.enum(writtenMedia, { error: 'a cease must be written (letter, email, fax, web_form, secure_message, sms, chat); record a spoken "stop calling" as a medium opt-out' }),
    refusesToPay: z.boolean().optional(),
    /** UK CONC 7.15.8: the customer refuses to pay because the debt is statute-barred. */
    statuteBarredRefusal: z.boolean().optional(),
  }),
  attorney_representation: z.looseObject({
    attorney: z.object({ name: z.string().trim().min(1), address: z.string().trim().min(1), phone: z.string().optional(), email: z.string().optional() }),
  }),
  written_dispute: z.looseObject({
    /** Whether the dispute arrived inside the validation period (US 1006.38(d)(2)); computed from the debt facts when absent. */
    withinValidationPeriod: z.boolean().optional(),
    grounds: z.string().optional(),
  }),
  bankruptcy_stay: z.looseObject({ caseNumber: z.string().optional(), court: z.string().optional(), chapter: z.string().optional(), filedOn: isoDate.optional() }),
  breathing_space: z.looseObject({
    type: z.enum(['standard', 'mental_health_crisis']),
    start: isoDate,
    /** Standard: start + 60 days when absent (SI 2020/1311 reg 26); crisis: until the end is notified (treatment + 30 days). */
    end: isoDate.optional(),
    reference: z.string().optional(),
  }),
  mental_capacity_concern: z.looseObject({ note: z.string().optional(), evidenceDueOn: isoDate.optional() }),
  deceased: z.looseObject({ dateOfDeath: isoDate.optional(), personalRepresentative: z.string().optional() }),
  complaint_pending: z.looseObject({ reference: z.string().optional(), withOmbudsman: z.boolean().optional() }),
  hardship_review: z.looseObject({ note: z.string().optional() }),
} satisfies Record<HoldType, z.ZodType>;

/** What a hold stops, for the documentation, the API and the gate. */
export type HoldEffect = {
  /** The scenario flag the hold sets (debtor.flags.* for a borrower hold, debts[i].flags.* for an account hold). */
  scenarioFlag: string | null;
  /** The blocking reason the rules give, when the hold blocks contact. */
  reason: string | null;
  /** Whether a borrower-wide hold is the only form (no per-account variant). */
  borrowerOnly: boolean;
  /** Plain words: which channels and debts it stops. */
  stops: { en: string; zh: string };
};

/** Each hold type's effect. */
export const holdEffects: Record<HoldType, HoldEffect> = {
  cease_communication: {
    scenarioFlag: 'ceaseCommunication',
    reason: 'cease_communication',
    borrowerOnly: false,
    stops: {
      en: 'Every channel and party about the debt(s) it covers; only a termination notice or a notice of a specified remedy may still be sent (1006.6(c)(2)). Other debts are not affected.',
      zh: '所涉债务的全部渠道和对象均停止联系；仅可发送终止催收通知或特定救济措施通知（1006.6(c)(2)）。不影响其他债务。',
    },
  },
  attorney_representation: {
    scenarioFlag: 'attorneyRepresented',
    reason: 'attorney_represented',
    borrowerOnly: false,
    stops: {
      en: 'Communication with the consumer about the covered debt(s) on every channel, and location calls to third parties (1006.6(b)(2), 1006.10(b)(5)); the attorney may be contacted.',
      zh: '就所涉债务与消费者的全部渠道沟通，以及向第三方的查找联系（1006.6(b)(2)、1006.10(b)(5)）；可联系其律师。',
    },
  },
  written_dispute: {
    scenarioFlag: 'disputed',
    reason: 'dispute_pending',
    borrowerOnly: false,
    stops: {
      en: 'US: collection of the disputed debt while the dispute was received inside the validation period and no verification was sent (1006.38(d)(2)); UK/CN: recovery of the disputed debt until resolved (CONC 7.14.1R). Release the hold when verification is sent.',
      zh: '美国：验证期内收到书面争议且尚未提供核实的，暂停该债务的催收（1006.38(d)(2)）；英国/中国：争议解决前暂停该债务的追收（CONC 7.14.1R）。发送核实后解除此冻结。',
    },
  },
  bankruptcy_stay: {
    scenarioFlag: 'bankruptcy',
    reason: 'bankruptcy_stay',
    borrowerOnly: false,
    stops: { en: 'Every collection contact about the covered debt(s) (11 U.S.C. 362(a)(6)).', zh: '所涉债务的全部催收联系（11 U.S.C. 362(a)(6)）。' },
  },
  breathing_space: {
    scenarioFlag: 'breathingSpace',
    reason: 'breathing_space',
    borrowerOnly: false,
    stops: {
      en: 'Requests for payment of the covered debt(s) on every channel while the moratorium runs (SI 2020/1311 reg 7; standard 60 days, crisis: treatment + 30 days).',
      zh: '暂停期内就所涉债务的一切付款要求（SI 2020/1311 第 7 条；标准 60 天，心理危机：治疗期加 30 天）。',
    },
  },
  mental_capacity_concern: {
    scenarioFlag: 'mentalCapacityConcern',
    reason: 'mental_capacity_suspension',
    borrowerOnly: false,
    stops: { en: 'Recovery from the customer on every channel (CONC 7.10.1R); a responsible third party (power of attorney) may be dealt with.', zh: '暂停向客户本人的全部追收（CONC 7.10.1R）；可与负责的第三方（授权代理人）沟通。' },
  },
  deceased: {
    scenarioFlag: 'deceased',
    reason: null,
    borrowerOnly: true,
    stops: {
      en: 'Contact addressed to the deceased; only the personal representative (executor, administrator) stands in for the consumer. The rules decide what remains allowed.',
      zh: '不得再联系已故债务人本人；仅遗产管理人/遗嘱执行人可代表消费者。其余由规则判定。',
    },
  },
  complaint_pending: {
    scenarioFlag: null,
    reason: null,
    borrowerOnly: false,
    stops: {
      en: 'Legal actions (legal_letter, legal_call, proceedings) on the covered debt(s) while the complaint is open (FOS: no proceedings); other contact continues with a warning.',
      zh: '投诉处理期间暂停所涉债务的法律行动（律师函、法务电话、起诉）；其他联系照常进行并附警示。',
    },
  },
  hardship_review: {
    scenarioFlag: 'financialDifficulty',
    reason: null,
    borrowerOnly: false,
    stops: {
      en: 'Nothing by itself: it marks financial difficulty, so content that pressures the customer is judged against it (CONC 7.3); decisions carry a warning.',
      zh: '本身不停止联系：标记财务困难，施压类内容将据此判定（CONC 7.3）；决定附带警示。',
    },
  },
};
