/**
 * The `recoup` command line. stdout holds only the result; progress and logs go to
 * stderr. Each domain adds its commands from its own `cli.ts` (keep those files light:
 * import heavy modules inside the action, so that commands that need no database start
 * fast and never touch configuration).
 */
import { Command, CommanderError } from 'commander';
import { AppError, isAppError } from '../platform/errors.ts';
import { commandRegistrars } from './commands.ts';

/** Builds the program with every domain's commands. */
export function buildProgram(): Command {
  const program = new Command('recoup')
    .description('Recoup: open-source intelligent post-loan collection')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  program.configureOutput({
    writeOut: (s) => process.stdout.write(s),
    writeErr: (s) => process.stderr.write(s),
  });
  for (const register of commandRegistrars) register(program);
  return program;
}

/** Runs the CLI; sets process.exitCode from the error code on failure. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    process.exitCode = reportError(e);
  }
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) {
    // commander already printed its message (or help / version, which exit 0)
    return e.exitCode === 0 ? 0 : 2;
  }
  if (isAppError(e)) {
    process.stderr.write(`recoup: ${e.message}\n`);
    for (const d of e.details.slice(0, 50)) process.stderr.write(`  ${d.path}: ${d.message}\n`);
    if (e.details.length > 50) process.stderr.write(`  … and ${e.details.length - 50} more\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`recoup: internal error: ${err.stack ?? err.message}\n`);
  return new AppError('INTERNAL', { message: err.message }).exitCode;
}
