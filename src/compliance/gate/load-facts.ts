/**
 * Loads everything the gate needs about one debtor in two statements inside the caller's
 * transaction: first the per-debtor lock (`FOR NO KEY UPDATE` on the borrower row, which every
 * gate call and every hold change on that borrower takes), then — as a new statement, so that
 * under READ COMMITTED its snapshot includes whatever the previous lock holder committed — the
 * borrower, contact points, related parties, accounts with their debt facts, active holds and
 * preferences, the effective pack version of the portfolio, and the full contact history
 * across channels and workers.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';

export type FactContactPoint = { id: number; kind: string; number_type: string | null; timezone: string | null; consent: boolean; do_not_use: boolean; employer_provided: boolean; related_party_id: number | null };
export type FactRelatedParty = { id: number; relationship: string; do_not_contact: boolean };
export type FactAccount = {
  id: number; portfolio_id: string; status: string;
  validation_notice_sent_at: string | null; validation_period_end: string | null; verification_sent_at: string | null;
  time_barred: boolean | null; student_loan_account: string | null; creditor_type: string | null;
};
export type FactHold = { id: number; account_id: number | null; type: string; details: Record<string, unknown>; received_at: string; starts_at: string; ends_at: string | null };
export type FactPreference = { id: number; kind: string; channel: string | null; contact_point_id: number | null; value: Record<string, unknown> };
export type FactEvent = {
  id: number; account_id: number | null; at: string; channel: string; kind: string; direction: string; party: string; connected: boolean;
  misdirected: boolean; ringless: boolean; discussed_account_ids: number[] | null; contact_point_id: number | null; number_type: string | null;
  automation: string | null; related_party_id: number | null; relationship: string | null; purpose: string | null; in_reply_to: number | null;
  actor_kind: string; consent_window_from: string | null; consent_window_to: string | null;
};
export type FactPortfolio = { id: string; rule_pack: 'US_REG_F' | 'UK_CONC' | 'CN_NIFA'; jurisdiction: string; timezone: string; pack_version: number | null; overrides: Record<string, unknown> | null; overlays: string[] | null };

/** The facts of one debtor, as loaded. */
export type DebtorFacts = {
  borrower: { id: number; timezone: string; flags: Record<string, unknown>; date_of_birth: string | null };
  contactPoints: FactContactPoint[];
  relatedParties: FactRelatedParty[];
  accounts: FactAccount[];
  holds: FactHold[];
  preferences: FactPreference[];
  portfolios: FactPortfolio[];
  history: FactEvent[];
  /** The contact event already recorded for the task id, if any. */
  taskEventId: number | null;
};

/**
 * Takes the per-debtor lock.
 * @throws AppError NOT_FOUND (no such borrower), INTERNAL (caller's transaction is REPEATABLE READ:
 *   its snapshot predates the lock, so history written by another worker would be invisible)
 */
export async function lockDebtor(tx: Db, tenantId: string, borrowerId: number): Promise<void> {
  const r = await sql<{ iso: string }>`
    SELECT current_setting('transaction_isolation') AS iso FROM borrowers
    WHERE tenant_id = ${tenantId} AND id = ${borrowerId} FOR NO KEY UPDATE`.execute(tx);
  if (r.rows.length === 0) throw new AppError('NOT_FOUND', { message: `borrower ${borrowerId} not found` });
  if (r.rows[0].iso === 'repeatable read') {
    throw new AppError('INTERNAL', { message: 'gateContact needs a READ COMMITTED (or SERIALIZABLE) transaction: a REPEATABLE READ snapshot cannot see history another worker committed before the lock' });
  }
}

