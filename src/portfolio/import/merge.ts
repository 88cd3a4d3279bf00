/** Runs a kind's merge and the reconciliation that follows it. */
import { reconcileAccounts, type Reconciliation } from './reconcile.ts';
import type { KindSpec, MergeEnv, MergeOutcome } from './types.ts';

/** Merges the staged rows and, where the kind changes balances, reconciles with the core system. */
export async function mergeAndReconcile(spec: KindSpec, env: MergeEnv): Promise<{ outcome: MergeOutcome; reconciliation: Reconciliation | null }> {
  const outcome = await spec.merge(env);
  const { client, tenantId, stage } = env;
  switch (spec.kind) {
    case 'accounts':
      if (!env.present.has('outstanding')) return { outcome, reconciliation: null };
      return {
        outcome,
        reconciliation: await reconcileAccounts(
          client,
          `SELECT a.id FROM accounts a JOIN ${stage} s ON a.tenant_id = $1 AND a.external_id = s.external_id WHERE a.core_outstanding_minor IS NOT NULL`,
          [tenantId],
        ),
      };
    case 'schedules':
      return {
        outcome,
        reconciliation: await reconcileAccounts(
          client,
          `SELECT a.id FROM accounts a WHERE a.tenant_id = $1 AND a.core_outstanding_minor IS NOT NULL AND a.external_id IN (SELECT account_external_id FROM ${stage})`,
          [tenantId],
        ),
      };
    case 'payments':
      return {
        outcome,
        reconciliation: await reconcileAccounts(
          client,
          'SELECT a.id FROM accounts a WHERE a.tenant_id = $1 AND a.id = ANY($2::bigint[]) AND a.core_outstanding_minor IS NOT NULL',
          [tenantId, outcome.accountIds ?? []],
        ),
      };
    case 'borrowers':
    case 'contacts':
      return { outcome, reconciliation: null };
  }
}
