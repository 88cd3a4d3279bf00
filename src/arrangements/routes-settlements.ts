/** HTTP: /v1/settlements (offer, list, get, decide, accept, letters) and the authority matrix. */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { ZodApp } from '../platform/http.ts';
import { checkOffer, getAuthority } from './authority.ts';
import { acceptSettlement, decideSettlement, getSettlement, listSettlementLetters, listSettlements, offerSettlement } from './settlements.ts';
import { actorOf, Band, DateStr, IdParams, Level, levelOf, page, pageAfter, PageQuery } from './route-helpers.ts';

const OfferBody = z.object({
  accountId: z.number().int().positive(),
  amountMinor: z.number().int().positive().optional(),
  discountBps: z.number().int().min(0).max(10_000).optional(),
  installmentCount: z.number().int().min(1).max(60).optional(),
  expiresOn: DateStr.optional(),
  level: Level.optional(),
  scoreBand: Band.optional().describe("not needed: the account's current score band is used; a different value is refused (422)"),
  bucket: z.string().max(10).optional().describe("not needed: the account's current delinquency bucket is used; a different value is refused (422)"),
  locale: z.enum(['zh-CN', 'en']).optional(),
});
const DecideBody = z.object({ decision: z.enum(['approved', 'rejected']), level: Level.optional(), comment: z.string().max(2000).optional() });
const ListQuery = PageQuery.extend({ accountId: z.coerce.number().int().positive().optional(), state: z.enum(['pending_approval', 'offered', 'accepted', 'paid', 'rejected', 'expired', 'cancelled']).optional() });
const AuthorityQuery = z.object({ level: Level, bucket: z.string().max(10), scoreBand: Band.default('unscored') });
const CheckBody = z.object({ level: Level, bucket: z.string().max(10), scoreBand: Band.default('unscored'), balanceMinor: z.number().int().positive(), offerMinor: z.number().int().positive(), planMonths: z.number().int().min(1).default(1) });

/** Registers the settlement routes. */
export function registerSettlementRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['settlements'];
  app.post('/v1/settlements', { config: { permission: 'arrangements:write' }, schema: { tags, summary: "Offer a settlement, checked against the authority for the account's own bucket and score band (above authority: 202, approval required)", body: OfferBody } }, async (req, reply) => {
    const a = actorOf(req);
    const r = await ctx.db.transaction().execute((tx) => offerSettlement(tx, a, { ...req.body, level: levelOf(a, req.body.level) }));
    return reply.status(r.approvalRequired ? 202 : 201).send(r);
  });
  app.get('/v1/settlements', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'List settlements', querystring: ListQuery } }, async (req) => page(await listSettlements(ctx.db, { tenantId: actorOf(req).tenantId, ...pageAfter(req.query) }), req.query.limit));
  app.get('/v1/settlements/authority', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'The authority of a level for a bucket and score band (the one source of truth)', querystring: AuthorityQuery } }, async (req) => getAuthority(req.query));
  app.post('/v1/settlements/authority-check', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'Check an offer against a level’s authority', body: CheckBody } }, async (req) => checkOffer(req.body));
  app.get('/v1/settlements/:id', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'One settlement', params: IdParams } }, async (req) => getSettlement(ctx.db, actorOf(req).tenantId, req.params.id));
  app.post('/v1/settlements/:id/decision', { config: { permission: 'arrangements:approve' }, schema: { tags, summary: 'Approve or reject a settlement above authority (four-eyes)', params: IdParams, body: DecideBody } }, async (req) => {
    const a = actorOf(req);
    return ctx.db.transaction().execute((tx) => decideSettlement(tx, a, { id: req.params.id, decision: req.body.decision, level: levelOf(a, req.body.level ?? 'supervisor'), comment: req.body.comment }));
  });
  app.post('/v1/settlements/:id/acceptance', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'The debtor accepted: confirmation letters are issued', params: IdParams } }, async (req) => ctx.db.transaction().execute((tx) => acceptSettlement(tx, actorOf(req), req.params.id)));
  app.get('/v1/settlements/:id/letters', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'The confirmation letters (zh-CN, en; text and HTML)', params: IdParams } }, async (req) => ({ items: await listSettlementLetters(ctx.db, actorOf(req).tenantId, req.params.id) }));
}
