/**
 * Stripe webhook signatures, as Stripe documents them: the `Stripe-Signature` header is
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>[,v1=…]`; a signature is
 * valid when any v1 matches (constant-time) and `t` is within the tolerance of now.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Computes the header value Stripe would send (used by tests and the fake Stripe server). */
export function signStripePayload(secret: string, payload: string, timestamp: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

export type SignatureCheck = { valid: true; timestamp: number } | { valid: false; reason: string };

/** Verifies a `Stripe-Signature` header over the raw body. */
export function verifyStripeSignature(input: { header: string | undefined; payload: string; secret: string; toleranceSeconds: number; nowSeconds: number }): SignatureCheck {
  if (!input.header) return { valid: false, reason: 'missing Stripe-Signature header' };
  let t = NaN;
  const v1: string[] = [];
  for (const part of input.header.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 't') t = Number(v);
    else if (k === 'v1' && v) v1.push(v);
  }
  if (!Number.isInteger(t)) return { valid: false, reason: 'no timestamp in Stripe-Signature' };
  if (v1.length === 0) return { valid: false, reason: 'no v1 signature in Stripe-Signature' };
  if (Math.abs(input.nowSeconds - t) > input.toleranceSeconds) return { valid: false, reason: `timestamp ${t} outside the tolerance of ${input.toleranceSeconds}s` };
  const expected = createHmac('sha256', input.secret).update(`${t}.${input.payload}`).digest();
  const ok = v1.some((sig) => {
    const got = Buffer.from(sig, 'hex');
    return got.length === expected.length && timingSafeEqual(got, expected);
  });
  return ok ? { valid: true, timestamp: t } : { valid: false, reason: 'no signature matches' };
}
