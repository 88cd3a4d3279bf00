/**
 * The facts loader against real PostgreSQL: every column of a history event survives the
 * compact wire form (a JSON array per event) with the value a plain SELECT gives.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTenant } from '../../identity/index.ts';
import { createTestDb, type TestDb } from '../../platform/testing.ts';
import { insertBorrower, insertPortfolio } from './fixtures.ts';
import { HISTORY_COLUMNS, lockAndLoadDebtorFacts } from './load-facts.ts';

let t: TestDb;
before(async () => {
  t = await createTestDb();
});
after(async () => t.close());

test('every history column arrives under its own name with the value stored', async () => {
  const tenantId = (await createTenant(t.db, { slug: 'facts', name: 'Facts lender' })).id;
  const portfolioId = await insertPortfolio(t.db, { tenantId, rulePack: 'US_REG_F' });
  const b = await insertBorrower(t.db, { tenantId, portfolioId, timezone: 'America/New_York', accounts: 2 });
  // two events with every nullable column set (distinct values), the second replying to the first
  const first = await sql<{ id: number }>`
    INSERT INTO contact_events (tenant_id, borrower_id, account_id, at, channel, kind, direction, party, connected, misdirected, ringless,
      discussed_account_ids, contact_point_id, number_type, automation, related_party_id, relationship, purpose, actor, actor_kind,
      consent_window_from, consent_window_to, task_id)
    VALUES (${tenantId}::uuid, ${b.borrowerId}, ${b.accountIds[0]}, '2026-11-02T14:30:00Z', 'phone', 'consent_to_calls', 'inbound', 'third_party', false, true, true,
      ${[b.accountIds[0], b.accountIds[1]]}::bigint[], ${b.landlineId}, 'home_landline', 'artificial_voice', ${b.spouseId}, 'spouse', 'location_information',
      'user:agent-7', 'agent', '2026-11-03', '2026-11-20', 'facts-task-1')
    RETURNING id`.execute(t.db);
  await sql`
    INSERT INTO contact_events (tenant_id, borrower_id, account_id, at, channel, kind, actor, actor_kind, in_reply_to)
    VALUES (${tenantId}::uuid, ${b.borrowerId}, NULL, '2026-11-03T09:00:00Z', 'sms', 'sms', 'agency:acme', 'third_party_agency', ${first.rows[0].id})`.execute(t.db);
  const want = await sql<Record<string, unknown>>`
    SELECT ${sql.raw(HISTORY_COLUMNS.map((c) => `to_json(e.${c}) AS ${c}`).join(', '))} FROM contact_events e WHERE e.borrower_id = ${b.borrowerId} ORDER BY e.at, e.id`.execute(t.db);
  const facts = await t.db.transaction().execute((tx) => lockAndLoadDebtorFacts(tx, { tenantId, borrowerId: b.borrowerId, taskId: 'facts-task-1' }));
  assert.equal(facts.history.length, 2);
  facts.history.forEach((e, i) => {
    for (const c of HISTORY_COLUMNS) assert.deepEqual(e[c], want.rows[i][c], `event ${i} column ${c}`);
  });
  assert.equal(facts.history[1].in_reply_to, first.rows[0].id);
  assert.equal(facts.taskEventId, first.rows[0].id);
  assert.deepEqual(facts.history[0].discussed_account_ids, b.accountIds);
});
