/**
 * Bad input fails closed for that scenario only (RULES.md §0.3, issue "Bad input"): unknown
 * values of closed vocabularies, unknown IANA zones, times without offset and impossible dates
 * yield `invalid_input` with `"<path>: <what>"`; unknown properties are ignored.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkScenarios } from './evaluate-batch.ts';
import { call, rawScenario, type Raw } from './scenario-fixtures.ts';

function withHistory(events: Raw[]): Raw {
  return rawScenario('US_REG_F', { history: events });
}

describe('invalid input is reported per scenario, with its path', () => {
  const good = call('2026-06-09T15:00:00Z');
  const table: [string, Raw, RegExp][] = [
    ['time without offset', withHistory([good, good, good, call('2026-06-09T15:00:00')]), /^history\[3\]\.at: .*no UTC offset/],
    ['impossible date', withHistory([call('2026-02-30T10:00:00Z')]), /^history\[0\]\.at: .*day 30 does not exist/],
    ['impossible hour', withHistory([call('2026-02-03T25:00:00Z')]), /^history\[0\]\.at: .*impossible time/],
    ['not a time at all', withHistory([call('yesterday')]), /^history\[0\]\.at: .*not an ISO 8601/],
    ['unknown channel', withHistory([call('2026-06-09T15:00:00Z', { channel: 'fax' })]), /^history\[0\]\.channel: unknown value "fax"/],
    ['unknown kind', withHistory([call('2026-06-09T15:00:00Z', { kind: 'visit' })]), /^history\[0\]\.kind: unknown value "visit"/],
    ['unknown party', rawScenario('US_REG_F', { proposed: { party: 'cousin' } }), /^proposed\.party: unknown value "cousin"/],
    ['unknown numberType', rawScenario('US_REG_F', { proposed: { numberType: 'pager' } }), /^proposed\.numberType: /],
    ['unknown relationship', rawScenario('US_REG_F', { proposed: { party: 'third_party', relationship: 'landlord' } }), /^proposed\.relationship: /],
    ['unknown purpose', rawScenario('US_REG_F', { proposed: { purpose: 'marketing' } }), /^proposed\.purpose: /],
    ['unknown primary zone', rawScenario('US_REG_F', { debtor: { timezone: 'America/Springfield' } }), /^debtor\.timezone: unknown IANA time zone/],
    ['unknown known zone', rawScenario('US_REG_F', { debtor: { knownTimezones: ['America/New_York', 'EST5EDTX'] } }), /^debtor\.knownTimezones\[1\]: unknown IANA/],
    ['unknown regime', { ...rawScenario('US_REG_F'), regime: 'FR_CODE' }, /^regime: unknown value "FR_CODE"/],
    ['proposed time missing', rawScenario('US_REG_F', { proposed: { at: undefined } }), /^proposed\.at: /],
    ['proposed debt not among the debts', rawScenario('US_REG_F', { proposed: { debtId: 'nope' } }), /^proposed\.debtId: unknown debt/],
    ['duplicate debt id', rawScenario('US_REG_F', { debts: [{ id: 'd1' }, { id: 'd2' }, { id: 'd1' }] }), /^debts\[2\]\.id: duplicate debt id "d1" \(also debts\[0\]\)$/],
    ['duplicate debt id, number and string', rawScenario('US_REG_F', { debts: [{ id: 'd1' }, { id: 7 }, { id: '7' }] }), /^debts\[2\]\.id: duplicate debt id "7" \(also debts\[1\]\)$/],
    ['proposal about an unknown debt too', rawScenario('US_REG_F', { proposed: { discussedDebtIds: ['d2'] } }), /^proposed\.discussedDebtIds\[0\]: unknown debt "d2"/],
    ['bad opt-out entry', rawScenario('US_REG_F', { flags: { electronicOptOut: ['fax:123'] } }), /^debtor\.flags\.electronicOptOut\[0\]: /],
    ['bad weekday', rawScenario('US_REG_F', { flags: { inconvenientTimes: [{ daysOfWeek: ['Funday'] }] } }), /^debtor\.flags\.inconvenientTimes\[0\]\.daysOfWeek\[0\]: /],
    ['not an object: named by its place', 'hello' as unknown as Raw, /^scenario \[0\]: Invalid input: expected object, received string$/],
    ['missing field says required', rawScenario('US_REG_F', { proposed: { at: undefined } }), /^proposed\.at: required \(string\) but missing/],
    ['unknown Chinese creditor type', { ...rawScenario('CN_NIFA'), debts: [{ id: 'd1', creditorType: 'pawnshop' }] }, /^debts\[0\]\.creditorType: unknown creditor type "pawnshop" \(one of bank, consumer_finance_company\)$/],
  ];
  for (const [name, raw, error] of table) {
    it(name, () => {
      const [r] = checkScenarios([raw]);
      assert.equal(r.allowed, false);
      assert.deepEqual(r.reasons, ['invalid_input']);
      assert.match(r.error ?? '', error);
    });
  }
  it('every problem of a scenario is reported at once, each with its path', () => {
    const raw = rawScenario('US_REG_F', { debtor: { timezone: 'Nowhere/Land' }, proposed: { numberType: 'pager', purpose: 'marketing' } });
    const [r] = checkScenarios([raw]);
    const parts = (r.error ?? '').split('; ');
    // The bad zone is also the first of knownTimezones (the fixture repeats the primary zone there).
    assert.equal(parts.length, 4, r.error);
    for (const p of [/^debtor\.timezone: /, /^proposed\.numberType: /, /^proposed\.purpose: /]) assert.ok(parts.some((x) => p.test(x)), `${p} in ${r.error}`);
  });
  it('every bad reference is reported at once', () => {
    const raw = rawScenario('US_REG_F', { debts: [{ id: 'd1' }, { id: 'd1' }], history: [call('2026-06-09T15:00:00Z', { debtId: 'zz' })], proposed: { debtId: 'qq' } });
    assert.deepEqual((checkScenarios([raw])[0].error ?? '').split('; ').map((p) => p.split(':')[0]), ['debts[1].id', 'proposed.debtId']);
  });
  it('a history event may concern a debt the scenario does not list (it is decided, not refused)', () => {
    for (const e of [call('2026-06-09T15:00:00Z', { debtId: 'd9' }), call('2026-06-09T15:00:00Z', { kind: 'conversation', discussedDebtIds: ['d1', 'x'] })]) {
      assert.equal(checkScenarios([withHistory([e])])[0].reasons.includes('invalid_input'), false, JSON.stringify(e));
    }
  });
  // §0.3: "These five keys are always present"; the proposal has a debtId; a scenario has debts.
  // A record that lost its hold flags must not be read as "no hold" and approved (fail closed).
  it('a missing hold flag, flags object, debts list or proposal debt id is invalid_input naming it', () => {
    const base = rawScenario('US_REG_F');
    const debtor = base.debtor as Raw;
    const flags = debtor.flags as Raw;
    const cases: [Raw, string][] = [
      ...['ceaseCommunication', 'attorneyRepresented', 'disputed', 'bankruptcy', 'electronicOptOut'].map((k): [Raw, string] => {
        const { [k]: _gone, ...rest } = flags;
        return [{ ...base, debtor: { ...debtor, flags: rest } }, `debtor.flags.${k}: required`];
      }),
      [{ ...base, debtor: { timezone: debtor.timezone, knownTimezones: debtor.knownTimezones } }, 'debtor.flags: required'],
      [{ ...base, debts: [] }, 'debts: required (a non-empty array of debts) but empty'],
      [(({ debts: _d, ...rest }) => rest)(base), 'debts: required (a non-empty array of debts) but missing'],
      [{ ...base, proposed: (({ debtId: _i, ...rest }) => rest)(base.proposed as Raw) }, 'proposed.debtId: required (string) but missing'],
    ];
    for (const [raw, message] of cases) {
      const [out] = checkScenarios([raw]);
      assert.deepEqual(out.reasons, ['invalid_input'], message);
      assert.equal(out.allowed, false);
      assert.ok(String(out.error).includes(message), `${out.error} should include ${message}`);
    }
    assert.deepEqual(checkScenarios([base])[0].reasons, [], 'the complete scenario is decided');
  });
  it('a primary zone missing from knownTimezones is read as listed: the time rules check it', () => {
    // 21:30 in New York, 18:30 in Los Angeles: blocked by the primary zone only
    const raw = rawScenario('US_REG_F', { debtor: { timezone: 'America/New_York', knownTimezones: ['America/Los_Angeles'] }, proposed: { at: '2026-06-11T01:30:00Z' } });
    assert.deepEqual(checkScenarios([raw])[0].reasons, ['inconvenient_time']);
  });
  it('one bad scenario does not affect the others; order is kept; ids are echoed', () => {
    const a = { ...rawScenario('US_REG_F'), id: 'a' };
    const b = { ...rawScenario('US_REG_F', { debtor: { timezone: 'Nowhere/Land' } }), id: 'b' };
    const c = { ...rawScenario('US_REG_F'), id: 7 };
    const out = checkScenarios([a, b, c]);
    assert.deepEqual(out.map((r) => [r.id, r.allowed, r.reasons]), [['a', true, []], ['b', false, ['invalid_input']], [7, true, []]]);
    assert.equal(out[0].error, undefined);
  });
  it('unknown properties are ignored', () => {
    const raw: Raw = { ...rawScenario('US_REG_F'), title: 'x', notes: 'y', source: 'z', extra: { deep: 1 } };
    (raw.proposed as Raw).mood = 'cheerful';
    assert.equal(checkScenarios([raw])[0].allowed, true);
  });
  it('offsets and UTC denote the same instant', () => {
    const a = checkScenarios([rawScenario('US_REG_F', { proposed: { at: '2026-06-11T00:59:00Z' } })])[0];
    const b = checkScenarios([rawScenario('US_REG_F', { proposed: { at: '2026-06-10T20:59:00-04:00' } })])[0];
    assert.deepEqual([a.allowed, b.allowed], [true, true]);
  });
});
