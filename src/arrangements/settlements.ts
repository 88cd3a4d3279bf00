/**
 * Settlements: a discounted payoff checked against the authority matrix. Within the
 * offerer's authority it is offered at once; above it, it waits for a four-eyes approval
 * by someone whose authority covers it. Accepted → confirmation letters (zh-CN, en);
 * paid in full → the account is settled, with a paid-in-full letter.
 */
import { sql } from 'kysely';
import { actorRef, personRef, type Actor } from '../platform/actor.ts';
import { decideApproval, requestApproval } from '../platform/approvals.ts';
import { AppError } from '../platform/errors.ts';
import type { Db } from '../platform/db-types.ts';
import { recordEvent } from '../platform/events.ts';
import { writeAudit } from '../platform/audit.ts';
import { appendEvidence } from '../evidence/index.ts';
import { getAccountFacts } from './account-facts.ts';
import { assertAccountAuthority, getAccountAuthority } from './account-authority.ts';
import { beyondEveryLevel, checkOffer, type AuthorityLevel, type OfferCheck, type ScoreBand } from './authority.ts';
import { renderLetters, type LetterKind } from './letters.ts';
import { addDays } from './promise-rules.ts';
import type { SettlementState } from './tables.ts';
import './tables.ts';
import { lockRow } from './lock-row.ts';

export type Settlement = {
  id: number; accountId: number; balanceMinor: number; amountMinor: number; currency: string; discountBps: number; installmentCount: number;
  bucket: string; scoreBand: string; authorityLevel: string; state: SettlementState; approvalId: string | null; expiresOn: string;
  paidMinor: number; acceptedAt: Date | null; paidAt: Date | null; locale: 'zh-CN' | 'en';
};

export type OfferSettlementInput = {
  accountId: number; amountMinor?: number; discountBps?: number; installmentCount?: number; expiresOn?: string;
  level: AuthorityLevel; locale?: 'zh-CN' | 'en';
  /** Only checked: the account's own bucket and band are always used; a different value is refused. */
  scoreBand?: ScoreBand; bucket?: string;
};

/**
 * Offers a settlement, checked against the authority of the account's own bucket and
 * score band (account-authority.ts). Above the offerer's authority it is saved as
 * pending_approval with a four-eyes approval request (the result says so, with the lowest
 * level that may approve). An offer beyond even the most senior level's limit is refused
 * at once (no approval could ever be given).
 * @throws AppError INVALID_INPUT, NOT_FOUND, CONFLICT (an open settlement exists), RULE_VIOLATION (a bucket or band that is not the account's; beyond every level)
 */
