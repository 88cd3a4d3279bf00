/**
 * The Stripe webhook: verifies `Stripe-Signature` over the raw body with the tenant's
 * webhook secret and tolerance, logs every delivery (accepted or not) in
 * `provider_webhook_log`, and on `checkout.session.completed` with `payment_status: paid`
 * records the link's payment (external id `stripe:<payment_intent or session id>`).
 * Other event types are acknowledged and ignored. A replayed event is one payment.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../platform/errors.ts';
import type { Database } from '../platform/db-types.ts';
import { writeAudit } from '../platform/audit.ts';
import { bodyHash, getProviderConfig, recordLinkPayment } from './payment-links.ts';
import { verifyStripeSignature } from './stripe-signature.ts';
import './tables.ts';

type StripeSession = { id: string; client_reference_id?: string | null; amount_total?: number; currency?: string; payment_status?: string; payment_intent?: string | null; metadata?: Record<string, string>; created?: number };
type StripeEvent = { id: string; type: string; created?: number; data?: { object?: StripeSession } };

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/**
 * Handles one delivery.
 * @returns what was done
 * @throws AppError INVALID_INPUT (bad signature, unknown tenant, malformed event) — sent as 400
 */
export async function handleStripeWebhook(db: Kysely<Database>, q: { tenantId: string; rawBody: string; signature: string | undefined; remoteIp: string | null; now?: Date }): Promise<{ received: true; handled: string }> {
  const hash = bodyHash(q.rawBody);
  const reject = async (reason: string): Promise<never> => {
    const tenantId = isUuid(q.tenantId) ? q.tenantId : null;
    await db.insertInto('provider_webhook_log').values({ tenant_id: tenantId, provider: 'stripe', accepted: false, reason, remote_ip: q.remoteIp, body_sha256: hash }).execute().catch(() => undefined);
    if (tenantId) await writeAudit(db, { tenantId, actor: 'provider:stripe', action: 'webhook.rejected', subjectType: 'payment_provider', subjectId: 'stripe', detail: { reason, bodySha256: hash, remoteIp: q.remoteIp } }).catch(() => undefined);
    throw new AppError('INVALID_INPUT', { message: `stripe webhook rejected: ${reason}` });
  };
  if (!isUuid(q.tenantId)) return reject('unknown tenant');
  const cfg = await getProviderConfig(db, q.tenantId, 'stripe');
  if (!cfg.webhookSecret) return reject('no webhook secret configured for this tenant');
  const check = verifyStripeSignature({ header: q.signature, payload: q.rawBody, secret: cfg.webhookSecret, toleranceSeconds: cfg.toleranceSeconds, nowSeconds: Math.floor((q.now ?? new Date()).getTime() / 1000) });
  if (!check.valid) return reject(check.reason);
  let event: StripeEvent;
  try {
    event = JSON.parse(q.rawBody) as StripeEvent;
  } catch {
    return reject('body is not JSON');
  }
  if (typeof event.id !== 'string' || typeof event.type !== 'string') return reject('not a Stripe event');
  return db.transaction().execute(async (tx) => {
    const logged = await tx.insertInto('provider_webhook_log').values({ tenant_id: q.tenantId, provider: 'stripe', event_id: event.id, event_type: event.type, accepted: true, remote_ip: q.remoteIp, body_sha256: hash }).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
    if (!logged) return { received: true as const, handled: 'duplicate event' };
    const s = event.data?.object;
    if (event.type !== 'checkout.session.completed' || !s) return { received: true as const, handled: `ignored ${event.type}` };
    if (s.payment_status !== 'paid') return { received: true as const, handled: `session ${s.id} not paid (${s.payment_status})` };
    const token = s.client_reference_id ?? s.metadata?.recoup_token;
    if (!token || typeof s.amount_total !== 'number' || !s.currency) throw new AppError('INVALID_INPUT', { message: `session ${s.id} lacks client_reference_id, amount_total or currency` });
    const { result } = await recordLinkPayment(tx, {
      token, amountMinor: s.amount_total, currency: s.currency.toUpperCase(), externalId: `stripe:${s.payment_intent ?? s.id}`,
      receivedAt: new Date((event.created ?? Math.floor(Date.now() / 1000)) * 1000), actor: 'provider:stripe', allowClosed: true,
    });
    return { received: true as const, handled: `payment ${result.outcome}` };
  });
}
