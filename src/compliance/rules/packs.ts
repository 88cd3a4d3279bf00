/**
 * Rule packs as data: one pack per regime (US_REG_F, UK_CONC, CN_NIFA) with typed parameters
 * that a compliance officer can override per portfolio, and state/local overlays that may only
 * tighten. Every decision records the pack id and version; an overridden or overlaid pack gets
 * a version suffix derived from its parameters, so two decisions with equal versions used
 * equal parameters.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../platform/errors.ts';
import type { Regime } from './reasons.ts';

/** A daily contact window in local minutes after midnight, e.g. 08:00-21:00 = 480-1260. */
export type ContactWindow = {
  startMinute: number;
  endMinute: number;
  /** RULES.md §0.5: treat the two edges (08:00 and 21:00 exactly) as blocked. Contact is allowed when start < minute < end. */
  edgesBlocked: boolean;
};

/** Every parameter a pack can carry; a pack uses the ones of its regime. */
export type PackParams = {
  /** Permitted hours at the debtor's location (US default hours, UK firm policy, CN end hour). */
  window: ContactWindow;
  /** US 1006.14(b)(2)(i)(A): counted calls per person per particular debt in `callWindowDays` (7). */
  callsPerWindow: number;
  callWindowDays: number;
  /** US 1006.14(b)(2)(i)(B): days (date of the conversation = day 1) of the post-conversation wait. */
  postConversationWaitDays: number;
  /** US 47 CFR 64.1200(a)(3)(iii): artificial/prerecorded calls per residential line per window. */
  tcpaResidentialCalls: number;
  tcpaWindowDays: number;
  /** CN GB/T 45251-2025: connected (effective) calls per debtor per day. */
  cnConnectedCallsPerDay: number;
  /** CN CBA 2026: unanswered attempts per number per day, for the creditor types listed. */
  cnUnansweredPerNumberPerDay: number;
  cnUnansweredCreditorTypes: string[];
  /** CN CBA 2026: consecutive failed attempts after which the debtor counts as unreachable (失联). */
  cnUnreachableAfterFailedAttempts: number;
  /** UK SI 2020/1311 reg 26: standard breathing space length in days. */
  breathingSpaceStandardDays: number;
};

/** A rule pack: id, version, regime and parameters. */
export type RulePack = {
  id: string;
  regime: Regime;
  version: string;
  params: PackParams;
  /** Ids of the overlays applied (in order). */
  overlays: string[];
  /** Where each overridden parameter came from, for the decision log. */
  sources: Record<string, string>;
};

/** A state or local overlay: parameters that can only be tightened. */
export type PackOverlay = {
  id: string;
  regime: Regime;
  description: string;
  citation: string;
  params: Partial<PackParams>;
};

const base: PackParams = {
  window: { startMinute: 8 * 60, endMinute: 21 * 60, edgesBlocked: true },
  callsPerWindow: 7,
  callWindowDays: 7,
  postConversationWaitDays: 7,
  tcpaResidentialCalls: 3,
  tcpaWindowDays: 30,
  cnConnectedCallsPerDay: 3,
  cnUnansweredPerNumberPerDay: 6,
  cnUnansweredCreditorTypes: ['bank'],
  cnUnreachableAfterFailedAttempts: 3,
  breathingSpaceStandardDays: 60,
};

/** The default packs (pack version = the RULES.md research date plus a revision). */
export const defaultPacks: Record<Regime, RulePack> = {
  US_REG_F: { id: 'US_REG_F', regime: 'US_REG_F', version: '2026.11.1', params: base, overlays: [], sources: {} },
  UK_CONC: { id: 'UK_CONC', regime: 'UK_CONC', version: '2026.11.1', params: base, overlays: [], sources: {} },
  CN_NIFA: {
    id: 'CN_NIFA',
    regime: 'CN_NIFA',
    version: '2026.11.1',
    params: { ...base, window: { startMinute: 8 * 60, endMinute: 22 * 60, edgesBlocked: true } },
    overlays: [],
    sources: {},
  },
};

/**
 * Example overlays. `US-MA-940CMR7` is modelled on Massachusetts 940 CMR 7.04(1)(f) (no more
 * than two telephone communications initiated per seven-day period); it is an EXAMPLE of a
 * tighter state cap, to be verified by counsel before use. `CN-NIFA-2018-21H` applies the
 * 21:00 end hour that some material attributes to NIFA's 2018 convention (RULES.md §0.5).
 */
