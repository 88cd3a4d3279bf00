/**
 * `recoup arrangements …`: promises evaluate, plans evaluate, hardship enrol, authority.
 * Heavy modules are imported inside the actions.
 */
import type { Command } from 'commander';

/** Adds the `arrangements` command group. */
export function registerArrangementsCommands(program: Command): void {
  const arr = program.command('arrangements').description('promises to pay, plans, settlements, hardship relief, payment links');
  const promises = arr.command('promises').description('promises to pay');
  promises
    .command('evaluate')
    .description('decide every pending promise whose window ended by --as-of (kept / partially kept / broken); prints counts as JSON')
    .option('--as-of <date>', 'business date YYYY-MM-DD (end of that day, UTC) or an ISO instant; default now')
    .option('--tenant <slug>', 'only this tenant')
    .action(async (opts: { asOf?: string; tenant?: string }) => {
      const { runPromisesEvaluate } = await import('./cli-actions.ts');
      await runPromisesEvaluate(opts);
    });
  arr
    .command('plans')
    .description('payment plans')
    .command('evaluate')
    .description('mark missed plan installments as of --as-of and break plans that reached their limit')
    .option('--as-of <date>', 'business date YYYY-MM-DD; default today (UTC)')
    .action(async (opts: { asOf?: string }) => {
      const { runPlansEvaluate } = await import('./cli-actions.ts');
      await runPlansEvaluate(opts);
    });
  const hardship = arr.command('hardship').description('hardship relief programmes');
  hardship
    .command('enrol')
    .description('bulk-enrol the accounts of a CSV file (account_external_id[,note]; the note may be left out) in a programme. The whole file is checked first: a malformed file enrols nobody and every bad line is reported (exit 2). Skipped rows (unknown, not eligible, already enrolled, repeated) are listed on stderr and in the JSON summary on stdout (exit 0)')
    .requiredOption('--programme <code>', 'programme code (or id)')
    .requiredOption('--file <path>', 'CSV file (UTF-8, header row)')
    .option('--tenant <slug>', 'tenant slug (default: the only tenant)')
    .option('--ignore-eligibility', 'enrol even accounts the programme rules exclude')
    .action(async (opts: { programme: string; file: string; tenant?: string; ignoreEligibility?: boolean }) => {
      const { runHardshipEnrol } = await import('./cli-actions.ts');
      await runHardshipEnrol(opts);
    });
  arr
    .command('authority')
    .description('print the authority of a level for a bucket and score band (no database needed)')
    .requiredOption('--level <level>', 'robot | agent | team_lead | supervisor')
    .requiredOption('--bucket <bucket>', 'e.g. M1, M3, M7+, 30, 120+')
    .option('--score-band <band>', 'A | B | C | D | E | unscored (the bands scorecards give)', 'unscored')
    .action(async (opts: { level: string; bucket: string; scoreBand: string }) => {
      const { runAuthority } = await import('./cli-actions.ts');
      runAuthority(opts);
    });
}
