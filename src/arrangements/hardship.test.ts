import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { configureArrangements } from './options.ts';
import { seedAccount, seedPortfolio, type SeededAccount } from './test-fixtures.ts';

let h: TestApp;
let portfolioId: string;
let dir: string;
let programmeId: number;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake image body for a test')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const TEMPLATE = '本人因疫情失业，收入大幅下降，无力偿还本月贷款，依据民法典要求停息挂账，否则投诉到银保监会。';

before(async () => {
  h = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), 'recoup-evidence-'));
  configureArrangements({ evidenceDir: dir, maxEvidenceBytes: 64 * 1024 });
  portfolioId = await seedPortfolio(h.t.db, h.tenantId);
  const r = await req('POST', '/v1/hardship-programmes', {
    code: 'epidemic-2026', name: '疫情纾困 2026 / Epidemic relief 2026', opensOn: '2020-01-01',
    eligibility: [{ fact: 'dpd', op: 'lte', value: 90, label: 'at most 90 days past due' }, { fact: 'accountStatus', op: 'in', value: ['current', 'delinquent'] }],
    relief: { deferInstallments: 2, freezeInterest: true, waivePenalties: true },
  });
  assert.equal(r.statusCode, 201, r.body);
  programmeId = r.json().id;
});
after(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

function req(method: 'GET' | 'POST', url: string, payload?: object | Buffer | string, headers: Record<string, string> = {}) {
  return h.app.inject({ method, url, headers: { authorization: h.auth, ...headers }, payload });
}
const apply = (a: SeededAccount, extra: object = {}) => req('POST', `/v1/hardship-programmes/${programmeId}/applications`, { accountId: a.id, statement: `I lost my job (${a.externalId}).`, ...extra });
const upload = (appId: number, body: Buffer, type: string, fileName = 'proof') =>
  req('POST', `/v1/hardship-programmes/${programmeId}/applications/${appId}/evidence?fileName=${fileName}`, body, { 'content-type': type });

test('a programme with rules that cannot be evaluated is refused (400, every rule located); a sound one is created', async () => {
  const base = { name: 'Typhoon relief', opensOn: '2026-01-01', relief: { deferInstallments: 1 } };
  const bad = await req('POST', '/v1/hardship-programmes', {
    ...base, code: 'typhoon-bad',
    eligibility: [{ fact: 'nosuchfact', op: 'eq', value: 1 }, { fact: 'dpd', op: 'gte', value: 'abc' }, { fact: 'bucket', op: 'in', value: 'M1' }],
  });
  assert.equal(bad.statusCode, 400, bad.body);
  assert.deepEqual(bad.json().errors.map((e: { path: string }) => e.path), ['eligibility[0].fact', 'eligibility[1].value', 'eligibility[2].value']);
  assert.match(bad.json().detail, /3 problems/);
  assert.equal((await h.t.db.selectFrom('hardship_programmes').select('id').where('code', '=', 'typhoon-bad').execute()).length, 0, 'not created');
  const good = await req('POST', '/v1/hardship-programmes', {
    ...base, code: 'typhoon-good',
    eligibility: [{ fact: 'dpd', op: 'gte', value: 1 }, { fact: 'bucket', op: 'in', value: ['M1', 'M2'] }, { fact: 'flag:typhoon_area', op: 'exists' }],
  });
  assert.equal(good.statusCode, 201, good.body);
});

test('evidence uploads: an image or PDF is stored under its SHA-256; anything else or too large is a clear error', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'H-1' });
  const app1 = await apply(a);
  assert.equal(app1.statusCode, 201, app1.body);
  const id = app1.json().id;
  const ok = await upload(id, PDF, 'application/pdf', 'layoff.pdf');
  assert.equal(ok.statusCode, 201, ok.body);
  const sha = createHash('sha256').update(PDF).digest('hex');
  assert.equal(ok.json().evidence[0].sha256, sha);
  assert.equal(ok.json().evidence[0].mediaType, 'application/pdf');
  assert.deepEqual(await readFile(join(dir, h.tenantId, sha.slice(0, 2), sha)), PDF);
  const exe = await upload(id, Buffer.from('MZ\x90\x00 not a picture'), 'image/png', 'photo.png');
  assert.equal(exe.statusCode, 400);
  assert.match(exe.json().detail, /not an image .* or PDF/);
  const big = await upload(id, Buffer.concat([PNG, Buffer.alloc(70 * 1024)]), 'image/png', 'big.png');
  assert.equal(big.statusCode, 413);
  assert.match(big.json().detail, /more than the limit of 65536 bytes/);
});

