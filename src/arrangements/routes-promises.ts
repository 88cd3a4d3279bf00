/** HTTP: /v1/promises (make, list, get, cancel, kept rates, nightly evaluation) and /v1/arrangements/settings. */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { ZodApp } from '../platform/http.ts';
import { cancelPromise, evaluatePromises, getPromise, listPromises, makePromise, promiseKeptRates } from './promises.ts';
import { getSettings, updateSettings } from './settings.ts';
import { actorOf, DateStr, IdParams, page, pageAfter, PageQuery } from './route-helpers.ts';

const MakeBody = z.object({
  accountId: z.number().int().positive(),
  amountMinor: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('integer minor units'),
  promisedOn: DateStr.describe("the promised date, in the portfolio's zone"),
  channel: z.enum(['phone', 'sms', 'email', 'chat', 'voice_robot', 'chat_robot', 'self_service', 'letter', 'visit', 'agency']),
  takenByKind: z.enum(['robot', 'agent', 'self_service']),
  takenBy: z.string().max(200).optional().describe('robot or agent id; defaults to the caller'),
  note: z.string().max(2000).optional(),
  graceDays: z.number().int().min(0).max(30).optional(),
  toleranceMinor: z.number().int().min(0).optional(),
});
const ListQuery = PageQuery.extend({ accountId: z.coerce.number().int().positive().optional(), state: z.enum(['pending', 'kept', 'partially_kept', 'broken', 'cancelled']).optional() });
const StatsQuery = z.object({ by: z.enum(['channel', 'taken_by', 'taken_by_kind']).default('channel'), from: z.coerce.date().optional(), to: z.coerce.date().optional() });
const SettingsBody = z.object({
  promiseGraceDays: z.number().int().min(0).max(30), promiseToleranceBps: z.number().int().min(0).max(5000), promiseToleranceMinor: z.number().int().min(0),
  planGraceDays: z.number().int().min(0).max(30), planBrokenAfterMissed: z.number().int().min(1).max(12),
}).partial();

/** Registers the promise routes. */
export function registerPromiseRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['promises'];
  app.post('/v1/promises', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'Record a promise to pay', body: MakeBody } }, async (req, reply) => {
    const p = await ctx.db.transaction().execute((tx) => makePromise(tx, actorOf(req), req.body));
    return reply.status(201).send(p);
  });
  app.get('/v1/promises', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'List promises (newest first)', querystring: ListQuery } }, async (req) => {
    return page(await listPromises(ctx.db, { tenantId: actorOf(req).tenantId, ...pageAfter(req.query) }), req.query.limit);
  });
  app.get('/v1/promises/kept-rates', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'Promise-kept rate per channel, taker or kind of taker', querystring: StatsQuery } }, async (req) => {
    return { by: req.query.by, rows: await promiseKeptRates(ctx.db, { tenantId: actorOf(req).tenantId, ...req.query }) };
  });
  app.post('/v1/promises/evaluation', { config: { permission: 'arrangements:approve' }, schema: { tags, summary: 'Run the promise evaluation now (the nightly cycle does it too)', body: z.object({ asOf: z.coerce.date().optional() }) } }, async (req) => {
    return evaluatePromises(ctx.db, { asOf: req.body.asOf ?? new Date(), tenantId: actorOf(req).tenantId });
  });
  app.get('/v1/promises/:id', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'One promise', params: IdParams } }, async (req) => getPromise(ctx.db, actorOf(req).tenantId, req.params.id));
  app.post('/v1/promises/:id/cancellation', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'Cancel a pending promise', params: IdParams } }, async (req) => {
    return ctx.db.transaction().execute((tx) => cancelPromise(tx, actorOf(req), req.params.id));
  });
  app.get('/v1/arrangements/settings', { config: { permission: 'arrangements:read' }, schema: { tags: ['arrangements'], summary: 'Promise grace/tolerance and plan rules of the tenant' } }, async (req) => getSettings(ctx.db, actorOf(req).tenantId));
  app.put('/v1/arrangements/settings', { config: { permission: 'arrangements:approve' }, schema: { tags: ['arrangements'], summary: 'Change promise grace/tolerance and plan rules', body: SettingsBody } }, async (req) => updateSettings(ctx.db, actorOf(req).tenantId, req.body));
}
