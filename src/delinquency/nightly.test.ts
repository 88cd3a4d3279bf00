import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDb, type TestDb } from '../platform/testing.ts';
import { runNightlyCycles } from './nightly.ts';
import { addAccount, seedPortfolio } from './test-fixtures.ts';

let t: TestDb;
let cn: Awaited<ReturnType<typeof seedPortfolio>>;
let us: Awaited<ReturnType<typeof seedPortfolio>>;

before(async () => {
  t = await createTestDb();
  cn = await seedPortfolio(t.db, { slug: 'zone-cn', calendar: 'CN', scheme: 'CN_M' }); // Asia/Shanghai
  us = await seedPortfolio(t.db, { slug: 'zone-us', calendar: 'US', scheme: 'US_30' }); // America/New_York
  await addAccount(t.db, cn, 'CN-1', [{ due: '2026-03-02' }]);
  await addAccount(t.db, us, 'US-1', [{ due: '2026-03-02' }]);
});
after(async () => {
  await t.close();
});

test('the job runs each zone once per local date, from 02:00 local time', async () => {
  const run = (iso: string) => runNightlyCycles({ ctx: t, startHour: 2, now: new Date(iso), trigger: 'test' });
  // 05:30 UTC on 11 March 2026 = 13:30 in Shanghai, 01:30 in New York (EDT since 8 March)
  const first = await run('2026-03-11T05:30:00Z');
  assert.deepEqual(first.map((r) => [r.asOf, r.portfolios]), [['2026-03-11', 1]]);
  assert.equal((await run('2026-03-11T05:45:00Z')).length, 0);
  const ny = await run('2026-03-11T06:05:00Z'); // 02:05 in New York
  assert.deepEqual(ny.map((r) => [r.asOf, r.accounts]), [['2026-03-11', 1]]);
  const dpd = await t.db.selectFrom('account_delinquency').select(['portfolio_id', 'dpd', 'bucket']).orderBy('bucket').execute();
  assert.deepEqual(dpd.map((d) => [d.portfolio_id === cn.portfolioId ? 'cn' : 'us', d.dpd, d.bucket]), [['us', 9, '1-29'], ['cn', 9, 'M1']]);
});

test('without a start hour (the CLI), every zone runs for its own today or the given date', async () => {
  const runs = await runNightlyCycles({ ctx: t, asOf: '2026-03-12', trigger: 'test' });
  assert.deepEqual(runs.map((r) => r.asOf), ['2026-03-12', '2026-03-12']);
});