test('fraud signals are scored and shown, and never reject by themselves', async () => {
  const apps: number[] = [];
  for (let i = 0; i < 4; i++) {
    const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: `HF-${i}` });
    const r = await apply(a, { statement: TEMPLATE, deviceId: 'device-XYZ', ip: '203.0.113.7', applicantPhone: `+86 138 0000 000${i}`, representativeName: '某某法务咨询', representativePhone: '400-800-1234' });
    assert.equal(r.statusCode, 201, r.body);
    apps.push(r.json().id);
    assert.equal((await upload(r.json().id, PNG, 'image/png', 'hospital.png')).statusCode, 201);
  }
  const last = await req('GET', `/v1/hardship-programmes/${programmeId}/applications/${apps[3]}`);
  const codes = last.json().fraudSignals.map((s: { code: string }) => s.code).sort();
  assert.deepEqual(codes, ['near_duplicate_text', 'same_device', 'same_evidence_file', 'same_ip', 'templated_complaint', 'third_party_agency']); // the debtors' own IP, given in the body
  assert.ok(last.json().fraudScore >= 90);
  assert.equal(last.json().status, 'submitted', 'signals inform, a person decides');
  const queue = (await req('GET', `/v1/hardship-programmes/${programmeId}/applications`)).json().items;
  assert.ok(queue[0].fraudScore >= queue[queue.length - 1].fraudScore, 'queue ordered by score');
  assert.ok(queue[0].fraudSignals[0].messageZh, 'reviewers see the signal in Chinese too');
  // The reviewer may still approve a flagged application.
  const ok = await req('POST', `/v1/hardship-programmes/${programmeId}/applications/${apps[0]}/decision`, { decision: 'approved', note: 'checked with the hospital' });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().status, 'approved');
  const rej = await req('POST', `/v1/hardship-programmes/${programmeId}/applications/${apps[1]}/decision`, { decision: 'rejected' });
  assert.equal(rej.statusCode, 400, 'a rejection needs a note');
});

test('the API caller’s IP is never taken as the debtor’s: agent-desk applications without an ip get no same_ip signal', async () => {
  const ids: number[] = [];
  for (let i = 0; i < 4; i++) {
    const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: `HIP-${i}` });
    const r = await apply(a, { source: 'agent', statement: `Agent desk note ${i}: reduced hours at the factory since ${2020 + i}.` });
    assert.equal(r.statusCode, 201, r.body);
    ids.push(r.json().id);
  }
  const stored = await h.t.db.selectFrom('hardship_applications').select('ip').where('id', 'in', ids).execute();
  assert.deepEqual(stored.map((s) => s.ip), [null, null, null, null], 'no IP recorded when the body gives none');
  const last = (await req('GET', `/v1/hardship-programmes/${programmeId}/applications/${ids[3]}`)).json();
  assert.ok(!last.fraudSignals.some((s: { code: string }) => s.code === 'same_ip'), JSON.stringify(last.fraudSignals));
  // With the debtors' IPs known, the signal still fires for three borrowers behind one address.
  const shared: number[] = [];
  for (let i = 0; i < 3; i++) {
    const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: `HIP-S${i}` });
    shared.push((await apply(a, { ip: '198.51.100.23', statement: `Self-service ${i}: my shop closed in month ${i + 1}.` })).json().id);
  }
  const flagged = (await req('GET', `/v1/hardship-programmes/${programmeId}/applications/${shared[2]}`)).json();
  assert.ok(flagged.fraudSignals.some((s: { code: string }) => s.code === 'same_ip'), JSON.stringify(flagged.fraudSignals));
});

