/**
 * Strict parsing of the times in a scenario (RULES.md §0.3 "Times"): instants must be ISO 8601
 * with an offset or `Z` and a real calendar date; calendar dates are `YYYY-MM-DD`.
 */
import { dayOfDate } from './rules/zone-time.ts';

const instantRe = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dateProblem(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12) return `month ${m} does not exist`;
  if (d < 1 || d > daysIn(y, m)) return `day ${d} does not exist in ${y}-${String(m).padStart(2, '0')}`;
  return null;
}

/** The result of parsing a time: epoch milliseconds, or a problem in words. */
export type TimeParse = { ok: true; ms: number } | { ok: false; problem: string };

/** Parses an ISO 8601 instant with offset; rejects times without offset and impossible dates. */
export function parseInstant(s: string): TimeParse {
  const m = instantRe.exec(s.trim());
  if (!m) return { ok: false, problem: `"${s}" is not an ISO 8601 date-time` };
  const [, ys, mos, ds, hs, mis, ss, frac, off] = m;
  if (!off) return { ok: false, problem: `"${s}" has no UTC offset or Z` };
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = Number(hs);
  const mi = Number(mis);
  const sec = ss ? Number(ss) : 0;
  const bad = dateProblem(y, mo, d);
  if (bad) return { ok: false, problem: `"${s}": ${bad}` };
  if (h > 23 || mi > 59 || sec > 59) return { ok: false, problem: `"${s}": impossible time of day` };
  let offsetMin = 0;
  if (off !== 'Z' && off !== 'z') {
    const sign = off[0] === '-' ? -1 : 1;
    const digits = off.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 18 || om > 59) return { ok: false, problem: `"${s}": impossible UTC offset` };
    offsetMin = sign * (oh * 60 + om);
  }
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  return { ok: true, ms: Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offsetMin * 60_000 };
}

/** A calendar date (day number) or an instant, as a parsed scenario date field holds it. */
export type DateOrInstant = { day: number } | { at: number };

/** Parses `YYYY-MM-DD` (a local calendar date) or an ISO instant with offset. */
export function parseDateOrInstant(s: string): { ok: true; value: DateOrInstant } | { ok: false; problem: string } {
  const m = dateRe.exec(s.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const bad = dateProblem(y, mo, d);
    if (bad) return { ok: false, problem: `"${s}": ${bad}` };
    return { ok: true, value: { day: dayOfDate(y, mo, d) } };
  }
  const t = parseInstant(s);
  return t.ok ? { ok: true, value: { at: t.ms } } : { ok: false, problem: `${t.problem} (expected YYYY-MM-DD or an ISO instant with offset)` };
}

/** Parses a wall-clock time `HH:MM` or `HH:MM:SS` into minutes after midnight (`24:00` = 1440). */
export function parseClock(s: string): { ok: true; minute: number } | { ok: false; problem: string } {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
  if (!m) return { ok: false, problem: `"${s}" is not a time HH:MM` };
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (h > 24 || mi > 59 || (h === 24 && mi > 0)) return { ok: false, problem: `"${s}" is not a time of day` };
  return { ok: true, minute: h * 60 + mi };
}
