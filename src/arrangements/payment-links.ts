/**
 * Payment links: create (through a provider), show, cancel, and record the payment when
 * the provider says it was paid — always through the portfolio's `postPayments`
 * (idempotent by external id, allocation, suspense, payment.posted), so that a link paid
 * twice or a webhook delivered twice is one payment.
 */
import { createHash, randomBytes } from 'node:crypto';
import { actorRef, type Actor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import type { Db } from '../platform/db-types.ts';
import { writeAudit } from '../platform/audit.ts';
import { getAccountFacts } from './account-facts.ts';
import { arrangementsOptions } from './options.ts';
import { postPayments, type PostPaymentResult } from './payments-port.ts';
import { getProvider, type ProviderConfig } from './providers.ts';
import type { ProviderName } from './tables.ts';
import './tables.ts';

export type PaymentLink = {
  id: number; token: string; accountId: number; amountMinor: number; currency: string; provider: ProviderName; providerRef: string | null; url: string;
  locale: 'zh-CN' | 'en'; purposeType: string | null; purposeId: number | null; status: 'open' | 'paid' | 'expired' | 'cancelled'; expiresAt: Date; paidAt: Date | null;
};

export type CreateLinkInput = {
  accountId: number; amountMinor?: number; provider: ProviderName; locale?: 'zh-CN' | 'en'; expiresInHours?: number;
  purposeType?: 'promise' | 'plan' | 'settlement'; purposeId?: number; successUrl?: string; cancelUrl?: string;
};

/** The tenant's configuration of a provider (local needs none). */
export async function getProviderConfig(db: Db, tenantId: string, provider: ProviderName): Promise<ProviderConfig> {
  const r = await db.selectFrom('payment_provider_configs').selectAll().where('tenant_id', '=', tenantId).where('provider', '=', provider).executeTakeFirst();
  return { apiBase: r?.api_base ?? null, secretKey: r?.secret_key ?? null, webhookSecret: r?.webhook_secret ?? null, toleranceSeconds: r?.tolerance_seconds ?? 300 };
}

/** Saves the tenant's configuration of a provider (secrets are never returned by the API). */
export async function configureProvider(db: Db, actor: Actor, provider: ProviderName, cfg: Partial<ProviderConfig>): Promise<void> {
  const row = { api_base: cfg.apiBase ?? null, secret_key: cfg.secretKey ?? null, webhook_secret: cfg.webhookSecret ?? null, tolerance_seconds: cfg.toleranceSeconds ?? 300, updated_at: new Date() };
  await db.insertInto('payment_provider_configs').values({ tenant_id: actor.tenantId, provider, ...row }).onConflict((oc) => oc.columns(['tenant_id', 'provider']).doUpdateSet(row)).execute();
  await writeAudit(db, { tenantId: actor.tenantId, actor: actorRef(actor), action: 'payment_provider.configure', subjectType: 'payment_provider', subjectId: provider, detail: { apiBase: cfg.apiBase ?? null } });
}

type LinkRow = { id: number; token: string; account_id: number; amount_minor: number; currency: string; provider: ProviderName; provider_ref: string | null; url: string; locale: 'zh-CN' | 'en'; purpose_type: string | null; purpose_id: number | null; status: PaymentLink['status']; expires_at: Date; paid_at: Date | null };
const toLink = (r: LinkRow): PaymentLink => ({ id: r.id, token: r.token, accountId: r.account_id, amountMinor: r.amount_minor, currency: r.currency.trim(), provider: r.provider, providerRef: r.provider_ref, url: r.url, locale: r.locale, purposeType: r.purpose_type, purposeId: r.purpose_id, status: r.status, expiresAt: r.expires_at, paidAt: r.paid_at });

/**
 * Creates a link for an amount (default: the overdue amount) on an account.
 * @throws AppError NOT_FOUND, INVALID_INPUT (nothing to pay), CONFIG_INVALID/UNAVAILABLE (provider)
 */
export async function createPaymentLink(db: Db, actor: Actor, input: CreateLinkInput): Promise<PaymentLink> {
  const acct = await getAccountFacts(db, actor.tenantId, input.accountId);
  const amount = input.amountMinor ?? (acct.overdueMinor || acct.outstandingMinor);
  if (!amount || amount <= 0) throw new AppError('INVALID_INPUT', { message: `account ${input.accountId} has nothing to pay`, details: [{ path: 'amountMinor', message: 'must be positive' }] });
  const token = randomBytes(18).toString('base64url');
  const expiresAt = new Date(Date.now() + (input.expiresInHours ?? 72) * 3_600_000);
  const base = arrangementsOptions().publicBaseUrl;
  const locale = input.locale ?? acct.borrowerLocale;
  const checkout = await getProvider(input.provider).createCheckout({
    token, tenantId: actor.tenantId, amountMinor: amount, currency: acct.currency, locale, expiresAt,
    description: locale === 'zh-CN' ? `账户 ${acct.externalId} 还款` : `Payment on account ${acct.externalId}`,
    successUrl: input.successUrl ?? `${base}/pay/${token}?done=1`, cancelUrl: input.cancelUrl ?? `${base}/pay/${token}`,
  }, await getProviderConfig(db, actor.tenantId, input.provider), base);
  const r = await db.insertInto('payment_links').values({
    tenant_id: actor.tenantId, token, account_id: acct.id, amount_minor: amount, currency: acct.currency, provider: input.provider, provider_ref: checkout.providerRef,
    url: checkout.url, locale, purpose_type: input.purposeType ?? null, purpose_id: input.purposeId ?? null, expires_at: expiresAt, actor: actorRef(actor),
  }).returningAll().executeTakeFirstOrThrow();
  await writeAudit(db, { tenantId: actor.tenantId, actor: actorRef(actor), action: 'payment_link.create', subjectType: 'payment_link', subjectId: r.id, detail: { provider: input.provider, amountMinor: amount } });
  return toLink(r as LinkRow);
}

/** @throws AppError NOT_FOUND */
export async function getPaymentLink(db: Db, tenantId: string, id: number): Promise<PaymentLink> {
  const r = await db.selectFrom('payment_links').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { message: `payment link ${id} not found` });
  return toLink(r as LinkRow);
}

