import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { kickEventInbox, queueSweep, recordEvents, takeInboxEvents, type DomainEvent } from './events.ts';
import { createTestDb, type TestDb } from './testing.ts';

let t: TestDb;
const TASK = 'test_sweeper';
const A = randomUUID();
const B = randomUUID();

before(async () => {
  t = await createTestDb();
  await sql`INSERT INTO event_consumers (event_name, task, delivery) VALUES ('hold.set', ${TASK}, 'sweep')`.execute(t.db);
});
after(() => t.close());

const ev = (tenantId: string, n: number): DomainEvent => ({ tenantId, name: 'hold.set', aggregateType: 'borrower', aggregateId: n, payload: { n }, actor: 'system:test' });

async function jobs(): Promise<{ key: string | null; locked: boolean }[]> {
  const r = await sql<{ key: string | null; locked: boolean }>`
    SELECT j.key, j.locked_at IS NOT NULL AS locked FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks k ON k.id = j.task_id WHERE k.identifier = ${TASK} ORDER BY j.id`.execute(t.db);
  return r.rows;
}

async function inbox(tenantId: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM event_inbox WHERE task = ${TASK} AND tenant_id = ${tenantId}::uuid`.execute(t.db);
  return r.rows[0].n;
}

test('a sweep consumer gets inbox rows and one waiting job per tenant, however many statements', async () => {
  await recordEvents(t.db, [ev(A, 1), ev(A, 2), ev(B, 3)]);
  await recordEvents(t.db, [ev(A, 4)]);
  await recordEvents(t.db, [ev(A, 5)]);
  assert.equal(await inbox(A), 4);
  assert.equal(await inbox(B), 1);
  assert.deepEqual((await jobs()).map((j) => j.key).sort(), [`${TASK}:${A}`, `${TASK}:${B}`].sort());
});

test('taking events: oldest first, up to the limit, consumed only when the transaction commits', async () => {
  await assert.rejects(t.db.transaction().execute(async (tx) => {
    const ids = await takeInboxEvents(tx, { task: TASK, tenantId: A, limit: 10 });
    assert.equal(ids.length, 4);
    throw new Error('the worker died');
  }), /worker died/);
  assert.equal(await inbox(A), 4, 'a rolled-back take leaves every event waiting');
  const first = await t.db.transaction().execute((tx) => takeInboxEvents(tx, { task: TASK, tenantId: A, limit: 3 }));
  const rest = await t.db.transaction().execute((tx) => takeInboxEvents(tx, { task: TASK, tenantId: A, limit: 3 }));
  assert.equal(first.length, 3);
  assert.equal(rest.length, 1);
  assert.ok(Math.max(...first) < rest[0], 'oldest first');
  assert.deepEqual(await t.db.transaction().execute((tx) => takeInboxEvents(tx, { task: TASK, tenantId: A, limit: 3 })), []);
  assert.equal(await inbox(B), 1, 'another tenant’s events stay');
});

test('while the tenant’s job runs, a new statement queues a fresh job (no event waits for a job that already looked)', async () => {
  await sql`DELETE FROM graphile_worker._private_jobs`.execute(t.db);
  await recordEvents(t.db, [ev(A, 6)]);
  assert.equal((await jobs()).length, 1);
  await sql`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'test-worker'`.execute(t.db);
  await recordEvents(t.db, [ev(A, 7)]);
  const js = await jobs();
  assert.equal(js.length, 2);
  assert.deepEqual(js.map((j) => [j.key, j.locked]), [[null, true], [`${TASK}:${A}`, false]]);
});

test('queueSweep and the periodic kick queue a job for events left waiting', async () => {
  await sql`DELETE FROM graphile_worker._private_jobs`.execute(t.db);
  assert.ok((await inbox(A)) > 0 && (await inbox(B)) > 0);
  assert.equal(await kickEventInbox(t.db), 2);
  assert.equal((await jobs()).length, 2);
  await t.db.transaction().execute((tx) => queueSweep(tx, { task: TASK, tenantId: A }));
  assert.equal((await jobs()).length, 2, 'a waiting job is reset, not doubled');
});
