/**
 * Promises to pay: make, list, cancel, apply a payment, and the nightly evaluation.
 * The decision rule is `decidePromise` (promise-rules.ts); the nightly evaluation runs the
 * same rule in SQL over every promise whose window has ended, in chunks, writing the
 * promise.kept / promise.partially_kept / promise.broken events and evidence set-based.
 */
import { sql } from 'kysely';
import { actorRef, type Actor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import type { Db } from '../platform/db-types.ts';
import { recordEvent } from '../platform/events.ts';
import { appendEvidence } from '../evidence/index.ts';
import { getAccountFacts } from './account-facts.ts';
import { addDays, decidePromise, keptRate, promiseTolerance } from './promise-rules.ts';
import { getSettings } from './settings.ts';
import type { PromiseState } from './tables.ts';
import './tables.ts';
import { lockRow } from './lock-row.ts';

export type PromiseToPay = {
  id: number; accountId: number; amountMinor: number; currency: string; promisedOn: string; graceDays: number; toleranceMinor: number;
  windowEndAt: Date; channel: string; takenByKind: 'robot' | 'agent' | 'self_service'; takenBy: string; madeAt: Date; state: PromiseState;
  paidMinor: number; decidedAt: Date | null; note: string | null;
  /** Pending promises this one replaced (cancelled when it was made). */
  supersedes: number[];
};

export type MakePromiseInput = {
  accountId: number; amountMinor: number; promisedOn: string; channel: string; takenByKind: 'robot' | 'agent' | 'self_service';
  takenBy?: string; note?: string; graceDays?: number; toleranceMinor?: number;
};

type Row = { id: number; account_id: number; amount_minor: number; currency: string; promised_on: string; grace_days: number; tolerance_minor: number; window_end_at: Date; channel: string; taken_by_kind: 'robot' | 'agent' | 'self_service'; taken_by: string; made_at: Date; state: PromiseState; paid_minor: number; decided_at: Date | null; note: string | null; supersedes: (number | string)[] | string | null };

function toPromise(r: Row): PromiseToPay {
  return { id: r.id, accountId: r.account_id, amountMinor: r.amount_minor, currency: r.currency.trim(), promisedOn: r.promised_on, graceDays: r.grace_days, toleranceMinor: r.tolerance_minor, windowEndAt: r.window_end_at, channel: r.channel, takenByKind: r.taken_by_kind, takenBy: r.taken_by, madeAt: r.made_at, state: r.state, paidMinor: r.paid_minor, decidedAt: r.decided_at, note: r.note, supersedes: idList(r.supersedes) };
}

/** A bigint[] as pg hands it over (array of strings or numbers, or a `{1,2}` literal). */
function idList(v: (number | string)[] | string | null): number[] {
  if (v === null) return [];
  const items = Array.isArray(v) ? v : v.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
  return items.map(Number);
}

/**
 * Records a promise; a pending promise on the same account is superseded (cancelled), and
 * the new promise names it in `supersedes` (on every read).
 * @throws AppError NOT_FOUND (account), INVALID_INPUT (date in the past or more than 90
 * days ahead; amount above the outstanding balance)
 */
export async function makePromise(tx: Db, actor: Actor, input: MakePromiseInput): Promise<PromiseToPay> {
  // One promise-maker per account at a time: concurrent promises supersede one another in turn.
  await sql`SELECT 1 FROM accounts WHERE id = ${input.accountId} AND tenant_id = ${actor.tenantId}::uuid FOR UPDATE`.execute(tx);
  const acct = await getAccountFacts(tx, actor.tenantId, input.accountId);
  const problems: { path: string; message: string }[] = [];
  if (input.promisedOn < acct.today) problems.push({ path: 'promisedOn', message: `is before today (${acct.today}) in the portfolio's zone` });
  if (input.promisedOn > addDays(acct.today, 90)) problems.push({ path: 'promisedOn', message: 'is more than 90 days ahead' });
  if (['settled', 'closed', 'sold'].includes(acct.status)) problems.push({ path: 'accountId', message: `account is ${acct.status}` });
  if (input.amountMinor > acct.outstandingMinor) {
    problems.push({ path: 'amountMinor', message: acct.outstandingMinor > 0 ? `is more than the account's outstanding balance ${acct.outstandingMinor}` : 'the account owes nothing' });
  }
  if (problems.length) throw new AppError('INVALID_INPUT', { message: 'the promise cannot be recorded', details: problems });
  const s = await getSettings(tx, actor.tenantId);
  const grace = input.graceDays ?? s.promiseGraceDays;
  const tolerance = input.toleranceMinor ?? promiseTolerance({ amountMinor: input.amountMinor, toleranceBps: s.promiseToleranceBps, toleranceMinor: s.promiseToleranceMinor });
  const superseded = await tx.updateTable('promises').set({ state: 'cancelled', decided_at: new Date() }).where('account_id', '=', input.accountId).where('state', '=', 'pending').returning('id').execute();
  const r = await sql<Row>`
    INSERT INTO promises (tenant_id, account_id, amount_minor, currency, promised_on, grace_days, tolerance_minor, window_end_at, channel, taken_by_kind, taken_by, note, actor, supersedes)
    VALUES (${actor.tenantId}, ${input.accountId}, ${input.amountMinor}, ${acct.currency}, ${input.promisedOn}, ${grace}, ${tolerance},
            ((${input.promisedOn}::date + ${grace + 1}::int)::timestamp AT TIME ZONE ${acct.timezone}), ${input.channel}, ${input.takenByKind},
            ${input.takenBy ?? actorRef(actor)}, ${input.note ?? null}, ${actorRef(actor)}, ${superseded.map((x) => x.id)}::bigint[])
    RETURNING *`.execute(tx);
  const p = toPromise(r.rows[0]);
  const fact = { promiseId: p.id, accountId: p.accountId, amountMinor: p.amountMinor, currency: p.currency, promisedOn: p.promisedOn, channel: p.channel, takenByKind: p.takenByKind, takenBy: p.takenBy, supersedes: superseded.map((x) => x.id) };
  await recordEvent(tx, { tenantId: actor.tenantId, name: 'promise.made', aggregateType: 'promise', aggregateId: p.id, payload: fact, actor: actorRef(actor) });
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'promise.made', subjectType: 'promise', subjectId: p.id, actor: actorRef(actor), fact });
  return p;
}

