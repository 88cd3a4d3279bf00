import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, dayFromCivil, formatDay, parseDay } from './civil-date.ts';
import { annuitySchedule, payOffAt } from './annuity-schedule.ts';
import { createRng, hashSeed, weighted } from './prng.ts';
import { mBucketOf } from './delinquency-tally.ts';
import { cnNationalId, cnMobile, usPhone, usSyntheticSsn } from './contact-values.ts';
import { isNewYorkDst, formatMinor, localInstant } from './demo-format.ts';
import { isAppError } from '../platform/errors.ts';

test('civil dates: round trip, month arithmetic clamps to the month end, bad dates refused', () => {
  for (const text of ['1970-01-01', '2000-02-29', '2024-12-31', '2026-11-22', '1969-07-20']) {
    assert.equal(formatDay(parseDay(text)), text);
  }
  const cases: [string, number, string][] = [
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-15', -3, '2025-12-15'],
    ['2026-12-10', 1, '2027-01-10'],
    ['2026-05-31', 12, '2027-05-31'],
  ];
  for (const [from, months, expected] of cases) assert.equal(formatDay(addMonths(parseDay(from), months)), expected, `${from} + ${months}`);
  for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1']) {
    assert.throws(() => parseDay(bad), (e: unknown) => isAppError(e, 'INVALID_INPUT'), bad);
  }
  assert.equal(dayFromCivil(1970, 1, 1), 0);
});

test('annuity schedules: principal parts sum exactly to the loan, payments are level, payoff keeps the sum', () => {
  const loans = [
    { principal: 100_000, rateBps: 1800, termMonths: 3 },
    { principal: 1_234_567, rateBps: 2999, termMonths: 60 },
    { principal: 5_000_000, rateBps: 899, termMonths: 36 },
    { principal: 50_000, rateBps: 0, termMonths: 7 },
    { principal: 1, rateBps: 2400, termMonths: 12 },
  ];
  for (const loan of loans) {
    const s = annuitySchedule({ ...loan, firstDueDay: parseDay('2026-01-31'), monthlyFee: 125 });
    assert.equal(s.length, loan.termMonths);
    assert.equal(s.reduce((x, i) => x + i.principal, 0), loan.principal, JSON.stringify(loan));
    assert.ok(s.every((i) => i.principal >= 0 && i.interest >= 0 && i.fee === 125));
    const totals = s.slice(0, -1).map((i) => i.principal + i.interest);
    if (loan.principal > 1000) assert.ok(Math.max(...totals) - Math.min(...totals) <= 1, 'level payment');
    assert.deepEqual(s.map((i) => i.seq), s.map((_, k) => k + 1));
    assert.equal(formatDay(s[1].dueDay), '2026-02-28');
    if (s.length > 2) {
      const p = payOffAt(s, 2);
      assert.equal(p.length, 2);
      assert.equal(p.reduce((x, i) => x + i.principal, 0), loan.principal);
    }
  }
});

test('prng: the same seed and stream repeat, others differ; draws are in range and roughly uniform', () => {
  const a = createRng(hashSeed('42'), 3);
  const b = createRng(hashSeed('42'), 3);
  const c = createRng(hashSeed('42'), 4);
  const d = createRng(hashSeed('43'), 3);
  const xs = Array.from({ length: 5 }, () => a.next());
  assert.deepEqual(Array.from({ length: 5 }, () => b.next()), xs);
  assert.notDeepEqual(Array.from({ length: 5 }, () => c.next()), xs);
  assert.notDeepEqual(Array.from({ length: 5 }, () => d.next()), xs);
  const r = createRng(1, 1);
  let sum = 0;
  let sq = 0;
  const n = 20_000;
  for (let i = 0; i < n; i++) {
    const u = r.next();
    assert.ok(u >= 0 && u < 1);
    const z = r.normal();
    sum += z;
    sq += z * z;
    const k = r.int(2, 5);
    assert.ok(k >= 2 && k <= 5 && Number.isInteger(k));
  }
  assert.ok(Math.abs(sum / n) < 0.05, 'normal mean ≈ 0');
  assert.ok(Math.abs(sq / n - 1) < 0.05, 'normal variance ≈ 1');
  const draw = weighted([['x', 1], ['y', 3]] as const);
  let ys = 0;
  for (let i = 0; i < n; i++) if (draw(r) === 'y') ys++;
  assert.ok(Math.abs(ys / n - 0.75) < 0.02, `weighted share ${ys / n}`);
});

test('M-buckets: edges of each bucket', () => {
  const cases: [number, string][] = [[0, 'M0'], [1, 'M1'], [30, 'M1'], [31, 'M2'], [60, 'M2'], [61, 'M3'], [150, 'M5'], [151, 'M6'], [180, 'M6'], [181, 'M7+'], [900, 'M7+']];
  for (const [dpd, bucket] of cases) assert.equal(mBucketOf(dpd), bucket, `dpd ${dpd}`);
});

test('contact values: phone formats, identity-number check digit, never-issued SSNs', () => {
  const rng = createRng(9, 9);
  for (let i = 0; i < 2000; i++) {
    assert.match(cnMobile(rng), /^\+861[3-9]\d{9}$/);
    assert.match(usPhone(rng, '212'), /^\+1212[2-9]\d{2}\d{4}$/);
    assert.doesNotMatch(usPhone(rng, '415'), /^\+1415[2-9]11/);
    assert.match(usSyntheticSsn(rng), /^9\d{2}-(0[1-9]|[1-4]\d)-\d{4}$/);
  }
  const id = cnNationalId(rng, '110105', '19900307', true);
  assert.match(id, /^11010519900307\d{3}[\dX]$/);
  assert.equal(Number(id[16]) % 2, 1, 'odd order digit for a man');
  assert.equal(Number(cnNationalId(rng, '110105', '19900307', false)[16]) % 2, 0, 'even order digit for a woman');
  // the published example 11010519491231002X
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const check = (body: string): string => '10X98765432'[[...body].reduce((s, ch, k) => s + Number(ch) * weights[k], 0) % 11];
  assert.equal(check('11010519491231002'), 'X');
  assert.equal(id[17], check(id.slice(0, 17)));
});

test('formats: minor units to major, New York offsets across the clock changes', () => {
  assert.equal(formatMinor(0), '0.00');
  assert.equal(formatMinor(5), '0.05');
  assert.equal(formatMinor(123456), '1234.56');
  const cases: [string, boolean][] = [['2026-03-07', false], ['2026-03-08', true], ['2026-10-31', true], ['2026-11-01', false], ['2025-03-09', true], ['2025-03-08', false]];
  for (const [day, dst] of cases) assert.equal(isNewYorkDst(parseDay(day)), dst, day);
  assert.equal(localInstant(parseDay('2026-07-04'), 9 * 60 + 5, 'US'), '2026-07-04T09:05:00-04:00');
  assert.equal(localInstant(parseDay('2026-01-04'), 21 * 60, 'US'), '2026-01-04T21:00:00-05:00');
  assert.equal(localInstant(parseDay('2026-01-04'), 21 * 60, 'CN'), '2026-01-04T21:00:00+08:00');
});
