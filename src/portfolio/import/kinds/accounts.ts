/** `accounts` files: loans and card balances with their borrower, portfolio and product. */
import { copyText } from '../../../platform/copy-text.ts';
import { escapedText, loadDirectLookup } from '../direct-lookup.ts';
import { hashText } from '../key-filter.ts';
import type { KindSpec } from '../types.ts';
import { checkAmount, checkCount, checkCurrency, checkDate, checkEnum, checkId } from './checks.ts';
import { buildUpsertSql } from './upsert-sql.ts';
import { runUpsert } from './run-upsert.ts';

const statuses = ['current', 'delinquent', 'charged_off', 'in_legal', 'placed', 'sold', 'settled', 'closed'] as const;
const N = '\\N';

export const accountsSpec: KindSpec = {
  kind: 'accounts',
  tables: ['accounts'],
  required: ['external_id', 'borrower_external_id', 'portfolio', 'currency', 'principal', 'opened_on'],
  optional: ['product', 'rate_bps', 'fees', 'status', 'charged_off_on', 'outstanding', 'tenant'],
  staging: [
    ['external_id', 'text'], ['borrower_external_id', 'text'], ['portfolio_id', 'uuid'], ['product_id', 'bigint'], ['currency', 'text'],
    ['principal_minor', 'bigint'], ['rate_bps', 'int'], ['fees_minor', 'bigint'], ['opened_on', 'date'], ['status', 'text'],
    ['charged_off_on', 'date'], ['core_outstanding_minor', 'bigint'],
  ],
  validate(c, env, p) {
    const ext = checkId(c[0], 'external_id', p);
    const bor = checkId(c[1], 'borrower_external_id', p);
    const code = checkId(c[2], 'portfolio', p);
    const pf = code === undefined ? undefined : env.portfolios.get(code);
    if (code !== undefined && !pf) p.push({ field: 'portfolio', reason: `unknown portfolio ${code} / 资产包不存在` });
    const exp = checkCurrency(c[3], 'currency', p);
    if (pf && exp !== undefined && pf.currency !== c[3]) p.push({ field: 'currency', reason: `currency ${c[3]} differs from portfolio ${code}'s ${pf.currency}` });
    const principal = checkAmount(c[4], exp ?? 2, 'principal', p, true);
    const opened = checkDate(c[5], 'opened_on', p, true);
    const productId = c[6] === undefined ? undefined : env.products.get(c[6]);
    if (c[6] !== undefined && productId === undefined) p.push({ field: 'product', reason: `unknown product ${c[6]}` });
    const rate = checkCount(c[7], 'rate_bps', p, 0, 1_000_000);
    const fees = checkAmount(c[8], exp ?? 2, 'fees', p, false) ?? 0;
    const status = checkEnum(c[9], 'status', p, statuses, 'current');
    const chargedOff = checkDate(c[10], 'charged_off_on', p, false);
    const outstanding = checkAmount(c[11], exp ?? 2, 'outstanding', p, false);
    if (p.length || ext === undefined || bor === undefined || pf === undefined) return null;
    const d = env.direct;
    const borrowerId = d?.refs.get(bor);
    if (d && borrowerId !== undefined && !d.existing.has(hashText(ext))) {
      if (outstanding !== undefined) d.touched.push(ext);
      return {
        key: ext,
        copy: '',
        direct: `${env.tenantId}\t${borrowerId}\t${copyText(ext)}\t${pf.id}\t${productId ?? N}\t${c[3]}\t${principal}\t${rate}\t${fees}\t${opened}\t${status}\t${chargedOff ?? N}\t${outstanding ?? N}`,
      };
    }
    return {
      key: ext,
      copy: `${copyText(ext)}\t${copyText(bor)}\t${pf.id}\t${productId ?? N}\t${c[3]}\t${principal}\t${rate}\t${fees}\t${opened}\t${status}\t${chargedOff ?? N}\t${outstanding ?? N}`,
    };
  },
  direct: {
    table: 'accounts',
    columns: ['tenant_id', 'borrower_id', 'external_id', 'portfolio_id', 'product_id', 'currency', 'principal_minor', 'rate_bps', 'fees_minor', 'opened_on', 'status', 'charged_off_on', 'core_outstanding_minor'],
    // New: an external id the tenant does not have yet, whose borrower it has.
    load: (client, tenantId) =>
      loadDirectLookup(client, tenantId, {
        refsQuery: `SELECT ${escapedText('external_id')} || E'\\t' || id FROM borrowers WHERE tenant_id = $1`,
        existingQuery: `SELECT ${escapedText('external_id')} FROM accounts WHERE tenant_id = $1`,
        numericKeys: false,
      }),
  },
  async merge(env) {
    const { client, stage, tenantId } = env;
    const missing = await client.query<{ line: number; borrower_external_id: string }>(
      `SELECT s.line, s.borrower_external_id FROM ${stage} s
       WHERE NOT EXISTS (SELECT 1 FROM borrowers b WHERE b.tenant_id = $1 AND b.external_id = s.borrower_external_id) ORDER BY s.line`,
      [tenantId],
    );
    const errors = missing.rows.map((r) => ({ line: r.line, field: 'borrower_external_id', reason: `unknown borrower ${r.borrower_external_id} / 借款人不存在` }));
    const sql = buildUpsertSql(
      {
        table: 'accounts',
        columns: ['tenant_id', 'portfolio_id', 'borrower_id', 'product_id', 'external_id', 'currency', 'principal_minor', 'rate_bps', 'fees_minor', 'opened_on', 'status', 'charged_off_on', 'core_outstanding_minor'],
        select: `SELECT $1::uuid, s.portfolio_id, b.id, s.product_id, s.external_id, s.currency, s.principal_minor, s.rate_bps, s.fees_minor,
            s.opened_on, s.status, s.charged_off_on, s.core_outstanding_minor
          FROM ${stage} s JOIN borrowers b ON b.tenant_id = $1 AND b.external_id = s.borrower_external_id`,
        key: ['tenant_id', 'external_id'],
        always: ['portfolio_id', 'borrower_id', 'currency', 'principal_minor', 'opened_on'],
        optional: [
          ['product', 'product_id'], ['rate_bps', 'rate_bps'], ['fees', 'fees_minor'], ['status', 'status'],
          ['charged_off_on', 'charged_off_on'], ['outstanding', 'core_outstanding_minor'],
        ],
        touch: ['updated_at = now()'],
      },
      env.present,
    );
    const r = await runUpsert(client, 'accounts', sql, [tenantId]);
    return { inserted: r.inserted, updated: r.updated, suspense: 0, errors };
  },
};
