/** Opaque cursors for keyset pagination over bigint ids (`?cursor=&limit=` → `nextCursor`). */
import { AppError } from './errors.ts';

/** Encodes the last id of a page. */
export function encodeCursor(lastId: number): string {
  return Buffer.from(`id:${lastId}`).toString('base64url');
}

/**
 * Decodes a cursor (undefined → start).
 * @throws AppError INVALID_INPUT for a cursor this API did not issue
 */
export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const m = /^id:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new AppError('INVALID_INPUT', { message: 'invalid cursor', details: [{ path: 'query.cursor', message: 'use the nextCursor of a previous page' }] });
  return Number(m[1]);
}

/** Slices a `limit + 1` result into a page and its next cursor. */
export function pageOf<T extends { id: number }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
}
