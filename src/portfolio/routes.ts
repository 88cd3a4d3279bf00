/**
 * HTTP adapter of the portfolio domain: portfolios, products, the portfolio summary, and
 * (from sibling files) borrowers, accounts, payments and imports. Every route declares its
 * permission and scopes every query by the caller's tenant.
 */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { RoutePlugin, ZodApp } from '../platform/http.ts';
import { registerImportRoutes } from './import-routes.ts';
import { registerPaymentRoutes } from './payment-routes.ts';
import { getPortfolioSummary } from './portfolio-summary.ts';
import { createPortfolio, createProduct, listPortfolios, PortfolioInput, ProductInput } from './portfolios.ts';
import { registerReadRoutes } from './read-routes.ts';
import { actorOf } from './route-helpers.ts';

function registerPortfolioRoutes(app: ZodApp, ctx: AppContext): void {
  app.post('/v1/portfolios', { config: { permission: 'portfolio:write' }, schema: { tags: ['portfolio'], summary: 'Create a portfolio', body: PortfolioInput } }, async (req, reply) => {
    const a = actorOf(req);
    reply.status(201);
    return createPortfolio(ctx.db, { tenantId: a.tenantId, actor: a.ref, input: req.body });
  });
  app.get('/v1/portfolios', { config: { permission: 'portfolio:read' }, schema: { tags: ['portfolio'], summary: 'List portfolios' } }, async (req) => {
    return { items: await listPortfolios(ctx.db, actorOf(req).tenantId) };
  });
  app.get(
    '/v1/portfolios/:id/summary',
    { config: { permission: 'portfolio:read' }, schema: { tags: ['portfolio'], summary: 'Accounts and balances by status (and sections other domains add)', params: z.object({ id: z.string() }) } },
    async (req) => getPortfolioSummary(ctx.db, { tenantId: actorOf(req).tenantId, portfolioId: req.params.id }),
  );
  app.post('/v1/products', { config: { permission: 'portfolio:write' }, schema: { tags: ['portfolio'], summary: 'Create a product', body: ProductInput } }, async (req, reply) => {
    const a = actorOf(req);
    reply.status(201);
    return createProduct(ctx.db, { tenantId: a.tenantId, actor: a.ref, input: req.body });
  });
}

/** All routes of the portfolio domain. */
export const portfolioRoutes: RoutePlugin<AppContext> = async (app, ctx) => {
  registerPortfolioRoutes(app, ctx);
  registerReadRoutes(app, ctx);
  registerPaymentRoutes(app, ctx);
  await registerImportRoutes(app, ctx);
};
