import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import { after, before, test } from 'node:test';
import { runOnce } from 'graphile-worker';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { appendEvidence } from '../evidence/index.ts';
import { requestApproval, decideApproval } from './approvals.ts';
import { writeAudit } from './audit.ts';
import { recordEvent } from './events.ts';
import { verifyWebhookSignature, webhookDeliverTask, signWebhook } from './webhooks.ts';

let h: TestApp;
before(async () => {
  h = await createTestApp();
});
after(async () => {
  await h.close();
});

test('an event, its audit row and its evidence commit together or not at all', async () => {
  await assert.rejects(
    h.t.db.transaction().execute(async (tx) => {
      await recordEvent(tx, { tenantId: h.tenantId, name: 'hold.set', aggregateType: 'borrower', aggregateId: 1, payload: {}, actor: 'user:x' });
      await writeAudit(tx, { tenantId: h.tenantId, actor: 'user:x', action: 'hold.set', subjectType: 'borrower', subjectId: 1 });
      await appendEvidence(tx, { tenantId: h.tenantId, kind: 'hold.set', subjectType: 'borrower', subjectId: 1, actor: 'user:x', fact: { a: 1 } });
      throw new Error('rollback');
    }),
  );
  const counts = await sql<{ e: number; a: number; v: number }>`SELECT
    (SELECT count(*)::int FROM domain_events) AS e, (SELECT count(*)::int FROM audit_log) AS a,
    (SELECT count(*)::int FROM evidence_queue) AS v`.execute(h.t.db);
  assert.deepEqual(counts.rows[0], { e: 0, a: 0, v: 0 });
});

test('the audit log is append-only', async () => {
  await writeAudit(h.t.db, { tenantId: h.tenantId, actor: 'user:x', action: 'viewed', subjectType: 'borrower', subjectId: 7 });
  await assert.rejects(sql`UPDATE audit_log SET action = 'changed'`.execute(h.t.db), /append-only/);
  await assert.rejects(sql`DELETE FROM audit_log`.execute(h.t.db), /append-only/);
});

test('four-eyes: the author cannot approve; another user can, once', async () => {
  const a = await requestApproval(h.t.db, { tenantId: h.tenantId, subjectType: 'template', subjectId: 't1', requestedBy: 'user:author' });
  await assert.rejects(requestApproval(h.t.db, { tenantId: h.tenantId, subjectType: 'template', subjectId: 't1', requestedBy: 'user:author' }), /already pending/);
  await assert.rejects(
    decideApproval(h.t.db, { tenantId: h.tenantId, approvalId: a.id, decidedBy: 'user:author', decision: 'approved' }),
    /four-eyes/,
  );
  const ok = await decideApproval(h.t.db, { tenantId: h.tenantId, approvalId: a.id, decidedBy: 'user:checker', decision: 'approved' });
  assert.equal(ok.status, 'approved');
  await assert.rejects(decideApproval(h.t.db, { tenantId: h.tenantId, approvalId: a.id, decidedBy: 'user:other', decision: 'rejected' }), /already approved/);
});

test('an event with a consumer queues exactly one job for it in the same transaction', async () => {
  await sql`INSERT INTO event_consumers (event_name, task) VALUES ('promise.broken', 'test_consumer')`.execute(h.t.db);
  const id = await recordEvent(h.t.db, { tenantId: h.tenantId, name: 'promise.broken', aggregateType: 'promise', aggregateId: 9, payload: { x: 1 }, actor: 'system:test' });
  const seen: unknown[] = [];
  await runOnce({ pgPool: h.t.pool, taskList: { test_consumer: async (p) => void seen.push(p) } });
  assert.equal(seen.length, 1);
  assert.equal((seen[0] as { eventId: number }).eventId, id);
  assert.deepEqual((seen[0] as { payload: unknown }).payload, { x: 1 });
});

