/**
 * `contacts` files: contact points of borrowers or of their related parties (owner ≠ self).
 * The value is encrypted, blind-indexed and masked before it reaches the database.
 */
import { copyBool, copyBytes, copyText } from '../../../platform/copy-text.ts';
import type { FieldProblem, KindSpec } from '../types.ts';
import { checkBool, checkEnum, checkId, checkInstant, checkText, checkZone } from './checks.ts';
import { maskContactValue } from './mask.ts';
import { buildUpsertSql } from './upsert-sql.ts';
import { runUpsert } from './run-upsert.ts';

const kinds = ['phone', 'email', 'address', 'wechat'] as const;
const owners = ['self', 'spouse', 'parent', 'child', 'sibling', 'emergency_contact', 'colleague', 'friend', 'guarantor', 'other'] as const;
const PHONE = /^\+?[\d\s().-]{5,30}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const WECHAT = /^[^\s]{1,64}$/;

function checkValue(kind: (typeof kinds)[number] | undefined, v: string | undefined, p: FieldProblem[]): string | undefined {
  if (v === undefined) {
    p.push({ field: 'value', reason: 'value is required / 必填' });
    return undefined;
  }
  const ok = kind === 'phone' ? PHONE.test(v) && v.replace(/\D/g, '').length >= 5 : kind === 'email' ? EMAIL.test(v) : kind === 'wechat' ? WECHAT.test(v) : v.length <= 500;
  if (!ok) p.push({ field: 'value', reason: `not a valid ${kind ?? 'contact'} value` });
  return ok ? v : undefined;
}

