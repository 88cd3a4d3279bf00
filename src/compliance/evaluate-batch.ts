/**
 * Decides a batch of raw scenarios as `recoup compliance check` reports them: each scenario
 * is parsed on its own, so one bad scenario yields `invalid_input` for that scenario only,
 * and an unexpected failure also fails closed (never a silent "allowed").
 */
import { decideContact } from './evaluate.ts';
import { resolvePack } from './rules/packs.ts';
import { parseScenario } from './scenario-parse.ts';

/** One line of the check command's output. */
export type CheckResult = {
  id: string | number | null;
  allowed: boolean;
  reasons: string[];
  citations: string[];
  nextAllowedAt: string | null;
  warnings: string[];
  error?: string;
};

function invalid(id: string | number | null, error: string): CheckResult {
  return { id, allowed: false, reasons: ['invalid_input'], citations: [], nextAllowedAt: null, warnings: [], error };
}

/** Decides each raw scenario with the default pack of its regime. */
export function checkScenarios(raw: unknown[]): CheckResult[] {
  return raw.map((item, i) => {
    const parsed = parseScenario(item);
    // a scenario without an id is named by its place in the array
    if (!parsed.ok) return invalid(parsed.id, parsed.id === null ? `scenario [${i}]: ${parsed.error.replace(/^\(scenario\): /, '')}` : parsed.error);
    const s = parsed.scenario;
    const id = typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'number' ? item.id : s.id;
    try {
      const d = decideContact(s, resolvePack(s.regime));
      return { id, allowed: d.allowed, reasons: d.reasons, citations: d.citations, nextAllowedAt: d.nextAllowedAt, warnings: d.warnings };
    } catch (e) {
      return invalid(id, `[${i}]: could not be decided (${(e as Error).message}); blocked (fail closed)`);
    }
  });
}
