/**
 * `recoup scorecard …` commands: train, evaluate, score, report. These are interfaces that
 * outside checks use: no database, configuration or environment; any working directory.
 * Keep the options and output formats stable. Heavy modules load inside the actions.
 */
import type { Command } from 'commander';

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** Adds the `scorecard` command group. */
export function registerScoringCommands(program: Command): void {
  const sc = program.command('scorecard').description('collection scorecards: train, evaluate, score, report');

  sc.command('train')
    .description('train a WOE scorecard from a CSV file; writes the model JSON, prints a JSON summary')
    .requiredOption('--data <file>', 'training CSV (header row, RFC 4180)')
    .requiredOption('--target <column>', 'target column (0/1 or text labels)')
    .option('--bad <value>', 'target value that means bad', '1')
    .option('--exclude <cols>', 'comma-separated columns to leave out (e.g. ids)', list, [])
    .requiredOption('--out <file>', 'model JSON to write')
    .option('--labels <file>', 'JSON {column: {en, zh}} with characteristic labels for reports and reason codes')
    .option('--bins <file>', 'JSON {column: {cuts: [..]} | {groups: [[..],..]}} manual bins')
    .option('--special <values>', 'comma-separated numeric special codes (own bin), e.g. -999,-1', list, [])
    .option('--max-bins <n>', 'maximum bins per characteristic', '8')
    .option('--min-share <x>', 'minimum share of rows per bin', '0.05')
    .option('--min-iv <x>', 'minimum information value to keep a characteristic', '0.02')
    .option('--max-correlation <x>', 'maximum WOE correlation between kept characteristics', '0.7')
    .option('--l2 <x>', 'L2 penalty of the logistic regression', '0')
    .option('--exact-points', 'keep fractional points (default: integer points)')
    .option('--purpose <name>', 'what the scorecard is for', 'collection')
    .action(async (opts) => {
      const { runTrain } = await import('./train-command.ts');
      await runTrain(opts);
    });

  sc.command('evaluate')
    .description('score a labelled CSV and print one JSON object with auc, ks, gini, rows, gains, calibration, psi')
    .requiredOption('--model <file>', 'model JSON')
    .requiredOption('--data <file>', 'labelled CSV')
    .requiredOption('--target <column>', 'target column')
    .option('--bad <value>', 'target value that means bad (default: the one the model was trained with, normally 1)')
    .action(async (opts) => {
      const { runEvaluate } = await import('./evaluate-command.ts');
      await runEvaluate(opts);
    });

  sc.command('score')
    .description('score every row of a CSV: writes row, score, band, probability of bad and reason codes')
    .requiredOption('--model <file>', 'model JSON')
    .requiredOption('--data <file>', 'CSV with the characteristics the model needs')
    .requiredOption('--out <file>', 'scores CSV to write ("-" for stdout)')
    .option('--id <column>', 'column to copy into the output as the row id')
    .option('--reasons <n>', 'number of reason codes per row', '3')
    .action(async (opts) => {
      const { runScore } = await import('./score-command.ts');
      await runScore(opts);
    });

  sc.command('report')
    .description('print the bin and points tables of a model')
    .requiredOption('--model <file>', 'model JSON')
    .option('--json', 'print the tables as JSON')
    .option('--lang <lang>', 'en, or zh (zh-CN)', 'en')
    .action(async (opts) => {
      const { runReport } = await import('./report-command.ts');
      await runReport(opts);
    });
}