export async function offerSettlement(tx: Db, actor: Actor, input: OfferSettlementInput): Promise<{ settlement: Settlement; check: OfferCheck; approvalRequired: boolean }> {
  const acct = await getAccountFacts(tx, actor.tenantId, input.accountId);
  const authority = await getAccountAuthority(tx, acct);
  assertAccountAuthority(input, authority);
  const { bucket, scoreBand } = authority;
  const balance = acct.outstandingMinor;
  if (balance <= 0) throw new AppError('INVALID_INPUT', { message: `account ${input.accountId} has no balance to settle`, details: [{ path: 'accountId', message: 'balance is 0' }] });
  const amount = input.amountMinor ?? (input.discountBps !== undefined ? balance - Math.floor((balance * input.discountBps) / 10_000) : undefined);
  if (amount === undefined || amount <= 0 || amount > balance) {
    throw new AppError('INVALID_INPUT', { message: 'give amountMinor (0 < amount ≤ balance) or discountBps', details: [{ path: 'amountMinor', message: `must be between 1 and the balance ${balance}` }] });
  }
  const count = input.installmentCount ?? 1;
  const check = checkOffer({ level: input.level, bucket, scoreBand, balanceMinor: balance, offerMinor: amount, planMonths: count });
  const beyond = check.lowestLevel ? null : beyondEveryLevel({ bucket, scoreBand, discountBps: check.discountBps, planMonths: count });
  if (beyond) throw new AppError('RULE_VIOLATION', { message: beyond.message, userMessage: `${beyond.messageZh} / ${beyond.message}`, details: beyond.details });
  const state: SettlementState = check.withinAuthority ? 'offered' : 'pending_approval';
  let id: number;
  try {
    const row = await tx.insertInto('settlements').values({
      tenant_id: actor.tenantId, account_id: input.accountId, balance_minor: balance, amount_minor: amount, currency: acct.currency, discount_bps: check.discountBps,
      installment_count: count, bucket, score_band: scoreBand, authority_level: input.level, state, expires_on: input.expiresOn ?? addDays(acct.today, 14),
      locale: input.locale ?? acct.borrowerLocale, actor: actorRef(actor),
    }).returning('id').executeTakeFirstOrThrow();
    id = row.id;
  } catch (cause) {
    if ((cause as { code?: string }).code === '23505') throw new AppError('CONFLICT', { message: `account ${input.accountId} already has an open settlement`, cause });
    throw cause;
  }
  if (!check.withinAuthority) {
    const approval = await requestApproval(tx, { tenantId: actor.tenantId, subjectType: 'settlement', subjectId: String(id), requestedBy: personRef(actor) });
    await tx.updateTable('settlements').set({ approval_id: approval.id }).where('id', '=', id).execute();
  }
  const fact = { settlementId: id, accountId: input.accountId, balanceMinor: balance, amountMinor: amount, discountBps: check.discountBps, level: input.level, bucket, bucketFrom: authority.bucketFrom, scoreBand, scoredAsOf: authority.scoredAsOf, withinAuthority: check.withinAuthority, violations: check.violations };
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'settlement.offered', subjectType: 'settlement', subjectId: id, actor: actorRef(actor), fact });
  await writeAudit(tx, { tenantId: actor.tenantId, actor: actorRef(actor), action: 'settlement.offer', subjectType: 'settlement', subjectId: id, detail: fact });
  return { settlement: await getSettlement(tx, actor.tenantId, id), check, approvalRequired: !check.withinAuthority };
}

/** @throws AppError NOT_FOUND */
export async function getSettlement(db: Db, tenantId: string, id: number): Promise<Settlement> {
  const r = await db.selectFrom('settlements').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { message: `settlement ${id} not found` });
  return {
    id: r.id, accountId: r.account_id, balanceMinor: r.balance_minor, amountMinor: r.amount_minor, currency: r.currency.trim(), discountBps: r.discount_bps,
    installmentCount: r.installment_count, bucket: r.bucket, scoreBand: r.score_band, authorityLevel: r.authority_level, state: r.state, approvalId: r.approval_id,
    expiresOn: r.expires_on, paidMinor: r.paid_minor, acceptedAt: r.accepted_at, paidAt: r.paid_at, locale: r.locale,
  };
}

/** Lists settlements newest first (keyset cursor on id). */
export async function listSettlements(db: Db, q: { tenantId: string; state?: SettlementState; accountId?: number; after?: number; limit: number }): Promise<Settlement[]> {
  let query = db.selectFrom('settlements').select('id').where('tenant_id', '=', q.tenantId);
  if (q.state) query = query.where('state', '=', q.state);
  if (q.accountId) query = query.where('account_id', '=', q.accountId);
  if (q.after) query = query.where('id', '<', q.after);
  const ids = await query.orderBy('id', 'desc').limit(q.limit).execute();
  return Promise.all(ids.map((r) => getSettlement(db, q.tenantId, r.id)));
}

/**
 * Approves or rejects a settlement above authority. The approver is never the author
 * (four-eyes) and must hold authority that covers the offer at `level`.
 * @throws AppError NOT_FOUND, CONFLICT (not pending), FORBIDDEN (four-eyes), RULE_VIOLATION (approver's level too low)
 */
