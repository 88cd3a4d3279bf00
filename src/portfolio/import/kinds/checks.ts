/**
 * Field checks shared by the row validators. Each pushes a located problem and returns
 * undefined when the value is bad; absent values (undefined) are problems only when required.
 */
import { currencies, parseMajorAmount } from '../../currency.ts';
import { isCalendarDate, isInstant, isTimeZone, parseBoolean, parseCount } from '../../fields.ts';
import type { FieldProblem } from '../types.ts';

const MAX_ID = 100;

function missing(field: string, p: FieldProblem[]): undefined {
  p.push({ field, reason: `${field} is required / 必填` });
  return undefined;
}

/** An identifier (external id, code): required, at most 100 characters, no control characters. */
export function checkId(v: string | undefined, field: string, p: FieldProblem[]): string | undefined {
  if (v === undefined) return missing(field, p);
  if (v.length > MAX_ID) {
    p.push({ field, reason: `${field} is longer than ${MAX_ID} characters` });
    return undefined;
  }
  return v;
}

/** Free text up to `max` characters. */
export function checkText(v: string | undefined, field: string, p: FieldProblem[], required: boolean, max = 500): string | undefined {
  if (v === undefined) return required ? missing(field, p) : undefined;
  if (v.length > max) {
    p.push({ field, reason: `${field} is longer than ${max} characters` });
    return undefined;
  }
  return v;
}

/** An amount in major units → minor units with the currency's exponent. */
export function checkAmount(v: string | undefined, exponent: number, field: string, p: FieldProblem[], required: boolean): number | undefined {
  if (v === undefined) return required ? missing(field, p) : undefined;
  const r = parseMajorAmount(v, exponent);
  if (typeof r === 'string') {
    p.push({ field, reason: r });
    return undefined;
  }
  return r;
}

/** An ISO 4217 currency code. @returns its exponent, or undefined */
export function checkCurrency(v: string | undefined, field: string, p: FieldProblem[]): number | undefined {
  if (v === undefined) return missing(field, p);
  const exp = currencies.get(v);
  if (exp === undefined) p.push({ field, reason: `unknown currency "${v}" (an ISO 4217 code such as CNY, USD) / 未知币种` });
  return exp;
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function checkDate(v: string | undefined, field: string, p: FieldProblem[], required: boolean): string | undefined {
  if (v === undefined) return required ? missing(field, p) : undefined;
  if (isCalendarDate(v)) return v;
  p.push({ field, reason: `"${v}" is not a date that exists (YYYY-MM-DD) / 日期不存在或格式错误` });
  return undefined;
}

/** An instant with offset or Z. */
export function checkInstant(v: string | undefined, field: string, p: FieldProblem[], required: boolean): string | undefined {
  if (v === undefined) return required ? missing(field, p) : undefined;
  if (isInstant(v)) return v;
  const day = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(v)?.[1];
  if (day !== undefined && !isCalendarDate(day) && isInstant(v.replace(day, '2000-01-01'))) {
    p.push({ field, reason: `"${v}": ${day} is not a day of the calendar / 日期不存在` });
  } else {
    p.push({ field, reason: `"${v}" is not an ISO 8601 instant with an offset or Z (2026-03-01T09:30:00+08:00) / 不是带时区的 ISO 8601 时间` });
  }
  return undefined;
}

/** An IANA time zone. */
export function checkZone(v: string | undefined, field: string, p: FieldProblem[], required: boolean): string | undefined {
  if (v === undefined) return required ? missing(field, p) : undefined;
  if (isTimeZone(v)) return v;
  p.push({ field, reason: `unknown time zone "${v}" (an IANA name such as Asia/Shanghai) / 未知时区` });
  return undefined;
}

/** A boolean; `dflt` when absent. */
export function checkBool(v: string | undefined, field: string, p: FieldProblem[], dflt: boolean): boolean {
  if (v === undefined) return dflt;
  const b = parseBoolean(v);
  if (b === undefined) p.push({ field, reason: `"${v}" is not a boolean (true/false, 1/0, yes/no, Y/N)` });
  return b ?? dflt;
}

/** A non-negative integer; `dflt` when absent. */
export function checkCount(v: string | undefined, field: string, p: FieldProblem[], dflt: number, max?: number): number {
  if (v === undefined) return dflt;
  const n = parseCount(v, max);
  if (n === undefined) p.push({ field, reason: `"${v}" is not a whole number >= 0${max === undefined ? '' : ` and <= ${max}`}` });
  return n ?? dflt;
}

/** One of `allowed`; `dflt` when absent. */
export function checkEnum<T extends string>(v: string | undefined, field: string, p: FieldProblem[], allowed: readonly T[], dflt: T | undefined): T | undefined {
  if (v === undefined) return dflt;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  p.push({ field, reason: `"${v}" is not one of ${allowed.join(', ')}` });
  return undefined;
}
