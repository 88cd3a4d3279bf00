/**
 * Transitions between the bucket an account was in on the previous business date and the
 * bucket it is in now.
 */

/**
 * - `new`: first time the account is assessed (no previous bucket)
 * - `stay`: same bucket
 * - `roll_forward`: to a worse (higher) bucket
 * - `roll_back`: to a better bucket that is still past due
 * - `cure`: back to bucket 0 (current / M0) from a past-due bucket
 */
export type TransitionKind = 'new' | 'stay' | 'roll_forward' | 'roll_back' | 'cure';

/** Classifies a move between bucket indexes (`from` = -1 when there was no previous bucket). */
export function classifyTransition(from: number, to: number): TransitionKind {
  if (from < 0) return 'new';
  if (from === to) return 'stay';
  if (to === 0) return 'cure';
  return to > from ? 'roll_forward' : 'roll_back';
}
