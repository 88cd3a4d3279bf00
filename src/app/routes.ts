/**
 * Every domain's HTTP routes. Add one line when a domain gains a `routes.ts` exporting a
 * `RoutePlugin<AppContext>`; the server, the OpenAPI document and the anonymous-caller test
 * pick it up from here.
 */
import type { RoutePlugin } from '../platform/http.ts';
import { platformRoutes } from '../platform/routes.ts';
import { complianceRoutes } from '../compliance/routes.ts';
import { portfolioRoutes } from '../portfolio/routes.ts';
import { arrangementRoutes } from '../arrangements/routes.ts';
import { delinquencyRoutes } from '../delinquency/routes.ts';
import { scoringRoutes } from '../scoring/index.ts';
import type { AppContext } from './context.ts';

export const routePlugins: RoutePlugin<AppContext>[] = [
  portfolioRoutes,
  platformRoutes,
  complianceRoutes,
  arrangementRoutes,
  delinquencyRoutes,
  scoringRoutes,
];
