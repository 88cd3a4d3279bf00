/**
 * Field encryption for PII at rest (national ids, phone numbers, addresses): AES-256-GCM
 * with a random 12-byte IV per value (stored as iv | tag | ciphertext), and a keyed blind
 * index (HMAC-SHA256 of the normalised value) for exact-match lookup without decrypting.
 * The encryption and index keys are derived from one master key with HKDF.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from './errors.ts';

export type FieldCipher = {
  encrypt: (plain: string) => Buffer;
  decrypt: (sealed: Buffer) => string;
  /** Keyed hash of the normalised value (trimmed; phone: digits and +; email: lower case). */
  blindIndex: (value: string) => Buffer;
};

/**
 * Parses a 32-byte master key given as 64 hex characters or base64.
 * @throws AppError CONFIG_INVALID when it is not 32 bytes
 */
export function parseMasterKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) {
    throw new AppError('CONFIG_INVALID', { message: 'RECOUP_ENCRYPTION_KEY must be 32 bytes (64 hex characters or base64)' });
  }
  return key;
}

/** A new random master key, hex-encoded. */
export function generateMasterKey(): string {
  return randomBytes(32).toString('hex');
}

/** Builds the cipher from a master key. */
export function createFieldCipher(master: Buffer): FieldCipher {
  const encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'recoup field encryption v1', 32));
  const idxKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'recoup blind index v1', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const d = createDecipheriv('aes-256-gcm', encKey, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
    },
    blindIndex(value) {
      return createHmac('sha256', idxKey).update(normaliseForIndex(value)).digest();
    },
  };
}

/** Normalises a value before blind indexing so that formatting differences still match. */
export function normaliseForIndex(value: string): string {
  const v = value.trim().normalize('NFKC');
  if (/^[+\d\s().-]+$/.test(v)) return v.replace(/[^\d+]/g, '');
  return v.toLowerCase();
}

/** A fixed key for tests only (never used by the server). */
export const TEST_MASTER_KEY = Buffer.alloc(32, 7);
