import { sql } from 'kysely';
import { authenticateApiKey } from '../identity/index.ts';
import { buildHttpServer, type ZodApp } from '../platform/http.ts';
import type { AppContext } from './context.ts';
import { routePlugins } from './routes.ts';

/** Builds the HTTP application over a context (used by `recoup start` and by tests with `inject`). */
export async function buildApp(ctx: AppContext, opts: { logLevel?: string } = {}): Promise<ZodApp> {
  return buildHttpServer({
    ctx,
    routes: routePlugins,
    authenticate: (token) => authenticateApiKey(ctx.db, token),
    health: async () => {
      await sql`SELECT 1`.execute(ctx.db);
      return { database: 'ok' };
    },
    logLevel: opts.logLevel,
  });
}
