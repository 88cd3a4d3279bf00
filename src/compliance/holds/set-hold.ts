/**
 * Setting and releasing holds: the one entry point for imports, the API, and later the robots
 * and the agent desk. Each change is written with a `hold.set` / `hold.released` event, an
 * audit row and an evidence fact in the caller's transaction, and takes the same per-borrower
 * lock as the gate, so a hold and a contact decision on one borrower never interleave.
 */
import { sql } from 'kysely';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import { appendEvidence } from '../../evidence/index.ts';
import { defaultPacks } from '../rules/packs.ts';
import { holdDetails, holdEffects } from './hold-types.ts';
import type { HoldType, RecordSource } from './tables.ts';
import './tables.ts';
import '../../portfolio/tables.ts';

/** A hold as the API and other domains see it. */
export type Hold = {
  id: number;
  borrowerId: number;
  accountId: number | null;
  type: HoldType;
  details: Record<string, unknown>;
  source: RecordSource;
  receivedAt: string;
  startsAt: string;
  endsAt: string | null;
  setBy: string;
  setAt: string;
  releasedAt: string | null;
  releasedBy: string | null;
  releaseReason: string | null;
};

/** Input of `setHold`. */
export type SetHoldInput = {
  tenantId: string;
  borrowerId: number;
  /** Null or absent: every debt of the borrower. */
  accountId?: number | null;
  type: HoldType;
  details?: Record<string, unknown>;
  source: RecordSource;
  /** When the notice was received (default now). */
  receivedAt?: string | Date;
  /** When the hold takes effect (default: when the notice was received). */
  startsAt?: string | Date;
  endsAt?: string | Date | null;
  actor: string;
};

type HoldRow = {
  id: number;
  borrower_id: number;
  account_id: number | null;
  type: HoldType;
  details: Record<string, unknown>;
  source: RecordSource;
  received_at: Date | string;
  starts_at: Date | string;
  ends_at: Date | string | null;
  set_by: string;
  set_at: Date | string;
  released_at: Date | string | null;
  released_by: string | null;
  release_reason: string | null;
};

const iso = (d: Date | string): string => new Date(d).toISOString();

/** Maps a row to a `Hold`. */
export function toHold(r: HoldRow): Hold {
  return {
    id: r.id,
    borrowerId: r.borrower_id,
    accountId: r.account_id,
    type: r.type,
    details: r.details,
    source: r.source,
    receivedAt: iso(r.received_at),
    startsAt: iso(r.starts_at),
    endsAt: r.ends_at ? iso(r.ends_at) : null,
    setBy: r.set_by,
    setAt: iso(r.set_at),
    releasedAt: r.released_at ? iso(r.released_at) : null,
    releasedBy: r.released_by,
    releaseReason: r.release_reason,
  };
}

/**
 * Locks the borrower's row (the gate's per-debtor lock).
 * @throws AppError NOT_FOUND when the borrower is not in the tenant
 */
export async function lockBorrower(tx: Db, tenantId: string, borrowerId: number): Promise<void> {
  const r = await sql<{ id: number }>`SELECT id FROM borrowers WHERE tenant_id = ${tenantId} AND id = ${borrowerId} FOR NO KEY UPDATE`.execute(tx);
  if (r.rows.length === 0) throw new AppError('NOT_FOUND', { message: `borrower ${borrowerId} not found` });
}

function parseDetails(type: HoldType, details: Record<string, unknown> | undefined): Record<string, unknown> {
  const r = holdDetails[type].safeParse(details ?? {});
  if (!r.success) {
    throw new AppError('INVALID_INPUT', {
      message: `hold ${type}: invalid details`,
      details: r.error.issues.map((i) => ({ path: ['details', ...i.path.map(String)].join('.'), message: i.message })),
    });
  }
  return r.data as Record<string, unknown>;
}

function defaultEnd(type: HoldType, details: Record<string, unknown>): Date | null {
  if (type !== 'breathing_space') return null;
  const end = typeof details.end === 'string' ? details.end : null;
  if (end) return new Date(`${end}T23:59:59.999Z`);
  if (details.type !== 'standard' || typeof details.start !== 'string') return null;
  const days = defaultPacks.UK_CONC.params.breathingSpaceStandardDays;
  return new Date(Date.parse(`${details.start}T23:59:59.999Z`) + (days - 1) * 86_400_000);
}

