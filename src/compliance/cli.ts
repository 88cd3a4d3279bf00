/**
 * `recoup compliance …` commands. Both `check` and `guard` are interfaces that outside
 * checks use: they need no database, configuration or environment and run from any
 * directory. Keep their input and output formats stable.
 */
import type { Command } from 'commander';

/** Adds the `compliance` command group. */
export function registerComplianceCommands(program: Command): void {
  const compliance = program.command('compliance').description('contact-compliance rules, gate and content guard');

  compliance
    .command('check')
    .description('decide contact scenarios (JSON array from --input FILE or stdin; format: docs/compliance-scenarios.md); prints a JSON array of decisions')
    .option('--input <file>', 'JSON file with an array of scenarios ("-" or absent: stdin)')
    .action(async (opts: { input?: string }) => {
      const { runCheckCommand } = await import('./check-command.ts');
      await runCheckCommand(opts);
    });

  compliance
    .command('guard')
    .description('judge outgoing texts: JSON Lines {"id","text","lang"?,"audience"?,"channel"?} on stdin, one JSON line out per input')
    .action(async () => {
      const { runGuardCommand } = await import('./guard/guard-command.ts');
      await runGuardCommand();
    });
}
