/**
 * HTTP: /v1/payment-links (create, list, get, cancel; provider configuration), the public
 * checkout page of the local provider (`GET`/`POST /pay/:token`, no API key: the token
 * is the capability) and the Stripe webhook (`POST /webhooks/stripe/:tenantId`, no API
 * key: authenticated by its `Stripe-Signature` over the raw body).
 */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import { isAppError } from '../platform/errors.ts';
import type { ZodApp } from '../platform/http.ts';
import { pickLocale, renderCheckoutPage } from './checkout-page.ts';
import { cancelPaymentLink, configureProvider, createPaymentLink, getLinkByToken, getPaymentLink, listPaymentLinks, recordLinkPayment } from './payment-links.ts';
import { handleStripeWebhook } from './stripe-webhook.ts';
import { actorOf, IdParams, page, pageAfter, PageQuery } from './route-helpers.ts';

const CreateBody = z.object({
  accountId: z.number().int().positive(), amountMinor: z.number().int().positive().optional(), provider: z.enum(['local', 'stripe']).default('local'),
  locale: z.enum(['zh-CN', 'en']).optional(), expiresInHours: z.number().int().min(1).max(24 * 30).optional(),
  purposeType: z.enum(['promise', 'plan', 'settlement']).optional(), purposeId: z.number().int().positive().optional(),
  successUrl: z.string().url().optional(), cancelUrl: z.string().url().optional(),
});
const ProviderBody = z.object({ apiBase: z.string().url().optional(), secretKey: z.string().min(1).optional(), webhookSecret: z.string().min(1).optional(), toleranceSeconds: z.number().int().min(1).max(3600).optional() });
const TokenParams = z.object({ token: z.string().min(10).max(100) });
const LangQuery = z.object({ lang: z.string().optional(), done: z.string().optional() });

function registerApi(app: ZodApp, ctx: AppContext): void {
  const tags = ['payment-links'];
  app.post('/v1/payment-links', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'Create a payment link (local checkout page or Stripe Checkout)', body: CreateBody } }, async (req, reply) => reply.status(201).send(await createPaymentLink(ctx.db, actorOf(req), req.body)));
  app.get('/v1/payment-links', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'List payment links', querystring: PageQuery.extend({ accountId: z.coerce.number().int().positive().optional() }) } }, async (req) => page(await listPaymentLinks(ctx.db, { tenantId: actorOf(req).tenantId, ...pageAfter(req.query) }), req.query.limit));
  app.get('/v1/payment-links/:id', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'One payment link', params: IdParams } }, async (req) => getPaymentLink(ctx.db, actorOf(req).tenantId, req.params.id));
  app.post('/v1/payment-links/:id/cancellation', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'Cancel an open link', params: IdParams } }, async (req) => cancelPaymentLink(ctx.db, actorOf(req), req.params.id));
  app.put('/v1/payment-links/providers/:provider', { config: { permission: 'arrangements:approve' }, schema: { tags, summary: 'Configure a provider (secrets are write-only)', params: z.object({ provider: z.enum(['local', 'stripe']) }), body: ProviderBody } }, async (req, reply) => {
    await configureProvider(ctx.db, actorOf(req), req.params.provider, req.body);
    return reply.status(204).send();
  });
}

function registerCheckout(app: ZodApp, ctx: AppContext): void {
  app.get('/pay/:token', { schema: { hide: true, params: TokenParams, querystring: LangQuery } }, async (req, reply) => {
    const link = await getLinkByToken(ctx.db, req.params.token);
    const locale = pickLocale(req.query.lang, req.headers['accept-language'], link.locale);
    const status = link.status === 'open' && link.expiresAt < new Date() ? 'expired' : link.status;
    return reply.type('text/html; charset=utf-8').send(renderCheckoutPage({ token: link.token, lender: link.lender, accountRef: link.accountExternalId, amountMinor: link.amountMinor, currency: link.currency, status, locale }));
  });
  app.post('/pay/:token', { schema: { hide: true, params: TokenParams, querystring: LangQuery } }, async (req, reply) => {
    const link = await getLinkByToken(ctx.db, req.params.token);
    const locale = pickLocale(req.query.lang, req.headers['accept-language'], link.locale);
    const view = { token: link.token, lender: link.lender, accountRef: link.accountExternalId, amountMinor: link.amountMinor, currency: link.currency, locale };
    if (link.provider !== 'local') return reply.status(409).type('text/html; charset=utf-8').send(renderCheckoutPage({ ...view, status: link.status }));
    try {
      await ctx.db.transaction().execute((tx) => recordLinkPayment(tx, { token: link.token, amountMinor: link.amountMinor, currency: link.currency, externalId: `link:${link.token}`, receivedAt: new Date(), actor: 'debtor:payment-link' }));
    } catch (e) {
      if (!isAppError(e, 'CONFLICT')) throw e;
      return reply.status(409).type('text/html; charset=utf-8').send(renderCheckoutPage({ ...view, status: 'cancelled', message: e.userMessage }));
    }
    return reply.status(200).type('text/html; charset=utf-8').send(renderCheckoutPage({ ...view, status: 'paid' }));
  });
}

function registerWebhook(app: ZodApp, ctx: AppContext): void {
  app.post('/webhooks/stripe/:tenantId', { schema: { hide: true, params: z.object({ tenantId: z.string().max(64) }) } }, async (req) => {
    const raw = typeof req.body === 'string' ? req.body : Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    const sig = req.headers['stripe-signature'];
    try {
      return await handleStripeWebhook(ctx.db, { tenantId: req.params.tenantId, rawBody: raw, signature: typeof sig === 'string' ? sig : undefined, remoteIp: req.ip });
    } catch (e) {
      if (isAppError(e, 'INVALID_INPUT')) req.log.warn({ tenantId: req.params.tenantId, reason: e.message }, 'stripe webhook rejected');
      throw e;
    }
  });
}

/** Registers the payment-link routes, the checkout page and the provider webhook. */
export async function registerLinkRoutes(root: ZodApp, ctx: AppContext): Promise<void> {
  registerApi(root, ctx);
  await root.register(async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const form = 'application/x-www-form-urlencoded';
    if (app.hasContentTypeParser(form)) app.removeContentTypeParser(form);
    app.addContentTypeParser(form, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))));
    registerCheckout(app, ctx);
  });
  await root.register(async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    // The signature covers the exact bytes: keep the raw body, parse JSON ourselves.
    for (const t of ['application/json', 'text/plain']) if (app.hasContentTypeParser(t)) app.removeContentTypeParser(t);
    app.addContentTypeParser(['application/json', 'text/plain'], { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body));
    registerWebhook(app, ctx);
  });
}
