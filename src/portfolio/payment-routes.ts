/**
 * Payment endpoints. `POST /v1/payments` is idempotent by external id: the first call
 * answers 201 (posted) or 202 (held in suspense), a repeat answers 200 with the same
 * payment; a repeat whose amount, currency or account differ is a 409. In a batch, such a
 * payment is refused alone (outcome `conflict`, with a message); the rest are posted.
 */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import type { ZodApp } from '../platform/http.ts';
import { isCurrency } from './currency.ts';
import { isFutureInstant, isInstant } from './fields.ts';
import { conflictMessage, postPayments } from './payments/post-payments.ts';
import { reversePayment } from './payments/reverse-payment.ts';
import { listSuspense, postSuspenseToAccount, returnSuspense } from './payments/suspense.ts';
import { actorOf, IdParams, PageQuery } from './route-helpers.ts';

const PaymentBody = z.object({
  externalId: z.string().min(1).max(100),
  accountExternalId: z.string().min(1).max(100),
  /** Integer minor units (fen, cents). */
  amountMinor: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  currency: z.string().refine(isCurrency, 'not an ISO 4217 currency code'),
  receivedAt: z.string().refine(isInstant, 'an ISO 8601 instant with offset or Z, of a date that exists')
    .refine((v) => !isFutureInstant(v), 'is in the future: a payment is posted once received'),
  channel: z.string().min(1).max(50).default('api'),
});

const BatchBody = z.object({ payments: z.array(PaymentBody).min(1).max(10_000) });

const SuspenseQuery = PageQuery.extend({ state: z.enum(['open', 'resolved', 'all']).default('open') });
const SuspensePostBody = z.object({ accountExternalId: z.string().min(1).max(100), note: z.string().min(1).max(500).describe('why this account: kept on the row and in the audit log') });
const SuspenseReturnBody = z.object({ note: z.string().min(1).max(500) });

const ReverseBody = z.object({ status: z.enum(['reversed', 'charged_back']).default('reversed'), reason: z.string().min(1).max(500) });

/** Registers the payment routes. */
export function registerPaymentRoutes(app: ZodApp, ctx: AppContext): void {
  app.post('/v1/payments', { config: { permission: 'payments:write' }, schema: { tags: ['payments'], summary: 'Post one payment (idempotent by externalId)', body: PaymentBody } }, async (req, reply) => {
    const a = actorOf(req);
    const [r] = await ctx.db.transaction().execute((tx) => postPayments(tx, { tenantId: a.tenantId, actor: a.ref, source: 'api' }, [req.body]));
    if (r.outcome === 'conflict') throw new AppError('CONFLICT', { message: conflictMessage(r.externalId) });
    reply.status(r.outcome === 'posted' ? 201 : r.outcome === 'suspense' ? 202 : 200);
    return r;
  });
  app.post('/v1/payments/batch', { config: { permission: 'payments:write' }, schema: { tags: ['payments'], summary: 'Post up to 10,000 payments in one transaction', body: BatchBody } }, async (req) => {
    const a = actorOf(req);
    const results = await ctx.db.transaction().execute((tx) => postPayments(tx, { tenantId: a.tenantId, actor: a.ref, source: 'api' }, req.body.payments));
    const count = (o: string) => results.filter((r) => r.outcome === o).length;
    // A conflict refuses that payment only: the others of the batch are kept.
    return {
      counts: { posted: count('posted'), duplicate: count('duplicate'), conflict: count('conflict'), suspense: count('suspense') },
      results: results.map((r) => (r.outcome === 'conflict' ? { ...r, message: conflictMessage(r.externalId) } : r)),
    };
  });
  app.get('/v1/payments/suspense', { config: { permission: 'accounts:read' }, schema: { tags: ['payments'], summary: 'Payments held in suspense (open by default), oldest first', querystring: SuspenseQuery } }, async (req) => {
    const a = actorOf(req);
    return listSuspense(ctx.db, { tenantId: a.tenantId, ...req.query });
  });
  app.post('/v1/payments/suspense/:id/post', { config: { permission: 'payments:write' }, schema: { tags: ['payments'], summary: 'Post a held payment to the account it belongs to', params: IdParams, body: SuspensePostBody } }, async (req, reply) => {
    const a = actorOf(req);
    const r = await ctx.db.transaction().execute((tx) => postSuspenseToAccount(tx, { tenantId: a.tenantId, actor: a.ref }, { id: req.params.id, ...req.body }));
    reply.status(201);
    return r;
  });
  app.post('/v1/payments/suspense/:id/return', { config: { permission: 'payments:write' }, schema: { tags: ['payments'], summary: 'Record that a held payment went back to the payer', params: IdParams, body: SuspenseReturnBody } }, async (req) => {
    const a = actorOf(req);
    return ctx.db.transaction().execute((tx) => returnSuspense(tx, { tenantId: a.tenantId, actor: a.ref }, { id: req.params.id, ...req.body }));
  });
  app.post('/v1/payments/:id/reversal', { config: { permission: 'payments:write' }, schema: { tags: ['payments'], summary: 'Reverse or charge back a payment', params: IdParams, body: ReverseBody } }, async (req) => {
    const a = actorOf(req);
    return ctx.db.transaction().execute((tx) => reversePayment(tx, { tenantId: a.tenantId, actor: a.ref }, { paymentId: req.params.id, ...req.body }));
  });
}
