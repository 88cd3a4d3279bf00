/**
 * HTTP adapter for holds and contact preferences: `/v1/holds` and `/v1/contact-preferences`.
 * Setting a hold or a preference needs `contacts:write` (what the debtor told an agent);
 * releasing a hold needs `compliance:write`; reading needs `borrowers:read`.
 */
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { actorRef, requireActor as actorOf } from '../../platform/actor.ts';
import type { ZodApp } from '../../platform/http.ts';
import { holdEffects } from './hold-types.ts';
import { findContactPreferences, revokeContactPreference, setContactPreference } from './preferences.ts';
import { findHolds, releaseHold, setHold } from './set-hold.ts';
import { holdTypes, preferenceKinds } from './tables.ts';


const id = z.coerce.number().int().positive();
const instant = z.iso.datetime({ offset: true });

/** Registers the hold and preference routes. */
export function holdRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/v1/holds',
    {
      config: { permission: 'contacts:write' },
      schema: {
        tags: ['compliance'],
        summary: 'Set a hold on a borrower (every debt) or one account; a cease must be written — a spoken "stop calling" is a medium opt-out',
        body: z.object({
          borrowerId: id,
          accountId: id.nullish(),
          type: z.enum(holdTypes),
          details: z.record(z.string(), z.unknown()).default({}),
          receivedAt: instant.optional(),
          startsAt: instant.optional(),
          endsAt: instant.nullish(),
        }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const r = await ctx.db.transaction().execute((tx) => setHold(tx, { ...req.body, tenantId: actor.tenantId, source: 'api', actor: actorRef(actor) }));
      return reply.status(r.created ? 201 : 200).send(r);
    },
  );

  app.post(
    '/v1/holds/:id/release',
    {
      config: { permission: 'compliance:write' },
      schema: { tags: ['compliance'], summary: 'Release an active hold', params: z.object({ id }), body: z.object({ reason: z.string().trim().min(1).max(2000) }) },
    },
    async (req) => {
      const actor = actorOf(req);
      return ctx.db.transaction().execute((tx) => releaseHold(tx, { tenantId: actor.tenantId, holdId: req.params.id, actor: actorRef(actor), reason: req.body.reason }));
    },
  );

  app.get(
    '/v1/holds',
    {
      config: { permission: 'borrowers:read' },
      schema: { tags: ['compliance'], summary: 'Holds of a borrower, newest first', querystring: z.object({ borrowerId: id, includeReleased: z.stringbool().default(false) }) },
    },
    async (req) => {
      const actor = actorOf(req);
      return { items: await findHolds(ctx.db, { tenantId: actor.tenantId, ...req.query }) };
    },
  );

  app.get(
    '/v1/holds/types',
    { config: { permission: 'borrowers:read' }, schema: { tags: ['compliance'], summary: 'Hold types and what each stops (en, zh-CN)' } },
    async () => ({ items: holdTypes.map((t) => ({ type: t, ...holdEffects[t] })) }),
  );

  app.post(
    '/v1/contact-preferences',
    {
      config: { permission: 'contacts:write' },
      schema: {
        tags: ['compliance'],
        summary: 'Record a contact preference: medium or electronic opt-out, inconvenient time or place, employer prohibition, TCPA consent',
        body: z.object({
          borrowerId: id,
          kind: z.enum(preferenceKinds),
          channel: z.enum(['phone', 'sms', 'email', 'letter', 'social_media']).nullish(),
          contactPointId: id.nullish(),
          value: z.record(z.string(), z.unknown()).default({}),
        }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const pref = await ctx.db.transaction().execute((tx) => setContactPreference(tx, { ...req.body, tenantId: actor.tenantId, source: 'api', actor: actorRef(actor) }));
      return reply.status(201).send(pref);
    },
  );

  app.post(
    '/v1/contact-preferences/:id/revoke',
    { config: { permission: 'contacts:write' }, schema: { tags: ['compliance'], summary: 'Revoke a contact preference', params: z.object({ id }) } },
    async (req) => {
      const actor = actorOf(req);
      return ctx.db.transaction().execute((tx) => revokeContactPreference(tx, { tenantId: actor.tenantId, preferenceId: req.params.id, actor: actorRef(actor) }));
    },
  );

  app.get(
    '/v1/contact-preferences',
    { config: { permission: 'borrowers:read' }, schema: { tags: ['compliance'], summary: 'Active contact preferences of a borrower', querystring: z.object({ borrowerId: id }) } },
    async (req) => {
      const actor = actorOf(req);
      return { items: await findContactPreferences(ctx.db, { tenantId: actor.tenantId, borrowerId: req.query.borrowerId }) };
    },
  );
}
