/**
 * Wires domains that must not import each other: the portfolio domain calls the
 * delinquency recompute after payments move money, and shows the delinquency buckets in
 * its portfolio summary, through injection points. Every
 * process entry (server, worker, CLI commands on the database) calls `wireDomains()`.
 */
import { getPortfolioBuckets, recomputeDelinquency } from '../delinquency/index.ts';
import { addPortfolioSummarySection, setAfterPaymentsHook } from '../portfolio/index.ts';

let wired = false;

/** Installs the cross-domain hooks once per process. */
export function wireDomains(): void {
  if (wired) return;
  wired = true;
  addPortfolioSummarySection('buckets', (db, q) => getPortfolioBuckets(db, q));
  setAfterPaymentsHook(async (tx, e) => {
    // null: each account's business date is today in its portfolio's zone
    await recomputeDelinquency(tx, e.accountIds, null, e.actor);
  });
}