/** Loads the debtor's facts (call `lockDebtor` first, in a separate statement). */
export async function loadDebtorFacts(tx: Db, q: { tenantId: string; borrowerId: number; taskId?: string | null }): Promise<DebtorFacts> {
  const t = q.tenantId;
  const b = q.borrowerId;
  const r = await sql<DebtorFacts>`
    SELECT
      json_build_object('id', b.id, 'timezone', b.timezone, 'flags', b.flags, 'date_of_birth', b.date_of_birth) AS borrower,
      coalesce((SELECT json_agg(json_build_object('id', c.id, 'kind', c.kind, 'number_type', c.number_type, 'timezone', c.timezone,
          'consent', c.consent, 'do_not_use', c.do_not_use, 'employer_provided', c.employer_provided, 'related_party_id', c.related_party_id) ORDER BY c.id)
        FROM contact_points c WHERE c.tenant_id = ${t} AND c.borrower_id = ${b}), '[]') AS "contactPoints",
      coalesce((SELECT json_agg(json_build_object('id', p.id, 'relationship', p.relationship, 'do_not_contact', p.do_not_contact) ORDER BY p.id)
        FROM related_parties p WHERE p.tenant_id = ${t} AND p.borrower_id = ${b}), '[]') AS "relatedParties",
      coalesce((SELECT json_agg(json_build_object('id', a.id, 'portfolio_id', a.portfolio_id, 'status', a.status,
          'validation_notice_sent_at', f.validation_notice_sent_at, 'validation_period_end', f.validation_period_end,
          'verification_sent_at', f.verification_sent_at, 'time_barred', f.time_barred, 'student_loan_account', f.student_loan_account,
          'creditor_type', f.creditor_type) ORDER BY a.id)
        FROM accounts a LEFT JOIN compliance_debt_facts f ON f.account_id = a.id
        WHERE a.tenant_id = ${t} AND a.borrower_id = ${b}), '[]') AS accounts,
      coalesce((SELECT json_agg(json_build_object('id', h.id, 'account_id', h.account_id, 'type', h.type, 'details', h.details,
          'received_at', h.received_at, 'starts_at', h.starts_at, 'ends_at', h.ends_at) ORDER BY h.id)
        FROM holds h WHERE h.tenant_id = ${t} AND h.borrower_id = ${b} AND h.released_at IS NULL), '[]') AS holds,
      coalesce((SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind, 'channel', s.channel, 'contact_point_id', s.contact_point_id, 'value', s.value) ORDER BY s.id)
        FROM contact_preferences s WHERE s.tenant_id = ${t} AND s.borrower_id = ${b} AND s.revoked_at IS NULL), '[]') AS preferences,
      coalesce((SELECT json_agg(json_build_object('id', pf.id, 'rule_pack', pf.rule_pack, 'jurisdiction', pf.jurisdiction, 'timezone', pf.timezone,
          'pack_version', v.version, 'overrides', v.overrides, 'overlays', v.overlays))
        FROM portfolios pf
        LEFT JOIN LATERAL (SELECT pv.version, pv.overrides, pv.overlays FROM compliance_pack_versions pv
          JOIN approvals ap ON ap.id = pv.approval_id AND ap.status = 'approved'
          WHERE pv.tenant_id = ${t} AND pv.portfolio_id = pf.id ORDER BY pv.version DESC LIMIT 1) v ON true
        WHERE pf.id IN (SELECT a2.portfolio_id FROM accounts a2 WHERE a2.tenant_id = ${t} AND a2.borrower_id = ${b})), '[]') AS portfolios,
      coalesce((SELECT json_agg(json_build_object('id', e.id, 'account_id', e.account_id, 'at', e.at, 'channel', e.channel, 'kind', e.kind,
          'direction', e.direction, 'party', e.party, 'connected', e.connected, 'misdirected', e.misdirected, 'ringless', e.ringless,
          'discussed_account_ids', e.discussed_account_ids, 'contact_point_id', e.contact_point_id, 'number_type', e.number_type,
          'automation', e.automation, 'related_party_id', e.related_party_id, 'relationship', e.relationship, 'purpose', e.purpose,
          'in_reply_to', e.in_reply_to, 'actor_kind', e.actor_kind, 'consent_window_from', e.consent_window_from,
          'consent_window_to', e.consent_window_to) ORDER BY e.at, e.id)
        FROM contact_events e WHERE e.tenant_id = ${t} AND e.borrower_id = ${b}), '[]') AS history,
      (SELECT e2.id FROM contact_events e2 WHERE e2.tenant_id = ${t} AND e2.task_id = ${q.taskId ?? null}::text) AS "taskEventId"
    FROM borrowers b WHERE b.tenant_id = ${t} AND b.id = ${b}`.execute(tx);
  const row = r.rows[0];
  if (!row) throw new AppError('NOT_FOUND', { message: `borrower ${b} not found` });
  return row;
}
