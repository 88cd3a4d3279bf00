/**
 * Review: the payments import (`recoup import payments`) under crashes and concurrent re-runs,
 * through the real CLI in child processes. A run killed with SIGKILL mid-way leaves either
 * nothing or everything; a re-run then posts every row exactly once; two runs of the same
 * file at once post every row once; money invariants hold throughout.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, runRecoupCli, type TestApp } from '../app/testing.ts';
import { TEST_MASTER_KEY } from '../platform/crypto.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from '../portfolio/test-fixtures.ts';
import { assertLedgerConsistent } from './ledger-invariants.ts';

const ACCOUNTS = 200;
const PER_ACCOUNT = 60;
let h: TestApp;
let dir: string;
const bin = fileURLToPath(new URL('../../bin/recoup.js', import.meta.url));

before(async () => {
  h = await createTestApp();
  await seedPortfolios(h.ctx, h.tenantId);
  dir = tempDir();
  const ids = Array.from({ length: ACCOUNTS }, (_, i) => i);
  await importFile(h.ctx, h.tenantId, 'borrowers', writeInput(dir, 'b.csv', `external_id,full_name,timezone\n${ids.map((i) => `B${i},Name ${i},Asia/Shanghai`).join('\n')}\n`));
  await importFile(h.ctx, h.tenantId, 'accounts', writeInput(dir, 'a.csv', `external_id,borrower_external_id,portfolio,currency,principal,opened_on\n${ids.map((i) => `A${i},B${i},CN1,CNY,1000,2026-01-01`).join('\n')}\n`));
  await importFile(h.ctx, h.tenantId, 'schedules', writeInput(dir, 's.csv', `account_external_id,seq,due_on,principal,interest\n${ids.flatMap((i) => [`A${i},1,2026-02-01,500,10`, `A${i},2,2026-03-01,500,10`]).join('\n')}\n`));
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A payments file: PER_ACCOUNT small payments per account (enough to overpay: some unallocated), plus one row for an unknown account. */
function paymentsFile(prefix: string): { path: string; rows: number } {
  const lines = ['external_id,account_external_id,amount,currency,received_at'];
  for (let a = 0; a < ACCOUNTS; a++) {
    for (let k = 0; k < PER_ACCOUNT; k++) lines.push(`${prefix}-${a}-${k},A${a},${(17 + k) % 40 + 1}.${String(k % 100).padStart(2, '0')},CNY,2026-02-0${1 + (k % 9)}T10:00:00+08:00`);
  }
  lines.push(`${prefix}-unknown,NOPE,5.00,CNY,2026-02-02T10:00:00+08:00`);
  return { path: writeInput(dir, `${prefix}.csv`, `${lines.join('\n')}\n`), rows: lines.length - 1 };
}