test('approval applies the relief to the schedule: penalties waived, future interest frozen, installments deferred', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'H-R', count: 4, overdue: 1, interest: 10_00, penalty: 5_00 });
  const before = await h.t.db.selectFrom('installments').selectAll().where('account_id', '=', a.id).orderBy('seq').execute();
  const r = await apply(a);
  const d = await req('POST', `/v1/hardship-programmes/${programmeId}/applications/${r.json().id}/decision`, { decision: 'approved', note: 'ok' });
  assert.equal(d.statusCode, 200, d.body);
  const after = await h.t.db.selectFrom('installments').selectAll().where('account_id', '=', a.id).orderBy('seq').execute();
  assert.equal(after[0].penalty_due, 0);
  assert.equal(after[0].interest_due, 10_00, 'overdue interest stays');
  assert.ok(after.slice(1).every((i) => i.interest_due === 0), 'future interest frozen');
  const shifted = (x: string, y: string) => (Date.parse(y) - Date.parse(x)) / 86_400_000;
  assert.ok(after.every((i, k) => shifted(before[k].due_on, i.due_on) >= 59 && shifted(before[k].due_on, i.due_on) <= 62), 'deferred two months');
  const detail = (await req('GET', `/v1/hardship-programmes/${programmeId}/applications/${r.json().id}`)).json();
  assert.ok(detail.adjustments.length >= 4);
  const relief = await h.t.db.selectFrom('account_reliefs').selectAll().where('account_id', '=', a.id).executeTakeFirstOrThrow();
  assert.equal(relief.freeze_interest, true);
});

test('bulk enrolment from CSV: eligible rows enrolled, skipped rows reported with file:row:field and a reason', async () => {
  await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'HB-1' });
  await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'HB-2' });
  await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'HB-OLD', overdue: 5 }); // > 90 dpd
  const csv = '\uFEFFaccount_external_id,note\nHB-1,bulk\nHB-2\nNOPE,\nHB-OLD,\nHB-1,again\n';
  const r = await req('POST', `/v1/hardship-programmes/${programmeId}/enrolments?fileName=relief.csv`, csv, { 'content-type': 'text/csv' });
  assert.equal(r.statusCode, 200, r.body);
  const res = r.json();
  assert.deepEqual([res.rows, res.enrolled, res.skipped], [5, 2, 3]);
  assert.deepEqual(res.skippedRows.map((e: { path: string; reason: string }) => [e.path, e.reason]), [
    ['relief.csv:4:account_external_id', 'unknown_account'], ['relief.csv:5:account_external_id', 'not_eligible'], ['relief.csv:6:account_external_id', 'duplicate_row'],
  ]);
  assert.match(res.skippedRows[1].message, /not eligible: at most 90 days past due/);
  assert.match(res.skippedRows[1].messageZh, /不符合方案条件/);
  assert.match(res.skippedRows[2].message, /the same account as line 2/);
  const again = await req('POST', `/v1/hardship-programmes/${programmeId}/enrolments?fileName=relief.csv`, 'account_external_id\nHB-2\n', { 'content-type': 'text/csv' });
  assert.equal(again.json().skippedRows[0].reason, 'already_enrolled');
  const bad = await req('POST', `/v1/hardship-programmes/${programmeId}/enrolments`, 'acct,note\nX,y\n', { 'content-type': 'text/csv' });
  assert.equal(bad.statusCode, 400);
});

test('bulk enrolment: a malformed file enrols nobody and reports every bad line', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'HM-1' });
  const before = await h.t.db.selectFrom('installments').select(['id', 'due_on']).where('account_id', '=', a.id).orderBy('seq').execute();
  const csv = 'account_external_id,note\nHM-1,fine\nHM-2,a,b\nHM-3\n"HM-4,not closed\n';
  const r = await req('POST', `/v1/hardship-programmes/${programmeId}/enrolments?fileName=enrol.csv`, csv, { 'content-type': 'text/csv' });
  assert.equal(r.statusCode, 400, r.body);
  assert.deepEqual(r.json().errors.map((e: { path: string }) => e.path), ['enrol.csv:3', 'enrol.csv:5']);
  assert.match(r.json().detail, /2 bad lines; nobody was enrolled/);
  const apps = await h.t.db.selectFrom('hardship_applications').select('id').where('account_id', '=', a.id).execute();
  assert.equal(apps.length, 0, 'line 2 was not enrolled');
  assert.deepEqual(await h.t.db.selectFrom('installments').select(['id', 'due_on']).where('account_id', '=', a.id).orderBy('seq').execute(), before, 'schedule untouched');
});
