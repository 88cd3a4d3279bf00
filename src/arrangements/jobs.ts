/**
 * The arrangements domain's graphile-worker tasks (wired into the worker by
 * src/app/tasks.ts). Consumers of domain events receive the outbox payload
 * `{eventId, tenantId, name, aggregateType, aggregateId, payload, occurredAt}`; every
 * handler is idempotent.
 *
 * - `arrangements_payments_sweep` (payment.posted, a sweep consumer: payload `{tenantId}`):
 *   stop-on-pay for every waiting event of the tenant, set-based (see stop-on-pay.ts), and
 *   one `arrangements_apply_payment` job per payment whose account has an open arrangement.
 * - `arrangements_apply_payment` (`{tenantId, paymentId}`): promises, plans and settlements
 *   of the account.
 * - `arrangements_inbox_kick` (cron, every minute): queues a sweep for any tenant whose
 *   events still wait (the safety net for a sweep job held by a worker that died).
 * - `arrangements_payment_posted`: the per-event consumer of payment.posted before the
 *   sweep; kept for jobs queued before the upgrade (stop-on-pay, then arrangements).
 * - `arrangements_payment_reversed` (payment.reversed): takes the payment back out.
 * - `arrangements_nightly` (cron): evaluates promises and plans, expires settlements.
 */
import { Kysely, PostgresDialect } from 'kysely';
import type { JobHelpers, Task, TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { Database } from '../platform/db-types.ts';
import { applyPostedPayment, applyReversedPayment, findPaymentForArrangements } from './on-payment.ts';
import { evaluatePlans } from './plans.ts';
import { evaluatePromises } from './promises.ts';
import { expireSettlements } from './settlements.ts';
import { kickEventInbox } from '../platform/events.ts';
import { stopOnPay, sweepPaymentsPosted } from './stop-on-pay.ts';

type OutboxPayload = { eventId: number; tenantId: string; name: string; aggregateType: string; aggregateId: string; payload: Record<string, unknown>; occurredAt: string };

function isOutboxPayload(p: unknown): p is OutboxPayload {
  return typeof p === 'object' && p !== null && 'eventId' in p && 'tenantId' in p && 'payload' in p;
}

/** A Kysely instance over the job's own connection (no second pool; release is a no-op). */
function withDb<T>(helpers: JobHelpers, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return helpers.withPgClient(async (client: pg.PoolClient) => {
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: { connect: async () => ({ query: client.query.bind(client), release: () => {} }), end: async () => {} } as never }),
    });
    return fn(db);
  });
}

function paymentIdOf(e: OutboxPayload): number {
  const fromPayload = e.payload.paymentId;
  return typeof fromPayload === 'number' ? fromPayload : Number(e.aggregateId);
}

const paymentPosted: Task = async (payload, helpers) => {
  if (!isOutboxPayload(payload)) throw new Error('arrangements_payment_posted: not an outbox payload');
  const accountId = typeof payload.payload.accountId === 'number' ? payload.payload.accountId : null;
  await withDb(helpers, async (db) => {
    await stopOnPay(db, { eventId: Number(payload.eventId), tenantId: payload.tenantId, accountId });
    // Most paying accounts have no open arrangement: check without a transaction first.
    const q = { tenantId: payload.tenantId, paymentId: paymentIdOf(payload) };
    if (await findPaymentForArrangements(db, q)) await db.transaction().execute((tx) => applyPostedPayment(tx, q));
  });
};

function isSweepPayload(p: unknown): p is { tenantId: string } {
  return typeof p === 'object' && p !== null && 'tenantId' in p && typeof p.tenantId === 'string';
}

const paymentsSweep: Task = async (payload, helpers) => {
  if (!isSweepPayload(payload)) throw new Error('arrangements_payments_sweep: payload has no tenantId');
  const followUp = 'followUp' in payload && payload.followUp === true;
  await withDb(helpers, (db) => sweepPaymentsPosted(db, { tenantId: payload.tenantId, followUp }));
};

const applyPayment: Task = async (payload, helpers) => {
  if (!isSweepPayload(payload) || !('paymentId' in payload) || typeof payload.paymentId !== 'number') throw new Error('arrangements_apply_payment: payload needs tenantId and paymentId');
  const q = { tenantId: payload.tenantId, paymentId: payload.paymentId };
  await withDb(helpers, (db) => db.transaction().execute((tx) => applyPostedPayment(tx, q)));
};

const inboxKick: Task = async (_payload, helpers) => {
  await withDb(helpers, (db) => kickEventInbox(db));
};

const paymentReversed: Task = async (payload, helpers) => {
  if (!isOutboxPayload(payload)) throw new Error('arrangements_payment_reversed: not an outbox payload');
  await withDb(helpers, (db) => db.transaction().execute((tx) => applyReversedPayment(tx, { tenantId: payload.tenantId, paymentId: paymentIdOf(payload) })));
};

const nightly: Task = async (_payload, helpers) => {
  await withDb(helpers, async (db) => {
    const now = new Date();
    // One connection here (the job's): no parallel slices.
    const promises = await evaluatePromises(db, { asOf: now, parallel: 1 });
    const today = now.toISOString().slice(0, 10);
    const plans = await evaluatePlans(db, { asOf: today });
    const expired = await expireSettlements(db, { asOf: today });
    helpers.logger.info(`arrangements nightly: promises ${JSON.stringify(promises)}, plans ${JSON.stringify(plans)}, settlements expired ${expired}`);
  });
};

/** The domain's tasks. */
export const arrangementTasks: TaskList = {
  arrangements_payments_sweep: paymentsSweep,
  arrangements_apply_payment: applyPayment,
  arrangements_inbox_kick: inboxKick,
  arrangements_payment_posted: paymentPosted,
  arrangements_payment_reversed: paymentReversed,
  arrangements_nightly: nightly,
};

/**
 * Cron lines (graphile-worker crontab syntax, UTC): the nightly evaluation every day at
 * 17:30 UTC (01:30 in China); the inbox kick every minute.
 */
export const arrangementCrontab = ['30 17 * * * arrangements_nightly', '* * * * * arrangements_inbox_kick'].join('\n');
