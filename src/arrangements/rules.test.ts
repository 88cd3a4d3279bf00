import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer, getAuthority, bucketOfDpd, discountBps } from './authority.ts';
import { checkEvidence, sniffMediaType } from './evidence-file.ts';
import { jaccard, lshBands, minhash, minhashSimilarity, scoreFraud, shingles, type FraudFacts } from './fraud-signals.ts';
import { applyRelief, evaluateEligibility, type ScheduleRow } from './hardship-rules.ts';
import { renderLetters } from './letters.ts';
import { addMonths, generateSchedule, splitEvenly, validateSchedule } from './plan-schedule.ts';
import { decidePromise, promiseTolerance } from './promise-rules.ts';
import { signStripePayload, verifyStripeSignature } from './stripe-signature.ts';
import { isAppError } from '../platform/errors.ts';

test('decidePromise: kept, partially kept, broken, pending', () => {
  const cases = [
    { paid: 10000, ended: false, want: 'kept' },
    { paid: 9900, ended: false, want: 'kept' }, // within the tolerance of 100
    { paid: 9899, ended: false, want: 'pending' },
    { paid: 9899, ended: true, want: 'partially_kept' },
    { paid: 1, ended: true, want: 'partially_kept' },
    { paid: 0, ended: true, want: 'broken' },
    { paid: 0, ended: false, want: 'pending' },
    { paid: 20000, ended: true, want: 'kept' },
  ] as const;
  for (const c of cases) assert.equal(decidePromise({ amountMinor: 10000, toleranceMinor: 100, paidMinor: c.paid, windowEnded: c.ended }), c.want, JSON.stringify(c));
});

test('promiseTolerance: larger of share and fixed, never the whole promise', () => {
  assert.equal(promiseTolerance({ amountMinor: 100000, toleranceBps: 100, toleranceMinor: 100 }), 1000);
  assert.equal(promiseTolerance({ amountMinor: 5000, toleranceBps: 100, toleranceMinor: 100 }), 100);
  assert.equal(promiseTolerance({ amountMinor: 50, toleranceBps: 100, toleranceMinor: 100 }), 49);
});

test('generateSchedule: installments always sum exactly to the total', () => {
  for (const [total, down, count] of [[100000, 0, 3], [100001, 0, 3], [99999, 10000, 7], [121, 1, 120], [123457, 3333, 12], [7, 0, 7]]) {
    const s = generateSchedule({ totalMinor: total, downPaymentMinor: down, count, frequency: 'monthly', startOn: '2026-01-31', firstDueOn: '2026-01-31' });
    assert.equal(s.reduce((a, b) => a + b.amountMinor, 0), total, `${total}/${down}/${count}`);
    const regular = s.filter((x) => x.seq > 0).map((x) => x.amountMinor);
    assert.ok(Math.max(...regular) - Math.min(...regular) <= 1);
    assert.equal(s.filter((x) => x.seq > 0).length, count);
  }
});

test('generateSchedule: month ends are clamped and keep the anchor day', () => {
  const s = generateSchedule({ totalMinor: 300, downPaymentMinor: 0, count: 3, frequency: 'monthly', startOn: '2026-01-31', firstDueOn: '2026-01-31' });
  assert.deepEqual(s.map((x) => x.dueOn), ['2026-01-31', '2026-02-28', '2026-03-31']);
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  const w = generateSchedule({ totalMinor: 300, downPaymentMinor: 0, count: 3, frequency: 'biweekly', startOn: '2026-03-01', firstDueOn: '2026-03-01' });
  assert.deepEqual(w.map((x) => x.dueOn), ['2026-03-01', '2026-03-15', '2026-03-29']);
});

test('validateSchedule: installments that do not sum are a clear error', () => {
  try {
    validateSchedule(1000, [{ seq: 1, dueOn: '2026-01-01', amountMinor: 500 }, { seq: 2, dueOn: '2026-02-01', amountMinor: 499 }]);
    assert.fail('should throw');
  } catch (e) {
    assert.ok(isAppError(e, 'INVALID_INPUT'));
    assert.match(e.details.map((d) => d.message).join(), /sum to 999, 1 less than the plan total 1000/);
  }
  assert.doesNotThrow(() => validateSchedule(1000, [{ seq: 1, dueOn: '2026-01-01', amountMinor: 500 }, { seq: 2, dueOn: '2026-02-01', amountMinor: 500 }]));
  assert.throws(() => generateSchedule({ totalMinor: 100, downPaymentMinor: 100, count: 2, frequency: 'monthly', startOn: '2026-01-01', firstDueOn: '2026-01-01' }), (e) => isAppError(e, 'INVALID_INPUT'));
  assert.deepEqual(splitEvenly(10, 3), [4, 3, 3]);
});

