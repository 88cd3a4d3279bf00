/** Helpers shared by the arrangements domain's HTTP adapters. */
import { decodeCursor, encodeCursor } from '../platform/cursor.ts';
import { z } from 'zod';
import { hasPermission, requireActor, type Actor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import { authorityLevels, scoreBands, type AuthorityLevel } from './authority.ts';

/** The authenticated actor. @throws AppError UNAUTHENTICATED */
export const actorOf = requireActor;

/**
 * The authority level the caller acts at. Robots act as `robot`; `team_lead` and
 * `supervisor` need the `arrangements:approve` permission.
 * @throws AppError FORBIDDEN
 */
export function levelOf(actor: Actor, requested: AuthorityLevel | undefined): AuthorityLevel {
  if (actor.kind === 'robot') return 'robot';
  const level = requested ?? 'agent';
  if ((level === 'team_lead' || level === 'supervisor') && !hasPermission(actor, 'arrangements:approve')) {
    throw new AppError('FORBIDDEN', { message: `acting at ${level} level needs the arrangements:approve permission` });
  }
  return level;
}

export const IdParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export const PageQuery = z.object({
  cursor: z.string().max(200).optional().describe('the nextCursor of the previous page (as on every list)'),
  after: z.coerce.number().int().positive().optional().describe('the same as a plain id: the last id of the previous page'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/**
 * The list query with `cursor` turned into `after` (newest-first lists page by the last id seen).
 * @throws AppError INVALID_INPUT for a cursor this API did not issue
 */
export function pageAfter<Q extends { cursor?: string; after?: number }>(q: Q): Omit<Q, 'cursor'> & { after?: number } {
  const { cursor, ...rest } = q;
  return cursor ? { ...rest, after: decodeCursor(cursor) } : rest;
}
export const Level = z.enum(authorityLevels);
export const Band = z.enum(scoreBands);
export const DateStr = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real date');

/** A page of items with the cursor of the next page (null at the end): `nextCursor` like every list, `next` as the plain id. */
export function page<T extends { id: number }>(items: T[], limit: number): { items: T[]; next: number | null; nextCursor: string | null } {
  const next = items.length === limit ? (items[items.length - 1]?.id ?? null) : null;
  return { items, next, nextCursor: next === null ? null : encodeCursor(next) };
}