test('webhooks are signed, delivered, and retried on failure', async () => {
  const received: { body: string; sig: string }[] = [];
  let fail = true;
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ body, sig: String(req.headers['recoup-signature']) });
      res.statusCode = fail ? 500 : 204;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const created = await h.app.inject({ method: 'POST', url: '/v1/webhooks', headers: { authorization: h.auth }, payload: { url: `http://127.0.0.1:${port}/hook`, events: ['payment.posted'] } });
  assert.equal(created.statusCode, 201);
  const { secret } = created.json() as { secret: string };
  await recordEvent(h.t.db, { tenantId: h.tenantId, name: 'payment.posted', aggregateType: 'payment', aggregateId: 1, payload: { amount: 100 }, actor: 'system:test' });
  await recordEvent(h.t.db, { tenantId: h.tenantId, name: 'hold.set', aggregateType: 'borrower', aggregateId: 1, payload: {}, actor: 'system:test' });
  const taskList = { webhook_deliver: webhookDeliverTask(h.t.db) };
  await runOnce({ pgPool: h.t.pool, taskList });
  let d = await h.t.db.selectFrom('webhook_deliveries').selectAll().execute();
  assert.equal(d.length, 1, 'only the subscribed event is delivered');
  assert.equal(d[0].status, 'pending');
  assert.equal(d[0].attempts, 1);
  fail = false;
  await sql`UPDATE graphile_worker._private_jobs SET run_at = now()`.execute(h.t.db);
  await runOnce({ pgPool: h.t.pool, taskList });
  d = await h.t.db.selectFrom('webhook_deliveries').selectAll().execute();
  assert.equal(d[0].status, 'delivered');
  assert.equal(d[0].attempts, 2);
  assert.equal(received.length, 2);
  const last = received[1];
  assert.ok(verifyWebhookSignature(secret, last.body, last.sig));
  assert.ok(!verifyWebhookSignature(secret, last.body + ' ', last.sig), 'a changed body fails verification');
  assert.ok(!verifyWebhookSignature('whsec_other', last.body, last.sig), 'another secret fails verification');
  assert.ok(!verifyWebhookSignature(secret, last.body, signWebhook(secret, last.body, Math.floor(Date.now() / 1000) - 3600)), 'a stale timestamp fails');
  assert.equal(JSON.parse(last.body).type, 'payment.posted');
  server.close();
});

test('a webhook subscription is refused for a link-local or metadata target, a non-http URL, or an event no domain emits', async () => {
  const subscribe = (url: string, events: string[]) => h.app.inject({ method: 'POST', url: '/v1/webhooks', headers: { authorization: h.auth }, payload: { url, events } });
  const refused: [string, string[], RegExp][] = [
    ['http://169.254.169.254/latest/meta-data', ['payment.posted'], /body\.url.*link-local/],
    ['http://[fe80::1]/hook', ['payment.posted'], /body\.url.*link-local/],
    ['http://metadata.google.internal/computeMetadata/v1/', ['payment.posted'], /body\.url.*metadata/],
    ['ftp://lender.example/hook', ['payment.posted'], /body\.url.*http\(s\)/],
    ['https://lender.example/hook', ['payment.posted', 'nope.event'], /body\.events\[1\]: unknown event \\"nope\.event\\"/],
  ];
  for (const [url, events, why] of refused) {
    const r = await subscribe(url, events);
    assert.equal(r.statusCode, 400, `${url} ${events.join()}: ${r.body}`);
    assert.match(r.body, why);
  }
  for (const url of ['https://lender.example/hook', 'http://10.1.2.3:8080/recoup', 'http://127.0.0.1:9/hook']) {
    assert.equal((await subscribe(url, ['promise.partially_kept', '*'])).statusCode, 201, url);
  }
});

test('GET /v1/events and /v1/audit answer in camelCase like every other route', async () => {
  await recordEvent(h.t.db, { tenantId: h.tenantId, name: 'hold.released', aggregateType: 'borrower', aggregateId: 42, payload: { hold_kind: 'dispute' }, actor: 'system:test' });
  const ev = await h.app.inject({ method: 'GET', url: '/v1/events?after=0&limit=500', headers: { authorization: h.auth } });
  assert.equal(ev.statusCode, 200, ev.body);
  const mine = (ev.json().items as Record<string, unknown>[]).find((e) => e.name === 'hold.released');
  assert.ok(mine);
  assert.deepEqual([mine.aggregateType, mine.aggregateId, mine.tenantId, mine.aggregate_type], ['borrower', '42', h.tenantId, undefined]);
  assert.deepEqual(mine.payload, { hold_kind: 'dispute' }, 'payloads are left as they were written');
  const audit = await h.app.inject({ method: 'GET', url: '/v1/audit?limit=5', headers: { authorization: h.auth } });
  assert.equal(audit.statusCode, 200, audit.body);
  assert.ok(audit.json().items.length > 0, 'earlier tests wrote audit rows');
  for (const row of audit.json().items as Record<string, unknown>[]) assert.ok(Object.keys(row).every((k) => !k.includes('_')), Object.keys(row).join());
});