/** A link by its public token, with the tenant (for the checkout page). @throws AppError NOT_FOUND */
export async function getLinkByToken(db: Db, token: string): Promise<PaymentLink & { tenantId: string; accountExternalId: string; lender: string }> {
  const r = await db.selectFrom('payment_links as l').innerJoin('accounts as a', 'a.id', 'l.account_id').innerJoin('tenants as t', 't.id', 'l.tenant_id')
    .selectAll('l').select(['a.external_id as account_external_id', 't.name as lender']).where('l.token', '=', token).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { message: 'no such payment link', userMessage: '链接无效 / this link is not valid' });
  return { ...toLink(r as LinkRow), tenantId: r.tenant_id, accountExternalId: r.account_external_id, lender: r.lender };
}

/** Lists links newest first. */
export async function listPaymentLinks(db: Db, q: { tenantId: string; accountId?: number; after?: number; limit: number }): Promise<PaymentLink[]> {
  let query = db.selectFrom('payment_links').selectAll().where('tenant_id', '=', q.tenantId);
  if (q.accountId) query = query.where('account_id', '=', q.accountId);
  if (q.after) query = query.where('id', '<', q.after);
  return (await query.orderBy('id', 'desc').limit(q.limit).execute()).map((r) => toLink(r as LinkRow));
}

/** Cancels an open link. @throws AppError NOT_FOUND, CONFLICT */
export async function cancelPaymentLink(db: Db, actor: Actor, id: number): Promise<PaymentLink> {
  const l = await getPaymentLink(db, actor.tenantId, id);
  if (l.status !== 'open') throw new AppError('CONFLICT', { message: `payment link ${id} is ${l.status}` });
  // only an open link is cancelled: a checkout that paid it meanwhile wins
  const done = await db.updateTable('payment_links').set({ status: 'cancelled' }).where('id', '=', id).where('status', '=', 'open').returning('id').executeTakeFirst();
  if (!done) throw new AppError('CONFLICT', { message: `payment link ${id} is ${(await getPaymentLink(db, actor.tenantId, id)).status}` });
  return { ...l, status: 'cancelled' };
}

/**
 * Records that a link was paid: posts the payment (external id from the provider) and
 * marks the link paid. Idempotent: a second call posts nothing more.
 * @throws AppError NOT_FOUND, CONFLICT (cancelled or expired link with a local checkout)
 */
export async function recordLinkPayment(tx: Db, q: { token: string; amountMinor: number; currency: string; externalId: string; receivedAt: Date; actor: string; allowClosed?: boolean }): Promise<{ link: PaymentLink; result: PostPaymentResult }> {
  const found = await getLinkByToken(tx, q.token);
  await tx.selectFrom('payment_links').select('id').where('id', '=', found.id).forUpdate().executeTakeFirst();
  // read again under the lock: a cancellation committed meanwhile is seen
  const link = await getLinkByToken(tx, q.token);
  if (!q.allowClosed && (link.status === 'cancelled' || (link.status === 'open' && link.expiresAt < new Date()))) {
    throw new AppError('CONFLICT', { message: `payment link is ${link.status === 'open' ? 'expired' : link.status}`, userMessage: '链接已失效 / this link is no longer valid' });
  }
  const [result] = await postPayments(tx, { tenantId: link.tenantId, actor: q.actor, source: `payment_link:${link.provider}` }, [{
    externalId: q.externalId, accountExternalId: link.accountExternalId, amountMinor: q.amountMinor, currency: q.currency, receivedAt: q.receivedAt, channel: `payment_link:${link.provider}`,
  }]);
  // A provider payment id already received with another amount or account is not this
  // link's payment: nothing was posted, and the link stays as it was.
  if (result.outcome === 'conflict') return { link, result };
  if (link.status !== 'paid') await tx.updateTable('payment_links').set({ status: 'paid', paid_at: q.receivedAt, payment_external_id: q.externalId }).where('id', '=', link.id).execute();
  return { link: { ...link, status: 'paid' }, result };
}

/** SHA-256 hex of a webhook body (logged instead of the body). */
export function bodyHash(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}
