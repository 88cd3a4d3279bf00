/** Kysely types of the portfolio domain's tables (see migrations/). */
import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date as 'YYYY-MM-DD' (pg type parser keeps dates as strings). */
type DateStr = ColumnType<string, string, string>;
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

export type AccountStatus = 'current' | 'delinquent' | 'charged_off' | 'in_legal' | 'placed' | 'sold' | 'settled' | 'closed';
export type Component = 'penalty' | 'fee' | 'interest' | 'principal';
export type BucketScheme = 'CN_M' | 'US_30';
export type RulePack = 'US_REG_F' | 'UK_CONC' | 'CN_NIFA';

export type PortfolioTable = {
  id: Generated<string>;
  tenant_id: string;
  code: string;
  name: string;
  jurisdiction: string;
  rule_pack: RulePack;
  timezone: string;
  holiday_calendar: Generated<string>;
  currency: string;
  waterfall: Generated<Component[]>;
  grace_days: Generated<number>;
  bucket_scheme: Generated<BucketScheme>;
  plan_reages: Generated<boolean>;
  created_at: Ts;
};

export type HolidayDateTable = {
  tenant_id: string | null;
  calendar: string;
  day: DateStr;
  kind: 'holiday' | 'workday';
  name: string;
};

export type ProductTable = {
  id: Generated<number>;
  tenant_id: string;
  code: string;
  name: string;
  kind: 'consumer_loan' | 'credit_card' | 'cash_loan' | 'bnpl' | 'auto_loan' | 'other';
  penalty_bps_per_day: Generated<number>;
  penalty_grace_days: Generated<number>;
  created_at: Ts;
};

export type BorrowerTable = {
  id: Generated<number>;
  tenant_id: string;
  external_id: string;
  full_name: string;
  national_id_enc: Buffer | null;
  national_id_bidx: Buffer | null;
  date_of_birth: DateStr | null;
  locale: Generated<'en' | 'zh-CN'>;
  timezone: string;
  flags: Generated<Json>;
  created_at: Ts;
  updated_at: Ts;
};

export type RelatedPartyTable = {
  id: Generated<number>;
  tenant_id: string;
  borrower_id: number;
  external_id: string;
  full_name: string;
  relationship: 'spouse' | 'parent' | 'child' | 'sibling' | 'emergency_contact' | 'colleague' | 'friend' | 'guarantor' | 'other';
  debt_related: Generated<boolean>;
  do_not_contact: Generated<boolean>;
  created_at: Ts;
};

export type ContactPointTable = {
  id: Generated<number>;
  tenant_id: string;
  borrower_id: number;
  related_party_id: number | null;
  external_id: string;
  kind: 'phone' | 'email' | 'address' | 'wechat';
  value_enc: Buffer;
  value_bidx: Buffer;
  value_masked: string;
  number_type: 'mobile' | 'home_landline' | 'work_landline' | null;
  timezone: string | null;
  source: Generated<string>;
  consent: Generated<boolean>;
  consent_at: Date | null;
  consent_source: string | null;
  verified: Generated<boolean>;
  do_not_use: Generated<boolean>;
  employer_provided: Generated<boolean>;
  created_at: Ts;
  updated_at: Ts;
};

export type AccountTable = {
  id: Generated<number>;
  tenant_id: string;
  portfolio_id: string;
  borrower_id: number;
  product_id: number | null;
  external_id: string;
  currency: string;
  principal_minor: number;
  rate_bps: Generated<number>;
  fees_minor: Generated<number>;
  opened_on: DateStr;
  status: Generated<AccountStatus>;
  charged_off_on: DateStr | null;
  /** The core system's outstanding balance at the last accounts import (reconciliation). */
  core_outstanding_minor: number | null;
  created_at: Ts;
  updated_at: Ts;
};

export type InstallmentTable = {
  id: Generated<number>;
  tenant_id: string;
  account_id: number;
  seq: number;
  due_on: DateStr;
  principal_due: Generated<number>;
  interest_due: Generated<number>;
  fee_due: Generated<number>;
  penalty_due: Generated<number>;
  principal_paid: Generated<number>;
  interest_paid: Generated<number>;
  fee_paid: Generated<number>;
  penalty_paid: Generated<number>;
};

export type PaymentTable = {
  id: Generated<number>;
  tenant_id: string;
  account_id: number;
  external_id: string;
  amount_minor: number;
  currency: string;
  received_at: Ts;
  channel: string;
  status: Generated<'posted' | 'reversed' | 'charged_back'>;
  unallocated_minor: Generated<number>;
  actor: string;
  created_at: Ts;
};

export type PaymentAllocationTable = {
  payment_id: number;
  installment_id: number;
  tenant_id: string;
  component: Component;
  amount_minor: number;
};

export type SuspensePaymentTable = {
  id: Generated<number>;
  tenant_id: string;
  external_id: string;
  account_external_id: string;
  amount_minor: number;
  currency: string;
  received_at: Ts;
  channel: string;
  reason: string;
  source: string;
  created_at: Ts;
  resolved_at: Date | null;
  resolved_payment_id: number | null;
  resolution: 'posted' | 'returned' | null;
  resolved_by: string | null;
  resolution_note: string | null;
};

export type ImportKind = 'borrowers' | 'contacts' | 'accounts' | 'schedules' | 'payments';

export type ImportTable = {
  id: Generated<string>;
  tenant_id: string;
  kind: ImportKind;
  source_name: string;
  format: 'csv' | 'jsonl';
  encoding: string;
  status: 'completed' | 'rejected';
  rows_total: number;
  rows_ok: number;
  rows_error: number;
  rows_inserted: number;
  rows_updated: number;
  rows_unchanged: number;
  rows_suspense: number;
  error_file: string | null;
  message: string | null;
  reconciliation: Json;
  actor: string;
  started_at: Ts;
  finished_at: Ts;
};

export type ImportErrorTable = {
  import_id: string;
  tenant_id: string;
  seq: number;
  line: number;
  field: string;
  reason: string;
  raw: string | null;
};

declare module '../platform/db-types.ts' {
  interface Database {
    portfolios: PortfolioTable;
    holiday_dates: HolidayDateTable;
    products: ProductTable;
    borrowers: BorrowerTable;
    related_parties: RelatedPartyTable;
    contact_points: ContactPointTable;
    accounts: AccountTable;
    installments: InstallmentTable;
    payments: PaymentTable;
    payment_allocations: PaymentAllocationTable;
    suspense_payments: SuspensePaymentTable;
    imports: ImportTable;
    import_errors: ImportErrorTable;
  }
}
