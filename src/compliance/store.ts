/**
 * SQL of the compliance decision log: every gate decision with the sha256 of its inputs, the
 * pack id and version, reasons, citations, warnings, the earliest next allowed time, actor,
 * task and accounts. Queryable per account and per reason with cursor pagination (newest first).
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';
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
export type DecisionInsert = Omit<LoggedDecision, 'id' | 'decidedAt'> & { tenantId: string };

/** Inserts one decision; returns its id. */
export async function insertDecision(tx: Db, d: DecisionInsert): Promise<number> {
  const row = await tx
    .insertInto('compliance_decisions')
    .values({
      tenant_id: d.tenantId,
      borrower_id: d.borrowerId,
      account_ids: d.accountIds,
      task_id: d.taskId,
      channel: d.channel,
      strategy_channel: d.strategyChannel,
      party: d.party,
      proposed_at: d.proposedAt,
      allowed: d.allowed,
      reasons: d.reasons,
      citations: d.citations,
      warnings: JSON.stringify(d.warnings),
      next_allowed_at: d.nextAllowedAt,
      pack_id: d.packId,
      pack_version: d.packVersion,
      portfolio_pack_version: d.portfolioPackVersion,
      inputs_hash: d.inputsHash,
      recorded: d.recorded,
      contact_event_id: d.contactEventId,
      actor: d.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Filters of the decision log query. */
export type DecisionQuery = {
  tenantId: string;
  accountId?: number;
  borrowerId?: number;
  reason?: string;
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
