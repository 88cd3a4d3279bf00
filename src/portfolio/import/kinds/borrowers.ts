/** `borrowers` files: external_id, full_name, timezone [, national_id, date_of_birth, locale, flags, tenant]. */
import { copyBytes, copyText } from '../../../platform/copy-text.ts';
import { escapedText, loadDirectLookup } from '../direct-lookup.ts';
import { hashText } from '../key-filter.ts';
import type { KindSpec } from '../types.ts';
import { buildUpsertSql } from './upsert-sql.ts';
import { runUpsert } from './run-upsert.ts';
import { checkDate, checkEnum, checkId, checkText, checkZone } from './checks.ts';

const NATIONAL_ID = /^[0-9A-Za-z][0-9A-Za-z -]{2,31}$/;
const CHINESE_ZONE_LIST = ['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei'];
const CHINESE_ZONES = `(${CHINESE_ZONE_LIST.map((z) => `'${z}'`).join(',')})`;

function checkFlags(v: string | undefined, p: { field: string; reason: string }[]): string | undefined {
  if (v === undefined) return undefined;
  try {
    const o: unknown = JSON.parse(v);
    if (o !== null && typeof o === 'object' && !Array.isArray(o)) return JSON.stringify(o);
  } catch {
    // reported below
  }
  p.push({ field: 'flags', reason: 'flags must be a JSON object, e.g. {"vip":true}' });
  return undefined;
}

export const borrowersSpec: KindSpec = {
  kind: 'borrowers',
  tables: ['borrowers'],
  required: ['external_id', 'full_name', 'timezone'],
  optional: ['national_id', 'date_of_birth', 'locale', 'flags', 'tenant'],
  staging: [
    ['external_id', 'text'],
    ['full_name', 'text'],
    ['timezone', 'text'],
    ['national_id_enc', 'bytea'],
    ['national_id_bidx', 'bytea'],
    ['date_of_birth', 'date'],
    ['locale', 'text'],
    ['flags', 'jsonb'],
  ],
  validate(c, env, p) {
    const ext = checkId(c[0], 'external_id', p);
    const name = checkText(c[1], 'full_name', p, true, 200);
    const zone = checkZone(c[2], 'timezone', p, true);
    const nid = c[3];
    if (nid !== undefined && !NATIONAL_ID.test(nid)) p.push({ field: 'national_id', reason: 'national_id must be 3–32 letters, digits, spaces or dashes' });
    const dob = checkDate(c[4], 'date_of_birth', p, false);
    const locale = checkEnum(c[5], 'locale', p, ['en', 'zh-CN'] as const, undefined);
    const flags = checkFlags(c[6], p);
    if (p.length || ext === undefined) return null;
    const enc = nid === undefined ? undefined : env.cipher.encrypt(nid);
    const bidx = nid === undefined ? undefined : env.cipher.blindIndex(nid);
    if (env.direct && !env.direct.existing.has(hashText(ext))) {
      // The merge's defaults, applied here: locale by time zone, no flags.
      const loc = locale ?? (CHINESE_ZONE_LIST.includes(zone ?? '') ? 'zh-CN' : 'en');
      return {
        key: ext,
        copy: '',
        direct: `${env.tenantId}\t${copyText(ext)}\t${copyText(name)}\t${zone}\t${copyBytes(enc)}\t${copyBytes(bidx)}\t${copyText(dob)}\t${loc}\t${copyText(flags ?? '{}')}`,
      };
    }
    return {
      key: ext,
      copy: `${copyText(ext)}\t${copyText(name)}\t${zone}\t${copyBytes(enc)}\t${copyBytes(bidx)}\t${copyText(dob)}\t${copyText(locale)}\t${copyText(flags)}`,
    };
  },
  direct: {
    table: 'borrowers',
    columns: ['tenant_id', 'external_id', 'full_name', 'timezone', 'national_id_enc', 'national_id_bidx', 'date_of_birth', 'locale', 'flags'],
    // New: an external id the tenant does not have yet.
    load: (client, tenantId) =>
      loadDirectLookup(client, tenantId, { refsQuery: null, existingQuery: `SELECT ${escapedText('external_id')} FROM borrowers WHERE tenant_id = $1`, numericKeys: false }),
  },
  async merge(env) {
    const sql = buildUpsertSql(
      {
        table: 'borrowers',
        columns: ['tenant_id', 'external_id', 'full_name', 'timezone', 'national_id_enc', 'national_id_bidx', 'date_of_birth', 'locale', 'flags'],
        select: `SELECT $1::uuid, s.external_id, s.full_name, s.timezone, s.national_id_enc, s.national_id_bidx, s.date_of_birth,
          coalesce(s.locale, CASE WHEN s.timezone IN ${CHINESE_ZONES} THEN 'zh-CN' ELSE 'en' END), coalesce(s.flags, '{}'::jsonb)
          FROM ${env.stage} s`,
        key: ['tenant_id', 'external_id'],
        always: ['full_name', 'timezone'],
        optional: [
          ['national_id', 'national_id_enc'],
          ['national_id', 'national_id_bidx'],
          ['date_of_birth', 'date_of_birth'],
          ['locale', 'locale'],
          ['flags', 'flags'],
        ],
        notCompared: ['national_id_enc'],
        setExpr: {
          national_id_enc: 'CASE WHEN src.national_id_bidx IS NOT DISTINCT FROM t.national_id_bidx THEN t.national_id_enc ELSE src.national_id_enc END',
        },
        touch: ['updated_at = now()'],
      },
      env.present,
    );
    const r = await runUpsert(env.client, 'borrowers', sql, [env.tenantId]);
    return { inserted: r.inserted, updated: r.updated, suspense: 0, errors: [] };
  },
};