export const contactsSpec: KindSpec = {
  kind: 'contacts',
  tables: ['contact_points'],
  required: ['external_id', 'borrower_external_id', 'kind', 'value'],
  optional: ['number_type', 'timezone', 'source', 'consent', 'consent_at', 'verified', 'do_not_use', 'employer_provided', 'owner', 'owner_external_id', 'owner_name', 'owner_debt_related', 'tenant'],
  staging: [
    ['external_id', 'text'], ['borrower_external_id', 'text'], ['kind', 'text'], ['value_enc', 'bytea'], ['value_bidx', 'bytea'],
    ['value_masked', 'text'], ['number_type', 'text'], ['timezone', 'text'], ['source', 'text'], ['consent', 'boolean'],
    ['consent_at', 'timestamptz'], ['verified', 'boolean'], ['do_not_use', 'boolean'], ['employer_provided', 'boolean'],
    ['owner', 'text'], ['owner_external_id', 'text'], ['owner_name', 'text'], ['owner_debt_related', 'boolean'],
  ],
  validate(c, env, p) {
    const ext = checkId(c[0], 'external_id', p);
    const bor = checkId(c[1], 'borrower_external_id', p);
    const kind = c[2] === undefined ? (p.push({ field: 'kind', reason: 'kind is required / 必填' }), undefined) : checkEnum(c[2], 'kind', p, kinds, undefined);
    const value = checkValue(kind, c[3], p);
    const numberType = checkEnum(c[4], 'number_type', p, ['mobile', 'home_landline', 'work_landline'] as const, undefined);
    if (numberType && kind !== 'phone') p.push({ field: 'number_type', reason: 'number_type applies to phones only' });
    const zone = checkZone(c[5], 'timezone', p, false);
    const source = checkText(c[6], 'source', p, false, 50) ?? 'creditor';
    const consent = checkBool(c[7], 'consent', p, false);
    const consentAt = checkInstant(c[8], 'consent_at', p, false);
    const verified = checkBool(c[9], 'verified', p, false);
    const dnu = checkBool(c[10], 'do_not_use', p, false);
    const employer = checkBool(c[11], 'employer_provided', p, false);
    const owner = checkEnum(c[12], 'owner', p, owners, 'self');
    const ownerExt = owner !== 'self' ? checkId(c[13], 'owner_external_id', p) : undefined;
    const ownerName = owner !== 'self' ? checkText(c[14], 'owner_name', p, true, 200) : undefined;
    const ownerDebt = checkBool(c[15], 'owner_debt_related', p, false);
    if (p.length || ext === undefined || kind === undefined || value === undefined) return null;
    const enc = env.cipher.encrypt(value);
    const bidx = env.cipher.blindIndex(value);
    return {
      key: ext,
      copy: [
        copyText(ext), copyText(bor), kind, copyBytes(enc), copyBytes(bidx), copyText(maskContactValue(kind, value)), copyText(numberType),
        copyText(zone), copyText(source), copyBool(consent), copyText(consentAt), copyBool(verified), copyBool(dnu), copyBool(employer),
        copyText(owner), copyText(ownerExt), copyText(ownerName), copyBool(ownerDebt),
      ].join('\t'),
    };
  },
  async merge(env) {
    const { client, stage, tenantId } = env;
    const missing = await client.query<{ line: number; borrower_external_id: string }>(
      `SELECT s.line, s.borrower_external_id FROM ${stage} s
       WHERE NOT EXISTS (SELECT 1 FROM borrowers b WHERE b.tenant_id = $1 AND b.external_id = s.borrower_external_id) ORDER BY s.line`,
      [tenantId],
    );
    const errors = missing.rows.map((r) => ({ line: r.line, field: 'borrower_external_id', reason: `unknown borrower ${r.borrower_external_id} / 借款人不存在` }));
    await upsertRelatedParties(env);
    const sql = buildUpsertSql(
      {
        table: 'contact_points',
        columns: ['tenant_id', 'borrower_id', 'related_party_id', 'external_id', 'kind', 'value_enc', 'value_bidx', 'value_masked', 'number_type', 'timezone', 'source', 'consent', 'consent_at', 'verified', 'do_not_use', 'employer_provided'],
        select: `SELECT $1::uuid, b.id, rp.id, s.external_id, s.kind, s.value_enc, s.value_bidx, s.value_masked, s.number_type, s.timezone, s.source,
            s.consent, s.consent_at, s.verified, s.do_not_use, s.employer_provided
          FROM ${stage} s JOIN borrowers b ON b.tenant_id = $1 AND b.external_id = s.borrower_external_id
          LEFT JOIN related_parties rp ON rp.tenant_id = $1 AND rp.external_id = s.owner_external_id AND s.owner <> 'self'`,
        key: ['tenant_id', 'external_id'],
        always: ['borrower_id', 'related_party_id', 'kind', 'value_enc', 'value_bidx', 'value_masked'],
        optional: [
          ['number_type', 'number_type'], ['timezone', 'timezone'], ['source', 'source'], ['consent', 'consent'], ['consent_at', 'consent_at'],
          ['verified', 'verified'], ['do_not_use', 'do_not_use'], ['employer_provided', 'employer_provided'],
        ],
        notCompared: ['value_enc', 'value_masked'],
        setExpr: { value_enc: 'CASE WHEN src.value_bidx = t.value_bidx THEN t.value_enc ELSE src.value_enc END' },
        touch: ['updated_at = now()'],
      },
      env.present,
    );
    const r = await runUpsert(client, 'contact_points', sql, [tenantId]);
    return { inserted: r.inserted, updated: r.updated, suspense: 0, errors };
  },
};

/** Creates or updates the related parties named by rows whose owner is not the borrower. */
async function upsertRelatedParties(env: { client: import('pg').PoolClient; stage: string; tenantId: string }): Promise<void> {
  await env.client.query(
    `INSERT INTO related_parties AS t (tenant_id, borrower_id, external_id, full_name, relationship, debt_related)
     SELECT DISTINCT ON (s.owner_external_id) $1::uuid, b.id, s.owner_external_id, s.owner_name, s.owner, s.owner_debt_related
     FROM ${env.stage} s JOIN borrowers b ON b.tenant_id = $1 AND b.external_id = s.borrower_external_id
     WHERE s.owner <> 'self' ORDER BY s.owner_external_id, s.line
     ON CONFLICT (tenant_id, external_id) DO UPDATE SET full_name = excluded.full_name, relationship = excluded.relationship, debt_related = excluded.debt_related
     WHERE (t.full_name, t.relationship, t.debt_related) IS DISTINCT FROM (excluded.full_name, excluded.relationship, excluded.debt_related)`,
    [env.tenantId],
  );
}
