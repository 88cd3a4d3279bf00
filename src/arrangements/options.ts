/**
 * Process-wide options of the arrangements domain. Defaults come from the platform
 * configuration (uploads under `RECOUP_DATA_DIR/uploads/hardship-evidence`, at most
 * `RECOUP_MAX_UPLOAD_BYTES`, public links on `RECOUP_PUBLIC_BASE_URL` or
 * `http://HOST:PORT`); the composition root sets the phone-hash key from the master key,
 * and a test may override any of them with `configureArrangements`.
 */
import { join } from 'node:path';
import { loadConfig } from '../platform/config.ts';

export type ArrangementsOptions = {
  /** Folder for hardship evidence uploads (content-addressed by SHA-256). */
  evidenceDir: string;
  /** Largest accepted evidence upload in bytes. */
  maxEvidenceBytes: number;
  /** Base URL under which the public checkout page `/pay/:token` is reachable. */
  publicBaseUrl: string;
  /** Secret used to hash phone numbers on applications (fraud matching without storing them). */
  phoneHashKey: string;
};

let current: ArrangementsOptions | null = null;

/** The current options (defaults on first use). */
export function arrangementsOptions(): ArrangementsOptions {
  if (!current) {
    const c = loadConfig();
    current = {
      evidenceDir: join(c.dataDir, 'uploads', 'hardship-evidence'),
      maxEvidenceBytes: c.RECOUP_MAX_UPLOAD_BYTES,
      publicBaseUrl: (c.RECOUP_PUBLIC_BASE_URL ?? `http://${c.HOST}:${c.PORT}`).replace(/\/+$/, ''),
      // Replaced by the composition root with a key derived from the PII master key (see open-context.ts).
      phoneHashKey: c.RECOUP_ENCRYPTION_KEY ?? 'recoup-phone-hash',
    };
  }
  return current;
}

/** Overrides some options (server start-up, tests). */
export function configureArrangements(patch: Partial<ArrangementsOptions>): ArrangementsOptions {
  current = { ...arrangementsOptions(), ...patch };
  return current;
}
