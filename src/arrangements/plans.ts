/**
 * Payment plans: propose (generated or hand-made schedule, within the proposer's
 * authority), accept (→ active; re-ages or not by the portfolio's `plan_reages`), apply
 * payments to plan installments (→ completed), nightly missed-installment check (→ broken
 * after N missed).
 */
import { sql } from 'kysely';
import { actorRef, type Actor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import type { Db } from '../platform/db-types.ts';
import { recordEvent } from '../platform/events.ts';
import { appendEvidence } from '../evidence/index.ts';
import { getAccountFacts } from './account-facts.ts';
import { assertAccountAuthority, getAccountAuthority } from './account-authority.ts';
import { checkOffer, type AuthorityLevel, type ScoreBand } from './authority.ts';
import { generateSchedule, planLengthMonths, validateSchedule, type Frequency, type PlanInstallment } from './plan-schedule.ts';
import { addDays } from './promise-rules.ts';
import { getSettings } from './settings.ts';
import type { PlanState } from './tables.ts';
import './tables.ts';
import { lockRow } from './lock-row.ts';

export type PaymentPlan = {
  id: number; accountId: number; basis: 'overdue' | 'balance' | 'settlement'; totalMinor: number; currency: string; downPaymentMinor: number;
  installmentCount: number; frequency: Frequency; state: PlanState; authorityLevel: string; reages: boolean; brokenAfterMissed: number;
  createdAt: Date; activatedAt: Date | null; endedAt: Date | null;
  installments: (PlanInstallment & { paidMinor: number; missed: boolean })[];
};

export type ProposePlanInput = {
  accountId: number; basis: 'overdue' | 'balance'; installmentCount: number; frequency: Frequency; downPaymentMinor?: number;
  firstDueOn?: string; installments?: PlanInstallment[]; level: AuthorityLevel; settlementId?: number; totalMinor?: number;
  /** Only checked: the account's own score band is always used; a different value is refused. */
  scoreBand?: ScoreBand;
};

/**
 * Proposes a plan, within the proposer's authority for the account's own bucket and score band.
 * @throws AppError INVALID_INPUT (nothing to plan, installments that do not sum), RULE_VIOLATION (beyond authority; a band that is not the account's), CONFLICT (an open plan exists)
 */
export async function proposePlan(tx: Db, actor: Actor, input: ProposePlanInput): Promise<PaymentPlan> {
  const acct = await getAccountFacts(tx, actor.tenantId, input.accountId);
  const authority = await getAccountAuthority(tx, acct);
  assertAccountAuthority({ scoreBand: input.scoreBand }, authority);
  const total = input.totalMinor ?? (input.basis === 'overdue' ? acct.overdueMinor : acct.outstandingMinor);
  if (total <= 0) throw new AppError('INVALID_INPUT', { message: `account ${input.accountId} has no ${input.basis} amount to plan`, details: [{ path: 'basis', message: `${input.basis} amount is 0` }] });
  const schedule = input.installments ?? generateSchedule({
    totalMinor: total, downPaymentMinor: input.downPaymentMinor ?? 0, count: input.installmentCount, frequency: input.frequency,
    startOn: acct.today, firstDueOn: input.firstDueOn ?? addDays(acct.today, input.frequency === 'monthly' ? 30 : 7),
  });
  validateSchedule(total, schedule);
  const regular = schedule.filter((i) => i.seq > 0).length || schedule.length;
  if (input.installments && regular !== input.installmentCount) {
    throw new AppError('INVALID_INPUT', {
      message: `installmentCount is ${input.installmentCount} but ${regular} installments were given`,
      details: [{ path: 'installmentCount', message: `must equal the number of installments given (${regular}; a down payment, seq 0, is not counted)` }],
    });
  }
  const check = checkOffer({ level: input.level, bucket: authority.bucket, scoreBand: authority.scoreBand, balanceMinor: total, offerMinor: total, planMonths: planLengthMonths(regular, input.frequency) });
  if (!check.withinAuthority) {
    throw new AppError('RULE_VIOLATION', { message: `plan beyond ${input.level} authority: ${check.violations.join('; ')}${check.lowestLevel ? ` (needs ${check.lowestLevel})` : ''}`, details: check.violations.map((v) => ({ path: 'installmentCount', message: v })) });
  }
  const s = await getSettings(tx, actor.tenantId);
  const down = schedule.find((i) => i.seq === 0)?.amountMinor ?? 0;
  let id: number;
  try {
    const row = await tx.insertInto('payment_plans').values({
      tenant_id: actor.tenantId, account_id: input.accountId, basis: input.settlementId ? 'settlement' : input.basis, total_minor: total, currency: acct.currency,
      down_payment_minor: down, installment_count: regular, frequency: input.frequency, authority_level: input.level, reages: acct.planReages,
      broken_after_missed: s.planBrokenAfterMissed, grace_days: s.planGraceDays, settlement_id: input.settlementId ?? null, actor: actorRef(actor),
    }).returning('id').executeTakeFirstOrThrow();
    id = row.id;
  } catch (cause) {
    if ((cause as { code?: string }).code === '23505') throw new AppError('CONFLICT', { message: `account ${input.accountId} already has an open plan`, cause });
    throw cause;
  }
  await tx.insertInto('plan_installments').values(schedule.map((i) => ({ plan_id: id, seq: i.seq, tenant_id: actor.tenantId, due_on: i.dueOn, amount_minor: i.amountMinor }))).execute();
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'plan.proposed', subjectType: 'plan', subjectId: id, actor: actorRef(actor), fact: { planId: id, accountId: input.accountId, totalMinor: total, schedule } });
  return getPlan(tx, actor.tenantId, id);
}

