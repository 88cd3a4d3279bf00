/**
 * The two demo portfolios and their products, as the lead's seed creates them from
 * `portfolios.json`, plus the generator's own knobs per product (amount range, terms,
 * rates, rounding of late payments, charge-off point).
 */

/** A portfolio to create (fields named as the `portfolios` table's columns). */
export type DemoPortfolio = {
  code: 'CN-CONSUMER' | 'US-CARDS';
  name: string;
  jurisdiction: string;
  rule_pack: 'CN_NIFA' | 'US_REG_F';
  timezone: string;
  holiday_calendar: 'CN' | 'US';
  currency: 'CNY' | 'USD';
  bucket_scheme: 'CN_M' | 'US_30';
  grace_days: number;
  waterfall: string[];
};

/** A product to create (fields named as the `products` table's columns) and its generator knobs. */
export type DemoProduct = {
  code: string;
  name: string;
  kind: 'consumer_loan' | 'credit_card' | 'cash_loan';
  portfolio: DemoPortfolio['code'];
  currency: 'CNY' | 'USD';
  penalty_bps_per_day: number;
  penalty_grace_days: number;
  gen: {
    /** Loan or balance range in major units. */
    amount: [number, number];
    /** Amounts are multiples of this many minor units. */
    amountStep: number;
    terms: number[];
    rateBps: [number, number];
    /** Fee with every installment, in bps of the principal. */
    monthlyFeeBps: number;
    /** Late and partial payments are rounded up to this many minor units. */
    roundTo: number;
    chargeOffDpd: number | null;
    prepayRate: number;
  };
};

const WATERFALL = ['penalty', 'fee', 'interest', 'principal'];

/** The portfolios. */
export const demoPortfolios: readonly DemoPortfolio[] = [
  {
    code: 'CN-CONSUMER', name: '消费金融组合（中国）/ China consumer loans', jurisdiction: 'CN', rule_pack: 'CN_NIFA',
    timezone: 'Asia/Shanghai', holiday_calendar: 'CN', currency: 'CNY', bucket_scheme: 'CN_M', grace_days: 0, waterfall: WATERFALL,
  },
  {
    code: 'US-CARDS', name: 'US cards and personal loans / 美国信用卡与个人贷款', jurisdiction: 'US-NY', rule_pack: 'US_REG_F',
    timezone: 'America/New_York', holiday_calendar: 'US', currency: 'USD', bucket_scheme: 'US_30', grace_days: 0, waterfall: WATERFALL,
  },
];

/** The products. Chinese penalty interest is 0.05 %/day on overdue principal; US products charge none. */
export const demoProducts: readonly DemoProduct[] = [
  {
    code: 'CN-CASH', name: '现金贷 / Cash loan', kind: 'cash_loan', portfolio: 'CN-CONSUMER', currency: 'CNY',
    penalty_bps_per_day: 5, penalty_grace_days: 0,
    gen: { amount: [1000, 20000], amountStep: 10000, terms: [3, 6, 6, 12, 12, 12], rateBps: [1500, 2100], monthlyFeeBps: 25, roundTo: 100, chargeOffDpd: null, prepayRate: 0.02 },
  },
  {
    code: 'CN-INSTAL', name: '消费分期 / Consumer installment loan', kind: 'consumer_loan', portfolio: 'CN-CONSUMER', currency: 'CNY',
    penalty_bps_per_day: 5, penalty_grace_days: 3,
    gen: { amount: [3000, 50000], amountStep: 10000, terms: [6, 12, 12, 24, 36], rateBps: [900, 1800], monthlyFeeBps: 0, roundTo: 100, chargeOffDpd: null, prepayRate: 0.02 },
  },
  {
    code: 'CN-CARD', name: '信用卡账单分期 / Card balance installment', kind: 'credit_card', portfolio: 'CN-CONSUMER', currency: 'CNY',
    penalty_bps_per_day: 5, penalty_grace_days: 3,
    gen: { amount: [2000, 50000], amountStep: 1, terms: [12, 12, 24], rateBps: [1300, 1800], monthlyFeeBps: 0, roundTo: 100, chargeOffDpd: null, prepayRate: 0.02 },
  },
  {
    code: 'US-CARD', name: 'Credit card (balance on minimum-payment plan) / 信用卡', kind: 'credit_card', portfolio: 'US-CARDS', currency: 'USD',
    penalty_bps_per_day: 0, penalty_grace_days: 0,
    gen: { amount: [500, 15000], amountStep: 1, terms: [24, 36, 48, 60], rateBps: [1999, 2999], monthlyFeeBps: 0, roundTo: 100, chargeOffDpd: 180, prepayRate: 0.02 },
  },
  {
    code: 'US-PL', name: 'Personal installment loan / 个人分期贷款', kind: 'consumer_loan', portfolio: 'US-CARDS', currency: 'USD',
    penalty_bps_per_day: 0, penalty_grace_days: 0,
    gen: { amount: [1000, 15000], amountStep: 5000, terms: [12, 24, 36], rateBps: [899, 3599], monthlyFeeBps: 0, roundTo: 100, chargeOffDpd: 120, prepayRate: 0.03 },
  },
];
