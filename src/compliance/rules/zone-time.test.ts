/** Zone arithmetic against independent references (Date, luxon): offsets, DST, formatting. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DateTime } from 'luxon';
import { formatInstant, instantAt, isoWeekday, localDay, localMinute, offsetAt } from './zone-time.ts';

const zones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'Pacific/Honolulu', 'Europe/London', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kathmandu'];

describe('zone-time', () => {
  it('offsets match luxon every 7h13m over 2025-2027 in many zones', () => {
    for (const zone of zones) {
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 11, 31); t += 26_000_000) {
        assert.equal(offsetAt(zone, t), DateTime.fromMillis(t, { zone }).offset * 60_000, `${zone} ${new Date(t).toISOString()}`);
      }
    }
  });
  it('around the 2026 transitions, to the second', () => {
    const edges: [string, string][] = [['America/New_York', '2026-03-08T07:00:00Z'], ['America/New_York', '2026-11-01T06:00:00Z'], ['Europe/London', '2026-03-29T01:00:00Z'], ['Europe/London', '2026-10-25T01:00:00Z']];
    for (const [zone, iso] of edges) {
      const t = Date.parse(iso);
      for (const dt of [-1000, 0, 1000]) assert.equal(offsetAt(zone, t + dt), DateTime.fromMillis(t + dt, { zone }).offset * 60_000, `${zone} ${iso} ${dt}`);
    }
  });
  it('local day, minute, weekday and instantAt agree with luxon', () => {
    for (const zone of zones) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 37_000_000) {
        const l = DateTime.fromMillis(t, { zone });
        const day = Math.floor(Date.UTC(l.year, l.month - 1, l.day) / 86_400_000);
        assert.equal(localDay(zone, t), day);
        assert.equal(localMinute(zone, t), l.hour * 60 + l.minute);
        assert.equal(isoWeekday(day), l.weekday);
        const back = instantAt(zone, day, l.hour * 60 + l.minute);
        assert.ok(Math.abs(back - (t - (t % 60_000))) <= 3_600_000, 'instantAt inverts (within an overlap hour)');
      }
    }
  });
  it('formatInstant equals toISOString without milliseconds', () => {
    for (let t = Date.UTC(1969, 0, 1); t < Date.UTC(2101, 0, 1); t += 987_654_321_0) {
      assert.equal(formatInstant(t), new Date(t - (((t % 1000) + 1000) % 1000)).toISOString().replace('.000Z', 'Z'));
    }
  });
});
