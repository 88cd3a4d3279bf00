/** The adapter behind `recoup generate`: parses options, runs the generator with a progress bar on stderr, prints the summary. */
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { AppError } from '../platform/errors.ts';
import { printJson } from '../cli/output.ts';
import { generatePortfolio } from './generate-portfolio.ts';

/**
 * Runs the command.
 * @throws AppError INVALID_INPUT for a bad option
 */
export async function runGenerateCommand(opts: { accounts: string; seed: string; asOf?: string; out: string; cnShare: string }): Promise<void> {
  const accounts = Number(opts.accounts);
  if (!/^\d+$/.test(opts.accounts.trim())) {
    throw new AppError('INVALID_INPUT', { message: `--accounts must be a whole number, got "${opts.accounts}"` });
  }
  const cnShare = Number(opts.cnShare);
  if (!Number.isFinite(cnShare)) throw new AppError('INVALID_INPUT', { message: `--cn-share must be a number within 0..1, got "${opts.cnShare}"` });
  const asOf = opts.asOf ?? new Date().toISOString().slice(0, 10);
  const bar = accounts >= 50_000
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'generate [{bar}] {percentage}% {value}/{total} accounts, eta {eta}s' }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(accounts, 0);
  try {
    const summary = await generatePortfolio({
      accounts, seed: opts.seed, asOf, outDir: resolve(opts.out), cnShare,
      onProgress: (done) => bar?.update(done),
    });
    bar?.stop();
    printJson(summary);
  } catch (e) {
    bar?.stop();
    throw e;
  }
}
