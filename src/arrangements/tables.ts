/** Kysely types of the arrangements domain's tables (see migrations/). */
import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type DateStr = ColumnType<string, string, string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export type PromiseState = 'pending' | 'kept' | 'partially_kept' | 'broken' | 'cancelled';
export type PlanState = 'proposed' | 'active' | 'completed' | 'broken' | 'cancelled';
export type SettlementState = 'pending_approval' | 'offered' | 'accepted' | 'paid' | 'rejected' | 'expired' | 'cancelled';
export type HardshipStatus = 'submitted' | 'in_review' | 'approved' | 'rejected' | 'withdrawn';
export type ProviderName = 'local' | 'stripe';

export type ArrangementSettingsTable = {
  tenant_id: string;
  promise_grace_days: Generated<number>;
  promise_tolerance_bps: Generated<number>;
  promise_tolerance_minor: Generated<number>;
  plan_grace_days: Generated<number>;
  plan_broken_after_missed: Generated<number>;
  updated_at: Ts;
};

export type PromiseTable = {
  id: Generated<number>;
  tenant_id: string;
  account_id: number;
  amount_minor: number;
  currency: string;
  promised_on: DateStr;
  grace_days: number;
  tolerance_minor: number;
  window_end_at: Ts;
  channel: string;
  taken_by_kind: 'robot' | 'agent' | 'self_service';
  taken_by: string;
  made_at: Ts;
  state: Generated<PromiseState>;
  paid_minor: Generated<number>;
  decided_at: Date | null;
  note: string | null;
  actor: string;
  supersedes: Generated<number[]>;
};

export type PaymentPlanTable = {
  id: Generated<number>;
  tenant_id: string;
  account_id: number;
  basis: 'overdue' | 'balance' | 'settlement';
  total_minor: number;
  currency: string;
  down_payment_minor: Generated<number>;
  installment_count: number;
  frequency: 'weekly' | 'biweekly' | 'monthly';
  state: Generated<PlanState>;
  authority_level: string;
  reages: Generated<boolean>;
  broken_after_missed: number;
  grace_days: number;
  settlement_id: number | null;
  created_at: Ts;
  activated_at: Date | null;
  ended_at: Date | null;
  actor: string;
};

export type PlanInstallmentTable = {
  plan_id: number;
  seq: number;
  tenant_id: string;
  due_on: DateStr;
  amount_minor: number;
  paid_minor: Generated<number>;
  missed: Generated<boolean>;
};

export type ArrangementPaymentApplicationTable = {
  tenant_id: string;
  payment_id: number;
  subject_type: 'promise' | 'plan' | 'settlement';
  subject_id: number;
  amount_minor: number;
  applied_at: Ts;
};

export type SettlementTable = {
  id: Generated<number>;
  tenant_id: string;
  account_id: number;
  balance_minor: number;
  amount_minor: number;
  currency: string;
  discount_bps: number;
  installment_count: Generated<number>;
  bucket: string;
  score_band: string;
  authority_level: string;
  state: SettlementState;
  approval_id: string | null;
  expires_on: DateStr;
  paid_minor: Generated<number>;
  accepted_at: Date | null;
  paid_at: Date | null;
  locale: Generated<'zh-CN' | 'en'>;
  created_at: Ts;
  actor: string;
};

export type SettlementLetterTable = {
  id: Generated<number>;
  tenant_id: string;
  settlement_id: number;
  kind: 'acceptance' | 'paid_in_full';
  locale: 'zh-CN' | 'en';
  text_body: string;
  html_body: string;
  sha256: string;
  created_at: Ts;
};

export type HardshipProgrammeTable = {
  id: Generated<number>;
  tenant_id: string;
  code: string;
  name: string;
  description: string | null;
  eligibility: Json;
  relief: Json;
  opens_on: DateStr;
  closes_on: string | null;
  active: Generated<boolean>;
  created_at: Ts;
  actor: string;
};

