/**
 * HTTP adapter of the delinquency domain: bucket distribution and roll rates of a
 * portfolio, one account's delinquency, and the editable holiday calendars. Every route
 * declares its permission and scopes its query by the caller's tenant.
 */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import { actorRef, requireActor as actorOf } from '../platform/actor.ts';
import type { RoutePlugin, ZodApp } from '../platform/http.ts';
import { listHolidays, removeHoliday, setHoliday } from './holidays.ts';
import { getAccountDelinquency, getPortfolioBuckets, getRollRates } from './read-models.ts';
import { listBucketAccounts } from './bucket-accounts.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const Calendar = z.string().regex(/^[A-Z][A-Z0-9_]{1,15}$/, 'calendar code, e.g. US or CN');
const HolidayBody = z.object({ kind: z.enum(['holiday', 'workday']), name: z.string().min(1).max(200) });


function registerReadRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/v1/portfolios/:id/buckets',
    { config: { permission: 'portfolio:read' }, schema: { tags: ['delinquency'], summary: 'Accounts and balances by delinquency bucket, as of the latest cycle', params: z.object({ id: z.string().uuid() }) } },
    async (req) => getPortfolioBuckets(ctx.db, { tenantId: actorOf(req).tenantId, portfolioId: req.params.id }),
  );
  app.get(
    '/v1/portfolios/:id/buckets/:bucket/accounts',
    {
      config: { permission: 'accounts:read' },
      schema: {
        tags: ['delinquency'],
        summary: 'The accounts in one bucket as of the latest assessment (days past due, overdue by component), by account id',
        params: z.object({ id: z.string().uuid(), bucket: z.string().min(1).max(20) }),
        querystring: z.object({ minDpd: z.coerce.number().int().min(0).optional(), cursor: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(50) }),
      },
    },
    async (req) => listBucketAccounts(ctx.db, { tenantId: actorOf(req).tenantId, portfolioId: req.params.id, bucket: req.params.bucket, ...req.query }),
  );
  app.get(
    '/v1/portfolios/:id/roll-rates',
    {
      config: { permission: 'portfolio:read' },
      schema: { tags: ['delinquency'], summary: 'Daily roll rates between buckets (default: the last 30 days)', params: z.object({ id: z.string().uuid() }), querystring: z.object({ from: IsoDate.optional(), to: IsoDate.optional() }) },
    },
    async (req) => getRollRates(ctx.db, { tenantId: actorOf(req).tenantId, portfolioId: req.params.id, from: req.query.from, to: req.query.to }),
  );
  app.get(
    '/v1/accounts/:id/delinquency',
    { config: { permission: 'accounts:read' }, schema: { tags: ['delinquency'], summary: 'Days past due, bucket, overdue amounts by component and transitions of an account', params: z.object({ id: z.coerce.number().int().positive() }) } },
    async (req) => getAccountDelinquency(ctx.db, { tenantId: actorOf(req).tenantId, accountId: req.params.id }),
  );
}

function registerHolidayRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/v1/holidays/:calendar',
    {
      config: { permission: 'portfolio:read' },
      schema: { tags: ['delinquency'], summary: 'Holidays and make-up working days (调休) of a calendar for a year, tenant entries applied', params: z.object({ calendar: Calendar }), querystring: z.object({ year: z.coerce.number().int().min(1970).max(2099).optional() }) },
    },
    async (req) => {
      const year = req.query.year ?? new Date().getUTCFullYear();
      return { calendar: req.params.calendar, year, items: await listHolidays(ctx.db, { tenantId: actorOf(req).tenantId, calendar: req.params.calendar, year }) };
    },
  );
  app.put(
    '/v1/holidays/:calendar/:day',
    { config: { permission: 'portfolio:write' }, schema: { tags: ['delinquency'], summary: "Set the tenant's own entry for a date (overrides the built-in calendar)", params: z.object({ calendar: Calendar, day: IsoDate }), body: HolidayBody } },
    async (req) => {
      const a = actorOf(req);
      return setHoliday(ctx.db, { tenantId: a.tenantId, calendar: req.params.calendar, day: req.params.day, kind: req.body.kind, name: req.body.name, actor: actorRef(a) });
    },
  );
  app.delete(
    '/v1/holidays/:calendar/:day',
    { config: { permission: 'portfolio:write' }, schema: { tags: ['delinquency'], summary: "Remove the tenant's own entry for a date (the built-in calendar applies again)", params: z.object({ calendar: Calendar, day: IsoDate }) } },
    async (req, reply) => {
      const a = actorOf(req);
      await removeHoliday(ctx.db, { tenantId: a.tenantId, calendar: req.params.calendar, day: req.params.day, actor: actorRef(a) });
      return reply.status(204).send();
    },
  );
}

/** All routes of the delinquency domain. */
export const delinquencyRoutes: RoutePlugin<AppContext> = async (app, ctx) => {
  registerReadRoutes(app, ctx);
  registerHolidayRoutes(app, ctx);
};
