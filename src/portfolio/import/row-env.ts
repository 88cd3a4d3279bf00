/** Loads what row validators look up in memory: the tenant's portfolios (by code) and products (by code). */
import type { FieldCipher } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db-types.ts';
import type { RowEnv } from './types.ts';

/** The validation environment of one import. */
export async function loadRowEnv(db: Db, tenantId: string, tenantSlug: string, cipher: FieldCipher): Promise<Omit<RowEnv, 'present' | 'direct'>> {
  const pf = await db.selectFrom('portfolios').select(['id', 'code', 'currency']).where('tenant_id', '=', tenantId).execute();
  const pr = await db.selectFrom('products').select(['id', 'code']).where('tenant_id', '=', tenantId).execute();
  return {
    tenantId,
    tenantSlug,
    cipher,
    portfolios: new Map(pf.map((p) => [p.code, { id: p.id, currency: p.currency.trim() }])),
    products: new Map(pr.map((p) => [p.code, p.id])),
  };
}
