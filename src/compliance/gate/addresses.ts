/**
 * How a contact point appears in a scenario without its (encrypted) value: phone-like points
 * as `cp:` plus the id zero-padded to 15 digits (equal length, so the rules' "same number
 * with or without country code" suffix match can never join two different points), email
 * points as `cp-<id>@contact-point.invalid`. The gate thus decides without decrypting PII.
 */

/** The scenario address of a contact point. */
export function contactPointAddress(cp: { id: number; kind: string }): string {
  if (cp.kind === 'email') return `cp-${cp.id}@contact-point.invalid`;
  return `cp:${String(cp.id).padStart(15, '0')}`;
}
