/**
 * The two demo portfolios and their products, as the lead's seed creates them from
 * `portfolios.json` (shaped as the portfolio domain's `PortfolioInput` and `ProductInput`), plus the generator's own knobs per product (amount range, terms,
 * rates, rounding of late payments, charge-off point).
 */

/** A portfolio to create, in the shape of the portfolio domain's `PortfolioInput`. */
export type DemoPortfolio = {
  code: 'CN-CONSUMER' | 'US-CARDS';
  name: string;
  jurisdiction: string;
  rulePack: 'CN_NIFA' | 'US_REG_F';
  timezone: string;
  /** A built-in calendar of the delinquency domain (US federal holidays; Chinese holidays with 调休). */
  holidayCalendar: 'CN' | 'US';
  currency: 'CNY' | 'USD';
  bucketScheme: 'CN_M' | 'US_30';
  graceDays: number;
  waterfall: ('penalty' | 'fee' | 'interest' | 'principal')[];
  planReages: boolean;
};

/** A product to create, in the shape of `ProductInput` (plus its portfolio and currency), and its generator knobs. */
export type DemoProduct = {
  code: string;
  name: string;
  kind: 'consumer_loan' | 'credit_card' | 'cash_loan';
  portfolio: DemoPortfolio['code'];
  currency: 'CNY' | 'USD';
  penaltyBpsPerDay: number;
  penaltyGraceDays: number;
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

const WATERFALL: DemoPortfolio['waterfall'] = ['penalty', 'fee', 'interest', 'principal'];

/** The portfolios. */
export const demoPortfolios: readonly DemoPortfolio[] = [
  {
    code: 'CN-CONSUMER', name: '消费金融组合（中国）/ China consumer loans', jurisdiction: 'CN', rulePack: 'CN_NIFA',
    timezone: 'Asia/Shanghai', holidayCalendar: 'CN', currency: 'CNY', bucketScheme: 'CN_M', graceDays: 0, waterfall: WATERFALL, planReages: false,
  },
  {
    code: 'US-CARDS', name: 'US cards and personal loans / 美国信用卡与个人贷款', jurisdiction: 'US-NY', rulePack: 'US_REG_F',
    timezone: 'America/New_York', holidayCalendar: 'US', currency: 'USD', bucketScheme: 'US_30', graceDays: 0, waterfall: WATERFALL, planReages: false,
  },
];

/** The products. Chinese penalty interest is 0.05 %/day on overdue principal; US products charge none. */
export const demoProducts: readonly DemoProduct[] = [
  {
    code: 'CN-CASH', name: '现金贷 / Cash loan', kind: 'cash_loan', portfolio: 'CN-CONSUMER', currency: 'CNY',
    penaltyBpsPerDay: 5, penaltyGraceDays: 0,
    gen: { amount: [1000, 20000], amountStep: 10000, terms: [3, 6, 6, 12, 12, 12], rateBps: [1500, 2100], monthlyFeeBps: 25, roundTo: 100, chargeOffDpd: null, prepayRate: 0.02 },
  },
  {
    code: 'CN-INSTAL', name: '消费分期 / Consumer installment loan', kind: 'consumer_loan', portfolio: 'CN-CONSUMER', currency: 'CNY',
    penaltyBpsPerDay: 5, penaltyGraceDays: 3,
    gen: { amount: [3000, 50000], amountStep: 10000, terms: [6, 12, 12, 24, 36], rateBps: [900, 1800], monthlyFeeBps: 0, roundTo: 100, chargeOffDpd: null, prepayRate: 0.02 },
  },
  {
    code: 'CN-CARD', name: '信用卡账单分期 / Card balance installment', kind: 'credit_card', portfolio: 'CN-CONSUMER', currency: 'CNY',
    penaltyBpsPerDay: 5, penaltyGraceDays: 3,
    gen: { amount: [2000, 50000], amountStep: 1, terms: [12, 12, 24], rateBps: [1300, 1800], monthlyFeeBps: 0, roundTo: 100, chargeOffDpd: null, prepayRate: 0.02 },
  },
  {
    code: 'US-CARD', name: 'Credit card (balance on minimum-payment plan) / 信用卡', kind: 'credit_card', portfolio: 'US-CARDS', currency: 'USD',
    penaltyBpsPerDay: 0, penaltyGraceDays: 0,
    gen: { amount: [500, 15000], amountStep: 1, terms: [24, 36, 48, 60], rateBps: [1999, 2999], monthlyFeeBps: 0, roundTo: 100, chargeOffDpd: 180, prepayRate: 0.02 },
  },
  {
    code: 'US-PL', name: 'Personal installment loan / 个人分期贷款', kind: 'consumer_loan', portfolio: 'US-CARDS', currency: 'USD',
    penaltyBpsPerDay: 0, penaltyGraceDays: 0,
    gen: { amount: [1000, 15000], amountStep: 5000, terms: [12, 24, 36], rateBps: [899, 3599], monthlyFeeBps: 0, roundTo: 100, chargeOffDpd: 120, prepayRate: 0.03 },
  },
];
