/**
 * Canonical JSON (object keys sorted by UTF-16 code units, no whitespace, `undefined`
 * dropped — the RFC 8785 key order; numbers as JavaScript prints them) and its sha256, used
 * to fingerprint the inputs of a gate decision so that the decision log can prove which facts
 * a decision rested on without storing them twice.
 */
import { createHash } from 'node:crypto';

/** Serialises a JSON-compatible value canonically. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** The hex sha256 of the canonical JSON of `value`. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
