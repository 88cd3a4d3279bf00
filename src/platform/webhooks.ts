/**
 * Outgoing webhooks: every domain event a subscription asks for is POSTed as JSON to its
 * URL, signed with HMAC-SHA256 over `<timestamp>.<body>` in the header
 * `Recoup-Signature: t=<unix seconds>,v1=<hex>` (the receiver recomputes it with the shared
 * secret and rejects stale timestamps). Deliveries are queued by the outbox trigger and
 * retried with backoff by graphile-worker (up to 12 attempts); a non-2xx answer or a network
 * error is a failed attempt.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Task } from 'graphile-worker';
import { sql, type Kysely } from 'kysely';
import type { Database, Db } from './db-types.ts';
import { AppError } from './errors.ts';
import { eventNames } from './events.ts';
import './tables.ts';

/** Signs a body: returns the `Recoup-Signature` header value. */
export function signWebhook(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** Verifies a `Recoup-Signature` header (for receivers and tests); tolerance in seconds. */
export function verifyWebhookSignature(secret: string, body: string, header: string, toleranceS = 300, now = Date.now()): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || !parts.v1 || Math.abs(now / 1000 - t) > toleranceS) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Why a webhook URL is refused, or null: not http(s), or a host that is link-local
 * (169.254.0.0/16, fe80::/10 — where clouds answer instance metadata) or a cloud metadata
 * name. Loopback and private networks stay allowed: on premises, the lender's own systems
 * live there. The host is checked as written (a name that resolves to such an address is
 * not caught here).
 */
export function webhookUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'must be http(s)';
  const host = u.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (/^169\.254\.\d{1,3}\.\d{1,3}$/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)) return `points at a link-local address (${host}), where cloud instance metadata is served`;
  if (host === 'metadata.google.internal' || host === 'metadata' || host.endsWith('.metadata.internal')) return `points at a cloud metadata service (${host})`;
  return null;
}

/**
 * Subscribes a URL to events (`*` for all).
 * @throws AppError INVALID_INPUT for a refused URL (see webhookUrlProblem) or an event name no domain emits
 */
export async function createWebhookSubscription(
  db: Db,
  s: { tenantId: string; url: string; events: string[] },
): Promise<{ id: string; secret: string }> {
  const problem = webhookUrlProblem(s.url);
  const details = problem ? [{ path: 'body.url', message: `${s.url} ${problem}` }] : [];
  s.events.forEach((e, i) => {
    if (e !== '*' && !(eventNames as readonly string[]).includes(e)) details.push({ path: `body.events[${i}]`, message: `unknown event ${JSON.stringify(e)}: one of ${eventNames.join(', ')}, or * for all` });
  });
  if (details.length) throw new AppError('INVALID_INPUT', { message: `webhook subscription refused: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`, details });
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  const row = await db
    .insertInto('webhook_subscriptions')
    .values({ tenant_id: s.tenantId, url: s.url, secret, events: s.events })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, secret };
}

/** The graphile-worker task that delivers one webhook (payload `{deliveryId}`). */
export function webhookDeliverTask(db: Kysely<Database>, fetchImpl: typeof fetch = fetch): Task {
  return async (payload) => {
    const { deliveryId } = payload as { deliveryId: number };
    const row = await db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
      .innerJoin('domain_events as e', 'e.id', 'd.event_id')
      .select(['d.id', 'd.status', 's.url', 's.secret', 's.active', 'e.id as eventId', 'e.name', 'e.tenant_id', 'e.aggregate_type', 'e.aggregate_id', 'e.payload', 'e.occurred_at'])
      .where('d.id', '=', deliveryId)
      .executeTakeFirst();
    if (!row || row.status === 'delivered' || !row.active) return;
    const body = JSON.stringify({
      id: row.eventId,
      type: row.name,
      tenantId: row.tenant_id,
      subject: { type: row.aggregate_type, id: row.aggregate_id },
      occurredAt: row.occurred_at,
      data: row.payload,
    });
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetchImpl(row.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'recoup-signature': signWebhook(row.secret, body), 'recoup-event': row.name },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      status = res.status;
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = (e as Error).message;
    }
    await db
      .updateTable('webhook_deliveries')
      .set({
        attempts: sql`attempts + 1`,
        last_status_code: status,
        last_error: error,
        status: error ? 'pending' : 'delivered',
        delivered_at: error ? null : new Date(),
      })
      .where('id', '=', deliveryId)
      .execute();
    if (error) throw new Error(`webhook ${deliveryId} to ${row.url} failed: ${error}`);
  };
}
