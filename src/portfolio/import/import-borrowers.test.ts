import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { createTestApp, type TestApp } from '../../app/testing.ts';
import { importFile, seedPortfolios, tempDir, writeInput } from '../test-fixtures.ts';

let h: TestApp;
let dir: string;
before(async () => {
  h = await createTestApp();
  await seedPortfolios(h.ctx, h.tenantId);
  dir = tempDir();
});
after(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

const BOM = '\uFEFF';
const borrowersCsv = [
  'external_id,full_name,timezone,national_id,date_of_birth,locale',
  'B1,张三,Asia/Shanghai,110101199003071234,1990-03-07,zh-CN',
  'B2,"Smith, Jane",America/New_York,123-45-6789,1985-12-01,en',
  'B3,李四,Mars/Olympus,,,',
  'B4,王五,Asia/Shanghai,,2026-02-30,',
  'B5,,Asia/Shanghai,,,',
  'B1,张三 again,Asia/Shanghai,,,',
  'B6,赵六,Asia/Shanghai,,,',
].join('\r\n');

test('borrowers: good rows imported, every bad row located (file, row, field, reason), UTF-8 with BOM', async () => {
  const path = writeInput(dir, 'borrowers.csv', BOM + borrowersCsv + '\r\n');
  const s = await importFile(h.ctx, h.tenantId, 'borrowers', path);
  assert.equal(s.status, 'completed');
  assert.equal(s.encoding, 'utf8');
  assert.deepEqual(s.rows, { total: 7, ok: 3, error: 4, inserted: 3, updated: 0, unchanged: 0, suspense: 0 });
  const located = s.errors.map((e) => `${e.line}:${e.field}`);
  assert.deepEqual(located, ['4:timezone', '5:date_of_birth', '6:full_name', '7:external_id']);
  assert.match(s.errors[1].reason, /2026-02-30/);
  assert.match(s.errors[3].reason, /duplicate.*row 2/);
  assert.ok(s.errorFile && existsSync(s.errorFile));
  const lines = readFileSync(s.errorFile, 'utf8').trim().split('\n');
  assert.equal(lines.length, 5, 'header + 4 errors');
  assert.match(lines[1], /^4,timezone,/);
  const names = await h.ctx.db.selectFrom('borrowers').select(['external_id', 'full_name', 'locale']).where('tenant_id', '=', h.tenantId).orderBy('external_id').execute();
  assert.deepEqual(names.map((n) => [n.external_id, n.full_name, n.locale]), [['B1', '张三', 'zh-CN'], ['B2', 'Smith, Jane', 'en'], ['B6', '赵六', 'zh-CN']]);
});

test('borrowers: national ids are encrypted at rest, findable by blind index, never in clear', async () => {
  const row = await h.ctx.db.selectFrom('borrowers').select(['national_id_enc', 'national_id_bidx']).where('external_id', '=', 'B1').executeTakeFirstOrThrow();
  assert.ok(row.national_id_enc && row.national_id_bidx);
  assert.equal(row.national_id_enc.toString('latin1').includes('110101199003071234'), false);
  assert.equal(h.ctx.cipher.decrypt(row.national_id_enc), '110101199003071234');
  const found = await h.ctx.db.selectFrom('borrowers').select('external_id').where('national_id_bidx', '=', h.ctx.cipher.blindIndex('110101199003071234')).execute();
  assert.deepEqual(found.map((f) => f.external_id), ['B1']);
});

test('borrowers: re-running the same file changes nothing', async () => {
  const before = await h.ctx.db.selectFrom('borrowers').selectAll().orderBy('id').execute();
  const s = await importFile(h.ctx, h.tenantId, 'borrowers', `${dir}/borrowers.csv`);
  assert.deepEqual(s.rows, { total: 7, ok: 3, error: 4, inserted: 0, updated: 0, unchanged: 3, suspense: 0 });
  const afterRows = await h.ctx.db.selectFrom('borrowers').selectAll().orderBy('id').execute();
  assert.deepEqual(afterRows, before);
});

test('borrowers: a changed row is updated, an absent optional column keeps the stored value', async () => {
  const path = writeInput(dir, 'borrowers-2.csv', 'external_id,full_name,timezone\nB2,Jane Smith,America/Chicago\nB6,赵六,Asia/Shanghai\n');
  const s = await importFile(h.ctx, h.tenantId, 'borrowers', path);
  assert.deepEqual(s.rows, { total: 2, ok: 2, error: 0, inserted: 0, updated: 1, unchanged: 1, suspense: 0 });
  const b2 = await h.ctx.db.selectFrom('borrowers').select(['full_name', 'timezone', 'national_id_bidx', 'date_of_birth']).where('external_id', '=', 'B2').executeTakeFirstOrThrow();
  assert.equal(b2.full_name, 'Jane Smith');
  assert.equal(b2.timezone, 'America/Chicago');
  assert.ok(b2.national_id_bidx, 'national id kept');
  assert.equal(b2.date_of_birth, '1985-12-01');
  assert.equal(s.errorFile, null);
});

test('GBK file (Chinese core-banking export) is detected and decoded', async () => {
  const path = writeInput(dir, 'gbk.csv', iconv.encode('external_id,full_name,timezone\nG1,欧阳修,Asia/Shanghai\nG2,司马光,Asia/Shanghai\n', 'gbk'));
  const s = await importFile(h.ctx, h.tenantId, 'borrowers', path);
  assert.equal(s.encoding, 'gbk');
  assert.equal(s.rows.inserted, 2);
  const g = await h.ctx.db.selectFrom('borrowers').select('full_name').where('external_id', 'in', ['G1', 'G2']).orderBy('external_id').execute();
  assert.deepEqual(g.map((x) => x.full_name), ['欧阳修', '司马光']);
});

test('wrong encoding: a GBK file read as UTF-8 gives located encoding errors, ASCII rows still import', async () => {
  const path = writeInput(dir, 'gbk-as-utf8.csv', iconv.encode('external_id,full_name,timezone\nW1,欧阳修,Asia/Shanghai\nW2,Ann Lee,Asia/Shanghai\n', 'gbk'));
  const s = await importFile(h.ctx, h.tenantId, 'borrowers', path, { encoding: 'utf8' });
  assert.equal(s.rows.ok, 1);
  assert.equal(s.errors[0].line, 2);
  assert.match(s.errors[0].reason, /encoding/);
});

test('unbalanced quotes, wrong column count and bad JSON-free CSV: located, the rest imports', async () => {
  const path = writeInput(
    dir,
    'quotes.csv',
    ['external_id,full_name,timezone', 'Q1,"Unclosed name,Asia/Shanghai', 'Q2,Fine,Asia/Shanghai', 'Q3,Too,many,fields', 'Q4,"Multi', 'line name",Asia/Shanghai', 'Q5,"Bad"quote,Asia/Shanghai', 'Q6,"With ""quotes""",UTC'].join('\n'),
  );
  const s = await importFile(h.ctx, h.tenantId, 'borrowers', path);
  assert.deepEqual(s.errors.map((e) => e.line), [2, 4, 7]);
  assert.match(s.errors[0].reason, /unbalanced quotes/);
  assert.match(s.errors[1].reason, /4 fields, the header has 3/);
  assert.match(s.errors[2].reason, /malformed quoting/);
  assert.equal(s.rows.inserted, 3);
  const q = await h.ctx.db.selectFrom('borrowers').select(['external_id', 'full_name']).where('external_id', 'in', ['Q2', 'Q4', 'Q6']).orderBy('external_id').execute();
  assert.deepEqual(q.map((x) => x.full_name), ['Fine', 'Multi\nline name', 'With "quotes"']);
});

test('whole-file rejections: unknown column, missing required column, UTF-16, empty file', async () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['unknown.csv', 'external_id,full_name,timezone,nickname\nX1,A,UTC,x\n', /unknown column "nickname"/],
    ['missing.csv', 'external_id,full_name\nX1,A\n', /required column "timezone"/],
    ['utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('external_id,full_name,timezone\n', 'utf16le')]), /UTF-16/],
    ['empty.csv', '', /empty/],
  ];
  for (const [name, content, reason] of cases) {
    const s = await importFile(h.ctx, h.tenantId, 'borrowers', writeInput(dir, name, content));
    assert.equal(s.status, 'rejected', name);
    assert.match(s.message ?? '', reason, name);
    assert.equal(s.rows.inserted, 0);
  }
  const none = await h.ctx.db.selectFrom('borrowers').select('id').where('external_id', '=', 'X1').execute();
  assert.equal(none.length, 0);
});

