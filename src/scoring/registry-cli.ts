/**
 * Database-backed scorecard commands, added to the `scorecard` group: `dataset` (a
 * training set from the portfolio itself) and `register` (a trained model into the
 * registry, awaiting four-eyes approval). The file-only commands (train, evaluate, score,
 * report) stay in cli.ts and need no database.
 */
import type { Command } from 'commander';
import { AppError } from '../platform/errors.ts';

/** Adds `scorecard dataset` and `scorecard register` (after registerScoringCommands). */
export function registerScoringRegistryCommands(program: Command): void {
  const group = program.commands.find((c) => c.name() === 'scorecard') ?? program.command('scorecard');
  group
    .command('dataset')
    .description('build a training CSV from the portfolio: accounts on the day they entered delinquency, bad = did not pay --min-paid-share of the overdue amount within --days')
    .requiredOption('--out <file>', 'CSV to write (then: recoup scorecard train --data FILE --target bad)')
    .option('--tenant <slug>', 'tenant (default: the only one)')
    .option('--as-of <date>', 'observation windows must end by this date (default today)')
    .option('--days <n>', 'outcome window in days', '30')
    .option('--min-paid-share <x>', 'share of the overdue amount that counts as paid', '0.5')
    .option('--portfolio <code>', 'only this portfolio')
    .action(async (o: { out: string; tenant?: string; asOf?: string; days: string; minPaidShare: string; portfolio?: string }) => {
      const { writeFile } = await import('node:fs/promises');
      const { openAppContext } = await import('../app/open-context.ts');
      const { buildPortfolioTrainingSet, trainingSetToCsv } = await import('./portfolio-training-set.ts');
      const opened = await openAppContext();
      try {
        const { resolveTenant } = await import('../identity/index.ts');
        const tenantId = (await resolveTenant(opened.ctx.db, o.tenant)).id;
        const asOf = o.asOf ?? new Date().toISOString().slice(0, 10);
        const rows = await buildPortfolioTrainingSet(opened.ctx.db, { tenantId, asOf, days: Number(o.days), minPaidShare: Number(o.minPaidShare), portfolioCode: o.portfolio });
        if (rows.length === 0) throw new AppError('INVALID_INPUT', { message: 'no account entered delinquency early enough for its outcome window to end by the as-of date' });
        await writeFile(o.out, trainingSetToCsv(rows));
        const bads = rows.reduce((s, r) => s + r.bad, 0);
        process.stdout.write(JSON.stringify({ out: o.out, rows: rows.length, bads, badRate: bads / rows.length, asOf, days: Number(o.days) }) + '\n');
      } finally {
        await opened.close();
      }
    });

  group
    .command('register')
    .description('register a trained model as the next draft version of a purpose; another user approves it (POST /v1/approvals/:id/decision) before activation')
    .requiredOption('--model <file>', 'model JSON from `recoup scorecard train`')
    .requiredOption('--name <name>', 'a name for this version')
    .option('--purpose <purpose>', 'what the score is for', 'collection')
    .option('--tenant <slug>', 'tenant (default: the only one)')
    .action(async (o: { model: string; name: string; purpose: string; tenant?: string }) => {
      const { readFile } = await import('node:fs/promises');
      const { openAppContext } = await import('../app/open-context.ts');
      const { registerScorecard } = await import('./registry.ts');
      const modelText = await readFile(o.model, 'utf8').catch((e: Error) => {
        throw new AppError('INVALID_INPUT', { message: `cannot read ${o.model}: ${e.message}` });
      });
      const opened = await openAppContext();
      try {
        const { resolveTenant } = await import('../identity/index.ts');
        const tenantId = (await resolveTenant(opened.ctx.db, o.tenant)).id;
        const v = await opened.ctx.db.transaction().execute((tx) => registerScorecard(tx, { tenantId, actor: 'system:cli', purpose: o.purpose, name: o.name, modelText }));
        process.stdout.write(JSON.stringify(v) + '\n');
      } finally {
        await opened.close();
      }
    });
}