test('authority matrix: seniority and score bands move the limits the right way', () => {
  const levels = ['robot', 'agent', 'team_lead', 'supervisor'] as const;
  for (const bucket of ['M1', 'M3', 'M5', 'M7+']) {
    const d = levels.map((level) => getAuthority({ level, bucket, scoreBand: 'C' }).maxDiscountBps);
    assert.deepEqual([...d].sort((a, b) => a - b), d, `discounts grow with seniority in ${bucket}`);
    assert.ok(getAuthority({ level: 'agent', bucket, scoreBand: 'A' }).maxDiscountBps <= getAuthority({ level: 'agent', bucket, scoreBand: 'D' }).maxDiscountBps);
  }
  assert.ok(getAuthority({ level: 'agent', bucket: 'M7+', scoreBand: 'C' }).maxDiscountBps > getAuthority({ level: 'agent', bucket: 'M1', scoreBand: 'C' }).maxDiscountBps);
  assert.deepEqual([bucketOfDpd(0), bucketOfDpd(1), bucketOfDpd(30), bucketOfDpd(31), bucketOfDpd(180), bucketOfDpd(181)], ['M0', 'M1', 'M1', 'M2', 'M6', 'M7+']);
});

test('checkOffer: within, above, and the lowest level that may approve', () => {
  const base = { bucket: 'M4', scoreBand: 'C' as const, balanceMinor: 100000, planMonths: 1 };
  const a = checkOffer({ ...base, level: 'agent', offerMinor: 75000 }); // 25 % > agent late 30 %? no: 25 % ≤ 30 %
  assert.equal(a.withinAuthority, true);
  assert.equal(a.discountBps, 2500);
  const b = checkOffer({ ...base, level: 'agent', offerMinor: 60000 }); // 40 %
  assert.equal(b.withinAuthority, false);
  assert.equal(b.lowestLevel, 'team_lead');
  assert.match(b.violations[0], /discount 40.00% exceeds agent limit 30.00%/);
  const c = checkOffer({ ...base, level: 'supervisor', offerMinor: 10000 }); // 90 %
  assert.equal(c.lowestLevel, null);
  const d = checkOffer({ ...base, level: 'robot', offerMinor: 100000, planMonths: 9 });
  assert.equal(d.withinAuthority, false);
  assert.match(d.violations[0], /plan of 9 months/);
  assert.equal(discountBps(3, 2), 3334);
});

test('eligibility rules as data', () => {
  const rules = [
    { fact: 'dpd', op: 'lte' as const, value: 90 },
    { fact: 'bucket', op: 'in' as const, value: ['M1', 'M2', 'M3'] },
    { fact: 'flag:epidemic_region', op: 'eq' as const, value: true },
  ];
  assert.equal(evaluateEligibility(rules, { dpd: 45, bucket: 'M2', 'flag:epidemic_region': true }).eligible, true);
  const r = evaluateEligibility(rules, { dpd: 120, bucket: 'M4' });
  assert.equal(r.eligible, false);
  assert.deepEqual(r.results.map((x) => x.passed), [false, false, false]);
  assert.equal(evaluateEligibility([{ fact: 'x', op: 'exists' }], { x: 0 }).eligible, true);
});

const row = (seq: number, dueOn: string, p: number, paid = 0): ScheduleRow => ({ id: seq, seq, dueOn, principalDue: p, interestDue: 1000, feeDue: 0, penaltyDue: 500, principalPaid: paid, interestPaid: paid ? 1000 : 0, feePaid: 0, penaltyPaid: paid ? 500 : 0 });

test('applyRelief: waive penalties, freeze interest, defer, extend term — exact principal', () => {
  const schedule = [row(1, '2026-01-15', 10000, 10000), row(2, '2026-02-15', 10000), row(3, '2026-03-15', 10000), row(4, '2026-04-15', 10001)];
  const { schedule: s, changes } = applyRelief(schedule, { waivePenalties: true, freezeInterest: true, deferInstallments: 2, extendTermInstallments: 3 }, '2026-03-01');
  assert.equal(s[0].dueOn, '2026-01-15', 'paid installment untouched');
  assert.equal(s[1].penaltyDue, 0);
  assert.equal(s[1].interestDue, 1000, 'past-due interest is not frozen');
  assert.equal(s[2].interestDue, 0, 'future interest frozen');
  assert.equal(s[1].dueOn, '2026-04-15');
  assert.equal(s[3].dueOn, '2026-06-15');
  assert.equal(s.length, 7);
  const before = schedule.reduce((a, r) => a + r.principalDue, 0);
  assert.equal(s.reduce((a, r) => a + r.principalDue, 0), before, 'principal is moved, never lost or created');
  assert.deepEqual([...new Set(changes.map((c) => c.kind))].sort(), ['defer', 'extend_term', 'freeze_interest', 'waive_penalties']);
});

