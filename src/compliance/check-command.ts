/**
 * `recoup compliance check [--input FILE]`: reads a JSON array of §0.3 scenarios (docs/compliance-scenarios.md; file
 * or stdin) and prints ONLY a JSON array of decisions in the same order:
 * `{"id","allowed","reasons","citations","nextAllowedAt","warnings"}`, plus `"error"` for a
 * scenario that is `invalid_input`. Needs no database, configuration or environment.
 */
import { readInput } from '../cli/output.ts';
import { AppError } from '../platform/errors.ts';
import { checkScenarios } from './evaluate-batch.ts';

/**
 * Runs the command.
 * @throws AppError INVALID_INPUT when the input is not a JSON array (exit 2)
 */
export async function runCheckCommand(opts: { input?: string }): Promise<void> {
  const text = await readInput(opts.input);
  let raw: unknown;
  try {
    // a UTF-8 byte-order mark (Windows editors write one) is not part of the JSON
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (cause) {
    throw new AppError('INVALID_INPUT', {
      message: `${opts.input ?? 'stdin'}: not valid JSON (${(cause as Error).message}); expected an array of scenarios`,
      cause,
    });
  }
  if (!Array.isArray(raw)) {
    throw new AppError('INVALID_INPUT', { message: `${opts.input ?? 'stdin'}: expected a JSON array of scenarios, got ${raw === null ? 'null' : typeof raw}` });
  }
  process.stdout.write(JSON.stringify(checkScenarios(raw), null, 2) + '\n');
}