test('rows of another tenant are refused with a located error', async () => {
  const path = writeInput(dir, 'tenant.csv', 'external_id,full_name,timezone,tenant\nT1,Mine,UTC,acme\nT2,Theirs,UTC,other-bank\n');
  const s = await importFile(h.ctx, h.tenantId, 'borrowers', path);
  assert.equal(s.rows.inserted, 1);
  assert.deepEqual(s.errors.map((e) => [e.line, e.field]), [[3, 'tenant']]);
});

test('JSON Lines: same fields, unknown keys and bad JSON are located', async () => {
  const path = writeInput(dir, 'borrowers.jsonl', ['{"external_id":"J1","full_name":"Jay","timezone":"UTC","flags":{"vip":true}}', '{"external_id":"J2","full_name":"Kay","timezone":"UTC","nick":"k"}', '{not json', '', '[1]'].join('\n'));
  const s = await importFile(h.ctx, h.tenantId, 'borrowers', path);
  assert.equal(s.format, 'jsonl');
  assert.equal(s.rows.inserted, 1);
  assert.deepEqual(s.errors.map((e) => [e.line, e.field]), [[2, 'nick'], [3, ''], [5, '']]);
  const j = await h.ctx.db.selectFrom('borrowers').select('flags').where('external_id', '=', 'J1').executeTakeFirstOrThrow();
  assert.deepEqual(j.flags, { vip: true });
});
