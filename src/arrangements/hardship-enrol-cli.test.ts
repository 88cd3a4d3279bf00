import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, runRecoupCli, type TestApp } from '../app/testing.ts';
import { seedAccount, seedPortfolio } from './test-fixtures.ts';

let h: TestApp;
let dir: string;
let portfolioId: string;

before(async () => {
  h = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'recoup-enrol-'));
  portfolioId = await seedPortfolio(h.t.db, h.tenantId);
  const r = await h.app.inject({
    method: 'POST', url: '/v1/hardship-programmes', headers: { authorization: h.auth },
    payload: { code: 'covid-2026', name: '疫情纾困 / Covid relief', opensOn: '2020-01-01', eligibility: [{ fact: 'dpd', op: 'lte', value: 90, label: 'at most 90 days past due' }], relief: { deferInstallments: 1 } },
  });
  assert.equal(r.statusCode, 201, r.body);
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const recoup = (args: string[]) => runRecoupCli(h, dir, args);
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const applications = async (accountId: number) => (await h.t.db.selectFrom('hardship_applications').select('id').where('account_id', '=', accountId).execute()).length;

test('hardship enrol: a bad line 5 refuses the whole file (exit 2, every bad line at its true number) and line 2 is not enrolled', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'CE-1' });
  const dueBefore = await h.t.db.selectFrom('installments').select('due_on').where('account_id', '=', a.id).orderBy('seq').execute();
  const r = await recoup(['arrangements', 'hardship', 'enrol', '--tenant', 'acme', '--programme', 'covid-2026', '--file', file('enrol.csv', 'account_external_id,note\nCE-1,ok\nCE-2\nCE-3,a,b\n"CE-4,open quote\n')]);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /enrol\.csv: 2 bad lines; nobody was enrolled/);
  assert.match(r.stderr, /未登记任何账户/);
  assert.match(r.stderr, /enrol\.csv:4: 3 fields but the header has 2/);
  assert.match(r.stderr, /enrol\.csv:5: a quote opened on this line is never closed/);
  assert.doesNotMatch(r.stderr, /enrol\.csv:3/, 'a row without a note is fine');
  assert.equal(await applications(a.id), 0);
  assert.deepEqual(await h.t.db.selectFrom('installments').select('due_on').where('account_id', '=', a.id).orderBy('seq').execute(), dueBefore, 'not deferred');
});

test('hardship enrol: the only tenant by default; notes optional; skipped and repeated rows listed on stderr and in the JSON, exit 0', async () => {
  const ok1 = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'CG-1' });
  const ok2 = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'CG-2' });
  await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'CG-OLD', overdue: 5 });
  const r = await recoup(['arrangements', 'hardship', 'enrol', '--programme', 'covid-2026', '--file', file('good.csv', 'account_external_id,note\nCG-1\nCG-2,lost job\nCG-OLD\nCG-1,again\nCG-NONE\n')]);
  assert.equal(r.code, 0, r.stderr);
  const res = JSON.parse(r.stdout);
  assert.deepEqual([res.rows, res.enrolled, res.skipped], [5, 2, 3]);
  assert.deepEqual(res.skippedRows.map((s: { line: number; reason: string }) => [s.line, s.reason]), [[4, 'not_eligible'], [5, 'duplicate_row'], [6, 'unknown_account']]);
  assert.match(r.stderr, /good\.csv:4:account_external_id: CG-OLD skipped \(not_eligible\): not eligible: at most 90 days past due .* \/ 跳过：不符合方案条件/);
  assert.match(r.stderr, /good\.csv:5:account_external_id: CG-1 skipped \(duplicate_row\): the same account as line 2/);
  assert.match(r.stderr, /good\.csv:6:account_external_id: CG-NONE skipped \(unknown_account\)/);
  assert.match(r.stderr, /enrolled 2 of 5 rows, skipped 3/);
  assert.deepEqual([await applications(ok1.id), await applications(ok2.id)], [1, 1], 'each enrolled once');
});