export const exampleOverlays: Record<string, PackOverlay> = {
  'US-MA-940CMR7': {
    id: 'US-MA-940CMR7',
    regime: 'US_REG_F',
    description: 'Example state overlay: at most 2 calls per 7 days per person and debt (Massachusetts-style).',
    citation: '940 CMR 7.04(1)(f) (example overlay)',
    params: { callsPerWindow: 2 },
  },
  'CN-NIFA-2018-21H': {
    id: 'CN-NIFA-2018-21H',
    regime: 'CN_NIFA',
    description: 'Example overlay: collection window ends at 21:00 (NIFA 2018 convention reading).',
    citation: 'NIFA 2018 convention (example overlay)',
    params: { window: { startMinute: 8 * 60, endMinute: 21 * 60, edgesBlocked: true } },
  },
};

/** Where loosening a parameter means breaking the law, the direction that tightens it. */
const tighterIs: Record<Exclude<keyof PackParams, 'window' | 'cnUnansweredCreditorTypes'>, 'lower' | 'higher'> = {
  callsPerWindow: 'lower',
  callWindowDays: 'higher',
  postConversationWaitDays: 'higher',
  tcpaResidentialCalls: 'lower',
  tcpaWindowDays: 'higher',
  cnConnectedCallsPerDay: 'lower',
  cnUnansweredPerNumberPerDay: 'lower',
  cnUnreachableAfterFailedAttempts: 'higher',
  breathingSpaceStandardDays: 'higher',
};

function looseningProblems(from: PackParams, to: PackParams, allowWindowChange: boolean): string[] {
  const problems: string[] = [];
  for (const [k, dir] of Object.entries(tighterIs) as [keyof typeof tighterIs, 'lower' | 'higher'][]) {
    const a = from[k];
    const b = to[k];
    if (!Number.isInteger(b) || b < 0) problems.push(`${k}: must be a non-negative integer`);
    else if (dir === 'lower' ? b > a : b < a) problems.push(`${k}: ${b} would loosen ${a}`);
  }
  const w = to.window;
  if (!(w.startMinute >= 0 && w.endMinute <= 1440 && w.startMinute < w.endMinute)) problems.push('window: start must be before end within one day');
  if (!allowWindowChange && (w.startMinute < from.window.startMinute || w.endMinute > from.window.endMinute || (from.window.edgesBlocked && !w.edgesBlocked))) {
    problems.push('window: may only be narrowed');
  }
  for (const t of from.cnUnansweredCreditorTypes) {
    if (!to.cnUnansweredCreditorTypes.includes(t)) problems.push(`cnUnansweredCreditorTypes: may not drop ${t}`);
  }
  return problems;
}

function versionOf(pack: RulePack, params: PackParams, overlays: string[]): string {
  if (JSON.stringify(params) === JSON.stringify(pack.params) && overlays.length === 0) return pack.version;
  const h = createHash('sha256').update(JSON.stringify({ params, overlays })).digest('hex').slice(0, 10);
  return `${pack.version}+${h}`;
}

/**
 * Builds the pack for a regime with a portfolio's overrides and overlays. Statutory parameters
 * (US, CN) may only be tightened; the UK window is firm policy (CONC has no numeric hours) and
 * may be set to any valid window. Overlays may only tighten, in every regime.
 * @example resolvePack('US_REG_F', undefined, ['US-MA-940CMR7'])
 * @throws AppError INVALID_INPUT when an override or overlay loosens a rule or is unknown
 */
export function resolvePack(regime: Regime, overrides?: Partial<PackParams>, overlays?: (string | PackOverlay)[]): RulePack {
  const pack = defaultPacks[regime];
  const sources: Record<string, string> = {};
  let params: PackParams = { ...pack.params, ...(overrides ?? {}) };
  for (const k of Object.keys(overrides ?? {})) sources[k] = 'portfolio override';
  const problems = looseningProblems(pack.params, params, regime === 'UK_CONC').map((p) => `override ${p}`);
  const ids: string[] = [];
  for (const o of overlays ?? []) {
    const overlay = typeof o === 'string' ? exampleOverlays[o] : o;
    if (!overlay) {
      problems.push(`overlay ${String(o)}: unknown (known: ${Object.keys(exampleOverlays).join(', ')})`);
      continue;
    }
    if (overlay.regime !== regime) problems.push(`overlay ${overlay.id}: is for ${overlay.regime}, not ${regime}`);
    const next: PackParams = { ...params, ...overlay.params };
    problems.push(...looseningProblems(params, next, false).map((p) => `overlay ${overlay.id} ${p}`));
    for (const k of Object.keys(overlay.params)) sources[k] = overlay.citation;
    params = next;
    ids.push(overlay.id);
  }
  if (problems.length) {
    throw new AppError('INVALID_INPUT', {
      message: `rule pack ${regime}: ${problems.length} problem(s)`,
      details: problems.map((p) => ({ path: `pack.${regime}`, message: p })),
    });
  }
  return { ...pack, params, overlays: ids, sources, version: versionOf(pack, params, ids) };
}
