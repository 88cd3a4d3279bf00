/**
 * `recoup import <kind> <file>`: imports borrowers, contacts, accounts, schedules or
 * payments from CSV (UTF-8 ± BOM, GBK) or JSON Lines. stdout: the JSON summary only;
 * progress on stderr. Exit codes: 0 every row imported, 1 some rows rejected (see the
 * error file), 2 the whole file rejected or bad arguments.
 */
import { Option, type Command } from 'commander';

/** Adds the `import` command. */
export function registerPortfolioCommands(program: Command): void {
  program
    .command('import')
    .description('import a CSV or JSON Lines file (kinds: borrowers, contacts, accounts, schedules, payments); prints the JSON summary')
    .argument('<kind>', 'borrowers | contacts | accounts | schedules | payments')
    .argument('<file>', 'the file (.csv, or .jsonl/.ndjson for JSON Lines)')
    .option('--tenant <slug>', 'tenant slug (default: the only tenant)')
    .addOption(new Option('--encoding <encoding>', 'text encoding of a CSV file').choices(['auto', 'utf8', 'gbk']).default('auto'))
    .addOption(new Option('--format <format>', 'file format (default: from the file name)').choices(['csv', 'jsonl']))
    .option('--errors <file>', 'where to write the errors (default: <file>.errors.csv)')
    .option('--no-progress', 'no progress bar on stderr')
    .addHelpText(
      'after',
      '\nFile formats: docs/import-formats.md\nExit codes: 0 all rows imported · 1 some rows rejected (see the error file) · 2 the whole file rejected\n' +
        'Database: DATABASE_URL, else the embedded PostgreSQL under RECOUP_DATA_DIR (default ./data).',
    )
    .action(async (kind: string, file: string, opts: { tenant?: string; encoding: 'auto' | 'utf8' | 'gbk'; format?: 'csv' | 'jsonl'; errors?: string; progress: boolean }) => {
      const { runImportCommand } = await import('./import-command.ts');
      await runImportCommand(kind, file, opts);
    });
}
