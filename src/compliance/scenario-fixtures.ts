/**
 * Builders of raw RULES.md §0.3 scenarios for tests and the benchmark: a minimal valid
 * scenario per regime, with whatever the caller overrides, decided through the real parser.
 */
import { decideContact, type ContactDecision } from './evaluate.ts';
import { resolvePack, type PackOverlay } from './rules/packs.ts';
import { parseScenario } from './scenario-parse.ts';

/** A raw JSON-like object. */
export type Raw = Record<string, unknown>;

const zones = { US_REG_F: 'America/New_York', UK_CONC: 'Europe/London', CN_NIFA: 'Asia/Shanghai' } as const;
/** Default proposal times: Wed 2026-06-10 at local noon (EDT, BST, CST). */
const noon = { US_REG_F: '2026-06-10T16:00:00Z', UK_CONC: '2026-06-10T11:00:00Z', CN_NIFA: '2026-06-10T04:00:00Z' } as const;

/** A minimal valid raw scenario of a regime; `over` replaces top-level keys, `debtor`/`flags`/`proposed` are merged. */
export function rawScenario(regime: keyof typeof zones, over: { debtor?: Raw; flags?: Raw; proposed?: Raw; debts?: Raw[]; history?: Raw[]; collector?: Raw; id?: string } = {}): Raw {
  const debtor = over.debtor ?? {};
  return {
    id: over.id ?? 't',
    regime,
    debtor: {
      timezone: zones[regime],
      knownTimezones: [(debtor.timezone as string | undefined) ?? zones[regime]],
      ...debtor,
      flags: { ceaseCommunication: false, attorneyRepresented: false, disputed: false, bankruptcy: false, electronicOptOut: [], ...(over.flags ?? {}) },
    },
    debts: over.debts ?? [{ id: 'd1', creditorType: 'bank' }],
    history: over.history ?? [],
    proposed: { channel: 'phone', debtId: 'd1', party: 'debtor', at: noon[regime], ...(over.proposed ?? {}) },
    ...(over.collector ? { collector: over.collector } : {}),
  };
}

/** Parses and decides a raw scenario with the default pack (or with overlays). */
export function decideRaw(raw: Raw, overlays?: (string | PackOverlay)[]): ContactDecision {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(`fixture invalid: ${parsed.error}`);
  return decideContact(parsed.scenario, resolvePack(parsed.scenario.regime, undefined, overlays));
}

/** A history call event (outbound phone call attempt by default). */
export function call(at: string, over: Raw = {}): Raw {
  return { at, channel: 'phone', kind: 'call_attempt', debtId: 'd1', party: 'debtor', ...over };
}
