/** Read endpoints: borrowers (masked contact points) and accounts (schedule, payments, allocations). */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { ZodApp } from '../platform/http.ts';
import { getAccount, listAccounts } from './account-queries.ts';
import { getBorrower, listBorrowers } from './borrower-queries.ts';
import { actorOf, IdParams, PageQuery } from './route-helpers.ts';

const AccountQuery = PageQuery.extend({
  status: z.enum(['current', 'delinquent', 'charged_off', 'in_legal', 'placed', 'sold', 'settled', 'closed']).optional(),
  portfolioId: z.uuid().optional(),
  borrowerId: z.coerce.number().int().positive().optional(),
  externalId: z.string().min(1).max(100).optional().describe("the lender's account number (its external id)"),
});

/** Registers the borrower and account read routes. */
export function registerReadRoutes(app: ZodApp, ctx: AppContext): void {
  app.get('/v1/borrowers', { config: { permission: 'borrowers:read' }, schema: { tags: ['borrowers'], summary: 'List borrowers (cursor pagination)', querystring: PageQuery } }, async (req) =>
    listBorrowers(ctx.db, { tenantId: actorOf(req).tenantId, cursor: req.query.cursor, limit: req.query.limit }),
  );
  app.get('/v1/borrowers/:id', { config: { permission: 'borrowers:read' }, schema: { tags: ['borrowers'], summary: 'One borrower with masked contact points', params: IdParams } }, async (req) =>
    getBorrower(ctx.db, actorOf(req).tenantId, req.params.id),
  );
  app.get('/v1/accounts', { config: { permission: 'accounts:read' }, schema: { tags: ['accounts'], summary: 'List accounts (filters: status, portfolioId, borrowerId, externalId)', querystring: AccountQuery } }, async (req) =>
    listAccounts(ctx.db, { tenantId: actorOf(req).tenantId, ...req.query }),
  );
  app.get('/v1/accounts/:id', { config: { permission: 'accounts:read' }, schema: { tags: ['accounts'], summary: 'One account with schedule, payments and allocations', params: IdParams } }, async (req) =>
    getAccount(ctx.db, actorOf(req).tenantId, req.params.id),
  );
}