function startImport(path: string): ChildProcess {
  return spawn(process.execPath, [bin, 'import', 'payments', path, '--tenant', 'acme', '--no-progress'], {
    env: { ...process.env, DATABASE_URL: h.t.url, RECOUP_DATA_DIR: dir, RECOUP_ENCRYPTION_KEY: TEST_MASTER_KEY.toString('hex'), LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
}

async function counts(prefix: string): Promise<{ paid: number; held: number; distinct: number }> {
  const r = await sql<{ paid: string; held: string; distinct: string }>`
    SELECT (SELECT count(*) FROM payments WHERE external_id LIKE ${`${prefix}-%`}) AS paid,
           (SELECT count(*) FROM suspense_payments WHERE external_id LIKE ${`${prefix}-%`}) AS held,
           (SELECT count(DISTINCT external_id) FROM payments WHERE external_id LIKE ${`${prefix}-%`}) AS distinct`.execute(h.ctx.db);
  return { paid: Number(r.rows[0].paid), held: Number(r.rows[0].held), distinct: Number(r.rows[0].distinct) };
}

/** Waits until another backend on this database has written in an open transaction (the import is mid-way). */
async function untilImportWrites(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const r = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`.execute(h.ctx.db);
    if (Number(r.rows[0].n) > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the import never started writing');
}

const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.on('exit', () => r())));

test('an import killed with SIGKILL mid-way leaves nothing half-done; a re-run posts every row exactly once; another re-run changes nothing', async () => {
  for (const [round, delayMs] of [[0, 0], [1, 150], [2, 600]] as const) {
    const prefix = `CRASH${round}`;
    const f = paymentsFile(prefix);
    const child = startImport(f.path);
    await untilImportWrites();
    await new Promise((r) => setTimeout(r, delayMs));
    child.kill('SIGKILL');
    await exited(child);
    // The killed client's backend may still be finishing; let the server end it.
    for (let i = 0; i < 200; i++) {
      const r = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`.execute(h.ctx.db);
      if (Number(r.rows[0].n) === 0) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const mid = await counts(prefix);
    assert.ok(mid.paid + mid.held === 0 || mid.paid + mid.held === f.rows, `round ${round}: after the kill, ${mid.paid} payments and ${mid.held} held of ${f.rows}`);
    await assertLedgerConsistent(h.ctx.db);
    const r1 = await runRecoupCli(h, dir, ['import', 'payments', f.path, '--tenant', 'acme', '--no-progress']);
    assert.equal(r1.code, 0, r1.stderr);
    const done = await counts(prefix);
    assert.deepEqual(done, { paid: f.rows - 1, held: 1, distinct: f.rows - 1 }, `round ${round}`);
    const r2 = await runRecoupCli(h, dir, ['import', 'payments', f.path, '--tenant', 'acme', '--no-progress']);
    assert.equal(r2.code, 0, r2.stderr);
    assert.equal(JSON.parse(r2.stdout).rows.inserted, 0);
    assert.deepEqual(await counts(prefix), done);
    await assertLedgerConsistent(h.ctx.db);
  }
});

test('two runs of the same payments file at once: every row posted once; one run inserts, the other finds them unchanged', async () => {
  const f = paymentsFile('TWICE');
  const [a, b] = await Promise.all([
    runRecoupCli(h, dir, ['import', 'payments', f.path, '--tenant', 'acme', '--no-progress']),
    runRecoupCli(h, dir, ['import', 'payments', f.path, '--tenant', 'acme', '--no-progress']),
  ]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  const inserted = [JSON.parse(a.stdout).rows.inserted, JSON.parse(b.stdout).rows.inserted].sort((x, y) => x - y);
  assert.deepEqual(inserted, [0, f.rows - 1]);
  assert.deepEqual(await counts('TWICE'), { paid: f.rows - 1, held: 1, distinct: f.rows - 1 });
  await assertLedgerConsistent(h.ctx.db);
});

test('a payments file with an internal duplicate (same row twice) and a clash (same id, other amount): one payment each, both repeats are located errors', async () => {
  const path = writeInput(dir, 'dup.csv', 'external_id,account_external_id,amount,currency,received_at\nDUP-1,A1,10.00,CNY,2026-02-02T10:00:00+08:00\nDUP-2,A1,11.00,CNY,2026-02-02T10:00:00+08:00\nDUP-1,A1,10.00,CNY,2026-02-02T10:00:00+08:00\nDUP-2,A1,99.00,CNY,2026-02-02T10:00:00+08:00\n');
  const r = await runRecoupCli(h, dir, ['import', 'payments', path, '--tenant', 'acme', '--no-progress']);
  const s = JSON.parse(r.stdout);
  assert.deepEqual(await counts('DUP'), { paid: 2, held: 0, distinct: 2 });
  const amounts = await sql<{ external_id: string; amount_minor: string }>`SELECT external_id, amount_minor FROM payments WHERE external_id LIKE 'DUP-%' ORDER BY external_id`.execute(h.ctx.db);
  assert.deepEqual(amounts.rows.map((x) => [x.external_id, Number(x.amount_minor)]), [['DUP-1', 1000], ['DUP-2', 1100]]);
  assert.equal(s.rows.error, 2, r.stdout);
  assert.deepEqual(s.errors.map((e: { line: number; field: string }) => [e.line, e.field]), [[4, 'external_id'], [5, 'external_id']], r.stdout);
  await assertLedgerConsistent(h.ctx.db);
});