/** @throws AppError NOT_FOUND */
export async function getPlan(db: Db, tenantId: string, id: number): Promise<PaymentPlan> {
  const p = await db.selectFrom('payment_plans').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!p) throw new AppError('NOT_FOUND', { message: `plan ${id} not found` });
  const inst = await db.selectFrom('plan_installments').selectAll().where('plan_id', '=', id).orderBy('seq').execute();
  return {
    id: p.id, accountId: p.account_id, basis: p.basis, totalMinor: p.total_minor, currency: p.currency.trim(), downPaymentMinor: p.down_payment_minor,
    installmentCount: p.installment_count, frequency: p.frequency, state: p.state, authorityLevel: p.authority_level, reages: p.reages,
    brokenAfterMissed: p.broken_after_missed, createdAt: p.created_at, activatedAt: p.activated_at, endedAt: p.ended_at,
    installments: inst.map((i) => ({ seq: i.seq, dueOn: i.due_on, amountMinor: i.amount_minor, paidMinor: i.paid_minor, missed: i.missed })),
  };
}

/** Lists plans newest first (keyset cursor on id). */
export async function listPlans(db: Db, q: { tenantId: string; accountId?: number; state?: PlanState; after?: number; limit: number }): Promise<{ id: number; accountId: number; state: PlanState; totalMinor: number; currency: string }[]> {
  let query = db.selectFrom('payment_plans').select(['id', 'account_id', 'state', 'total_minor', 'currency']).where('tenant_id', '=', q.tenantId);
  if (q.accountId) query = query.where('account_id', '=', q.accountId);
  if (q.state) query = query.where('state', '=', q.state);
  if (q.after) query = query.where('id', '<', q.after);
  const rows = await query.orderBy('id', 'desc').limit(q.limit).execute();
  return rows.map((r) => ({ id: r.id, accountId: r.account_id, state: r.state, totalMinor: r.total_minor, currency: r.currency.trim() }));
}

async function transition(tx: Db, tenantId: string, id: number, from: PlanState[], to: PlanState): Promise<PaymentPlan> {
  await lockRow(tx, 'payment_plans', tenantId, id);
  const plan = await getPlan(tx, tenantId, id);
  if (!from.includes(plan.state)) throw new AppError('CONFLICT', { message: `plan ${id} is ${plan.state}; cannot become ${to}` });
  const now = new Date();
  await tx.updateTable('payment_plans').set(to === 'active' ? { state: to, activated_at: now } : { state: to, ended_at: now }).where('id', '=', id).execute();
  return { ...plan, state: to };
}

/** The debtor accepted: proposed → active (plan.activated). @throws AppError NOT_FOUND, CONFLICT */
export async function activatePlan(tx: Db, actor: Actor | { tenantId: string; ref: string }, id: number): Promise<PaymentPlan> {
  const tenantId = actor.tenantId;
  const ref = 'ref' in actor ? actor.ref : actorRef(actor);
  const plan = await transition(tx, tenantId, id, ['proposed'], 'active');
  const fact = { planId: id, accountId: plan.accountId, totalMinor: plan.totalMinor, reages: plan.reages };
  await recordEvent(tx, { tenantId, name: 'plan.activated', aggregateType: 'plan', aggregateId: id, payload: fact, actor: ref });
  await appendEvidence(tx, { tenantId, kind: 'plan.activated', subjectType: 'plan', subjectId: id, actor: ref, fact });
  return getPlan(tx, tenantId, id);
}

/** Cancels a proposed or active plan. @throws AppError NOT_FOUND, CONFLICT */
export async function cancelPlan(tx: Db, actor: Actor, id: number): Promise<PaymentPlan> {
  const plan = await transition(tx, actor.tenantId, id, ['proposed', 'active'], 'cancelled');
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'plan.cancelled', subjectType: 'plan', subjectId: id, actor: actorRef(actor), fact: { planId: id } });
  return plan;
}

/**
 * Applies one posted payment to the account's open plan (idempotent per payment). A
 * payment on a proposed plan that covers the down payment activates it.
 */