test('fraud: shingles, MinHash similarity tracks Jaccard, LSH finds near duplicates', () => {
  const a = '本人因疫情失业，收入大幅下降，无力偿还本月贷款，申请停息挂账，请求减免罚息。';
  const b = '本人因疫情失业，收入大幅下降，无力偿还本月贷款，申请停息挂账，请求减免罚息！！';
  const c = 'I lost my job in March and my wife was in hospital; I can pay 200 a month from June.';
  assert.ok(jaccard(shingles(a), shingles(b)) > 0.9);
  assert.ok(minhashSimilarity(minhash(a), minhash(b)) > 0.8);
  assert.ok(minhashSimilarity(minhash(a), minhash(c)) < 0.2);
  assert.ok(lshBands(minhash(a)).some((x) => lshBands(minhash(b)).includes(x)));
  assert.deepEqual(minhash(''), []);
});

test('fraud: each signal scores and none is silent', () => {
  const none: FraudFacts = { sharedEvidence: [], nearDuplicates: [], sameDevice: 1, sameIp: 1, samePhone: 1, representativeBorrowers: 0, hasRepresentative: false, statement: 'lost my job' };
  assert.equal(scoreFraud(none).score, 0);
  const cases: [Partial<FraudFacts>, string][] = [
    [{ sharedEvidence: [{ sha256: 'x', otherBorrowers: 2 }] }, 'same_evidence_file'],
    [{ nearDuplicates: [{ applicationId: 9, similarity: 0.9 }] }, 'near_duplicate_text'],
    [{ sameDevice: 4 }, 'same_device'],
    [{ sameIp: 5 }, 'same_ip'],
    [{ samePhone: 3 }, 'same_phone'],
    [{ statement: '要求停息挂账，否则投诉到银保监会，暴力催收' }, 'templated_complaint'],
    [{ hasRepresentative: true, representativeBorrowers: 12 }, 'third_party_agency'],
  ];
  for (const [patch, code] of cases) {
    const r = scoreFraud({ ...none, ...patch });
    assert.ok(r.signals.some((s) => s.code === code), code);
    assert.ok(r.score > 0 && r.score <= 100);
  }
});

test('evidence: magic bytes decide, not the name; size limit', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(20)]);
  assert.equal(sniffMediaType(png), 'image/png');
  assert.equal(sniffMediaType(Buffer.from('%PDF-1.7\n...')), 'application/pdf');
  assert.equal(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
  assert.equal(sniffMediaType(Buffer.from('RIFF\0\0\0\0WEBPVP8 ')), 'image/webp');
  assert.equal(sniffMediaType(Buffer.from('MZ\x90\0 windows exe')), null);
  assert.throws(() => checkEvidence(Buffer.from('<html>not a pdf</html>'), 'proof.pdf'), (e) => isAppError(e, 'INVALID_INPUT'));
  assert.throws(() => checkEvidence(png, 'big.png', 10), (e) => isAppError(e, 'TOO_LARGE'));
  assert.throws(() => checkEvidence(Buffer.alloc(0), 'empty.png'), (e) => isAppError(e, 'INVALID_INPUT'));
  assert.equal(checkEvidence(png, 'ok.png').sha256.length, 64);
});

test('stripe signature: valid, wrong secret, tampered body, stale, missing', () => {
  const body = '{"id":"evt_1","type":"checkout.session.completed"}';
  const now = 1_800_000_000;
  const header = signStripePayload('whsec_test', body, now);
  const v = (h: string | undefined, p = body, secret = 'whsec_test', at = now) => verifyStripeSignature({ header: h, payload: p, secret, toleranceSeconds: 300, nowSeconds: at });
  assert.equal(v(header).valid, true);
  assert.equal(v(`${header},v1=${'0'.repeat(64)}`).valid, true, 'any matching v1 suffices');
  assert.equal(v(header, body, 'whsec_other').valid, false);
  assert.equal(v(header, body.replace('evt_1', 'evt_2')).valid, false);
  assert.equal(v(header, body, 'whsec_test', now + 301).valid, false);
  assert.equal(v(undefined).valid, false);
  assert.equal(v('t=abc,v1=00').valid, false);
});

test('letters: zh-CN and en, text and HTML, amounts formatted, HTML escaped', () => {
  const ls = renderLetters({ kind: 'acceptance', lender: 'Acme <Finance>', borrowerName: '李四', accountRef: 'A-1', currency: 'CNY', balanceMinor: 1234567, amountMinor: 1000000, installmentCount: 1, expiresOn: '2026-12-31', date: '2026-11-22', reference: 'STL-1' });
  assert.deepEqual(ls.map((l) => l.locale), ['zh-CN', 'en']);
  assert.match(ls[0].text, /和解还款确认函[\s\S]*CNY 12,345.67[\s\S]*CNY 10,000.00/);
  assert.match(ls[1].text, /full settlement/);
  assert.match(ls[1].html, /Acme &lt;Finance&gt;/);
  assert.notEqual(ls[0].sha256, ls[1].sha256);
});
