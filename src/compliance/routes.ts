/**
 * HTTP adapter of the compliance domain: the stateless check (same scenario array as the CLI),
 * the database gate, the decision log, the reason vocabulary, per-portfolio packs, and (via
 * holds/routes.ts) holds and contact preferences.
 */
import { z } from 'zod';
import type { AppContext } from '../app/context.ts';
import { actorRef, personRef, requireActor as actorOf } from '../platform/actor.ts';
import type { RoutePlugin } from '../platform/http.ts';
import { gateChannels } from './gate/channel-map.ts';
import { setDebtFacts } from './gate/debt-facts.ts';
import { gateContact } from './gate/gate-contact.ts';
import { gateReasonTexts } from './gate/gate-reasons.ts';
import { getPortfolioPack, proposePackVersion } from './gate/pack-versions.ts';
import { holdRoutes } from './holds/routes.ts';
import { checkScenarios } from './evaluate-batch.ts';
import type { PackParams } from './rules/packs.ts';
import { reasonCitations, reasonCodes, reasonTexts } from './rules/reasons.ts';
import { findDecisions } from './store.ts';


const id = z.coerce.number().int().positive();
const instant = z.iso.datetime({ offset: true });

const GateBody = z.object({
  borrowerId: id,
  accountIds: z.array(id).min(1),
  record: z.boolean().default(false),
  proposed: z.object({
    channel: z.enum(gateChannels),
    kind: z.enum(['call_attempt', 'voicemail', 'conversation', 'sms', 'email', 'letter']).optional(),
    at: instant.optional(),
    party: z.enum(['debtor', 'third_party']).default('debtor'),
    contactPointId: id.nullish(),
    relatedPartyId: id.nullish(),
    automation: z.enum(['artificial_voice']).nullish(),
    purpose: z.string().max(100).optional(),
    content: z.string().max(20_000).optional(),
    taskId: z.string().min(1).max(200).optional(),
    inReplyToEventId: id.nullish(),
    format: z.string().max(50).optional(),
    envelopeText: z.string().max(2000).optional(),
    addressedTo: z.string().max(500).optional(),
    visibility: z.string().max(50).optional(),
  }),
});

const Window = z.object({ startMinute: z.number().int().min(0).max(1440), endMinute: z.number().int().min(0).max(1440), edgesBlocked: z.boolean() });
const count = z.number().int().min(0).max(1000);
const Overrides = z.object({
  window: Window, callsPerWindow: count, callWindowDays: count, postConversationWaitDays: count, tcpaResidentialCalls: count, tcpaWindowDays: count,
  cnConnectedCallsPerDay: count, cnUnansweredPerNumberPerDay: count, cnUnansweredCreditorTypes: z.array(z.string()), cnUnreachableAfterFailedAttempts: count,
  breathingSpaceStandardDays: count,
}).partial().strict();

function reasonVocabulary() {
  return {
    reasons: reasonCodes.map((code) => ({ code, en: reasonTexts[code].en, zh: reasonTexts[code].zh, citations: reasonCitations[code] })),
    gateReasons: Object.entries(gateReasonTexts).map(([code, t]) => ({ code, en: t.en, zh: t.zh, citation: t.citation })),
  };
}

/** Registers every compliance route. */
export const complianceRoutes: RoutePlugin<AppContext> = (app, ctx) => {
  holdRoutes(app, ctx);

  app.post(
    '/v1/compliance/check',
    {
      config: { permission: 'compliance:read' },
      schema: { tags: ['compliance'], summary: 'Decide scenarios in the format of docs/compliance-scenarios.md (the CLI format; no database): one decision per scenario, same order', body: z.array(z.unknown()).max(10_000) },
    },
    async (req) => checkScenarios(req.body),
  );

  app.post(
    '/v1/compliance/gate',
    { config: { permission: 'contacts:write' }, schema: { tags: ['compliance'], summary: 'Gate decision for a real borrower and account(s); optionally records the attempt', body: GateBody } },
    async (req) => {
      const actor = actorOf(req);
      const b = req.body;
      return ctx.db.transaction().execute((tx) =>
        gateContact(tx, { tenantId: actor.tenantId, borrowerId: b.borrowerId, accountIds: b.accountIds, record: b.record, actor: actorRef(actor), proposed: { ...b.proposed, at: b.proposed.at ?? new Date() } }),
      );
    },
  );

  app.get(
    '/v1/compliance/decisions',
    {
      config: { permission: 'compliance:read' },
      schema: {
        tags: ['compliance'],
        summary: 'Decision log, newest first, by account, borrower, reason, rule citation, task, outcome and time (cursor pages)',
        querystring: z.object({
          accountId: id.optional(), borrowerId: id.optional(), reason: z.string().max(100).optional(), rule: z.string().min(2).max(100).optional(), taskId: z.string().max(200).optional(),
          allowed: z.stringbool().optional(), from: instant.optional(), to: instant.optional(), cursor: id.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (req) => findDecisions(ctx.db, { tenantId: actorOf(req).tenantId, ...req.query }),
  );

  app.get(
    '/v1/compliance/reasons',
    { config: { permission: 'compliance:read' }, schema: { tags: ['compliance'], summary: 'The reason vocabulary with zh-CN/en text and citations per regime' } },
    async () => reasonVocabulary(),
  );

  app.put(
    '/v1/compliance/debt-facts/:accountId',
    {
      config: { permission: 'compliance:write' },
      schema: {
        tags: ['compliance'],
        summary: 'Set a debt\'s validation, verification, time-bar, student-loan and creditor-type facts',
        params: z.object({ accountId: id }),
        body: z.object({
          validationNoticeSentAt: instant.nullish(), validationPeriodEnd: z.iso.date().nullish(), verificationSentAt: instant.nullish(),
          timeBarred: z.boolean().optional(), studentLoanAccount: z.string().max(100).nullish(), creditorType: z.enum(['bank', 'consumer_finance_company', 'microcredit', 'other']).nullish(),
        }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await ctx.db.transaction().execute((tx) => setDebtFacts(tx, { tenantId: actor.tenantId, accountId: req.params.accountId, facts: req.body, actor: actorRef(actor) }));
      return reply.status(204).send();
    },
  );

  app.get(
    '/v1/compliance/packs/:portfolioId',
    { config: { permission: 'compliance:read' }, schema: { tags: ['compliance'], summary: 'A portfolio\'s rule pack: effective version, parameters, version history', params: z.object({ portfolioId: z.uuid() }) } },
    async (req) => getPortfolioPack(ctx.db, { tenantId: actorOf(req).tenantId, portfolioId: req.params.portfolioId }),
  );

  app.put(
    '/v1/compliance/packs/:portfolioId',
    {
      config: { permission: 'compliance:write' },
      schema: {
        tags: ['compliance'],
        summary: 'Propose new pack parameters (a new version; takes effect when another person approves it at /v1/approvals)',
        params: z.object({ portfolioId: z.uuid() }),
        // strict: a misspelled key ({"parameters": …}) is a 400, not an empty version
        body: z.object({ overrides: Overrides.default({}), overlays: z.array(z.string()).default([]), comment: z.string().max(2000).optional() }).strict(),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const v = await ctx.db.transaction().execute((tx) =>
        proposePackVersion(tx, { tenantId: actor.tenantId, portfolioId: req.params.portfolioId, overrides: req.body.overrides as Partial<PackParams>, overlays: req.body.overlays, comment: req.body.comment, actor: personRef(actor) }),
      );
      return reply.status(202).send(v);
    },
  );
};
