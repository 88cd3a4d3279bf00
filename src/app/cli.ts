/** `recoup start`, `recoup migrate`, `recoup worker`: the platform's process commands. */
import type { Command } from 'commander';

/** Adds the process commands. */
export function registerAppCommands(program: Command): void {
  program
    .command('start')
    .description('start Recoup: database (embedded unless DATABASE_URL), migrations, demo portfolio on first start, worker, API on PORT (default 3000)')
    .action(async () => {
      const { startRecoup } = await import('./start.ts');
      const server = await startRecoup();
      const { beginShutdown } = await import('../platform/shutdown.ts');
      const shutdown = () => {
        beginShutdown();
        process.stderr.write('stopping…\n');
        server.stop().then(
          () => process.exit(0),
          (e: Error) => {
            process.stderr.write(`error while stopping: ${e.message}\n`);
            process.exit(1);
          },
        );
      };
      // First in line: the embedded server's own exit hook also listens and stops PostgreSQL.
      process.prependOnceListener('SIGINT', shutdown);
      process.prependOnceListener('SIGTERM', shutdown);
      await new Promise(() => {});
    });

  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(async () => {
      const { openAppContext } = await import('./open-context.ts');
      const opened = await openAppContext();
      await opened.close();
      process.stdout.write(JSON.stringify({ migrated: true }) + '\n');
    });

  program
    .command('worker')
    .description('run a job worker against the configured database (any number may run)')
    .option('--concurrency <n>', 'parallel jobs', '4')
    .action(async (opts: { concurrency: string }) => {
      const { openAppContext } = await import('./open-context.ts');
      const { startWorker } = await import('../platform/worker.ts');
      const { buildTaskList, crontab } = await import('./tasks.ts');
      const { wireDomains } = await import('./wiring.ts');
      const opened = await openAppContext();
      wireDomains();
      const runner = await startWorker({ pool: opened.ctx.pool, tasks: buildTaskList(opened.ctx), crontab, concurrency: Number(opts.concurrency), log: opened.ctx.log });
      const { beginShutdown } = await import('../platform/shutdown.ts');
      const shutdown = () => {
        beginShutdown();
        void runner.stop().then(() => opened.close()).then(() => process.exit(0));
      };
      // First in line: the embedded server's own exit hook also listens and stops PostgreSQL.
      process.prependOnceListener('SIGINT', shutdown);
      process.prependOnceListener('SIGTERM', shutdown);
      await runner.promise;
    });
}
