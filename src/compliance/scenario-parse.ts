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
const CN_CREDITOR_TYPES = ['bank', 'consumer_finance_company'];

function rawId(raw: unknown): string | number | null {
  if (raw && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

type RawRequired = { debtor?: { flags?: unknown }; debts?: unknown[]; proposed?: { debtId?: unknown } };

/** The five debtor flags §0.3 says are always present, with the type each must have. */
const REQUIRED_FLAGS: [string, string][] = [
  ['ceaseCommunication', 'boolean'], ['attorneyRepresented', 'boolean'], ['disputed', 'boolean'], ['bankruptcy', 'boolean'], ['electronicOptOut', 'array'],
];

/**
 * What §0.3 says every scenario has, checked on the raw input (the schema fills defaults):
 * the five debtor flags, at least one debt, and the debt the proposal is about. A record that
 * lost its hold flags must not read as "no hold" and be approved for contact (fail closed).
 */
function requiredParts(raw: RawRequired): string[] {
  const problems: string[] = [];
  const flags = raw.debtor?.flags;
  if (flags === undefined || flags === null || typeof flags !== 'object') {
    problems.push(`debtor.flags: required (object with ${REQUIRED_FLAGS.map(([k]) => k).join(', ')}) but missing`);
  } else {
    for (const [key, type] of REQUIRED_FLAGS) {
      if (!(key in flags)) problems.push(`debtor.flags.${key}: required (${type}) but missing`);
    }
  }
  if (!Array.isArray(raw.debts) || raw.debts.length === 0) problems.push(`debts: required (a non-empty array of debts) but ${Array.isArray(raw.debts) ? 'empty' : 'missing'}`);
  if (raw.proposed?.debtId === undefined) problems.push('proposed.debtId: required (string) but missing');
  return problems;
}

type RawRefs = { regime?: unknown; debts?: { id?: unknown; creditorType?: unknown }[]; history?: { debtId?: unknown; discussedDebtIds?: unknown[] }[]; proposed?: { debtId?: unknown; discussedDebtIds?: unknown[] } };

/**
 * References between parts of a scenario that parsed: debt ids are unique, and every debt
 * id named by the proposal or a history event is one of `debts` (when debts are listed).
 * Read from the raw input, whose indices are the caller's (parsing sorts the history).
 */
function crossCheck(raw: RawRefs): string[] {
  const debts = raw.debts ?? [];
  if (debts.length === 0) return [];
  const problems: string[] = [];
  // China's daily caps depend on the creditor type (§0.3: bank, consumer_finance_company): an unknown one cannot be decided
  if (raw.regime === 'CN_NIFA') {
    debts.forEach((d, i) => {
      const t = typeof d.creditorType === 'string' ? d.creditorType.trim().toLowerCase() : d.creditorType;
      if (t !== undefined && !CN_CREDITOR_TYPES.includes(t as string)) {
        problems.push(`debts[${i}].creditorType: unknown creditor type ${JSON.stringify(d.creditorType)} (one of ${CN_CREDITOR_TYPES.join(', ')})`);
      }
    });
  }
  const first = new Map<string, number>();
  debts.forEach((d, i) => {
    const id = String(d.id);
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else problems.push(`debts[${i}].id: duplicate debt id ${JSON.stringify(id)} (also debts[${seen}])`);
  });
  const known = `(debts: ${[...first.keys()].join(', ')})`;
  const refer = (path: string, v: unknown): void => {
    if (v !== undefined && !first.has(String(v))) problems.push(`${path}: unknown debt ${JSON.stringify(String(v))} ${known}`);
  };
  const refersAll = (path: string, c: { debtId?: unknown; discussedDebtIds?: unknown[] } | undefined): void => {
    refer(`${path}.debtId`, c?.debtId);
    (c?.discussedDebtIds ?? []).forEach((v, j) => refer(`${path}.discussedDebtIds[${j}]`, v));
  };
  // Only the proposal must name a listed debt: a history event may concern a debt the
  // scenario does not describe (an earlier or another creditor's debt); it still counts
  // toward that debt's caps.
  refersAll('proposed', raw.proposed);
  return problems;
}

function joinProblems(problems: string[]): string {
  const shown = problems.slice(0, MAX_ISSUES);
  if (problems.length > MAX_ISSUES) shown.push(`… and ${problems.length - MAX_ISSUES} more`);
  return shown.join('; ');
}

/** "Invalid input: expected string, received undefined" says that a field is missing: say so. */
function issueText(message: string): string {
  const m = /^Invalid input: expected (\w+), received undefined$/.exec(message);
  return m ? `required (${m[1]}) but missing` : message;
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
    return { ok: false, id, error: joinProblems(r.error.issues.map((i) => `${formatPath(i.path)}: ${issueText(i.message)}`)) };
  }
  // the schema accepted it, so it is an object with these parts
  const problems = [...requiredParts(raw as RawRequired), ...crossCheck(raw as RawRefs)];
  if (problems.length > 0) return { ok: false, id, error: joinProblems(problems) };
  return { ok: true, scenario: r.data };
}
