import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMinor, isCurrency, parseMajorAmount } from './currency.ts';
import { isCalendarDate, isInstant, isTimeZone, parseBoolean } from './fields.ts';
import { parseQuotedRecord } from './import/csv-splitter.ts';
import { maskContactValue } from './import/kinds/mask.ts';
import { checkInstant } from './import/kinds/checks.ts';

test('parseMajorAmount: major units to minor units by exponent, without floating point', () => {
  const cases: [string, number, number | RegExp][] = [
    ['1234.56', 2, 123456],
    ['8800', 2, 880000],
    ['0.1', 2, 10],
    ['0.29', 2, 29],
    ['1.', 2, 100],
    ['100', 0, 100],
    ['1.5', 0, /more than 0 decimal/],
    ['1.005', 2, /more than 2 decimal/],
    ['12.345', 3, 12345],
    ['-5', 2, /negative/],
    ['12k', 2, /not a number/],
    ['1,000.00', 2, /not a number/],
    ['.5', 2, /not a number/],
    ['', 2, /empty/],
    ['99999999999999999', 2, /too large/],
    [' 7.00 ', 2, 700],
  ];
  for (const [text, exp, want] of cases) {
    const got = parseMajorAmount(text, exp);
    if (want instanceof RegExp) assert.match(String(got), want, text);
    else assert.equal(got, want, text);
  }
});

test('currencies: ISO 4217 codes only; formatMinor is the inverse', () => {
  assert.deepEqual(['CNY', 'USD', 'JPY', 'KWD', 'GBX', 'usd', 'XAU', 'RMB'].map(isCurrency), [true, true, true, true, false, false, false, false]);
  assert.equal(formatMinor(123450, 2), '1234.50');
  assert.equal(formatMinor(5, 2), '0.05');
  assert.equal(formatMinor(-5, 3), '-0.005');
  assert.equal(formatMinor(42, 0), '42');
});

test('dates that exist, instants with offsets, IANA zones, booleans', () => {
  const dates: [string, boolean][] = [['2026-02-28', true], ['2026-02-29', false], ['2028-02-29', true], ['2100-02-29', false], ['2000-02-29', true], ['2026-02-30', false], ['2026-04-31', false], ['2026-13-01', false], ['2026-1-01', false], ['26-01-01', false], ['2026-01-0a', false]];
  for (const [d, ok] of dates) assert.equal(isCalendarDate(d), ok, d);
  const instants: [string, boolean][] = [['2026-03-01T09:30:00+08:00', true], ['2026-03-01T09:30:00Z', true], ['2026-03-01 09:30:00.123456-05:00', true], ['2026-03-01T09:30:00', false], ['2026-02-30T09:30:00Z', false], ['2026-03-01T24:00:00Z', false]];
  for (const [t, ok] of instants) assert.equal(isInstant(t), ok, t);
  const zones: [string, boolean][] = [['Asia/Shanghai', true], ['America/New_York', true], ['UTC', true], ['Mars/Olympus', false], ['+08:00', false], ['', false]];
  for (const [z, ok] of zones) assert.equal(isTimeZone(z), ok, z);
  assert.deepEqual(['Y', 'no', 'TRUE', '0', 'maybe'].map(parseBoolean), [true, false, true, false, undefined]);
});

test('CSV records with quotes', () => {
  assert.deepEqual(parseQuotedRecord('a,"b,c",d'), ['a', 'b,c', 'd']);
  assert.deepEqual(parseQuotedRecord('"say ""hi""",'), ['say "hi"', '']);
  assert.equal(parseQuotedRecord('a,"open'), 0);
  assert.match(String(parseQuotedRecord('"a"b,c')), /malformed/);
});

test('masking contact values', () => {
  assert.equal(maskContactValue('phone', '+86 138 0013 8000'), '+861****8000');
  assert.equal(maskContactValue('phone', '(212) 555-0100'), '212****0100');
  assert.equal(maskContactValue('email', 'jane.roe@example.com'), 'j***@example.com');
  assert.equal(maskContactValue('address', '上海市浦东新区世纪大道100号'), '上海市浦东新***');
  assert.equal(maskContactValue('wechat', 'wxid_abc123'), 'wx***');
});

test('checkInstant: a day that does not exist is named as such; a malformed instant gets the format', () => {
  const cases: [string, RegExp | null][] = [
    ['2026-03-01T09:30:00+08:00', null],
    ['2026-02-30T10:00:00Z', /2026-02-30 is not a day of the calendar/],
    ['2025-02-29 08:00+08:00', /2025-02-29 is not a day of the calendar/],
    ['2026-02-28T10:00:00', /not an ISO 8601 instant with an offset or Z/],
    ['2026-02-30T25:00:00Z', /not an ISO 8601 instant/],
    ['yesterday', /not an ISO 8601 instant/],
  ];
  for (const [v, want] of cases) {
    const p: { field: string; reason: string }[] = [];
    const got = checkInstant(v, 'received_at', p, true);
    if (want === null) {
      assert.equal(got, v);
      assert.deepEqual(p, []);
    } else {
      assert.equal(got, undefined, v);
      assert.equal(p.length, 1, v);
      assert.match(p[0].reason, want, v);
      assert.equal(p[0].field, 'received_at');
    }
  }
});
