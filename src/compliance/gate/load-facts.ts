/**
 * Loads everything the gate needs about one debtor inside the caller's transaction: first the
 * per-debtor lock (`FOR NO KEY UPDATE` on the borrower row, which every gate call and every
 * hold change on that borrower takes), then — in a new statement, so that under READ
 * COMMITTED its snapshot includes whatever the previous lock holder committed — the
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
 * The order of the columns of one history event as `compliance_gate_facts` sends it (a JSON
 * array per event; migration 20261122230655): keep the two in step.
 */
export const HISTORY_COLUMNS = [
  'id', 'account_id', 'at', 'channel', 'kind', 'direction', 'party', 'connected', 'misdirected', 'ringless', 'discussed_account_ids',
  'contact_point_id', 'number_type', 'automation', 'related_party_id', 'relationship', 'purpose', 'in_reply_to', 'actor_kind',
  'consent_window_from', 'consent_window_to',
] as const satisfies readonly (keyof FactEvent)[];

type WireFacts = Omit<DebtorFacts, 'history'> & { history: unknown[][] };

/** One history event from its wire form (an array in HISTORY_COLUMNS order). */
export function eventFromWire(a: unknown[]): FactEvent {
  // One object literal of a fixed shape (not 21 keyed assignments that grow it step by step);
  // the order is HISTORY_COLUMNS', which a test checks.
  return {
    id: a[0], account_id: a[1], at: a[2], channel: a[3], kind: a[4], direction: a[5], party: a[6], connected: a[7], misdirected: a[8],
    ringless: a[9], discussed_account_ids: a[10], contact_point_id: a[11], number_type: a[12], automation: a[13], related_party_id: a[14],
    relationship: a[15], purpose: a[16], in_reply_to: a[17], actor_kind: a[18], consent_window_from: a[19], consent_window_to: a[20],
  } as FactEvent;
}

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

/**
 * Takes the per-debtor lock and loads the facts in one round trip: the server-side function
 * `compliance_gate_facts` (migration 20261122203900) locks the borrower row, then reads
 * everything in a new statement (a fresh READ COMMITTED snapshot that includes whatever the
 * previous lock holder committed).
 * @throws AppError NOT_FOUND (no such borrower), INTERNAL (called in a REPEATABLE READ transaction)
 */
export async function lockAndLoadDebtorFacts(tx: Db, q: { tenantId: string; borrowerId: number; taskId?: string | null }): Promise<DebtorFacts> {
  let row: DebtorFacts | null;
  try {
    const r = await sql<{ f: WireFacts | null }>`SELECT compliance_gate_facts(${q.tenantId}, ${q.borrowerId}, ${q.taskId ?? null}) AS f`.execute(tx);
    const wire = r.rows[0]?.f ?? null;
    row = wire ? { ...wire, history: wire.history.map(eventFromWire) } : null;
  } catch (cause) {
    if ((cause as { code?: string }).code === '25001') throw new AppError('INTERNAL', { message: (cause as Error).message, cause });
    throw cause;
  }
  if (!row) throw new AppError('NOT_FOUND', { message: `borrower ${q.borrowerId} not found` });
  return row;
}