/** @throws AppError NOT_FOUND */
export async function getPromise(db: Db, tenantId: string, id: number): Promise<PromiseToPay> {
  const r = await db.selectFrom('promises').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { message: `promise ${id} not found` });
  return toPromise(r as Row);
}

/** Lists promises newest first with a keyset cursor (the last id seen). */
export async function listPromises(db: Db, q: { tenantId: string; accountId?: number; state?: PromiseState; after?: number; limit: number }): Promise<PromiseToPay[]> {
  let query = db.selectFrom('promises').selectAll().where('tenant_id', '=', q.tenantId);
  if (q.accountId) query = query.where('account_id', '=', q.accountId);
  if (q.state) query = query.where('state', '=', q.state);
  if (q.after) query = query.where('id', '<', q.after);
  const rows = await query.orderBy('id', 'desc').limit(q.limit).execute();
  return rows.map((r) => toPromise(r as Row));
}

/** Cancels a pending promise. @throws AppError NOT_FOUND, CONFLICT (not pending) */
export async function cancelPromise(tx: Db, actor: Actor, id: number): Promise<PromiseToPay> {
  await lockRow(tx, 'promises', actor.tenantId, id);
  const p = await getPromise(tx, actor.tenantId, id);
  if (p.state !== 'pending') throw new AppError('CONFLICT', { message: `promise ${id} is ${p.state}, not pending` });
  await tx.updateTable('promises').set({ state: 'cancelled', decided_at: new Date() }).where('id', '=', id).execute();
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'promise.cancelled', subjectType: 'promise', subjectId: id, actor: actorRef(actor), fact: { promiseId: id } });
  return { ...p, state: 'cancelled' };
}

