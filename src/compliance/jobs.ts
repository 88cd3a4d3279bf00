/**
 * Queue handlers of the compliance domain. `compliance_expire_holds` releases holds whose end
 * has passed (a standard Breathing Space after 60 days, a hold set with `endsAt`), each with
 * its `hold.released` event, audit row and evidence fact. The gate already ignores holds past
 * their end, so the job keeps the hold list and the event stream truthful rather than deciding
 * anything; it is idempotent (an already-released hold is skipped).
 */
import type { Task, TaskList } from 'graphile-worker';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db-types.ts';
import { releaseHold } from './holds/set-hold.ts';
import './holds/tables.ts';

/** Releases every hold past its end; returns how many. */
export async function expireHolds(db: Db, now: Date = new Date()): Promise<number> {
  const due = await db.selectFrom('holds').select(['id', 'tenant_id']).where('released_at', 'is', null).where('ends_at', '<=', now).orderBy('id').limit(10_000).execute();
  let n = 0;
  for (const h of due) {
    const done = await db.transaction().execute(async (tx) => {
      const still = await tx.selectFrom('holds').select('id').where('id', '=', h.id).where('released_at', 'is', null).executeTakeFirst();
      if (!still) return false;
      await releaseHold(tx, { tenantId: h.tenant_id, holdId: h.id, actor: 'system:compliance-expire-holds', reason: 'expired (end date passed)' });
      return true;
    });
    if (done) n++;
  }
  return n;
}

/** The compliance tasks (add to src/app/tasks.ts; cron: `0 * * * * compliance_expire_holds`). */
export function complianceTasks(ctx: AppContext): TaskList {
  const expire: Task = async (_payload, helpers) => {
    const n = await expireHolds(ctx.db);
    helpers.logger.info(`released ${n} expired hold(s)`);
  };
  return { compliance_expire_holds: expire };
}
