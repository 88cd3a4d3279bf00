/**
 * Payment-link providers behind one interface. `local` is Recoup's own checkout page
 * (`GET /pay/:token`); `stripe` creates a Stripe Checkout Session through Stripe's
 * documented API (form-encoded `POST /v1/checkout/sessions`, Bearer secret key,
 * Idempotency-Key) and is paid through the `checkout.session.completed` webhook.
 */
import { AppError } from '../platform/errors.ts';
import type { ProviderName } from './tables.ts';

export type CheckoutRequest = {
  token: string; tenantId: string; amountMinor: number; currency: string; description: string; locale: 'zh-CN' | 'en';
  successUrl: string; cancelUrl: string; expiresAt: Date;
};
export type ProviderConfig = { apiBase: string | null; secretKey: string | null; webhookSecret: string | null; toleranceSeconds: number };
export type Checkout = { url: string; providerRef: string | null };

/** A payment-link provider. */
export type PaymentProvider = { name: ProviderName; createCheckout: (req: CheckoutRequest, cfg: ProviderConfig, publicBaseUrl: string) => Promise<Checkout> };

export const localProvider: PaymentProvider = {
  name: 'local',
  createCheckout: async (req, _cfg, base) => ({ url: `${base.replace(/\/$/, '')}/pay/${req.token}`, providerRef: req.token }),
};

/** Encodes nested params the way Stripe's API expects (`a[b][0][c]=v`). */
export function stripeForm(params: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    const key = prefix ? `${prefix}[${k}]` : k;
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) v.forEach((x, i) => (typeof x === 'object' && x !== null ? out.push(...stripeForm(x as Record<string, unknown>, `${key}[${i}]`)) : out.push(`${encodeURIComponent(`${key}[${i}]`)}=${encodeURIComponent(String(x))}`)));
    else if (typeof v === 'object') out.push(...stripeForm(v as Record<string, unknown>, key));
    else out.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`);
  }
  return out;
}

export const stripeProvider: PaymentProvider = {
  name: 'stripe',
  createCheckout: async (req, cfg) => {
    if (!cfg.secretKey) throw new AppError('CONFIG_INVALID', { message: 'the stripe provider has no secret key for this tenant (PUT /v1/payment-links/providers/stripe)' });
    const base = (cfg.apiBase ?? 'https://api.stripe.com').replace(/\/$/, '');
    const body = stripeForm({
      mode: 'payment',
      client_reference_id: req.token,
      success_url: req.successUrl,
      cancel_url: req.cancelUrl,
      locale: req.locale === 'zh-CN' ? 'zh' : 'en',
      expires_at: Math.floor(req.expiresAt.getTime() / 1000),
      line_items: [{ quantity: 1, price_data: { currency: req.currency.toLowerCase(), unit_amount: req.amountMinor, product_data: { name: req.description } } }],
      metadata: { recoup_token: req.token, recoup_tenant: req.tenantId },
    }).join('&');
    let res: Response;
    try {
      res = await fetch(`${base}/v1/checkout/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${cfg.secretKey}`, 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': `recoup-link-${req.token}` },
        body,
      });
    } catch (cause) {
      throw new AppError('UNAVAILABLE', { message: `stripe is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`, cause });
    }
    const json = (await res.json().catch(() => ({}))) as { id?: string; url?: string; error?: { message?: string } };
    if (!res.ok || !json.id || !json.url) throw new AppError('UNAVAILABLE', { message: `stripe refused the checkout session (${res.status}): ${json.error?.message ?? 'no id/url in the answer'}` });
    return { url: json.url, providerRef: json.id };
  },
};

const providers: Record<ProviderName, PaymentProvider> = { local: localProvider, stripe: stripeProvider };

/** The provider of a name. */
export function getProvider(name: ProviderName): PaymentProvider {
  return providers[name];
}
