/** Kysely types of the compliance domain's tables (see migrations/). */
import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;

export type ContactEventTable = {
  id: Generated<number>;
  tenant_id: string;
  borrower_id: number;
  account_id: number | null;
  at: Ts;
  channel: 'phone' | 'sms' | 'email' | 'letter' | 'social_media' | 'chat' | 'visit';
  kind: 'call_attempt' | 'voicemail' | 'conversation' | 'sms' | 'email' | 'letter' | 'consent_to_calls' | 'opt_out_request' | 'chat' | 'visit';
  direction: Generated<'outbound' | 'inbound'>;
  party: Generated<'debtor' | 'third_party'>;
  connected: Generated<boolean>;
  misdirected: Generated<boolean>;
  ringless: Generated<boolean>;
  discussed_account_ids: number[] | null;
  contact_point_id: number | null;
  to_masked: string | null;
  number_type: 'mobile' | 'home_landline' | 'work_landline' | null;
  automation: 'artificial_voice' | null;
  related_party_id: number | null;
  relationship: string | null;
  purpose: string | null;
  in_reply_to: number | null;
  actor: string;
  actor_kind: Generated<'agent' | 'robot' | 'system' | 'third_party_agency' | 'debtor'>;
  task_id: string | null;
  consent_window_from: string | null;
  consent_window_to: string | null;
  content: string | null;
  outcome: string | null;
  created_at: Ts;
};

declare module '../platform/db-types.ts' {
  interface Database {
    contact_events: ContactEventTable;
  }
}