export async function applyPaymentToPlan(tx: Db, q: { tenantId: string; accountId: number; paymentId: number; amountMinor: number; actor: string }): Promise<void> {
  const plan = await tx.selectFrom('payment_plans').select(['id', 'state', 'down_payment_minor']).where('account_id', '=', q.accountId).where('state', 'in', ['proposed', 'active']).forUpdate().executeTakeFirst();
  if (!plan) return;
  const claimed = await tx.insertInto('arrangement_payment_applications').values({ tenant_id: q.tenantId, payment_id: q.paymentId, subject_type: 'plan', subject_id: plan.id, amount_minor: q.amountMinor }).onConflict((oc) => oc.doNothing()).returning('payment_id').executeTakeFirst();
  if (!claimed) return;
  let left = q.amountMinor;
  const inst = await tx.selectFrom('plan_installments').select(['seq', 'amount_minor', 'paid_minor']).where('plan_id', '=', plan.id).orderBy('seq').execute();
  for (const i of inst) {
    if (left <= 0) break;
    const take = Math.min(left, i.amount_minor - i.paid_minor);
    if (take <= 0) continue;
    left -= take;
    await tx.updateTable('plan_installments').set({ paid_minor: i.paid_minor + take }).where('plan_id', '=', plan.id).where('seq', '=', i.seq).execute();
  }
  if (plan.state === 'proposed' && q.amountMinor >= plan.down_payment_minor) await activatePlan(tx, { tenantId: q.tenantId, ref: q.actor }, plan.id);
  const open = await tx.selectFrom('plan_installments').select(sql<number>`count(*)::int`.as('n')).where('plan_id', '=', plan.id).whereRef('paid_minor', '<', 'amount_minor').executeTakeFirstOrThrow();
  if (open.n === 0) {
    await tx.updateTable('payment_plans').set({ state: 'completed', ended_at: new Date() }).where('id', '=', plan.id).execute();
    const fact = { planId: plan.id, accountId: q.accountId };
    await recordEvent(tx, { tenantId: q.tenantId, name: 'plan.completed', aggregateType: 'plan', aggregateId: plan.id, payload: fact, actor: q.actor });
    await appendEvidence(tx, { tenantId: q.tenantId, kind: 'plan.completed', subjectType: 'plan', subjectId: plan.id, actor: q.actor, fact });
  }
}

/**
 * Nightly: marks plan installments missed (unpaid after due date + grace, as of `asOf`)
 * and breaks active plans that reached their missed limit (plan.broken).
 */
export async function evaluatePlans(db: Db, q: { asOf: string; tenantId?: string; actor?: string }): Promise<{ missed: number; broken: number }> {
  const actor = q.actor ?? 'system:plan-evaluation';
  const tenant = q.tenantId ?? null;
  return db.transaction().execute(async (tx) => {
    const missed = await sql`
      UPDATE plan_installments pi SET missed = true FROM payment_plans p
       WHERE p.id = pi.plan_id AND p.state = 'active' AND NOT pi.missed AND pi.paid_minor < pi.amount_minor
         AND pi.due_on + p.grace_days < ${q.asOf}::date AND (${tenant}::uuid IS NULL OR p.tenant_id = ${tenant}::uuid)`.execute(tx);
    const broken = await sql<{ id: number; tenant_id: string; account_id: number; missed: number }>`
      WITH b AS (
        SELECT p.id, count(*)::int AS missed FROM payment_plans p JOIN plan_installments pi ON pi.plan_id = p.id AND pi.missed
         WHERE p.state = 'active' AND (${tenant}::uuid IS NULL OR p.tenant_id = ${tenant}::uuid)
         GROUP BY p.id, p.broken_after_missed HAVING count(*) >= p.broken_after_missed)
      UPDATE payment_plans p SET state = 'broken', ended_at = now() FROM b WHERE p.id = b.id
      RETURNING p.id, p.tenant_id, p.account_id, b.missed`.execute(tx);
    for (const b of broken.rows) {
      const fact = { planId: b.id, accountId: b.account_id, missedInstallments: b.missed };
      await recordEvent(tx, { tenantId: b.tenant_id, name: 'plan.broken', aggregateType: 'plan', aggregateId: b.id, payload: fact, actor });
      await appendEvidence(tx, { tenantId: b.tenant_id, kind: 'plan.broken', subjectType: 'plan', subjectId: b.id, actor, fact });
    }
    return { missed: Number(missed.numAffectedRows ?? 0), broken: broken.rows.length };
  });
}

/**
 * Re-ageing, for the delinquency cycle: when the account has an active plan and its
 * portfolio re-ages plans, days past due count from the oldest missed plan installment
 * (0 while none is missed) instead of the contractual schedule. Null when not re-aged.
 */
export async function findPlanReaging(db: Db, q: { tenantId: string; accountId: number }): Promise<{ planId: number; since: Date; oldestMissedDueOn: string | null } | null> {
  const p = await db.selectFrom('payment_plans').select(['id', 'activated_at', 'reages']).where('tenant_id', '=', q.tenantId).where('account_id', '=', q.accountId).where('state', '=', 'active').executeTakeFirst();
  if (!p || !p.reages || !p.activated_at) return null;
  const m = await db.selectFrom('plan_installments').select(sql<string | null>`min(due_on)::text`.as('d')).where('plan_id', '=', p.id).where('missed', '=', true).executeTakeFirstOrThrow();
  return { planId: p.id, since: p.activated_at, oldestMissedDueOn: m.d };
}