async function checkAccount(tx: Db, i: SetHoldInput): Promise<void> {
  if (i.accountId === undefined || i.accountId === null) return;
  if (holdEffects[i.type].borrowerOnly) {
    throw new AppError('INVALID_INPUT', { message: `a ${i.type} hold applies to the borrower, not to one account`, details: [{ path: 'accountId', message: 'must be absent' }] });
  }
  const acc = await tx.selectFrom('accounts').select('id').where('tenant_id', '=', i.tenantId).where('id', '=', i.accountId).where('borrower_id', '=', i.borrowerId).executeTakeFirst();
  if (!acc) throw new AppError('NOT_FOUND', { message: `account ${i.accountId} of borrower ${i.borrowerId} not found` });
}

/**
 * Sets a hold (idempotent: an identical active hold — same type, borrower, account and
 * details — is returned instead of a second one, so re-run imports do not duplicate holds).
 * @throws AppError INVALID_INPUT (bad details, e.g. a cease that is not written), NOT_FOUND
 */
export async function setHold(tx: Db, i: SetHoldInput): Promise<{ hold: Hold; created: boolean }> {
  const details = parseDetails(i.type, i.details);
  await lockBorrower(tx, i.tenantId, i.borrowerId);
  await checkAccount(tx, i);
  const accountId = i.accountId ?? null;
  const existing = await tx
    .selectFrom('holds')
    .selectAll()
    .where('tenant_id', '=', i.tenantId)
    .where('borrower_id', '=', i.borrowerId)
    .where('type', '=', i.type)
    .where('released_at', 'is', null)
    .where((eb) => (accountId === null ? eb('account_id', 'is', null) : eb('account_id', '=', accountId)))
    .where(sql<boolean>`details = ${JSON.stringify(details)}::jsonb`)
    .executeTakeFirst();
  if (existing) return { hold: toHold(existing), created: false };
  const row = await tx
    .insertInto('holds')
    .values({
      tenant_id: i.tenantId,
      borrower_id: i.borrowerId,
      account_id: accountId,
      type: i.type,
      details: JSON.stringify(details),
      source: i.source,
      received_at: i.receivedAt ?? new Date(),
      starts_at: i.startsAt ?? i.receivedAt ?? new Date(),
      ends_at: i.endsAt ?? defaultEnd(i.type, details),
      set_by: i.actor,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const hold = toHold(row);
  await recordChange(tx, i.tenantId, 'hold.set', hold, i.actor);
  return { hold, created: true };
}

async function recordChange(tx: Db, tenantId: string, name: 'hold.set' | 'hold.released', hold: Hold, actor: string): Promise<void> {
  const payload = { hold, effect: holdEffects[hold.type].reason };
  await recordEvent(tx, { tenantId, name, aggregateType: 'borrower', aggregateId: hold.borrowerId, payload, actor });
  await writeAudit(tx, { tenantId, actor, action: name, subjectType: 'hold', subjectId: hold.id, detail: { borrowerId: hold.borrowerId, accountId: hold.accountId, type: hold.type } });
  await appendEvidence(tx, { tenantId, kind: name, subjectType: 'hold', subjectId: hold.id, actor, fact: payload });
}

/**
 * Releases an active hold.
 * @throws AppError NOT_FOUND, CONFLICT (already released)
 */
export async function releaseHold(tx: Db, r: { tenantId: string; holdId: number; actor: string; reason: string }): Promise<Hold> {
  const cur = await tx.selectFrom('holds').select(['borrower_id']).where('tenant_id', '=', r.tenantId).where('id', '=', r.holdId).executeTakeFirst();
  if (!cur) throw new AppError('NOT_FOUND', { message: `hold ${r.holdId} not found` });
  await lockBorrower(tx, r.tenantId, cur.borrower_id);
  const row = await tx
    .updateTable('holds')
    .set({ released_at: new Date(), released_by: r.actor, release_reason: r.reason })
    .where('tenant_id', '=', r.tenantId)
    .where('id', '=', r.holdId)
    .where('released_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('CONFLICT', { message: `hold ${r.holdId} is already released` });
  const hold = toHold(row);
  await recordChange(tx, r.tenantId, 'hold.released', hold, r.actor);
  return hold;
}

/** The holds of a borrower, newest first (active only unless `includeReleased`). */
export async function findHolds(db: Db, q: { tenantId: string; borrowerId: number; includeReleased?: boolean }): Promise<Hold[]> {
  let query = db.selectFrom('holds').selectAll().where('tenant_id', '=', q.tenantId).where('borrower_id', '=', q.borrowerId);
  if (!q.includeReleased) query = query.where('released_at', 'is', null);
  const rows = await query.orderBy('id', 'desc').execute();
  return rows.map(toHold);
}