export type HardshipApplicationTable = {
  id: Generated<number>;
  tenant_id: string;
  programme_id: number;
  account_id: number;
  borrower_id: number;
  source: 'api' | 'self_service' | 'robot' | 'agent' | 'bulk';
  statement: Generated<string>;
  reason: string | null;
  applicant_phone_hash: string | null;
  device_id: string | null;
  ip: string | null;
  representative_name: string | null;
  representative_phone_hash: string | null;
  minhash: number[] | null;
  lsh_bands: string[] | null;
  status: Generated<HardshipStatus>;
  eligibility: Json;
  fraud_score: Generated<number>;
  fraud_signals: Json;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  created_at: Ts;
  actor: string;
};

export type HardshipEvidenceTable = {
  id: Generated<number>;
  tenant_id: string;
  application_id: number;
  borrower_id: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  stored_path: string;
  uploaded_at: Ts;
  actor: string;
};

export type HardshipAdjustmentTable = {
  id: Generated<number>;
  tenant_id: string;
  application_id: number;
  account_id: number;
  installment_id: number | null;
  kind: 'defer' | 'freeze_interest' | 'waive_penalties' | 'extend_term';
  before: Json;
  after: Json;
  at: Ts;
};

export type AccountReliefTable = {
  tenant_id: string;
  account_id: number;
  application_id: number;
  freeze_interest: Generated<boolean>;
  waive_penalties: Generated<boolean>;
  from_on: DateStr;
  until_on: string | null;
};

export type PaymentProviderConfigTable = {
  tenant_id: string;
  provider: ProviderName;
  api_base: string | null;
  secret_key: string | null;
  webhook_secret: string | null;
  tolerance_seconds: Generated<number>;
  updated_at: Ts;
};

export type PaymentLinkTable = {
  id: Generated<number>;
  tenant_id: string;
  token: string;
  account_id: number;
  amount_minor: number;
  currency: string;
  provider: ProviderName;
  provider_ref: string | null;
  url: string;
  locale: Generated<'zh-CN' | 'en'>;
  purpose_type: 'promise' | 'plan' | 'settlement' | null;
  purpose_id: number | null;
  status: Generated<'open' | 'paid' | 'expired' | 'cancelled'>;
  expires_at: Ts;
  paid_at: Date | null;
  payment_external_id: string | null;
  created_at: Ts;
  actor: string;
};

export type ProviderWebhookLogTable = {
  id: Generated<number>;
  tenant_id: string | null;
  provider: string;
  event_id: string | null;
  event_type: string | null;
  accepted: boolean;
  reason: string | null;
  remote_ip: string | null;
  body_sha256: string;
  received_at: Ts;
};

export type ContactStopTable = {
  tenant_id: string;
  account_id: number;
  reason: string;
  event_id: number | null;
  since: Ts;
  lifted_at: Date | null;
  lifted_by: string | null;
};

export type ContactTaskCancellationTable = {
  tenant_id: string;
  canceller: string;
  task_id: string;
  account_id: number;
  reason: string;
  event_id: number | null;
  cancelled_at: Ts;
};

export type StopOnPayProcessedTable = {
  event_id: number;
  tenant_id: string;
  processed_at: Ts;
};

declare module '../platform/db-types.ts' {
  interface Database {
    arrangement_settings: ArrangementSettingsTable;
    promises: PromiseTable;
    payment_plans: PaymentPlanTable;
    plan_installments: PlanInstallmentTable;
    arrangement_payment_applications: ArrangementPaymentApplicationTable;
    settlements: SettlementTable;
    settlement_letters: SettlementLetterTable;
    hardship_programmes: HardshipProgrammeTable;
    hardship_applications: HardshipApplicationTable;
    hardship_evidence: HardshipEvidenceTable;
    hardship_adjustments: HardshipAdjustmentTable;
    account_reliefs: AccountReliefTable;
    payment_provider_configs: PaymentProviderConfigTable;
    payment_links: PaymentLinkTable;
    provider_webhook_log: ProviderWebhookLogTable;
    contact_stops: ContactStopTable;
    contact_task_cancellations: ContactTaskCancellationTable;
    stop_on_pay_processed: StopOnPayProcessedTable;
  }
}
