/**
 * Canonical JSON (object keys sorted by UTF-16 code units, no whitespace, `undefined`
 * dropped — the RFC 8785 key order; numbers as JavaScript prints them) and its sha256, used
 * to fingerprint the inputs of a gate decision so that the decision log can prove which facts
 * a decision rested on without storing them twice.
 */
import { createHash } from 'node:crypto';

/** Replaces every plain object by a copy with its keys in sorted order (arrays keep theirs). */
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(src).sort()) out[k] = src[k];
  return out;
}

/** Serialises a JSON-compatible value canonically (native `JSON.stringify` with sorted keys). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, sortKeys);
}

/** The hex sha256 of the canonical JSON of `value`. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
