/**
 * The arrangements domain's graphile-worker tasks (wired into the worker by
 * src/app/tasks.ts). Consumers of domain events receive the outbox payload
 * `{eventId, tenantId, name, aggregateType, aggregateId, payload, occurredAt}`; every
 * handler is idempotent.
 *
 * - `arrangements_payment_posted` (payment.posted): stop-on-pay first (cancel pending
 *   contacts, batched sweep), then promises, plans and settlements of the account.
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
import { stopOnPay } from './stop-on-pay.ts';

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
  arrangements_payment_posted: paymentPosted,
  arrangements_payment_reversed: paymentReversed,
  arrangements_nightly: nightly,
};

/** Cron line for the nightly evaluation (graphile-worker crontab syntax, UTC): every day at 17:30 UTC (01:30 in China). */
export const arrangementCrontab = '30 17 * * * arrangements_nightly';
