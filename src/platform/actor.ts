/**
 * Who performs a write. Every write records an actor reference such as `user:…`,
 * `apikey:rk_ab12`, `robot:voice-1`, `system:nightly-cycle`.
 */
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
