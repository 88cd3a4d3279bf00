/**
 * `payments` files: posted through the same use case as the API (`postPayments`), in
 * chunks read from the staging table account by account (each account's payments in
 * received order, which is all allocation depends on), all inside the import
 * transaction. Unknown or closed accounts and currency mismatches go to suspense. A row whose
 * external id was already received (or came earlier in the file) with another amount,
 * currency or account is a located error; a row that repeats one exactly is unchanged.
 */
import type pg from 'pg';
import { copyText } from '../../../platform/copy-text.ts';
import type { KindSpec, MergeOutcome } from '../types.ts';
import { runAfterPaymentsHook } from '../../payments/after-payments-hook.ts';
import { conflictMessage, postPayments, type PaymentToPost } from '../../payments/post-payments.ts';
import { isFutureInstant } from '../../fields.ts';
import { checkAmount, checkCurrency, checkId, checkInstant, checkText } from './checks.ts';

const CHUNK = 5000;

type StagedPayment = { line: number; external_id: string; account_external_id: string; amount_minor: number; currency: string; received_at: Date; channel: string };

export const paymentsSpec: KindSpec = {
  kind: 'payments',
  tables: ['payments', 'payment_allocations'],
  required: ['external_id', 'account_external_id', 'amount', 'currency', 'received_at'],
  optional: ['channel', 'tenant'],
  staging: [['external_id', 'text'], ['account_external_id', 'text'], ['amount_minor', 'bigint'], ['currency', 'text'], ['received_at', 'timestamptz'], ['channel', 'text']],
  validate(c, _env, p) {
    const ext = checkId(c[0], 'external_id', p);
    const acct = checkId(c[1], 'account_external_id', p);
    const exp = checkCurrency(c[3], 'currency', p);
    const amount = checkAmount(c[2], exp ?? 2, 'amount', p, true);
    if (amount === 0) p.push({ field: 'amount', reason: 'a payment amount must be greater than 0' });
    const at = checkInstant(c[4], 'received_at', p, true);
    if (at !== undefined && isFutureInstant(at)) p.push({ field: 'received_at', reason: 'is in the future: a payment is imported once received' });
    const channel = checkText(c[5], 'channel', p, false, 50) ?? 'import';
    if (p.length || ext === undefined) return null;
    return { key: ext, copy: `${copyText(ext)}\t${copyText(acct)}\t${amount}\t${c[3]}\t${at}\t${copyText(channel)}` };
  },
  async merge(env) {
    const out: MergeOutcome = { inserted: 0, updated: 0, suspense: 0, errors: [], suspended: [], accountIds: [] };
    const accounts = new Set<number>();
    // One sort of the staged rows, read chunk by chunk through a cursor (the transaction's).
    // Account by account: a chunk reads and rewrites each of its accounts' schedules once,
    // where chunks in received order across the whole file would load every account again
    // and again and pile up row versions of the same installments in this one transaction.
    await env.client.query(
      `DECLARE staged_payments NO SCROLL CURSOR FOR
       SELECT line, external_id, account_external_id, amount_minor, currency, received_at, channel FROM ${env.stage}
       ORDER BY account_external_id, received_at, external_id`);
    for (;;) {
      const r: pg.QueryResult<StagedPayment> = await env.client.query<StagedPayment>(`FETCH ${CHUNK} FROM staged_payments`);
      if (!r.rows.length) break;
      const batch: PaymentToPost[] = r.rows.map((x) => ({
        externalId: x.external_id, accountExternalId: x.account_external_id, amountMinor: x.amount_minor, currency: x.currency, receivedAt: x.received_at, channel: x.channel,
      }));
      const results = await postPayments(env.tx, { tenantId: env.tenantId, actor: env.actor, source: 'import', deferAfterPaymentsHook: true }, batch);
      results.forEach((res, i) => {
        if (res.outcome === 'posted') out.inserted++;
        if (res.outcome === 'conflict') {
          out.errors.push({ line: r.rows[i].line, field: 'external_id', reason: conflictMessage(res.externalId) });
        }
        if (res.outcome === 'suspense') {
          out.suspense++;
          if ((out.suspended?.length ?? 0) < 20) out.suspended?.push({ line: r.rows[i].line, externalId: res.externalId, reason: res.reason ?? 'unknown' });
        }
        if (res.accountId !== null && res.outcome === 'posted') accounts.add(res.accountId);
      });
      env.log(`posted ${out.inserted} payments (${out.suspense} to suspense)`);
    }
    await env.client.query('CLOSE staged_payments');
    out.accountIds = [...accounts];
    // Allocation and delinquency follow the money once, for every account the file touched.
    await runAfterPaymentsHook(env.tx, { tenantId: env.tenantId, accountIds: out.accountIds, cause: 'payment.posted', actor: env.actor });
    return out;
  },
};
