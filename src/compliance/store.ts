/**
 * SQL of the compliance decision log: every gate decision with the sha256 of its inputs, the
 * pack id and version, reasons, citations, warnings, the earliest next allowed time, actor,
 * task and accounts. Queryable per account and per reason with cursor pagination (newest first).
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
import type { AttemptRow } from './gate/record-attempt.ts';
import './gate/tables.ts';

/** A logged decision. */
export type LoggedDecision = {
  id: number;
  borrowerId: number;
  accountIds: number[];
  taskId: string | null;
  channel: string;
  strategyChannel: string | null;
  party: string;
  proposedAt: string;
  allowed: boolean;
  reasons: string[];
  citations: string[];
  warnings: string[];
  nextAllowedAt: string | null;
  packId: string;
  packVersion: string;
  portfolioPackVersion: number | null;
  inputsHash: string;
  recorded: boolean;
  contactEventId: number | null;
  actor: string;
  decidedAt: string;
};

/** What the gate writes. */
export type DecisionInsert = Omit<LoggedDecision, 'id' | 'decidedAt' | 'contactEventId' | 'recorded'> & { tenantId: string };

/**
 * Writes a decision in ONE round trip through the server-side function
 * `compliance_gate_write` (migration 20261122225058, plans cached per session): the decision
 * row and its `compliance.decision` evidence fact, and — for an allowed attempt being
 * recorded — the `contact_events` row, its `contact.attempted` outbox event and
 * evidence fact. These are the same rows `recordEvent` and `appendEvidence` write (the outbox
 * trigger fires as usual); the function keeps its column lists in step with
 * src/platform/events.ts and src/evidence/append-evidence.ts.
 * @throws pg error 23505 when the attempt's task id is already recorded (another borrower)
 */
export async function writeDecision(
  tx: Db,
  d: DecisionInsert,
  attempt: AttemptRow | null,
  fact: Record<string, unknown>,
): Promise<{ decisionId: number; contactEventId: number | null }> {
  const r = await sql<{ decision_id: string; contact_event_id: string | null }>`
    SELECT decision_id, contact_event_id FROM compliance_gate_write(${JSON.stringify(d)}::jsonb, ${attempt === null ? null : JSON.stringify(attempt)}::jsonb, ${JSON.stringify(fact)}::jsonb)`.execute(tx);
  const row = r.rows[0];
  return { decisionId: Number(row.decision_id), contactEventId: row.contact_event_id === null ? null : Number(row.contact_event_id) };
}

/** Filters of the decision log query. */
export type DecisionQuery = {
  tenantId: string;
  accountId?: number;
  borrowerId?: number;
  reason?: string;
  /** A rule citation fragment, e.g. `1006.14(b)` (case-insensitive substring of any citation). */
  rule?: string;
  taskId?: string;
  allowed?: boolean;
  from?: string;
  to?: string;
  /** Return decisions with id below this (the previous page's `nextCursor`). */
  cursor?: number;
  limit: number;
};

const iso = (d: Date | string): string => new Date(d).toISOString();

/** Lists decisions newest first; `nextCursor` is null on the last page. */
export async function findDecisions(db: Db, q: DecisionQuery): Promise<{ items: LoggedDecision[]; nextCursor: number | null }> {
  let query = db.selectFrom('compliance_decisions').selectAll().where('tenant_id', '=', q.tenantId);
  if (q.accountId !== undefined) query = query.where(sql<boolean>`account_ids @> ARRAY[${q.accountId}]::bigint[]`);
  if (q.borrowerId !== undefined) query = query.where('borrower_id', '=', q.borrowerId);
  if (q.reason !== undefined) query = query.where(sql<boolean>`reasons @> ARRAY[${q.reason}]::text[]`);
  if (q.rule !== undefined) query = query.where(sql<boolean>`EXISTS (SELECT 1 FROM unnest(citations) c WHERE strpos(lower(c), lower(${q.rule})) > 0)`);
  if (q.taskId !== undefined) query = query.where('task_id', '=', q.taskId);
  if (q.allowed !== undefined) query = query.where('allowed', '=', q.allowed);
  if (q.from) query = query.where('decided_at', '>=', new Date(q.from));
  if (q.to) query = query.where('decided_at', '<', new Date(q.to));
  if (q.cursor !== undefined) query = query.where('id', '<', q.cursor);
  const rows = await query.orderBy('id', 'desc').limit(q.limit + 1).execute();
  const page = rows.slice(0, q.limit);
  const items = page.map((r) => ({
    id: r.id,
    borrowerId: r.borrower_id,
    accountIds: r.account_ids.map(Number),
    taskId: r.task_id,
    channel: r.channel,
    strategyChannel: r.strategy_channel,
    party: r.party,
    proposedAt: iso(r.proposed_at),
    allowed: r.allowed,
    reasons: r.reasons,
    citations: r.citations,
    warnings: Array.isArray(r.warnings) ? (r.warnings as string[]) : [],
    nextAllowedAt: r.next_allowed_at ? iso(r.next_allowed_at) : null,
    packId: r.pack_id,
    packVersion: r.pack_version,
    portfolioPackVersion: r.portfolio_pack_version,
    inputsHash: r.inputs_hash,
    recorded: r.recorded,
    contactEventId: r.contact_event_id,
    actor: r.actor,
    decidedAt: iso(r.decided_at),
  }));
  return { items, nextCursor: rows.length > q.limit ? page[page.length - 1].id : null };
}
