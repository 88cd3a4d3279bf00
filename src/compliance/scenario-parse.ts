/**
 * Turns one raw scenario (parsed JSON) into a `Scenario`, or into its located problems
 * `"<path>: <what>"` joined by `; ` (e.g. `history[3].at: "2026-03-08T10:00" has no UTC
 * offset or Z; proposed.channel: …`).
 * A bad scenario never becomes an "allowed" decision: the caller reports `invalid_input`.
 */
import { Scenario } from './scenario.ts';

/** The outcome of parsing one scenario. */
export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; id: string | number | null; error: string };

/** Formats a zod issue path as `history[3].at`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(scenario)';
}

const MAX_ISSUES = 10;

function rawId(raw: unknown): string | number | null {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

function crossCheck(s: Scenario): string | null {
  if (s.debts.length === 0) return null;
  const ids = new Set(s.debts.map((d) => d.id));
  if (s.proposed.debtId !== undefined && !ids.has(s.proposed.debtId)) {
    return `proposed.debtId: unknown debt ${JSON.stringify(s.proposed.debtId)} (debts: ${[...ids].join(', ')})`;
  }
  return null;
}

/**
 * Parses one scenario.
 * @example parseScenario(JSON.parse(text)[0])
 */
export function parseScenario(raw: unknown): ScenarioParse {
  const id = rawId(raw);
  const r = Scenario.safeParse(raw);
  if (!r.success) {
    // Every problem of the scenario at once (up to ten), each with its path: fix them in one go.
    const issues = r.error.issues;
    const shown = issues.slice(0, MAX_ISSUES).map((i) => `${formatPath(i.path)}: ${i.message}`);
    if (issues.length > MAX_ISSUES) shown.push(`… and ${issues.length - MAX_ISSUES} more`);
    return { ok: false, id, error: shown.join('; ') };
  }
  const problem = crossCheck(r.data);
  if (problem) return { ok: false, id, error: problem };
  return { ok: true, scenario: r.data };
}
