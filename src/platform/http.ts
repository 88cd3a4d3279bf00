/**
 * The HTTP server: Fastify + zod schemas + OpenAPI (`/docs`, document at `/docs/json`),
 * RFC 9457 problem+json errors, authentication on every `/v1` route (API key as
 * `Authorization: Bearer rk_…` or `X-Api-Key`), a declared permission on every `/v1` route,
 * `/healthz` and Prometheus `/metrics`.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { z } from 'zod';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { hasPermission, type Actor } from './actor.ts';
import { AppError, errorCodes, isAppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** The permission a `/v1` route requires, e.g. `accounts:read`. Required on every `/v1` route. */
    permission?: string;
  }
}

/** The RFC 9457 problem document every error answer is (see `sendProblem`). */
const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('INVALID_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RULE_VIOLATION, …'),
    instance: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() }).passthrough()).optional().describe('located problems, e.g. body.payments[0].amountMinor'),
  })
  .passthrough()
  .describe('problem+json');

export type HttpApp = FastifyInstance;
/** A domain's routes: registered under the server with its context. */
export type ZodApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;
/** A domain's routes (its `routes.ts`), registered with the application context. */
export type RoutePlugin<C> = (app: ZodApp, ctx: C) => Promise<void> | void;

export type ServerOptions<C> = {
  ctx: C;
  routes: RoutePlugin<C>[];
  authenticate: (token: string) => Promise<Actor | null>;
  health: () => Promise<Record<string, unknown>>;
  logLevel?: string;
};

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });
const httpRequests = new Counter({ name: 'recoup_http_requests_total', help: 'HTTP requests', labelNames: ['method', 'route', 'status'], registers: [metricsRegistry] });
const httpDuration = new Histogram({ name: 'recoup_http_request_seconds', help: 'HTTP request duration', labelNames: ['method', 'route'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [metricsRegistry] });

/** Builds the server (not listening yet). */
export async function buildHttpServer<C>(opts: ServerOptions<C>): Promise<ZodApp> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'info' },
    bodyLimit: 50 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Recoup API', version: '0.1.0', description: 'Post-loan collection platform API. Every /v1 route needs an API key (Authorization: Bearer rk_…).' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/v1') && !route.config?.permission) {
      throw new Error(`route ${route.method} ${route.url} declares no permission`);
    }
    // Every /v1 operation documents its error answers (problem+json) next to its success.
    if (route.url.startsWith('/v1') && route.schema) {
      const response = (route.schema.response ?? {}) as Record<string, unknown>;
      route.schema.response = { ...response, '4xx': ProblemSchema, '5xx': ProblemSchema };
    }
  });

  app.addHook('onRequest', async (req: FastifyRequest) => {
    (req as FastifyRequest & { startedAt: bigint }).startedAt = process.hrtime.bigint();
    if (!req.url.startsWith('/v1')) return;
    const token = bearer(req);
    const actor = token ? await opts.authenticate(token) : null;
    if (!actor) {
      throw new AppError('UNAUTHENTICATED', {
        message: token
          ? 'the API key is not valid: unknown, revoked, or its user is deactivated'
          : 'an API key is required (Authorization: Bearer rk_…)',
      });
    }
    const permission = req.routeOptions.config?.permission;
    if (permission && !hasPermission(actor, permission)) {
      throw new AppError('FORBIDDEN', { message: `permission ${permission} is required` });
    }
    req.actor = actor;
  });

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unknown';
    httpRequests.inc({ method: req.method, route, status: String(reply.statusCode) });
    const t0 = (req as FastifyRequest & { startedAt?: bigint }).startedAt;
    if (t0) httpDuration.observe({ method: req.method, route }, Number(process.hrtime.bigint() - t0) / 1e9);
  });

  app.setErrorHandler((error, req, reply) => sendProblem(error, req, reply));
  app.setNotFoundHandler((req, reply) => sendProblem(new AppError('NOT_FOUND', { message: `no route ${req.method} ${req.url}` }), req, reply));

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok', ...(await opts.health()) }));
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    reply.header('content-type', metricsRegistry.contentType);
    return metricsRegistry.metrics();
  });

  for (const plugin of opts.routes) await plugin(app, opts.ctx);
  return app;
}

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (h && /^Bearer\s+/i.test(h)) return h.replace(/^Bearer\s+/i, '');
  const k = req.headers['x-api-key'];
  return typeof k === 'string' ? k : null;
}

/** Sends an RFC 9457 problem+json for any error. */
function sendProblem(error: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  let status = 500;
  let title: string = errorCodes.INTERNAL.title;
  let code = 'INTERNAL';
  let detail = 'internal error';
  let errors: { path: string; message: string }[] | undefined;
  let userMessage: string | undefined;
  if (isAppError(error)) {
    status = error.status;
    title = errorCodes[error.code].title;
    code = error.code;
    detail = error.message;
    errors = error.details.length ? error.details : undefined;
    // What a person should read (zh-CN and en), where the use case wrote it.
    if (error.userMessage !== error.message) userMessage = error.userMessage;
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    status = 400;
    title = errorCodes.INVALID_INPUT.title;
    code = 'INVALID_INPUT';
    detail = 'the request does not match the schema';
    errors = error.validation.map((v) => ({ path: dottedPath(error.validationContext ?? 'body', v.instancePath || ''), message: v.message ?? 'invalid' }));
  } else if (error && typeof error === 'object' && 'statusCode' in error && typeof error.statusCode === 'number' && error.statusCode < 500) {
    status = error.statusCode;
    title = 'Bad request';
    code = 'INVALID_INPUT';
    detail = error instanceof Error ? error.message : String(error);
  } else {
    req.log.error({ err: error }, 'unhandled error');
  }
  // The title (what kind of problem) in the caller's language: zh-CN when Accept-Language
  // prefers Chinese, else English. `detail` and `errors` name fields and values, in English;
  // `userMessage`, when a use case wrote one, is for a person, in zh-CN and en.
  const zh = prefersChinese(req.headers['accept-language']);
  if (zh) title = code in errorCodes ? errorCodes[code as keyof typeof errorCodes].titleZh : '请求有误';
  return reply
    .status(status)
    .header('content-type', 'application/problem+json')
    .header('content-language', zh ? 'zh-CN' : 'en')
    .header('vary', 'Accept-Language')
    .send({ type: `https://recoup.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`, title, status, detail, code, instance: req.url, errors, userMessage });
}

/** True when the Accept-Language header's most preferred language is Chinese (zh, zh-CN, zh-Hans …). */
export function prefersChinese(header: string | undefined): boolean {
  if (!header) return false;
  let best = { q: -1, zh: false };
  for (const part of header.split(',')) {
    const [tag, ...params] = part.trim().split(';');
    const qp = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    const q = qp ? Number(qp.slice(2)) : 1;
    if (!tag || Number.isNaN(q) || q <= 0 || q <= best.q) continue;
    best = { q, zh: tag.trim().toLowerCase().startsWith('zh') };
  }
  return best.zh;
}

/** `body` + `/payments/0/amountMinor` → `body.payments[0].amountMinor`: the same path style as every other located error. */
export function dottedPath(context: string, pointer: string): string {
  let out = context;
  for (const seg of pointer.split('/').filter(Boolean)) out += /^\d+$/.test(seg) ? `[${seg}]` : `.${seg.replace(/~1/g, '/').replace(/~0/g, '~')}`;
  return out;
}
