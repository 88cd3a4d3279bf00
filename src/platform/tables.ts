/** Kysely types of the platform's tables (see migrations/). */
import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export type DomainEventTable = {
  id: Generated<number>;
  tenant_id: string;
  name: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Json;
  actor: string;
  occurred_at: Ts;
  dispatched_at: Date | null;
};

export type AuditLogTable = {
  id: Generated<number>;
  tenant_id: string | null;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  detail: Json;
  at: Ts;
};

export type ApprovalTable = {
  id: Generated<string>;
  tenant_id: string;
  subject_type: string;
  subject_id: string;
  subject_version: Generated<string>;
  requested_by: string;
  requested_at: Ts;
  status: Generated<'pending' | 'approved' | 'rejected' | 'withdrawn'>;
  decided_by: string | null;
  decided_at: Date | null;
  comment: string | null;
};

export type WebhookSubscriptionTable = {
  id: Generated<string>;
  tenant_id: string;
  url: string;
  secret: string;
  events: string[];
  active: Generated<boolean>;
  created_at: Ts;
};

export type WebhookDeliveryTable = {
  id: Generated<number>;
  tenant_id: string;
  subscription_id: string;
  event_id: number;
  attempts: Generated<number>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Date | null;
};

declare module './db-types.ts' {
  interface Database {
    domain_events: DomainEventTable;
    audit_log: AuditLogTable;
    approvals: ApprovalTable;
    webhook_subscriptions: WebhookSubscriptionTable;
    webhook_deliveries: WebhookDeliveryTable;
  }
}