export async function decideSettlement(tx: Db, actor: Actor, input: { id: number; decision: 'approved' | 'rejected'; level: AuthorityLevel; comment?: string }): Promise<Settlement> {
  await lockRow(tx, 'settlements', actor.tenantId, input.id);
  const s = await getSettlement(tx, actor.tenantId, input.id);
  if (s.state !== 'pending_approval' || !s.approvalId) throw new AppError('CONFLICT', { message: `settlement ${s.id} is ${s.state}, not awaiting approval` });
  if (input.decision === 'approved') {
    const c = checkOffer({ level: input.level, bucket: s.bucket, scoreBand: s.scoreBand as ScoreBand, balanceMinor: s.balanceMinor, offerMinor: s.amountMinor, planMonths: s.installmentCount });
    if (!c.withinAuthority) throw new AppError('RULE_VIOLATION', { message: `a ${input.level} cannot approve this settlement: ${c.violations.join('; ')}${c.lowestLevel ? ` (needs ${c.lowestLevel})` : ''}` });
  }
  await decideApproval(tx, { tenantId: actor.tenantId, approvalId: s.approvalId, decidedBy: personRef(actor), decision: input.decision, comment: input.comment });
  const state: SettlementState = input.decision === 'approved' ? 'offered' : 'rejected';
  await tx.updateTable('settlements').set({ state }).where('id', '=', s.id).execute();
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: `settlement.${input.decision}`, subjectType: 'settlement', subjectId: s.id, actor: actorRef(actor), fact: { settlementId: s.id, level: input.level, comment: input.comment ?? null } });
  return { ...s, state };
}

async function storeLetters(tx: Db, tenantId: string, s: Settlement, kind: LetterKind, date: string): Promise<void> {
  const acct = await getAccountFacts(tx, tenantId, s.accountId);
  const tenant = await sql<{ name: string }>`SELECT name FROM tenants WHERE id = ${acct.tenantId}`.execute(tx);
  const letters = renderLetters({ kind, lender: tenant.rows[0]?.name ?? '', borrowerName: acct.borrowerName, accountRef: acct.externalId, currency: s.currency, balanceMinor: s.balanceMinor, amountMinor: s.amountMinor, installmentCount: s.installmentCount, expiresOn: s.expiresOn, date, reference: `STL-${s.id}` });
  for (const l of letters) {
    await tx.insertInto('settlement_letters').values({ tenant_id: acct.tenantId, settlement_id: s.id, kind, locale: l.locale, text_body: l.text, html_body: l.html, sha256: l.sha256 }).onConflict((oc) => oc.doNothing()).execute();
    await appendEvidence(tx, { tenantId: acct.tenantId, kind: `settlement.letter.${kind}`, subjectType: 'settlement', subjectId: s.id, actor: 'system:arrangements', fact: { settlementId: s.id, locale: l.locale, sha256: l.sha256 } });
  }
}

/** The debtor accepted an offered settlement: → accepted, letters stored, settlement.accepted. @throws AppError NOT_FOUND, CONFLICT, RULE_VIOLATION (expired) */
export async function acceptSettlement(tx: Db, actor: Actor, id: number): Promise<Settlement> {
  await lockRow(tx, 'settlements', actor.tenantId, id);
  const s = await getSettlement(tx, actor.tenantId, id);
  if (s.state !== 'offered') throw new AppError('CONFLICT', { message: `settlement ${id} is ${s.state}, not offered` });
  const acct = await getAccountFacts(tx, actor.tenantId, s.accountId);
  if (acct.today > s.expiresOn) throw new AppError('RULE_VIOLATION', { message: `settlement ${id} expired on ${s.expiresOn}` });
  await tx.updateTable('settlements').set({ state: 'accepted', accepted_at: new Date() }).where('id', '=', id).execute();
  const accepted = { ...s, state: 'accepted' as const };
  await storeLetters(tx, actor.tenantId, accepted, 'acceptance', acct.today);
  const fact = { settlementId: id, accountId: s.accountId, amountMinor: s.amountMinor, balanceMinor: s.balanceMinor, discountBps: s.discountBps };
  await recordEvent(tx, { tenantId: actor.tenantId, name: 'settlement.accepted', aggregateType: 'settlement', aggregateId: id, payload: fact, actor: actorRef(actor) });
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'settlement.accepted', subjectType: 'settlement', subjectId: id, actor: actorRef(actor), fact });
  return getSettlement(tx, actor.tenantId, id);
}

