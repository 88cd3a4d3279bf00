/**
 * HTTP adapter of the model registry and the console hooks: versions, upload, activation,
 * bin and points tables, the latest score distribution against training, PSI history, and
 * an account's current score.
 */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import { personRef, requireActor as actorOf } from '../platform/actor.ts';
import { findAccountScore } from './account-score.ts';
import { AppError } from '../platform/errors.ts';
import type { RoutePlugin } from '../platform/http.ts';
import { activateScorecard, getScorecardModel, getScorecardVersion, listScorecards, registerScorecard } from './registry.ts';
import { binTables } from './report.ts';

const Id = z.object({ id: z.string().uuid() });

/** Registers /v1/scorecards… and /v1/accounts/:id/score. */
export const scoringRoutes: RoutePlugin<AppContext> = (app, ctx) => {
  const tags = ['scoring'];
  app.get('/v1/scorecards', { config: { permission: 'scoring:read' }, schema: { tags, summary: 'Scorecard versions, newest first' } }, async (req) => ({
    items: await listScorecards(ctx.db, actorOf(req).tenantId),
  }));

  app.post(
    '/v1/scorecards',
    {
      config: { permission: 'scoring:write' },
      schema: {
        tags,
        summary: 'Register a trained model (JSON from `recoup scorecard train`) as a draft version; opens a four-eyes approval',
        body: z.object({ purpose: z.string().regex(/^[a-z0-9_-]{1,40}$/).default('collection'), name: z.string().min(1).max(200), model: z.record(z.string(), z.unknown()) }),
      },
    },
    async (req, reply) => {
      const a = actorOf(req);
      const v = await ctx.db.transaction().execute((tx) =>
        registerScorecard(tx, { tenantId: a.tenantId, actor: personRef(a), purpose: req.body.purpose, name: req.body.name, modelText: JSON.stringify(req.body.model) }),
      );
      return reply.status(201).send(v);
    },
  );

  app.get('/v1/scorecards/:id', { config: { permission: 'scoring:read' }, schema: { tags, summary: 'One version', params: Id } }, async (req) =>
    getScorecardVersion(ctx.db, actorOf(req).tenantId, req.params.id),
  );

  app.post(
    '/v1/scorecards/:id/activate',
    { config: { permission: 'scoring:write' }, schema: { tags, summary: 'Activate an approved version (retires the active one of its purpose)', params: Id } },
    async (req) => {
      const a = actorOf(req);
      return ctx.db.transaction().execute((tx) => activateScorecard(tx, { tenantId: a.tenantId, actor: personRef(a), id: req.params.id }));
    },
  );

  app.get('/v1/scorecards/:id/bins', { config: { permission: 'scoring:read' }, schema: { tags, summary: 'Bin, WOE/IV and points tables per characteristic', params: Id } }, async (req) => {
    const model = await getScorecardModel(ctx.db, actorOf(req).tenantId, req.params.id);
    return { characteristics: binTables(model), scaling: model.scaling, bands: model.bands };
  });

  app.get(
    '/v1/scorecards/:id/distribution',
    { config: { permission: 'scoring:read' }, schema: { tags, summary: 'Score distribution of the latest run against the training distribution', params: Id } },
    async (req) => {
      const tenantId = actorOf(req).tenantId;
      const model = await getScorecardModel(ctx.db, tenantId, req.params.id);
      const last = await ctx.db.selectFrom('score_runs').selectAll().where('tenant_id', '=', tenantId).where('scorecard_id', '=', req.params.id).orderBy('id', 'desc').limit(1).executeTakeFirst();
      return { boundaries: model.scoreDistribution.boundaries, training: model.scoreDistribution.shares, latest: last ? { asOf: last.as_of, shares: last.shares, accounts: last.accounts, bands: last.bands } : null };
    },
  );

  app.get(
    '/v1/scorecards/:id/psi',
    { config: { permission: 'scoring:read' }, schema: { tags, summary: 'PSI and CSI history (alert past 0.25)', params: Id } },
    async (req) => {
      const rows = await ctx.db
        .selectFrom('score_runs')
        .select(['as_of', 'psi', 'drift_level', 'csi', 'accounts', 'flagged'])
        .where('tenant_id', '=', actorOf(req).tenantId)
        .where('scorecard_id', '=', req.params.id)
        .orderBy('id')
        .execute();
      return { items: rows.map((r) => ({ asOf: r.as_of, psi: r.psi, level: r.drift_level, csi: r.csi, accounts: r.accounts, flagged: r.flagged })) };
    },
  );

  app.get(
    '/v1/accounts/:id/score',
    { config: { permission: 'accounts:read' }, schema: { tags, summary: "An account's current score, band and reason codes (zh-CN and en)", params: z.object({ id: z.coerce.number().int() }), querystring: z.object({ purpose: z.string().default('collection') }) } },
    async (req) => {
      const score = await findAccountScore(ctx.db, { tenantId: actorOf(req).tenantId, accountId: req.params.id, purpose: req.query.purpose });
      if (!score) throw new AppError('NOT_FOUND', { message: `account ${req.params.id} has no ${req.query.purpose} score` });
      return score;
    },
  );
};
