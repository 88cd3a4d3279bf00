/**
 * What happens around a kind's merge: remembering which accounts each chunk touched, and
 * reconciling them with the core system once the whole file is merged (a schedule's
 * installments may arrive in several chunks).
 */
import { reconcileAccounts, type Reconciliation } from './reconcile.ts';
import { STAGE, TOUCHED } from './stage.ts';
import type { KindSpec, MergeEnv } from './types.ts';

/** Records the account external ids of the staged chunk (accounts and schedules imports). */
export async function rememberTouchedAccounts(spec: KindSpec, env: MergeEnv): Promise<void> {
  if (spec.kind === 'accounts' && env.present.has('outstanding')) {
    await env.client.query(`INSERT INTO ${TOUCHED} (external_id) SELECT external_id FROM ${STAGE}`);
  } else if (spec.kind === 'schedules') {
    await env.client.query(`INSERT INTO ${TOUCHED} (external_id) SELECT DISTINCT account_external_id FROM ${STAGE}`);
  }
}

/** Reconciles the accounts the import changed, where the kind changes balances. */
export async function reconcileImport(spec: KindSpec, env: MergeEnv, accountIds: number[]): Promise<Reconciliation | null> {
  const { client, tenantId } = env;
  const touched = `SELECT DISTINCT a.id FROM accounts a JOIN ${TOUCHED} x ON a.tenant_id = $1 AND a.external_id = x.external_id WHERE a.core_outstanding_minor IS NOT NULL`;
  switch (spec.kind) {
    case 'accounts':
      return env.present.has('outstanding') ? reconcileAccounts(client, touched, [tenantId]) : null;
    case 'schedules':
      return reconcileAccounts(client, touched, [tenantId]);
    case 'payments':
      return reconcileAccounts(client, 'SELECT a.id FROM accounts a WHERE a.tenant_id = $1 AND a.id = ANY($2::bigint[]) AND a.core_outstanding_minor IS NOT NULL', [tenantId, accountIds]);
    case 'borrowers':
    case 'contacts':
      return null;
  }
}
