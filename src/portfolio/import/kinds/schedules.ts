/** `schedules` files: installments (account, sequence number, due date, components due). */
import { escapedText, loadDirectLookup } from '../direct-lookup.ts';
import { hashNumber } from '../key-filter.ts';
import type { DirectLookup, KindSpec } from '../types.ts';
import { copyText } from '../../../platform/copy-text.ts';
import { checkAmount, checkDate, checkId } from './checks.ts';
import { buildUpsertSql } from './upsert-sql.ts';
import { runUpsert } from './run-upsert.ts';

const SEQ = /^[1-9]\d{0,3}$/;
/** seq < SEQ_SPAN: `account_id × SEQ_SPAN + seq` is an installment's key as one number. */
const SEQ_SPAN = 10_000;

/**
 * The target-table COPY text of a new installment, or undefined when the row must take the
 * staging path (unknown account, already stored, more decimals than the account's currency:
 * the merge reports or updates those). A reference packs `account id × 32 + 16 when the
 * account carries the core system's balance + digits of the 4-decimal scale to drop`.
 */
function directText(tenantId: string, d: DirectLookup, acct: string, seq: string, due: string | undefined, amounts: number[]): string | undefined {
  const ref = d.refs.get(acct);
  if (ref === undefined) return undefined;
  const flags = ref % 32;
  const accountId = (ref - flags) / 32;
  if (d.existing.has(hashNumber(accountId * SEQ_SPAN + Number(seq)))) return undefined;
  const divisor = 10 ** (flags % 16);
  if (amounts.some((a) => a % divisor !== 0)) return undefined;
  if (flags >= 16) d.touched.push(acct);
  return `${tenantId}\t${accountId}\t${seq}\t${due}\t${amounts[0] / divisor}\t${amounts[1] / divisor}\t${amounts[2] / divisor}\t${amounts[3] / divisor}`;
}

export const schedulesSpec: KindSpec = {
  kind: 'schedules',
  tables: ['installments'],
  required: ['account_external_id', 'seq', 'due_on', 'principal'],
  optional: ['interest', 'fee', 'penalty', 'tenant'],
  staging: [['account_external_id', 'text'], ['seq', 'int'], ['due_on', 'date'], ['principal_due', 'bigint'], ['interest_due', 'bigint'], ['fee_due', 'bigint'], ['penalty_due', 'bigint']],
  validate(c, env, p) {
    const acct = checkId(c[0], 'account_external_id', p);
    const seq = c[1];
    if (seq === undefined) p.push({ field: 'seq', reason: 'seq is required / 必填' });
    else if (!SEQ.test(seq)) p.push({ field: 'seq', reason: `"${seq}" is not an installment number 1–9999` });
    const due = checkDate(c[2], 'due_on', p, true);
    // Amounts use 2 decimals here; the merge checks them against the account's currency exponent.
    const principal = checkAmount(c[3], 4, 'principal', p, true);
    const interest = checkAmount(c[4], 4, 'interest', p, false) ?? 0;
    const fee = checkAmount(c[5], 4, 'fee', p, false) ?? 0;
    const penalty = checkAmount(c[6], 4, 'penalty', p, false) ?? 0;
    if (p.length || acct === undefined || seq === undefined || principal === undefined) return null;
    const direct = env.direct ? directText(env.tenantId, env.direct, acct, seq, due, [principal, interest, fee, penalty]) : undefined;
    if (direct !== undefined) return { key: `${acct}\u0000${seq}`, copy: '', direct };
    return { key: `${acct}\u0000${seq}`, copy: `${copyText(acct)}\t${seq}\t${due}\t${principal}\t${interest}\t${fee}\t${penalty}` };
  },
  direct: {
    table: 'installments',
    columns: ['tenant_id', 'account_id', 'seq', 'due_on', 'principal_due', 'interest_due', 'fee_due', 'penalty_due'],
    // New: an (account, seq) the tenant does not have yet, for an account it has.
    load: (client, tenantId) =>
      loadDirectLookup(client, tenantId, {
        refsQuery: `SELECT ${escapedText('a.external_id')} || E'\\t' || (a.id * 32 + CASE WHEN a.core_outstanding_minor IS NULL THEN 0 ELSE 16 END + length(ce.divisor::text) - 1)
          FROM accounts a JOIN currency_exponents ce ON ce.code = a.currency WHERE a.tenant_id = $1`,
        existingQuery: `SELECT (account_id * ${SEQ_SPAN} + seq)::text FROM installments WHERE tenant_id = $1`,
        numericKeys: true,
      }),
  },
  async merge(env) {
    const { client, stage, tenantId } = env;
    const bad = await client.query<{ line: number; account_external_id: string; reason: string; field: string }>(
      `SELECT s.line, s.account_external_id,
         CASE WHEN a.id IS NULL THEN 'unknown account ' || s.account_external_id || ' / 账户不存在'
              ELSE 'more decimal places than ' || a.currency || ' has' END AS reason,
         CASE WHEN a.id IS NULL THEN 'account_external_id' ELSE 'principal' END AS field
       FROM ${stage} s LEFT JOIN accounts a ON a.tenant_id = $1 AND a.external_id = s.account_external_id
       LEFT JOIN currency_exponents ce ON ce.code = a.currency
       WHERE a.id IS NULL OR (s.principal_due % ce.divisor) <> 0 OR (s.interest_due % ce.divisor) <> 0
          OR (s.fee_due % ce.divisor) <> 0 OR (s.penalty_due % ce.divisor) <> 0
       ORDER BY s.line`,
      [tenantId],
    );
    const errors = bad.rows.map((r) => ({ line: r.line, field: r.field, reason: r.reason }));
    const sql = buildUpsertSql(
      {
        table: 'installments',
        columns: ['tenant_id', 'account_id', 'seq', 'due_on', 'principal_due', 'interest_due', 'fee_due', 'penalty_due'],
        select: `SELECT $1::uuid, a.id, s.seq, s.due_on, s.principal_due / ce.divisor, s.interest_due / ce.divisor, s.fee_due / ce.divisor, s.penalty_due / ce.divisor
          FROM ${stage} s JOIN accounts a ON a.tenant_id = $1 AND a.external_id = s.account_external_id
          JOIN currency_exponents ce ON ce.code = a.currency
          WHERE (s.principal_due % ce.divisor) = 0 AND (s.interest_due % ce.divisor) = 0 AND (s.fee_due % ce.divisor) = 0 AND (s.penalty_due % ce.divisor) = 0`,
        key: ['account_id', 'seq'],
        always: ['due_on', 'principal_due'],
        optional: [['interest', 'interest_due'], ['fee', 'fee_due'], ['penalty', 'penalty_due']],
      },
      env.present,
    );
    const r = await runUpsert(client, 'installments', sql, [tenantId]);
    return { inserted: r.inserted, updated: r.updated, suspense: 0, errors };
  },
};
