/**
 * HTTP: /v1/hardship-programmes with applications beneath: programmes, applications
 * (JSON), evidence uploads (raw body: image/* or application/pdf, `?fileName=`), review
 * queue, decisions, bulk enrolment (text/csv body).
 */
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import type { ZodApp } from '../platform/http.ts';
import { AppError } from '../platform/errors.ts';
import { decideApplication, getApplication, listAdjustments, reviewQueue, submitApplication, uploadEvidence } from './hardship-applications.ts';
import { enrolFromCsv } from './hardship-enrol.ts';
import { rescoreApplication } from './hardship-fraud.ts';
import { closeProgramme, createProgramme, getProgramme, listProgrammes } from './hardship-programmes.ts';
import { eligibilityRule, reliefSpec } from './hardship-rules.ts';
import { arrangementsOptions } from './options.ts';
import { actorOf, DateStr, IdParams } from './route-helpers.ts';

const ProgrammeBody = z.object({ code: z.string().min(1).max(60).regex(/^[a-z0-9_-]+$/i), name: z.string().min(1).max(200), description: z.string().max(4000).optional(), eligibility: z.array(eligibilityRule).max(50), relief: reliefSpec, opensOn: DateStr, closesOn: DateStr.optional() });
const AppParams = z.object({ id: z.coerce.number().int().positive(), appId: z.coerce.number().int().positive() });
const ApplicationBody = z.object({
  accountId: z.number().int().positive(), statement: z.string().max(20_000).optional(), reason: z.string().max(200).optional(),
  applicantPhone: z.string().max(40).optional(), deviceId: z.string().max(200).optional(),
  ip: z.string().max(64).optional().describe("the debtor's own IP address (the self-service page passes the visitor's); never the API caller's: without it the application has no IP and no same-IP signal"),
  representativeName: z.string().max(200).optional(), representativePhone: z.string().max(40).optional(),
  source: z.enum(['api', 'self_service', 'robot', 'agent']).default('api'),
});
const DecisionBody = z.object({ decision: z.enum(['approved', 'rejected']), note: z.string().max(4000).optional() });
const UploadQuery = z.object({ fileName: z.string().min(1).max(200).default('evidence') });
const EnrolQuery = z.object({ fileName: z.string().max(200).default('upload.csv'), ignoreEligibility: z.coerce.boolean().default(false) });

/** Registers the hardship routes (in their own scope, for the raw-body parsers). */
export async function registerHardshipRoutes(root: ZodApp, ctx: AppContext): Promise<void> {
  await root.register(async (plain) => {
    const app = plain.withTypeProvider<ZodTypeProvider>();
    const raw = ['application/pdf', 'application/octet-stream', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/csv'];
    for (const t of raw) if (app.hasContentTypeParser(t)) app.removeContentTypeParser(t);
    app.addContentTypeParser(raw, { parseAs: 'buffer', bodyLimit: Math.max(arrangementsOptions().maxEvidenceBytes * 2, 64 * 1024 * 1024) }, (_req, body, done) => done(null, body));
    const tags = ['hardship'];
    app.post('/v1/hardship-programmes', { config: { permission: 'arrangements:approve' }, schema: { tags, summary: 'Open a relief programme', body: ProgrammeBody } }, async (req, reply) => reply.status(201).send(await createProgramme(ctx.db, actorOf(req), req.body)));
    app.get('/v1/hardship-programmes', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'List programmes' } }, async (req) => ({ items: await listProgrammes(ctx.db, actorOf(req).tenantId) }));
    app.get('/v1/hardship-programmes/:id', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'One programme', params: IdParams } }, async (req) => getProgramme(ctx.db, actorOf(req).tenantId, req.params.id));
    app.post('/v1/hardship-programmes/:id/closure', { config: { permission: 'arrangements:approve' }, schema: { tags, summary: 'Close a programme to new applications', params: IdParams } }, async (req) => closeProgramme(ctx.db, actorOf(req), req.params.id));
    app.post('/v1/hardship-programmes/:id/applications', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'Apply (self-service page, robot, agent desk)', params: IdParams, body: ApplicationBody } }, async (req, reply) => {
      const app1 = await ctx.db.transaction().execute((tx) => submitApplication(tx, actorOf(req), req.params.id, req.body));
      return reply.status(201).send(app1);
    });
    app.get('/v1/hardship-programmes/:id/applications', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'Review queue: undecided applications, highest fraud score first', params: IdParams, querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), status: z.enum(['submitted', 'in_review', 'approved', 'rejected', 'withdrawn']).optional() }) } }, async (req) => ({
      items: await reviewQueue(ctx.db, { tenantId: actorOf(req).tenantId, programmeId: req.params.id, limit: req.query.limit, status: req.query.status ? [req.query.status] : undefined }),
    }));
    app.get('/v1/hardship-programmes/:id/applications/:appId', { config: { permission: 'arrangements:read' }, schema: { tags, summary: 'One application with fresh fraud signals and its schedule changes', params: AppParams } }, async (req) => {
      const a = actorOf(req);
      await rescoreApplication(ctx.db, a.tenantId, req.params.appId);
      return { ...(await getApplication(ctx.db, a.tenantId, req.params.appId)), adjustments: await listAdjustments(ctx.db, a.tenantId, req.params.appId) };
    });
    app.post('/v1/hardship-programmes/:id/applications/:appId/evidence', { config: { permission: 'arrangements:write' }, schema: { tags, summary: 'Upload an evidence file (raw body; image or PDF, checked by magic bytes)', params: AppParams, querystring: UploadQuery } }, async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('INVALID_INPUT', { message: 'send the file as the raw body with Content-Type image/* or application/pdf' });
      const body = req.body;
      return reply.status(201).send(await ctx.db.transaction().execute((tx) => uploadEvidence(tx, actorOf(req), req.params.appId, { name: req.query.fileName, body })));
    });
    app.post('/v1/hardship-programmes/:id/applications/:appId/decision', { config: { permission: 'arrangements:approve' }, schema: { tags, summary: 'Approve (relief applied) or reject (note required)', params: AppParams, body: DecisionBody } }, async (req) => ctx.db.transaction().execute((tx) => decideApplication(tx, actorOf(req), req.params.appId, req.body)));
    app.post('/v1/hardship-programmes/:id/enrolments', { config: { permission: 'arrangements:approve' }, schema: { tags, summary: 'Bulk enrolment from a CSV body (account_external_id[,note])', params: IdParams, querystring: EnrolQuery } }, async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('INVALID_INPUT', { message: 'send the CSV as the body with Content-Type text/csv' });
      return enrolFromCsv(ctx.db, actorOf(req), { programme: req.params.id, fileName: req.query.fileName, csv: req.body, ignoreEligibility: req.query.ignoreEligibility });
    });
  });
}
