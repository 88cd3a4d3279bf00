/** HTTP adapter for the platform's shared plumbing: webhooks, approvals, audit log, events. */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import { personRef, requireActor as actorOf } from './actor.ts';
import { decideApproval } from './approvals.ts';
import type { RoutePlugin } from './http.ts';
import { camelRow } from './camel-row.ts';
import { createWebhookSubscription } from './webhooks.ts';


/** Registers /v1/webhooks, /v1/approvals, /v1/audit and /v1/events. */
export const platformRoutes: RoutePlugin<AppContext> = (app, ctx) => {
  app.post(
    '/v1/webhooks',
    {
      config: { permission: 'webhooks:write' },
      schema: {
        tags: ['platform'],
        summary: 'Subscribe a URL to domain events (signed with HMAC-SHA256; the secret is returned once)',
        body: z.object({ url: z.string().url(), events: z.array(z.string()).min(1) }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const sub = await createWebhookSubscription(ctx.db, { tenantId: actor.tenantId, ...req.body });
      return reply.status(201).send(sub);
    },
  );

  app.get(
    '/v1/approvals',
    {
      config: { permission: 'approvals:decide' },
      schema: { tags: ['platform'], summary: 'Pending approvals', querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']).default('pending') }) },
    },
    async (req) => {
      const actor = actorOf(req);
      const rows = await ctx.db
        .selectFrom('approvals')
        .selectAll()
        .where('tenant_id', '=', actor.tenantId)
        .where('status', '=', req.query.status)
        .orderBy('requested_at', 'desc')
        .limit(500)
        .execute();
      return { items: rows.map(camelRow) };
    },
  );

  app.post(
    '/v1/approvals/:id/decision',
    {
      config: { permission: 'approvals:decide' },
      schema: {
        tags: ['platform'],
        summary: 'Approve or reject (four-eyes: never your own request)',
        params: z.object({ id: z.string().uuid() }),
        body: z.object({ decision: z.enum(['approved', 'rejected']), comment: z.string().max(2000).optional() }),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return ctx.db.transaction().execute((tx) =>
        decideApproval(tx, {
          tenantId: actor.tenantId,
          approvalId: req.params.id,
          decidedBy: personRef(actor),
          decision: req.body.decision,
          comment: req.body.comment,
        }),
      );
    },
  );

  app.get(
    '/v1/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['platform'],
        summary: 'Audit log, newest first',
        querystring: z.object({ subjectType: z.string().optional(), subjectId: z.string().optional(), before: z.coerce.number().int().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      let q = ctx.db.selectFrom('audit_log').selectAll().where('tenant_id', '=', actor.tenantId);
      if (req.query.subjectType) q = q.where('subject_type', '=', req.query.subjectType);
      if (req.query.subjectId) q = q.where('subject_id', '=', req.query.subjectId);
      if (req.query.before) q = q.where('id', '<', req.query.before);
      const items = await q.orderBy('id', 'desc').limit(req.query.limit).execute();
      return { items: items.map(camelRow), nextCursor: items.length === req.query.limit ? items[items.length - 1].id : null };
    },
  );

  app.get(
    '/v1/events',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['platform'],
        summary: 'Domain events (the outbox), oldest first after a cursor',
        querystring: z.object({ after: z.coerce.number().int().default(0), name: z.string().optional(), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
      },
    },
    async (req) => {
      const actor = actorOf(req);
      let q = ctx.db.selectFrom('domain_events').selectAll().where('tenant_id', '=', actor.tenantId).where('id', '>', req.query.after);
      if (req.query.name) q = q.where('name', '=', req.query.name);
      const items = await q.orderBy('id').limit(req.query.limit).execute();
      return { items: items.map(camelRow), nextCursor: items.length ? items[items.length - 1].id : req.query.after };
    },
  );
};
