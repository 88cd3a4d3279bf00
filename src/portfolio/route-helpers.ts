/** Small helpers shared by the portfolio domain's HTTP adapters. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorRef, requireActor, type Actor } from '../platform/actor.ts';

/**
 * The authenticated actor of a `/v1` request.
 * @throws AppError UNAUTHENTICATED when the auth hook did not run (never for /v1 routes)
 */
export function actorOf(req: FastifyRequest): Actor & { ref: string } {
  const a = requireActor(req);
  return { ...a, ref: actorRef(a) };
}

/** `?cursor=&limit=` (limit 1–500, default 50). */
export const PageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** A numeric `:id` path parameter. */
export const IdParams = z.object({
  id: z.coerce.number({ error: "must be the numeric id Recoup assigned (an account by the lender's number: GET /v1/accounts?externalId=…) / 须为系统编号" })
    .int().positive().max(Number.MAX_SAFE_INTEGER),
});
