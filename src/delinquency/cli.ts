/**
 * `recoup cycle`: runs the nightly delinquency cycle now. Heavy modules load inside the action.
 */
import type { Command } from 'commander';

/** Adds the `cycle` command. */
export function registerDelinquencyCommands(program: Command): void {
  program
    .command('cycle')
    .description('run the nightly delinquency cycle (DPD, buckets, transitions, roll rates, penalties, events); prints a JSON summary')
    .option('--as-of <date>', 'business date YYYY-MM-DD (default: today in each portfolio time zone)')
    .option('--tenant <slug>', 'only this tenant')
    .action(async (opts: { asOf?: string; tenant?: string }) => {
      const { runCycleCommand } = await import('./cycle-command.ts');
      await runCycleCommand(opts);
    });
}
