/**
 * Canonical JSON (object keys sorted by UTF-16 code units, no whitespace, `undefined`
 * dropped — the RFC 8785 key order; numbers as JavaScript prints them) and its sha256, used
 * to fingerprint the inputs of a gate decision so that the decision log can prove which facts
 * a decision rested on without storing them twice.
 *
 * `JSON.stringify` with a replacer that copies an object only when its keys are not in
 * order already: the gate builds its scenario objects in key order, and copying every object
 * of a scenario (~30 history events) was a fifth of what a gate call allocated — garbage whose
 * collection showed in the gate's p99. Objects with integer-like keys (which JavaScript always
 * enumerates first, so no copy can hold them in string order) go through a hand-written
 * writer instead. Both give byte for byte the same output (tested), including `toJSON`
 * (dates) and the JSON rules for non-finite numbers, functions and symbols.
 */
import { createHash } from 'node:crypto';

function write(value: unknown, inArray: boolean): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      break;
    default:
      // undefined, functions, symbols: dropped from objects, null in arrays (as JSON.stringify does)
      return inArray ? 'null' : undefined;
  }
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return write(withJson.toJSON(), inArray);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + write(value[i], true);
    return out + ']';
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  // Most objects are built in sorted order already: sort only when they are not.
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1] > keys[i]) {
      keys.sort();
      break;
    }
  }
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = write(o[k], false);
    if (v === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + v;
    first = false;
  }
  return out + '}';
}

const INTEGER_KEY = /^(0|[1-9]\d*)$/;
const NEEDS_WRITER = Symbol('integer-like key');

/** The replacer: the object itself when its own keys are in order, else a copy in order. */
function inKeyOrder(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  let prev: string | undefined;
  let sorted = true;
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    if (prev !== undefined && prev > k) sorted = false;
    prev = k;
  }
  if (sorted) return value;
  const src = value as Record<string, unknown>;
  const keys = Object.keys(src).sort();
  if (keys.some((k) => INTEGER_KEY.test(k))) throw NEEDS_WRITER;
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = src[k];
  return out;
}

/** Serialises a JSON-compatible value canonically (keys sorted at every depth). */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(value ?? null, inKeyOrder);
  } catch (e) {
    if (e !== NEEDS_WRITER) throw e;
    return write(value ?? null, false) ?? 'null';
  }
}

/** The hex sha256 of the canonical JSON of `value`. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
