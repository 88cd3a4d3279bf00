import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { configureArrangements } from './options.ts';
import { signStripePayload } from './stripe-signature.ts';
import { seedAccount, seedPortfolio } from './test-fixtures.ts';

/**
 * A fake Stripe that speaks the documented protocol: form-encoded POST /v1/checkout/sessions
 * with a Bearer secret key, a Checkout Session object back, and — when its hosted page is
 * "paid" — a `checkout.session.completed` event POSTed to the webhook endpoint, signed
 * `Stripe-Signature: t=…,v1=HMAC-SHA256(whsec, t + "." + body)`.
 */
type Session = { id: string; object: 'checkout.session'; url: string; amount_total: number; currency: string; client_reference_id: string; metadata: Record<string, string>; payment_status: string; payment_intent: string | null; status: string };
class FakeStripe {
  server: Server;
  sessions = new Map<string, Session>();
  requests: { auth: string | undefined; idempotencyKey: string | undefined; form: URLSearchParams }[] = [];
  webhookUrl = '';
  constructor(readonly secretKey: string, readonly webhookSecret: string) {
    this.server = createServer((req, res) => void this.handle(req).then(([status, body]) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    }));
  }
  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async handle(req: IncomingMessage): Promise<[number, unknown]> {
    let raw = '';
    for await (const c of req) raw += c;
    if (req.method === 'POST' && req.url === '/v1/checkout/sessions') {
      if (req.headers.authorization !== `Bearer ${this.secretKey}`) return [401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } }];
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return [400, { error: { message: 'form encoding expected' } }];
      const form = new URLSearchParams(raw);
      this.requests.push({ auth: req.headers.authorization, idempotencyKey: req.headers['idempotency-key'] as string | undefined, form });
      for (const k of ['mode', 'success_url', 'line_items[0][price_data][currency]', 'line_items[0][price_data][unit_amount]', 'line_items[0][quantity]']) {
        if (!form.get(k)) return [400, { error: { type: 'invalid_request_error', message: `Missing required param: ${k}.` } }];
      }
      const id = `cs_test_${this.sessions.size + 1}`;
      const s: Session = { id, object: 'checkout.session', url: `${this.base}/c/pay/${id}`, amount_total: Number(form.get('line_items[0][price_data][unit_amount]')) * Number(form.get('line_items[0][quantity]')), currency: String(form.get('line_items[0][price_data][currency]')), client_reference_id: String(form.get('client_reference_id')), metadata: { recoup_token: String(form.get('metadata[recoup_token]')) }, payment_status: 'unpaid', payment_intent: null, status: 'open' };
      this.sessions.set(id, s);
      return [200, s];
    }
    return [404, { error: { message: 'unknown route' } }];
  }
  /** The debtor pays on the hosted page: Stripe sends the signed webhook. */
  async complete(id: string, opts: { secret?: string; at?: number; eventId?: string } = {}): Promise<Response> {
    const s = this.sessions.get(id);
    if (!s) throw new Error('no session');
    Object.assign(s, { payment_status: 'paid', status: 'complete', payment_intent: `pi_${id}` });
    return this.send({ id: opts.eventId ?? `evt_${id}`, object: 'event', type: 'checkout.session.completed', created: Math.floor(Date.now() / 1000), data: { object: s } }, opts);
  }
  async send(event: object, opts: { secret?: string; at?: number } = {}): Promise<Response> {
    const body = JSON.stringify(event);
    const sig = signStripePayload(opts.secret ?? this.webhookSecret, body, opts.at ?? Math.floor(Date.now() / 1000));
    return fetch(this.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': sig }, body });
  }
}

let h: TestApp;
let stripe: FakeStripe;
let recoup: string;
let portfolioId: string;

before(async () => {
  h = await createTestApp();
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  recoup = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  configureArrangements({ publicBaseUrl: recoup });
  stripe = new FakeStripe('sk_test_recoup', 'whsec_recoup');
  await new Promise<void>((r) => stripe.server.listen(0, '127.0.0.1', r));
  stripe.webhookUrl = `${recoup}/webhooks/stripe/${h.tenantId}`;
  portfolioId = await seedPortfolio(h.t.db, h.tenantId);
  const cfg = await api('PUT', '/v1/payment-links/providers/stripe', { apiBase: stripe.base, secretKey: 'sk_test_recoup', webhookSecret: 'whsec_recoup', toleranceSeconds: 300 });
  assert.equal(cfg.status, 204);
});
after(async () => {
  await new Promise((r) => stripe.server.close(r));
  await h.close();
});

async function api(method: string, path: string, body?: object): Promise<Response> {
  return fetch(`${recoup}${path}`, { method, headers: { authorization: h.auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
}
type Link = { id: number; token: string; url: string; providerRef: string; status: string };
type Json = { detail?: string; handled?: string; status?: string; received?: boolean };
const json = async (r: Response) => (await r.json()) as Json;
const paymentsOf = (accountId: number) => h.t.db.selectFrom('payments').select(['external_id', 'amount_minor', 'channel']).where('account_id', '=', accountId).execute();

test('local provider: a real checkout page in zh-CN and en that records the payment once', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'L-1', overdue: 1, interest: 0, penalty: 0 });
  const res = await api('POST', '/v1/payment-links', { accountId: a.id, provider: 'local', amountMinor: 100_00 });
  assert.equal(res.status, 201);
  const link = (await res.json()) as Link;
  assert.equal(link.url, `${recoup}/pay/${link.token}`);
  const zh = await fetch(link.url);
  assert.equal(zh.status, 200);
  const zhHtml = await zh.text();
  assert.match(zhHtml, /在线还款[\s\S]*CNY 100.00[\s\S]*确认支付/);
  assert.match(await (await fetch(`${link.url}?lang=en`)).text(), /Pay online[\s\S]*Pay now CNY 100.00/);
  assert.match(await (await fetch(link.url, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).text(), /Amount due/);
  const paid = await fetch(link.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'payer=%E5%BC%A0%E4%B8%89' });
  assert.equal(paid.status, 200);
  assert.match(await paid.text(), /已付款/);
  const again = await fetch(link.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'payer=x' });
  assert.equal(again.status, 200);
  assert.deepEqual(await paymentsOf(a.id), [{ external_id: `link:${link.token}`, amount_minor: 100_00, channel: 'payment_link:local' }]);
  assert.equal((await json(await api('GET', `/v1/payment-links/${link.id}`))).status, 'paid');
  assert.equal((await fetch(`${recoup}/pay/not-a-real-token-at-all`)).status, 404);
});

