/** Helpers shared by CLI adapters: results to stdout, everything else to stderr. */
import { readFile } from 'node:fs/promises';
import { AppError } from '../platform/errors.ts';

/** Writes one JSON value (pretty unless `compact`) to stdout as the command's result. */
export function printJson(value: unknown, compact = false): void {
  process.stdout.write(JSON.stringify(value, null, compact ? undefined : 2) + '\n');
}

/** Writes a log line to stderr. */
export function log(message: string): void {
  process.stderr.write(message + '\n');
}

/**
 * Reads a whole file, or stdin when `path` is undefined or "-".
 * @throws AppError INVALID_INPUT when the file cannot be read
 */
export async function readInput(path: string | undefined): Promise<string> {
  if (path === undefined || path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new AppError('INVALID_INPUT', { message: `cannot read ${path}: ${(cause as Error).message}`, cause });
  }
}
