/**
 * Wires domains that must not import each other: the portfolio domain calls the
 * delinquency recompute after payments move money through an injection point. Every
 * process entry (server, worker, CLI commands on the database) calls `wireDomains()`.
 */
import { recomputeDelinquency } from '../delinquency/index.ts';
import { setAfterPaymentsHook } from '../portfolio/index.ts';

let wired = false;

/** Installs the cross-domain hooks once per process. */
export function wireDomains(): void {
  if (wired) return;
  wired = true;
  setAfterPaymentsHook(async (tx, e) => {
    // null: each account's business date is today in its portfolio's zone
    await recomputeDelinquency(tx, e.accountIds, null, e.actor);
  });
}