/** The letters of a settlement. */
export async function listSettlementLetters(db: Db, tenantId: string, id: number): Promise<{ kind: string; locale: string; text: string; html: string; sha256: string }[]> {
  const rows = await db.selectFrom('settlement_letters').selectAll().where('tenant_id', '=', tenantId).where('settlement_id', '=', id).orderBy('id').execute();
  return rows.map((r) => ({ kind: r.kind, locale: r.locale, text: r.text_body, html: r.html_body, sha256: r.sha256 }));
}

/** Applies one posted payment to the account's accepted settlement (idempotent per payment); paid in full → settlement.paid and account settled. */
export async function applyPaymentToSettlement(tx: Db, q: { tenantId: string; accountId: number; paymentId: number; amountMinor: number; actor: string }): Promise<void> {
  const s = await tx.selectFrom('settlements').select(['id']).where('account_id', '=', q.accountId).where('state', '=', 'accepted').forUpdate().executeTakeFirst();
  if (!s) return;
  const claimed = await tx.insertInto('arrangement_payment_applications').values({ tenant_id: q.tenantId, payment_id: q.paymentId, subject_type: 'settlement', subject_id: s.id, amount_minor: q.amountMinor }).onConflict((oc) => oc.doNothing()).returning('payment_id').executeTakeFirst();
  if (!claimed) return;
  const row = await tx.updateTable('settlements').set((eb) => ({ paid_minor: eb('paid_minor', '+', q.amountMinor) })).where('id', '=', s.id).returning(['paid_minor', 'amount_minor']).executeTakeFirstOrThrow();
  if (row.paid_minor < row.amount_minor) return;
  await tx.updateTable('settlements').set({ state: 'paid', paid_at: new Date() }).where('id', '=', s.id).execute();
  await tx.updateTable('accounts').set({ status: 'settled', updated_at: new Date() }).where('id', '=', q.accountId).execute();
  const settled = await getSettlement(tx, q.tenantId, s.id);
  const acct = await getAccountFacts(tx, q.tenantId, q.accountId);
  await storeLetters(tx, q.tenantId, settled, 'paid_in_full', acct.today);
  const fact = { settlementId: s.id, accountId: q.accountId, paidMinor: row.paid_minor };
  await recordEvent(tx, { tenantId: q.tenantId, name: 'settlement.paid', aggregateType: 'settlement', aggregateId: s.id, payload: fact, actor: q.actor });
  await recordEvent(tx, { tenantId: q.tenantId, name: 'account.status_changed', aggregateType: 'account', aggregateId: q.accountId, payload: { accountId: q.accountId, status: 'settled', reason: `settlement ${s.id} paid` }, actor: q.actor });
  await appendEvidence(tx, { tenantId: q.tenantId, kind: 'settlement.paid', subjectType: 'settlement', subjectId: s.id, actor: q.actor, fact });
}

/** Nightly: offered or pending settlements past their date expire; accepted ones past it lapse to expired too. */
export async function expireSettlements(db: Db, q: { asOf: string }): Promise<number> {
  const r = await db.updateTable('settlements').set({ state: 'expired' }).where('state', 'in', ['offered', 'pending_approval', 'accepted']).where('expires_on', '<', q.asOf).executeTakeFirst();
  return Number(r.numUpdatedRows);
}
