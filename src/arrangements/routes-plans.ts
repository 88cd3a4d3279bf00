/** HTTP: /v1/plans (propose, list, get, activate, cancel). */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { ZodApp } from '../platform/http.ts';
import { activatePlan, cancelPlan, getPlan, listPlans, proposePlan } from './plans.ts';
import { actorOf, Band, DateStr, IdParams, Level, levelOf, page, pageAfter, PageQuery } from './route-helpers.ts';

const ProposeBody = z.object({
  accountId: z.number().int().positive(),
  basis: z.enum(['overdue', 'balance']).default('overdue'),
  installmentCount: z.number().int().min(1).max(120),
  frequency: z.enum(['weekly', 'biweekly', 'monthly']).default('monthly'),
  downPaymentMinor: z.number().int().min(0).optional(),
  firstDueOn: DateStr.optional(),
  installments: z.array(z.object({ seq: z.number().int().min(0), dueOn: DateStr, amountMinor: z.number().int() })).min(1).max(121).optional().describe('a hand-made schedule; must sum to the plan total'),
  level: Level.optional().describe('authority level the caller acts at (default agent; robots always robot)'),
  scoreBand: Band.optional().describe("not needed: the account's current score band is used; a different value is refused (422)"),
});
const ListQuery = PageQuery.extend({ accountId: z.coerce.number().int().positive().optional(), state: z.enum(['proposed', 'active', 'completed', 'broken', 'cancelled']).optional() });

/** Registers the plan routes. */
export function registerPlanRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['plans'];
  app.post('/v1/plans', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'Propose a payment plan', body: ProposeBody } }, async (req, reply) => {
    const a = actorOf(req);
    const plan = await ctx.db.transaction().execute((tx) => proposePlan(tx, a, { ...req.body, level: levelOf(a, req.body.level) }));
    return reply.status(201).send(plan);
  });
  app.get('/v1/plans', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'List plans', querystring: ListQuery } }, async (req) => page(await listPlans(ctx.db, { tenantId: actorOf(req).tenantId, ...pageAfter(req.query) }), req.query.limit));
  app.get('/v1/plans/:id', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'One plan with its installments', params: IdParams } }, async (req) => getPlan(ctx.db, actorOf(req).tenantId, req.params.id));
  app.post('/v1/plans/:id/activation', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'The debtor accepted: activate the plan', params: IdParams } }, async (req) => ctx.db.transaction().execute((tx) => activatePlan(tx, actorOf(req), req.params.id)));
  app.post('/v1/plans/:id/cancellation', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'Cancel a plan', params: IdParams } }, async (req) => ctx.db.transaction().execute((tx) => cancelPlan(tx, actorOf(req), req.params.id)));
}
