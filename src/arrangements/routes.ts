/**
 * The arrangements domain's HTTP routes: /v1/promises, /v1/plans, /v1/settlements,
 * /v1/hardship-programmes (applications beneath), /v1/payment-links, /v1/arrangements/settings,
 * plus the public checkout page /pay/:token and the provider webhook /webhooks/stripe/:tenantId.
 */
import type { AppContext } from '../app/context.ts';
import type { RoutePlugin } from '../platform/http.ts';
import { registerHardshipRoutes } from './routes-hardship.ts';
import { registerLinkRoutes } from './routes-links.ts';
import { registerPlanRoutes } from './routes-plans.ts';
import { registerPromiseRoutes } from './routes-promises.ts';
import { registerSettlementRoutes } from './routes-settlements.ts';

/** Registers every arrangements route. */
export const arrangementRoutes: RoutePlugin<AppContext> = async (app, ctx) => {
  registerPromiseRoutes(app, ctx);
  registerPlanRoutes(app, ctx);
  registerSettlementRoutes(app, ctx);
  await registerHardshipRoutes(app, ctx);
  await registerLinkRoutes(app, ctx);
};