/**
 * Re-decides the account's pending promise after a payment (idempotent: it recounts the
 * payments in the window). Emits promise.kept when reached.
 */
export async function applyPaymentsToPromise(tx: Db, q: { tenantId: string; accountId: number; actor: string }): Promise<PromiseToPay | null> {
  const r = await sql<Row & { paid: number; ended: boolean }>`
    SELECT p.*, coalesce((SELECT sum(pay.amount_minor) FROM payments pay WHERE pay.account_id = p.account_id AND pay.status = 'posted'
                          AND pay.received_at >= p.made_at AND pay.received_at < p.window_end_at), 0) AS paid,
           p.window_end_at <= now() AS ended
      FROM promises p WHERE p.tenant_id = ${q.tenantId} AND p.account_id = ${q.accountId} AND p.state = 'pending' FOR UPDATE`.execute(tx);
  const row = r.rows[0];
  if (!row) return null;
  const state = decidePromise({ amountMinor: row.amount_minor, toleranceMinor: row.tolerance_minor, paidMinor: Number(row.paid), windowEnded: row.ended });
  await tx.updateTable('promises').set({ paid_minor: Number(row.paid), state, decided_at: state === 'pending' ? null : new Date() }).where('id', '=', row.id).execute();
  if (state !== 'pending') {
    const fact = { promiseId: row.id, accountId: row.account_id, state, amountMinor: row.amount_minor, paidMinor: Number(row.paid), promisedOn: row.promised_on, channel: row.channel, takenBy: row.taken_by };
    await recordEvent(tx, { tenantId: q.tenantId, name: `promise.${state}`, aggregateType: 'promise', aggregateId: row.id, payload: fact, actor: q.actor });
    await appendEvidence(tx, { tenantId: q.tenantId, kind: `promise.${state}`, subjectType: 'promise', subjectId: row.id, actor: q.actor, fact });
  }
  return toPromise({ ...row, state, paid_minor: Number(row.paid) });
}

export type EvaluationResult = { evaluated: number; kept: number; partiallyKept: number; broken: number };

async function evaluateSlice(db: Db, q: { asOf: Date; tenantId?: string; chunk?: number; actor?: string; slices: number; slice: number }): Promise<EvaluationResult> {
  const res: EvaluationResult = { evaluated: 0, kept: 0, partiallyKept: 0, broken: 0 };
  const actor = q.actor ?? 'system:promise-evaluation';
  const tenant = q.tenantId ?? null;
  for (;;) {
    const r = await db.transaction().execute((tx) => sql<{ state: string; n: number }>`
      WITH due AS (
        SELECT id FROM promises WHERE state = 'pending' AND window_end_at <= ${q.asOf} AND (${tenant}::uuid IS NULL OR tenant_id = ${tenant}::uuid)
           AND id % ${q.slices}::int = ${q.slice}::int
         LIMIT ${q.chunk ?? 100_000}
      ), paid AS (
        SELECT p.id, coalesce(sum(pay.amount_minor), 0)::bigint AS paid
          FROM promises p JOIN due USING (id)
          LEFT JOIN payments pay ON pay.account_id = p.account_id AND pay.status = 'posted' AND pay.received_at >= p.made_at AND pay.received_at < p.window_end_at
         GROUP BY p.id
      ), upd AS (
        UPDATE promises pr SET paid_minor = paid.paid, decided_at = now(),
               state = CASE WHEN paid.paid >= pr.amount_minor - pr.tolerance_minor THEN 'kept' WHEN paid.paid > 0 THEN 'partially_kept' ELSE 'broken' END
          FROM paid WHERE pr.id = paid.id AND pr.state = 'pending' -- rechecked after a lock wait: a payment may have decided it meanwhile
        RETURNING pr.id, pr.tenant_id, pr.account_id, pr.state, pr.amount_minor, pr.paid_minor, pr.promised_on, pr.channel, pr.taken_by
      ), facts AS (
        SELECT tenant_id, id, state, jsonb_build_object('promiseId', id, 'accountId', account_id, 'state', state, 'amountMinor', amount_minor,
               'paidMinor', paid_minor, 'promisedOn', promised_on, 'channel', channel, 'takenBy', taken_by) AS fact FROM upd
      ), ev AS (
        INSERT INTO domain_events (tenant_id, name, aggregate_type, aggregate_id, payload, actor)
        SELECT tenant_id, 'promise.' || state, 'promise', id::text, fact, ${actor} FROM facts RETURNING 1
      ), evid AS (
        INSERT INTO evidence_queue (tenant_id, kind, subject_type, subject_id, actor, fact)
        SELECT tenant_id, 'promise.' || state, 'promise', id::text, ${actor}, fact FROM facts RETURNING 1
      )
      SELECT state, count(*)::int AS n FROM upd GROUP BY state`.execute(tx));
    const n = r.rows.reduce((s, x) => s + x.n, 0);
    if (n === 0) break;
    res.evaluated += n;
    for (const x of r.rows) {
      if (x.state === 'kept') res.kept += x.n;
      else if (x.state === 'partially_kept') res.partiallyKept += x.n;
      else res.broken += x.n;
    }
  }
  return res;
}

