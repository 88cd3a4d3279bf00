import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { copyText } from './copy-text.ts';
import { copyEvents } from './events-copy.ts';
import type { DomainEvent } from './events.ts';

let h: TestApp;
before(async () => {
  h = await createTestApp();
});
after(async () => {
  await h.close();
});

test('COPY text escaping: backslash, tab, newline and carriage return', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['a\\b', 'a\\\\b'],
    ['a\tb', 'a\\tb'],
    ['a\nb\r', 'a\\nb\\r'],
    ['中文 "quoted"', '中文 "quoted"'],
  ];
  for (const [input, want] of cases) assert.equal(copyText(input), want, JSON.stringify(input));
});

test('copyEvents stores every event exactly as given, and the dispatch trigger queues one job per consumed event', async () => {
  await sql`INSERT INTO event_consumers (event_name, task) VALUES ('promise.kept', 'copy_consumer')`.execute(h.t.db);
  const tricky = { text: 'back\\slash\ttab\nnewline\r "quote" 中文 \u0001', nested: { n: -12, list: [1, 'a\\b'] } };
  const events: DomainEvent[] = [];
  for (let i = 0; i < 5000; i++) {
    events.push({ tenantId: h.tenantId, name: i % 1000 === 0 ? 'promise.kept' : 'account.delinquency_changed', aggregateType: 'account', aggregateId: i, payload: i === 7 ? tricky : { i }, actor: i === 8 ? 'user:odd\\actor' : 'system:test' });
  }
  const client = await h.t.pool.connect();
  try {
    await client.query('BEGIN');
    await copyEvents(client, events);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  const rows = await sql<{ name: string; aggregate_id: string; payload: unknown; actor: string }>`
    SELECT name, aggregate_id, payload, actor FROM domain_events WHERE actor IN ('system:test', 'user:odd\\actor') ORDER BY id`.execute(h.t.db);
  assert.equal(rows.rows.length, events.length);
  rows.rows.forEach((r, i) => {
    assert.equal(r.name, events[i].name);
    assert.equal(r.aggregate_id, String(events[i].aggregateId));
    assert.deepEqual(r.payload, events[i].payload);
    assert.equal(r.actor, events[i].actor);
  });
  const seen: number[] = [];
  await runOnce({ pgPool: h.t.pool, taskList: { copy_consumer: async (p) => void seen.push((p as { eventId: number }).eventId) } });
  assert.equal(seen.length, 5);
});
