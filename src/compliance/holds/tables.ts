/** Kysely types of the holds and contact-preference tables (see ../migrations/*_compliance_holds_gate.sql). */
import type { ColumnType, Generated } from 'kysely';

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

/** Every hold type (see hold-types.ts for what each stops). */
export const holdTypes = [
  'cease_communication',
  'attorney_representation',
  'written_dispute',
  'bankruptcy_stay',
  'breathing_space',
  'mental_capacity_concern',
  'deceased',
  'complaint_pending',
  'hardship_review',
] as const;
export type HoldType = (typeof holdTypes)[number];

/** Where a hold or preference came from. */
export const recordSources = ['api', 'import', 'robot', 'desk', 'system'] as const;
export type RecordSource = (typeof recordSources)[number];

export type HoldTable = {
  id: Generated<number>;
  tenant_id: string;
  borrower_id: number;
  account_id: number | null;
  type: HoldType;
  details: Json;
  source: RecordSource;
  received_at: Ts;
  starts_at: Ts;
  ends_at: Date | string | null;
  set_by: string;
  set_at: Ts;
  released_at: Date | string | null;
  released_by: string | null;
  release_reason: string | null;
};

/** Every stored preference kind (see preferences.ts). */
export const preferenceKinds = [
  'medium_opt_out',
  'electronic_opt_out',
  'inconvenient_time',
  'inconvenient_place',
  'employer_prohibits_contact',
  'tcpa_consent',
  'tcpa_consent_revoked',
] as const;
export type PreferenceKind = (typeof preferenceKinds)[number];

export type ContactPreferenceTable = {
  id: Generated<number>;
  tenant_id: string;
  borrower_id: number;
  kind: PreferenceKind;
  channel: 'phone' | 'sms' | 'email' | 'letter' | 'social_media' | null;
  contact_point_id: number | null;
  value: Json;
  source: RecordSource;
  recorded_by: string;
  recorded_at: Ts;
  revoked_at: Date | string | null;
  revoked_by: string | null;
};

declare module '../../platform/db-types.ts' {
  interface Database {
    holds: HoldTable;
    contact_preferences: ContactPreferenceTable;
  }
}