/**
 * The nightly evaluation: decides every pending promise whose window ended by `asOf`
 * (all tenants, or one), `chunk` promises per transaction, in `parallel` disjoint slices
 * (by id) on as many connections — one PostgreSQL backend uses one core.
 */
export async function evaluatePromises(db: Db, q: { asOf: Date; tenantId?: string; chunk?: number; actor?: string; parallel?: number }): Promise<EvaluationResult> {
  const slices = Math.max(1, q.parallel ?? 2);
  const parts = await Promise.all(Array.from({ length: slices }, (_, slice) => evaluateSlice(db, { ...q, slices, slice })));
  const res = parts.reduce((a, b) => ({ evaluated: a.evaluated + b.evaluated, kept: a.kept + b.kept, partiallyKept: a.partiallyKept + b.partiallyKept, broken: a.broken + b.broken }));
  if (res.evaluated) await sql`SELECT pg_notify('recoup_events', 'bulk')`.execute(db);
  return res;
}

export type KeptRate = { key: string; kept: number; partiallyKept: number; broken: number; pending: number; keptRate: number | null };

/** Promise-kept rate per channel, per taker (robot or agent id) or per kind of taker, over promises made in [from, to). */
export async function promiseKeptRates(db: Db, q: { tenantId: string; by: 'channel' | 'taken_by' | 'taken_by_kind'; from?: Date; to?: Date }): Promise<KeptRate[]> {
  const col = sql.ref(q.by);
  const r = await sql<{ key: string; kept: number; partially_kept: number; broken: number; pending: number }>`
    SELECT ${col} AS key, count(*) FILTER (WHERE state = 'kept')::int AS kept, count(*) FILTER (WHERE state = 'partially_kept')::int AS partially_kept,
           count(*) FILTER (WHERE state = 'broken')::int AS broken, count(*) FILTER (WHERE state = 'pending')::int AS pending
      FROM promises WHERE tenant_id = ${q.tenantId} AND made_at >= ${q.from ?? new Date(0)} AND made_at < ${q.to ?? new Date('9999-01-01')}
     GROUP BY 1 ORDER BY 1`.execute(db);
  return r.rows.map((x) => {
    const row = { key: x.key, kept: x.kept, partiallyKept: x.partially_kept, broken: x.broken, pending: x.pending };
    return { ...row, keptRate: keptRate(row) };
  });
}
