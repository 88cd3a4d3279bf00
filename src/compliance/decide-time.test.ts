/**
 * Time-of-day rules at their edges (RULES.md A.1, §0.5, B.3 7.9.4R, C.1/C.2): 07:59 / 08:00 /
 * 08:01 and 20:59 / 21:00 / 21:01 local in every zone (both ends blocked), CN 22:00, every
 * known zone, the days clocks change, designated inconvenient times, and nextAllowedAt.
 * Local times are converted with luxon (an implementation independent of the engine's).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { decideRaw, rawScenario } from './scenario-fixtures.ts';

type Regime = 'US_REG_F' | 'UK_CONC' | 'CN_NIFA';

function local(date: string, time: string, zone: string): string {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone });
  assert.ok(dt.isValid, `${date}T${time} ${zone}`);
  return dt.toISO() ?? '';
}

function utc(date: string, time: string, zone: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}

function decideAt(regime: Regime, zone: string, at: string, extra: { knownTimezones?: string[]; channel?: string } = {}) {
  return decideRaw(
    rawScenario(regime, {
      debtor: { timezone: zone, knownTimezones: extra.knownTimezones ?? [zone] },
      proposed: { at, channel: extra.channel ?? 'phone' },
    }),
  );
}

const edges: [string, boolean][] = [
  ['07:59', false], ['08:00', false], ['08:00:01', true], ['08:00:59', true], ['08:01', true], ['12:00', true], ['20:59', true], ['20:59:59', true], ['21:00', false], ['21:00:01', false], ['21:01', false], ['23:30', false], ['00:00', false],
];

const cases: { regime: Regime; zone: string; date: string }[] = [
  { regime: 'US_REG_F', zone: 'America/New_York', date: '2026-06-10' },
  { regime: 'US_REG_F', zone: 'America/Chicago', date: '2026-06-10' },
  { regime: 'US_REG_F', zone: 'America/Denver', date: '2026-01-14' },
  { regime: 'US_REG_F', zone: 'America/Phoenix', date: '2026-06-10' },
  { regime: 'US_REG_F', zone: 'America/Los_Angeles', date: '2026-12-01' },
  { regime: 'US_REG_F', zone: 'America/Anchorage', date: '2026-06-10' },
  { regime: 'US_REG_F', zone: 'Pacific/Honolulu', date: '2026-06-10' },
  { regime: 'UK_CONC', zone: 'Europe/London', date: '2026-06-10' },
  { regime: 'UK_CONC', zone: 'Europe/London', date: '2026-01-14' },
  // the days clocks change (US 2026-03-08 / 2026-11-01; UK 2026-03-29 / 2026-10-25)
  { regime: 'US_REG_F', zone: 'America/New_York', date: '2026-03-08' },
  { regime: 'US_REG_F', zone: 'America/Los_Angeles', date: '2026-11-01' },
  { regime: 'UK_CONC', zone: 'Europe/London', date: '2026-03-29' },
  { regime: 'UK_CONC', zone: 'Europe/London', date: '2026-10-25' },
];

describe('permitted hours: both ends blocked (§0.5)', () => {
  for (const c of cases) {
    for (const [time, allowed] of edges) {
      it(`${c.regime} ${c.zone} ${c.date} ${time} → ${allowed ? 'allowed' : 'inconvenient_time'}`, () => {
        const d = decideAt(c.regime, c.zone, local(c.date, time, c.zone));
        assert.equal(d.allowed, allowed);
        assert.deepEqual(d.reasons, allowed ? [] : ['inconvenient_time']);
      });
    }
  }
  const cn: [string, boolean][] = [['07:59', false], ['07:59:59', false], ['08:00', false], ['08:00:30', true], ['08:01', true], ['21:59:59', true], ['20:59', true], ['21:01', true], ['21:59', true], ['22:00', false], ['22:01', false]];
  for (const [time, allowed] of cn) {
    it(`CN_NIFA Asia/Shanghai ${time} → ${allowed ? 'allowed' : 'inconvenient_time'} (end hour 22:00)`, () => {
      const d = decideAt('CN_NIFA', 'Asia/Shanghai', local('2026-06-10', time, 'Asia/Shanghai'));
      assert.equal(d.allowed, allowed);
    });
  }
  it('an instant given in UTC is converted (13:00Z is 09:00 EDT but 08:00 EST)', () => {
    assert.equal(decideAt('US_REG_F', 'America/New_York', '2026-03-09T13:00:00Z').allowed, true);
    assert.equal(decideAt('US_REG_F', 'America/New_York', '2026-03-06T13:00:00Z').allowed, false);
  });
  it('CN overlay with the 21:00 end hour blocks 21:30', () => {
    const raw = rawScenario('CN_NIFA', { proposed: { at: local('2026-06-10', '21:30', 'Asia/Shanghai') } });
    assert.equal(decideRaw(raw).allowed, true);
    assert.deepEqual(decideRaw(raw, ['CN-NIFA-2018-21H']).reasons, ['inconvenient_time']);
  });
  it('letters are not timed by the hour they are posted; emails and texts are (sent = occurs)', () => {
    const at = local('2026-06-10', '23:00', 'America/New_York');
    assert.equal(decideAt('US_REG_F', 'America/New_York', at, { channel: 'letter' }).allowed, true);
    assert.deepEqual(decideAt('US_REG_F', 'America/New_York', at, { channel: 'email' }).reasons, ['inconvenient_time']);
    assert.deepEqual(decideAt('US_REG_F', 'America/New_York', at, { channel: 'sms' }).reasons, ['inconvenient_time']);
  });
});

describe('every known zone (comment 6(b)(1)(i)-2)', () => {
  const eastPacific = ['America/New_York', 'America/Los_Angeles'];
  const eastMountain = ['America/New_York', 'America/Denver'];
  const table: [string[], string, boolean][] = [
    [eastPacific, '10:59', false], [eastPacific, '11:00', false], [eastPacific, '11:01', true], [eastPacific, '20:59', true], [eastPacific, '21:00', false],
    [eastMountain, '09:59', false], [eastMountain, '10:00', false], [eastMountain, '10:01', true], [eastMountain, '20:59', true],
  ];
  for (const [zones, time, allowed] of table) {
    it(`${zones.join(' + ')} at ${time} ET → ${allowed}`, () => {
      const d = decideAt('US_REG_F', 'America/New_York', local('2026-06-10', time, 'America/New_York'), { knownTimezones: zones });
      assert.equal(d.allowed, allowed);
    });
  }
  it('London debtor with a known New York zone (UK firm window in every zone)', () => {
    const d = decideAt('UK_CONC', 'Europe/London', local('2026-06-10', '12:00', 'Europe/London'), { knownTimezones: ['Europe/London', 'America/New_York'] });
    assert.deepEqual(d.reasons, ['inconvenient_time']);
    assert.equal(d.nextAllowedAt, utc('2026-06-10', '08:00:01', 'America/New_York'));
  });
});

describe('nextAllowedAt for time blocks', () => {
  const table: { name: string; zone: string; known?: string[]; at: [string, string]; next: [string, string, string] }[] = [
    { name: 'after hours → next morning 08:00:01', zone: 'America/Chicago', at: ['2026-06-10', '21:00'], next: ['2026-06-11', '08:00:01', 'America/Chicago'] },
    { name: 'early morning → same morning 08:00:01', zone: 'America/Chicago', at: ['2026-06-10', '06:15'], next: ['2026-06-10', '08:00:01', 'America/Chicago'] },
    { name: 'US spring-forward morning', zone: 'America/New_York', at: ['2026-03-08', '01:30'], next: ['2026-03-08', '08:00:01', 'America/New_York'] },
    { name: 'US fall-back evening', zone: 'America/Los_Angeles', at: ['2026-10-31', '22:00'], next: ['2026-11-01', '08:00:01', 'America/Los_Angeles'] },
    { name: 'UK spring-forward morning', zone: 'Europe/London', at: ['2026-03-29', '07:30'], next: ['2026-03-29', '08:00:01', 'Europe/London'] },
    { name: 'UK autumn evening', zone: 'Europe/London', at: ['2026-10-24', '21:30'], next: ['2026-10-25', '08:00:01', 'Europe/London'] },
    { name: 'East + Pacific in the evening → next day 11:00:01 ET', zone: 'America/New_York', known: ['America/New_York', 'America/Los_Angeles'], at: ['2026-06-10', '21:30'], next: ['2026-06-11', '08:00:01', 'America/Los_Angeles'] },
    { name: 'CN after 22:00 → 08:00:01', zone: 'Asia/Shanghai', at: ['2026-06-10', '22:00'], next: ['2026-06-11', '08:00:01', 'Asia/Shanghai'] },
  ];
  for (const c of table) {
    it(c.name, () => {
      const regime: Regime = c.zone === 'Europe/London' ? 'UK_CONC' : c.zone === 'Asia/Shanghai' ? 'CN_NIFA' : 'US_REG_F';
      const d = decideAt(regime, c.zone, local(c.at[0], c.at[1], c.zone), { knownTimezones: c.known });
      assert.deepEqual(d.reasons, ['inconvenient_time']);
      assert.equal(d.nextAllowedAt, utc(...c.next));
      const again = decideAt(regime, c.zone, d.nextAllowedAt ?? '', { knownTimezones: c.known });
      assert.equal(again.allowed, true, 'the contact is allowed at nextAllowedAt');
    });
  }
});

describe('times the debtor designated as inconvenient (comment 6(b)(1)-1)', () => {
  const weekdays = { daysOfWeek: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], from: '15:00', to: '17:00' };
  const weekends = { daysOfWeek: ['Saturday', 'Sunday'] };
  const tueThu = { daysOfWeek: [2, 4], until: '2026-12-31' };
  const table: [string, object[], string, boolean, string | null][] = [
    ['weekday 14:59', [weekdays], '2026-06-10T14:59', true, null],
    ['weekday 15:00', [weekdays], '2026-06-10T15:00', false, '2026-06-10T17:00'],
    ['weekday 16:59', [weekdays], '2026-06-10T16:59', false, '2026-06-10T17:00'],
    ['weekday 17:00 (to is exclusive)', [weekdays], '2026-06-10T17:00', true, null],
    ['Saturday 12:00 (whole weekend)', [weekends], '2026-06-13T12:00', false, '2026-06-15T08:00:01'],
    ['Tuesday before year end', [tueThu], '2026-06-09T12:00', false, '2026-06-10T08:00:01'],
    ['Wednesday', [tueThu], '2026-06-10T12:00', true, null],
    ['Tuesday after year end', [tueThu], '2027-01-05T12:00', true, null],
  ];
  for (const [name, times, at, allowed, next] of table) {
    it(name, () => {
      const zone = 'America/New_York';
      const d = decideRaw(rawScenario('US_REG_F', { flags: { inconvenientTimes: times }, proposed: { at: DateTime.fromISO(at, { zone }).toISO() } }));
      assert.equal(d.allowed, allowed);
      if (!allowed) assert.deepEqual(d.reasons, ['inconvenient_time']);
      assert.equal(d.nextAllowedAt, next ? utc(next.slice(0, 10), next.slice(11), zone) : null);
    });
  }
  it('a consumer-initiated message may be answered once through the same medium at an inconvenient time', () => {
    const history = [{ id: 'in1', at: '2026-06-11T02:00:00Z', channel: 'sms', kind: 'sms', debtId: 'd1', party: 'debtor', direction: 'inbound' }];
    const proposed = { at: '2026-06-11T02:05:00Z', channel: 'sms', inReplyTo: 'in1' };
    assert.equal(decideRaw(rawScenario('US_REG_F', { history, proposed })).allowed, true);
    const answered = [...history, { at: '2026-06-11T02:03:00Z', channel: 'sms', kind: 'sms', debtId: 'd1', party: 'debtor', inReplyTo: 'in1' }];
    assert.deepEqual(decideRaw(rawScenario('US_REG_F', { history: answered, proposed })).reasons, ['inconvenient_time']);
    assert.deepEqual(decideRaw(rawScenario('US_REG_F', { history, proposed: { ...proposed, channel: 'phone' } })).reasons, ['inconvenient_time']);
  });
});
