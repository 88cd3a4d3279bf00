/**
 * Fast validators for single field values (imports and API): calendar dates that exist,
 * ISO 8601 instants, IANA time zones, booleans. Each returns the normalised value or
 * `undefined`; none throws, so that a bad cell becomes a located error, not an exception.
 */

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|z|[+-]\d{2}(?::?\d{2})?)$/;

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isDay(y: number, mo: number, d: number): boolean {
  return y >= 1900 && y <= 2999 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True when `text` is `YYYY-MM-DD` naming a day that exists (2026-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  return y >= 0 && mo >= 0 && d >= 0 && isDay(y, mo, d);
}

/** The decimal value of text[from, to) when all are digits, else -1. */
function digits(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** True when `text` is an ISO 8601 instant with a `Z` or numeric offset, naming a real time. */
export function isInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  if (!m || !isDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  return Number(m[4]) <= 23 && Number(m[5]) <= 59 && (m[6] === undefined || Number(m[6]) <= 59);
}

/** Clock skew allowed between a payer's system and ours for "received at" instants. */
const RECEIVED_SLACK_MS = 15 * 60 * 1000;

/** True when an instant (ISO 8601) lies in the future beyond that clock skew: no payment is received there. */
export function isFutureInstant(text: string, now: number = Date.now()): boolean {
  return Date.parse(text) > now + RECEIVED_SLACK_MS;
}

const zoneCache = new Map<string, boolean>();
const ZONE_NAME = /^(?:UTC|[A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;

/** True when `zone` is an IANA time zone name the runtime knows (`Asia/Shanghai`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  const hit = zoneCache.get(zone);
  if (hit !== undefined) return hit;
  let ok = ZONE_NAME.test(zone);
  if (ok) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      ok = false;
    }
  }
  if (zoneCache.size < 10_000) zoneCache.set(zone, ok);
  return ok;
}

/** Parses `true/false`, `1/0`, `yes/no`, `Y/N` (any case); undefined when it is none of them. */
export function parseBoolean(text: string): boolean | undefined {
  switch (text.trim().toLowerCase()) {
    case 'true':
    case '1':
    case 'yes':
    case 'y':
      return true;
    case 'false':
    case '0':
    case 'no':
    case 'n':
      return false;
    default:
      return undefined;
  }
}

/** Parses a non-negative decimal integer (no sign, no decimals) below `max`; undefined otherwise. */
export function parseCount(text: string, max = 2_147_483_647): number | undefined {
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= max ? n : undefined;
}
