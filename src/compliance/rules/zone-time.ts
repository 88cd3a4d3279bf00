/**
 * Fast local-time arithmetic over the IANA database shipped with Node (`Intl`): the UTC
 * offset of a zone at an instant is computed once per zone and hour and cached, so the
 * hot loop of the gate never formats dates. Days are counted as whole days since
 * 1970-01-01 in the zone ("day numbers"); minutes are minutes after local midnight.
 */
import { civilOf } from '../../platform/civil-date.ts';

const HOUR = 3_600_000;
/** Milliseconds per day. */
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** True when `zone` is a time zone the IANA database (via Intl) knows. */
export function isKnownZone(zone: string): boolean {
  if (zone.length === 0) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

function computeOffset(zone: string, ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const parts = formatterFor(zone).formatToParts(new Date(whole));
  const v: Record<string, number> = {};
  for (const p of parts) if (p.type !== 'literal') v[p.type] = Number(p.value);
  const asUtc = Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute, v.second);
  return asUtc - whole;
}

/** A span of constant UTC offset: [start, end) in epoch ms. */
type Segment = { start: number; end: number; offset: number };

/** Segments of whole UTC years [min, max), loaded contiguously. */
type ZoneTable = { segments: Segment[]; last: Segment | null; min: number; max: number };

const tables = new Map<string, ZoneTable>();

/** Finds the instant in (lo, hi] at which the offset changes from `offLo`, to the second. */
function findTransition(zone: string, lo: number, hi: number, offLo: number): number {
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (mid <= lo) break;
    if (computeOffset(zone, mid) === offLo) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Computes the constant-offset segments of one UTC year (once per zone and year, ~370 Intl calls). */
function loadYear(table: ZoneTable, zone: string, year: number): void {
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  let segStart = from;
  let off = computeOffset(zone, from);
  const found: Segment[] = [];
  for (let t = from + DAY_MS; t <= to; t += DAY_MS) {
    const o = computeOffset(zone, t);
    if (o === off) continue;
    const at = findTransition(zone, t - DAY_MS, t, off);
    found.push({ start: segStart, end: at, offset: off });
    segStart = at;
    off = o;
  }
  found.push({ start: segStart, end: to, offset: off });
  table.segments.push(...found);
  table.segments.sort((a, b) => a.start - b.start);
  table.min = Math.min(table.min, from);
  table.max = Math.max(table.max, to);
}

/** Loads the year of `ms` and every year between it and those already loaded (keeps [min, max) contiguous). */
function ensureLoaded(table: ZoneTable, zone: string, ms: number): void {
  const year = new Date(ms).getUTCFullYear();
  if (table.segments.length === 0) {
    loadYear(table, zone, year);
    return;
  }
  const minYear = new Date(table.min).getUTCFullYear();
  const maxYear = new Date(table.max - 1).getUTCFullYear();
  for (let y = year; y < minYear; y++) loadYear(table, zone, y);
  for (let y = maxYear + 1; y <= year; y++) loadYear(table, zone, y);
}

/** The UTC offset (ms) of `zone` at the instant `ms` (segments per zone and year, computed once). */
let lastZone = '';
let lastTable: ZoneTable | undefined;

export function offsetAt(zone: string, ms: number): number {
  let table = zone === lastZone ? lastTable : tables.get(zone);
  if (table) {
    lastZone = zone;
    lastTable = table;
  } else {
    table = { segments: [], last: null, min: Infinity, max: -Infinity };
    tables.set(zone, table);
  }
  const last = table.last;
  if (last !== null && ms >= last.start && ms < last.end) return last.offset;
  if (!(ms >= table.min && ms < table.max)) {
    if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return 0;
    ensureLoaded(table, zone, ms);
  }
  const segs = table.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid];
    if (ms < seg.start) hi = mid - 1;
    else if (ms >= seg.end) lo = mid + 1;
    else {
      table.last = seg;
      return seg.offset;
    }
  }
  return computeOffset(zone, ms);
}

/** Writes the local day numbers of `events[i].at` into `out[i]` (one table lookup for the batch). */
export function localDays(zone: string, events: readonly { at: number }[], out: Float64Array): void {
  let seg: Segment | null = null;
  for (let i = 0; i < events.length; i++) {
    const ms = events[i].at;
    let off: number;
    if (seg !== null && ms >= seg.start && ms < seg.end) off = seg.offset;
    else {
      off = offsetAt(zone, ms);
      seg = tables.get(zone)?.last ?? null;
    }
    out[i] = Math.floor((ms + off) / DAY_MS);
  }
}

/** The local day number of the instant in the zone. */
export function localDay(zone: string, ms: number): number {
  return Math.floor((ms + offsetAt(zone, ms)) / DAY_MS);
}

/** Local minutes after midnight (floored to the minute) of the instant in the zone. */
export function localMinute(zone: string, ms: number): number {
  return Math.floor(localSecond(zone, ms) / 60);
}

/** Local seconds after midnight (floored to the second) of the instant in the zone. */
export function localSecond(zone: string, ms: number): number {
  const local = ms + offsetAt(zone, ms);
  return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 1000);
}

/** Day of week of a day number, ISO style: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The instant at which local wall time `minute` of local `day` occurs in the zone. In a
 * spring-forward gap the instant just after the gap is returned; in an autumn overlap the
 * earlier instant.
 */
export function instantAt(zone: string, day: number, minute: number): number {
  const wall = day * DAY_MS + minute * 60_000;
  const first = wall - offsetAt(zone, wall);
  const earlier = wall - offsetAt(zone, first - HOUR);
  if (localDay(zone, earlier) === day && localMinute(zone, earlier) === minute) return earlier;
  const t = wall - offsetAt(zone, first);
  if (localMinute(zone, t) === minute) return t;
  // gap: the wall time does not exist; the first instant after it
  return Math.max(first, t);
}

/** Day number of a calendar date `YYYY-MM-DD` (no zone: calendar dates are local by definition). */
export function dayOfDate(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DDTHH:MM:SSZ` of an instant, without allocating a Date. */
export function formatInstant(ms: number): string {
  const secs = Math.floor(ms / 1000);
  const days = Math.floor(secs / 86400);
  const rem = secs - days * 86400;
  const { year: y, month: m, day: d } = civilOf(days);
  return `${y}-${pad(m)}-${pad(d)}T${pad(Math.floor(rem / 3600))}:${pad(Math.floor((rem % 3600) / 60))}:${pad(rem % 60)}Z`;
}