test('stripe provider: Checkout Session created form-encoded; the signed webhook posts the payment once', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'ST-L', overdue: 1, interest: 0, penalty: 0 });
  const res = await api('POST', '/v1/payment-links', { accountId: a.id, provider: 'stripe', amountMinor: 123_45, locale: 'en' });
  assert.equal(res.status, 201, await res.clone().text());
  const link = (await res.json()) as Link;
  assert.match(link.url, /\/c\/pay\/cs_test_/);
  const sent = stripe.requests[stripe.requests.length - 1];
  assert.equal(sent.form.get('mode'), 'payment');
  assert.equal(sent.form.get('line_items[0][price_data][currency]'), 'cny');
  assert.equal(sent.form.get('line_items[0][price_data][unit_amount]'), '12345');
  assert.equal(sent.form.get('client_reference_id'), link.token);
  assert.equal(sent.idempotencyKey, `recoup-link-${link.token}`);
  const hook = await stripe.complete(link.providerRef);
  assert.equal(hook.status, 200, await hook.clone().text());
  assert.deepEqual(await json(hook), { received: true, handled: 'payment posted' });
  const replay = await stripe.complete(link.providerRef);
  assert.equal(replay.status, 200);
  const redelivered = await stripe.complete(link.providerRef, { eventId: 'evt_other_id_same_payment' });
  assert.equal((await json(redelivered)).handled, 'payment duplicate');
  assert.deepEqual(await paymentsOf(a.id), [{ external_id: `stripe:pi_${link.providerRef}`, amount_minor: 123_45, channel: 'payment_link:stripe' }]);
});

test('stripe: a provider payment id already received with another amount is a conflict; the link stays open', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'ST-C', overdue: 1, interest: 0, penalty: 0 });
  const link = (await (await api('POST', '/v1/payment-links', { accountId: a.id, provider: 'stripe', amountMinor: 50_00 })).json()) as Link;
  const earlier = await api('POST', '/v1/payments', { externalId: `stripe:pi_${link.providerRef}`, accountExternalId: 'ST-C', amountMinor: 1_00, currency: 'CNY', receivedAt: new Date().toISOString() });
  assert.equal(earlier.status, 201);
  const hook = await stripe.complete(link.providerRef);
  assert.equal(hook.status, 200);
  assert.equal((await json(hook)).handled, 'payment conflict');
  assert.equal((await json(await api('GET', `/v1/payment-links/${link.id}`))).status, 'open');
  assert.deepEqual((await paymentsOf(a.id)).map((p) => p.amount_minor), [1_00]);
});

test('stripe webhook with a bad signature, a stale timestamp or no signature is rejected (400) and logged', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'ST-BAD', overdue: 1 });
  const link = (await (await api('POST', '/v1/payment-links', { accountId: a.id, provider: 'stripe', amountMinor: 50_00 })).json()) as Link;
  const forged = await stripe.complete(link.providerRef, { secret: 'whsec_attacker' });
  assert.equal(forged.status, 400);
  assert.match((await json(forged)).detail ?? '', /no signature matches/);
  const stale = await stripe.complete(link.providerRef, { at: Math.floor(Date.now() / 1000) - 3600 });
  assert.equal(stale.status, 400);
  const none = await fetch(stripe.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.equal(none.status, 400);
  const otherTenant = await fetch(`${recoup}/webhooks/stripe/00000000-0000-0000-0000-000000000000`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.equal(otherTenant.status, 400);
  assert.deepEqual(await paymentsOf(a.id), [], 'nothing posted');
  const log = await h.t.db.selectFrom('provider_webhook_log').select(['accepted', 'reason']).where('accepted', '=', false).execute();
  assert.ok(log.length >= 4);
  assert.ok(log.some((l) => /outside the tolerance/.test(l.reason ?? '')));
  const audit = await h.t.db.selectFrom('audit_log').select('action').where('action', '=', 'webhook.rejected').execute();
  assert.ok(audit.length >= 3);
});

test('stripe refuses a wrong secret key: a clear 503, no link stored', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'ST-KEY', overdue: 1 });
  await api('PUT', '/v1/payment-links/providers/stripe', { apiBase: stripe.base, secretKey: 'sk_test_wrong', webhookSecret: 'whsec_recoup' });
  const r = await api('POST', '/v1/payment-links', { accountId: a.id, provider: 'stripe', amountMinor: 10_00 });
  assert.equal(r.status, 503);
  assert.match((await json(r)).detail ?? '', /Invalid API Key/);
  await api('PUT', '/v1/payment-links/providers/stripe', { apiBase: stripe.base, secretKey: 'sk_test_recoup', webhookSecret: 'whsec_recoup' });
});
