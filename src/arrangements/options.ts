/**
 * Process-wide options of the arrangements domain. Defaults come from the platform
 * configuration (uploads under `RECOUP_DATA_DIR/uploads/hardship-evidence`, 10 MiB limit,
 * public links on `http://HOST:PORT`); the composition root or a test may override them
 * with `configureArrangements`.
 */
import { join } from 'node:path';
import { loadConfig } from '../platform/config.ts';
import { DEFAULT_MAX_EVIDENCE_BYTES } from './evidence-file.ts';

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
    current = { evidenceDir: join(c.dataDir, 'uploads', 'hardship-evidence'), maxEvidenceBytes: DEFAULT_MAX_EVIDENCE_BYTES, publicBaseUrl: `http://${c.HOST}:${c.PORT}`, phoneHashKey: c.RECOUP_ENCRYPTION_KEY ?? 'recoup-phone-hash' };
  }
  return current;
}

/** Overrides some options (server start-up, tests). */
export function configureArrangements(patch: Partial<ArrangementsOptions>): ArrangementsOptions {
  current = { ...arrangementsOptions(), ...patch };
  return current;
}
