import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../app/testing.ts';
import { allocatePayment, applyAllocation, defaultWaterfall, type InstallmentBalance } from '../portfolio/index.ts';
import { postPayments } from './payments-port.ts';
import { seedAccount, seedPortfolio } from './test-fixtures.ts';

let h: TestApp;
let portfolioId: string;
before(async () => {
  h = await createTestApp();
  portfolioId = await seedPortfolio(h.t.db, h.tenantId);
});
after(() => h.close());

async function schedule(accountId: number): Promise<InstallmentBalance[]> {
  const rows = await h.t.db.selectFrom('installments').selectAll().where('account_id', '=', accountId).orderBy('due_on').orderBy('seq').execute();
  return rows.map((i) => ({
    id: i.id, seq: i.seq, dueOn: i.due_on,
    due: { principal: i.principal_due, interest: i.interest_due, fee: i.fee_due, penalty: i.penalty_due },
    paid: { principal: i.principal_paid, interest: i.interest_paid, fee: i.fee_paid, penalty: i.penalty_paid },
  }));
}

/** What the waterfall gives over the WHOLE schedule, payment after payment (the reference the posting must match). */
function expected(start: InstallmentBalance[], amounts: number[]): { lines: string[]; unallocated: number[] } {
  let s = start;
  const lines: string[] = [];
  const unallocated: number[] = [];
  for (const amount of amounts) {
    const a = allocatePayment({ amount, installments: s, waterfall: defaultWaterfall });
    lines.push(...a.lines.map((l) => `${l.installmentId}:${l.component}:${l.amountMinor}`));
    unallocated.push(a.unallocatedMinor);
    s = applyAllocation(s, a.lines);
  }
  return { lines: lines.sort(), unallocated };
}

const cases: { name: string; amounts: number[] }[] = [
  { name: 'three payments in one batch reaching the 7th of 8 installments', amounts: [150_00, 200_00, 400_00] },
  { name: 'a later batch: the paid installments are skipped, the rest continue oldest first', amounts: [5_00, 110_00] },
  { name: 'more than the whole schedule: the rest stays unallocated', amounts: [2_000_00] },
];

test('posting allocates exactly as the waterfall over the whole schedule, whatever part of it is loaded', async () => {
  const a = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PP-1', count: 8, overdue: 2 });
  const other = await seedAccount(h.t.db, h.tenantId, portfolioId, { ext: 'PP-2', count: 3 });
  let n = 0;
  for (const c of cases) {
    const start = await schedule(a.id);
    const want = expected(start, c.amounts);
    const batch = c.amounts.map((amountMinor, i) => ({ externalId: `PP-${n}-${i}`, accountExternalId: 'PP-1', amountMinor, currency: 'CNY', receivedAt: new Date(Date.UTC(2026, 0, 1, 0, n, i)).toISOString(), channel: 'bank' }));
    batch.push({ externalId: `PP-${n}-other`, accountExternalId: 'PP-2', amountMinor: 1_00, currency: 'CNY', receivedAt: new Date().toISOString(), channel: 'bank' });
    n++;
    const res = await h.t.db.transaction().execute((tx) => postPayments(tx, { tenantId: h.tenantId, actor: 'system:test' }, batch));
    assert.deepEqual(res.map((r) => r.outcome), batch.map(() => 'posted'), c.name);
    assert.deepEqual(res.slice(0, c.amounts.length).map((r) => r.unallocatedMinor), want.unallocated, c.name);
    const ids = res.slice(0, c.amounts.length).map((r) => r.paymentId ?? 0);
    const got = await h.t.db.selectFrom('payment_allocations').select(['installment_id', 'component', 'amount_minor']).where('payment_id', 'in', ids).execute();
    assert.deepEqual(got.map((g) => `${g.installment_id}:${g.component}:${g.amount_minor}`).sort(), want.lines, c.name);
    const after = await schedule(a.id);
    let s = start;
    for (const amount of c.amounts) s = applyAllocation(s, allocatePayment({ amount, installments: s, waterfall: defaultWaterfall }).lines);
    assert.deepEqual(after, s, `${c.name}: installments' paid amounts`);
  }
  const o = await schedule(other.id);
  assert.equal(o[0].paid.penalty, 3 * 1_00);
});
