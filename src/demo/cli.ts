/**
 * `recoup generate`: writes a synthetic demo portfolio as import files. Needs no
 * database or configuration.
 */
import type { Command } from 'commander';

/** Adds the `generate` command. */
export function registerDemoCommands(program: Command): void {
  program
    .command('generate')
    .description('write a synthetic demo portfolio (CN and US borrowers, contacts, accounts, schedules, payments) as import files; prints a JSON summary')
    .option('--accounts <n>', 'number of accounts', '10000')
    .option('--seed <seed>', 'random seed (number or text): the same seed and as-of date give byte-identical files', '1')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD: payment histories stop there (default: today, UTC)')
    .option('--out <dir>', 'output folder', './demo-data')
    .option('--cn-share <x>', 'share of borrowers in the Chinese portfolio, 0..1', '0.5')
    .action(async (opts: { accounts: string; seed: string; asOf?: string; out: string; cnShare: string }) => {
      const { runGenerateCommand } = await import('./generate-command.ts');
      await runGenerateCommand(opts);
    });
}
