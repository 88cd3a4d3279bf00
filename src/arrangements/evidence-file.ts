/**
 * Hardship evidence uploads: the file's type is decided by its magic bytes (never by the
 * name or the declared content type), its size is limited, and it is stored under a
 * configurable folder by its SHA-256 (content-addressed: the same file is stored once).
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../platform/errors.ts';

export type EvidenceMediaType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'application/pdf';

/** Default upload limit: 10 MiB. */
export const DEFAULT_MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const startsWith = (b: Buffer, bytes: readonly number[], at = 0) => b.length >= at + bytes.length && bytes.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The media type a file's magic bytes say it is, or null when it is not an accepted image or PDF. */
export function sniffMediaType(b: Buffer): EvidenceMediaType | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(b, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export type CheckedEvidence = { mediaType: EvidenceMediaType; sha256: string; sizeBytes: number };

/**
 * Checks an upload.
 * @throws AppError INVALID_INPUT when empty or not an image/PDF; TOO_LARGE above the limit
 */
export function checkEvidence(body: Buffer, fileName: string, maxBytes = DEFAULT_MAX_EVIDENCE_BYTES): CheckedEvidence {
  if (body.length === 0) throw new AppError('INVALID_INPUT', { message: `${fileName}: the file is empty`, details: [{ path: fileName, message: 'empty file' }] });
  if (body.length > maxBytes) {
    throw new AppError('TOO_LARGE', {
      message: `${fileName}: ${body.length} bytes is more than the limit of ${maxBytes} bytes`,
      userMessage: `文件过大（上限 ${Math.floor(maxBytes / 1024 / 1024)} MB） / file too large (limit ${Math.floor(maxBytes / 1024 / 1024)} MB)`,
      details: [{ path: fileName, message: `size ${body.length} > ${maxBytes}` }],
    });
  }
  const mediaType = sniffMediaType(body);
  if (!mediaType) {
    throw new AppError('INVALID_INPUT', {
      message: `${fileName}: not an image (PNG, JPEG, GIF, WebP) or PDF — its first bytes do not match any of them`,
      userMessage: '只接受图片或 PDF 文件 / only images or PDF files are accepted',
      details: [{ path: fileName, message: 'not an image or PDF (magic bytes)' }],
    });
  }
  return { mediaType, sha256: createHash('sha256').update(body).digest('hex'), sizeBytes: body.length };
}

/** Stores the bytes as `<dir>/<tenant>/<aa>/<sha256>` (atomic rename); returns the path. */
export async function storeEvidence(dir: string, tenantId: string, sha256: string, body: Buffer): Promise<string> {
  const folder = join(dir, tenantId, sha256.slice(0, 2));
  const path = join(folder, sha256);
  await mkdir(folder, { recursive: true });
  const exists = await stat(path).then(() => true, () => false);
  if (!exists) {
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, body);
    await rename(tmp, path);
  }
  return path;
}
