/**
 * Data for the arrangements benchmark, generated set-based in SQL: borrowers, accounts
 * with schedules, open promises (with payments that keep, partly keep or break them), and
 * accounts each holding one scheduled contact task (for stop-on-pay).
 */
import { sql } from 'kysely';
import type { Db } from '../platform/db-types.ts';

/** `n` borrowers + accounts with external ids `<prefix><i>`; `inst` monthly installments each (the first overdue). Returns nothing; ids are looked up by prefix. */
export async function seedAccounts(db: Db, tenantId: string, portfolioId: string, prefix: string, n: number, inst: number): Promise<void> {
  await sql`INSERT INTO borrowers (tenant_id, external_id, full_name, timezone, locale)
            SELECT ${tenantId}::uuid, ${'B' + prefix} || g, '借款人 ' || g, 'Asia/Shanghai', 'zh-CN' FROM generate_series(1, ${n}::int) g`.execute(db);
  await sql`INSERT INTO accounts (tenant_id, portfolio_id, borrower_id, external_id, currency, principal_minor, opened_on, status)
            SELECT ${tenantId}::uuid, ${portfolioId}::uuid, b.id, ${prefix} || substr(b.external_id, ${prefix.length + 2}), 'CNY', 300000, '2025-01-01', 'delinquent'
              FROM borrowers b WHERE b.tenant_id = ${tenantId}::uuid AND b.external_id LIKE ${'B' + prefix + '%'}`.execute(db);
  if (inst > 0) {
    await sql`INSERT INTO installments (tenant_id, account_id, seq, due_on, principal_due, interest_due, penalty_due)
              SELECT a.tenant_id, a.id, s, (current_date - 10 + (s - 1) * interval '1 month')::date, 100000, 2000, CASE WHEN s = 1 THEN 500 ELSE 0 END
                FROM accounts a CROSS JOIN generate_series(1, ${inst}::int) s WHERE a.tenant_id = ${tenantId}::uuid AND a.external_id LIKE ${prefix + '%'}`.execute(db);
  }
}

/**
 * One open promise per account of `prefix`; `dueEvery`-th one (by id) has its window
 * already ended, the others end within the next 28 days. Payments: 40 % of accounts paid
 * the promise in full, 20 % half, 40 % nothing.
 */
export async function seedPromises(db: Db, tenantId: string, prefix: string, dueEvery: number): Promise<void> {
  await sql`INSERT INTO promises (tenant_id, account_id, amount_minor, currency, promised_on, grace_days, tolerance_minor, window_end_at, channel, taken_by_kind, taken_by, made_at, actor)
            SELECT a.tenant_id, a.id, 50000, 'CNY', current_date - 3, 1, 500,
                   CASE WHEN (a.id / 5) % ${dueEvery}::int = 0 THEN now() - interval '1 hour' ELSE now() + (1 + a.id % 28) * interval '1 day' END,
                   (ARRAY['phone','sms','voice_robot','chat_robot'])[1 + a.id % 4], CASE WHEN a.id % 2 = 0 THEN 'robot' ELSE 'agent' END,
                   CASE WHEN a.id % 2 = 0 THEN 'robot:voice-' || a.id % 5 ELSE 'agent:' || a.id % 50 END, now() - interval '10 days', 'system:bench'
              FROM accounts a WHERE a.tenant_id = ${tenantId}::uuid AND a.external_id LIKE ${prefix + '%'}`.execute(db);
  await sql`INSERT INTO payments (tenant_id, account_id, external_id, amount_minor, currency, received_at, channel, actor)
            SELECT a.tenant_id, a.id, 'BP' || a.id, CASE WHEN a.id % 5 < 2 THEN 50000 ELSE 25000 END, 'CNY', now() - interval '5 days', 'bank_transfer', 'system:bench'
              FROM accounts a WHERE a.tenant_id = ${tenantId}::uuid AND a.external_id LIKE ${prefix + '%'} AND a.id % 5 < 3`.execute(db);
}

/** One scheduled contact task per account of `prefix` (task id `task-<account id>`). */
export async function seedScheduledContacts(db: Db, tenantId: string, prefix: string): Promise<void> {
  await sql`INSERT INTO contact_events (tenant_id, borrower_id, account_id, at, channel, kind, actor, actor_kind, task_id, outcome)
            SELECT a.tenant_id, a.borrower_id, a.id, now() + interval '2 hours', 'phone', 'call_attempt', 'robot:voice-1', 'robot', 'task-' || a.id, 'scheduled'
              FROM accounts a WHERE a.tenant_id = ${tenantId}::uuid AND a.external_id LIKE ${prefix + '%'}`.execute(db);
}

/** Account id by external id for accounts of `prefix`. */
export async function accountIds(db: Db, tenantId: string, prefix: string): Promise<Map<string, number>> {
  const r = await sql<{ id: number; external_id: string }>`SELECT id, external_id FROM accounts WHERE tenant_id = ${tenantId}::uuid AND external_id LIKE ${prefix + '%'}`.execute(db);
  return new Map(r.rows.map((x) => [x.external_id, x.id]));
}
