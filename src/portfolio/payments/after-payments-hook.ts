/**
 * The injection point through which the delinquency domain recomputes days past due and
 * buckets after payments move money. The portfolio domain does not import delinquency;
 * the composition root (the lead) wires them:
 *
 * @example
 * import { setAfterPaymentsHook } from '../portfolio/index.ts';
 * setAfterPaymentsHook((tx, e) => recomputeDelinquency(tx, e.tenantId, e.accountIds));
 */
import type { Db } from '../../platform/db-types.ts';

/** What happened: payments posted or reversed on these accounts, inside transaction `tx`. */
export type AfterPaymentsEvent = { tenantId: string; accountIds: number[]; cause: 'payment.posted' | 'payment.reversed'; actor: string };

/**
 * Called inside the posting transaction, after allocations are written, with the ids of
 * every account whose installments changed. It must be idempotent and must not commit.
 */
export type AfterPaymentsHook = (tx: Db, event: AfterPaymentsEvent) => Promise<void>;

let hook: AfterPaymentsHook | null = null;

/** Installs (or, with null, removes) the hook run after payments are posted or reversed. */
export function setAfterPaymentsHook(h: AfterPaymentsHook | null): void {
  hook = h;
}

/** Runs the installed hook, if any, for a non-empty set of accounts. */
export async function runAfterPaymentsHook(tx: Db, event: AfterPaymentsEvent): Promise<void> {
  if (hook && event.accountIds.length > 0) await hook(tx, event);
}
