/**
 * Who performs a write. Every write records an actor reference such as `user:…`,
 * `apikey:rk_ab12`, `robot:voice-1`, `system:nightly-cycle`.
 */
import { AppError } from './errors.ts';

export type ActorKind = 'user' | 'apikey' | 'robot' | 'system' | 'debtor' | 'provider';

export type Actor = {
  kind: ActorKind;
  id: string;
  tenantId: string;
  /** Granted permissions; `*` grants all. */
  permissions: readonly string[];
  /** The human (user id) behind an API key, for four-eyes checks. */
  userId?: string;
};

/** The string stored in `actor` columns. */
export function actorRef(a: Pick<Actor, 'kind' | 'id'>): string {
  return `${a.kind}:${a.id}`;
}

/** True when the actor holds `permission` (or `*`, or `<domain>:*`). */
export function hasPermission(a: Pick<Actor, 'permissions'>, permission: string): boolean {
  const domain = permission.split(':')[0];
  return a.permissions.some((p) => p === '*' || p === permission || p === `${domain}:*`);
}

/** A system actor for jobs and the CLI. */
export function systemActor(tenantId: string, id: string): Actor {
  return { kind: 'system', id, tenantId, permissions: ['*'] };
}

/**
 * The authenticated actor of a `/v1` request (the HTTP auth hook sets it; every route
 * adapter reads it through this).
 * @throws AppError UNAUTHENTICATED when there is none
 */
export function requireActor(req: { actor: Actor | null }): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', { message: 'an API key is required (Authorization: Bearer rk_…)' });
  return req.actor;
}

/**
 * The person behind an actor, as approvals record authors and deciders: the user behind
 * an API key, otherwise the actor itself. Four-eyes checks compare these.
 */
export function personRef(a: Actor): string {
  return a.userId ? `user:${a.userId}` : actorRef(a);
}
