/**
 * `compliance-gate`: decisions per second of the pure `decideContact` on realistic scenarios
 * (30 history events per debtor across calls, conversations, texts, emails and letters, two or
 * three debts, several zones), pre-parsed once as the database-backed gate will pass them.
 * Targets (issue 3): ≥ 200,000 decisions/s in-process and p99 ≤ 1 ms per decision.
 */
import { cpus, loadavg } from 'node:os';
import { quantile, type Benchmark } from '../platform/bench.ts';
import { decideContact } from './evaluate.ts';
import { resolvePack, type RulePack } from './rules/packs.ts';
import type { Scenario } from './scenario.ts';
import { parseScenario } from './scenario-parse.ts';
import { rawScenario, type Raw } from './scenario-fixtures.ts';

const regimes = ['US_REG_F', 'US_REG_F', 'US_REG_F', 'UK_CONC', 'CN_NIFA'] as const;
const usZones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
const kinds = ['call_attempt', 'call_attempt', 'call_attempt', 'voicemail', 'conversation', 'sms', 'email', 'letter'] as const;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function history(r: () => number, end: number, debts: string[]): Raw[] {
  return Array.from({ length: 30 }, () => {
    const kind = kinds[Math.floor(r() * kinds.length)];
    const channel = kind === 'sms' || kind === 'email' || kind === 'letter' ? kind : 'phone';
    return {
      at: new Date(end - Math.floor(r() * 30 * 86_400_000)).toISOString(),
      channel,
      kind,
      debtId: debts[Math.floor(r() * debts.length)],
      party: r() < 0.9 ? 'debtor' : 'third_party',
      thirdPartyId: 'tp1',
      to: '+12125550100',
      connected: r() > 0.1,
      direction: r() < 0.15 ? 'inbound' : 'outbound',
    };
  });
}

function scenario(i: number): Raw {
  const r = rng(i + 1);
  const regime = regimes[i % regimes.length];
  const end = Date.UTC(2026, 2, 1) + Math.floor(r() * 300) * 86_400_000 + Math.floor(r() * 86_400_000);
  const debts = r() < 0.5 ? ['d1', 'd2'] : ['d1', 'd2', 'd3'];
  const zone = regime === 'US_REG_F' ? usZones[i % usZones.length] : undefined;
  const withText = r() < 0.2;
  return rawScenario(regime, {
    id: `b${i}`,
    debtor: zone ? { timezone: zone, knownTimezones: [zone, usZones[(i + 1) % usZones.length]] } : {},
    debts: debts.map((id) => ({ id, creditorType: 'bank' })),
    history: history(r, end, debts),
    proposed: {
      at: new Date(end + 3_600_000).toISOString(),
      debtId: 'd1',
      channel: withText ? 'sms' : 'phone',
      to: '+12125550100',
      numberType: 'mobile',
      ...(withText ? { content: 'This is Acme Services, a debt collector. Please call 1-800-555-1212. Reply STOP to opt out.' } : {}),
    },
  });
}

/** Pre-parsed scenarios and their packs. */
export function prepare(n: number): { s: Scenario; pack: RulePack }[] {
  const packs = { US_REG_F: resolvePack('US_REG_F'), UK_CONC: resolvePack('UK_CONC'), CN_NIFA: resolvePack('CN_NIFA') };
  return Array.from({ length: n }, (_, i) => {
    const p = parseScenario(scenario(i));
    if (!p.ok) throw new Error(p.error);
    return { s: p.scenario, pack: packs[p.scenario.regime] };
  });
}

/**
 * Decisions per second over `rounds` passes, each pass timed on its own by the CPU time of this
 * process: the median pass (typical) and the best pass (least disturbed by other processes on
 * a shared machine), plus the whole loop by wall time.
 */
function throughput(items: { s: Scenario; pack: RulePack }[], rounds: number): { median: number; best: number; wall: number } {
  const perPass: number[] = [];
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < rounds; k++) {
    const c0 = process.cpuUsage();
    for (const it of items) decideContact(it.s, it.pack);
    const c = process.cpuUsage(c0);
    perPass.push(items.length / ((c.user + c.system) / 1e6));
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  perPass.sort((x, y) => x - y);
  return { median: perPass[Math.floor(perPass.length / 2)], best: perPass[perPass.length - 1], wall: (rounds * items.length) / wall };
}

export const benchmark: Benchmark = {
  name: 'compliance-gate',
  description: 'pure decideContact on realistic scenarios (30 events per debtor), decisions/s and p99 latency',
  run: async ({ log }) => {
    // 256 scenarios rotate in the hot loop: the database gate decides a history it has just read,
    // so its data is in cache; the 4,000-scenario pass below measures the cold-cache case.
    const items = prepare(256);
    const cold = prepare(4000);
    let blocked = 0;
    for (const it of items) if (!decideContact(it.s, it.pack).allowed) blocked++; // warm-up (JIT, zone tables)
    for (let k = 0; k < 5; k++) for (const it of items) decideContact(it.s, it.pack);
    const load = loadavg()[0];
    log(`${items.length} hot + ${cold.length} cold scenarios, ${Math.round((100 * blocked) / items.length)} % blocked, load average ${load.toFixed(1)} on ${cpus().length} cores`);
    const all = throughput(items, 400);
    for (const it of cold) decideContact(it.s, it.pack);
    const coldRun = throughput(cold, 25);
    const lat = new Float64Array(items.length * 5);
    for (let k = 0; k < 5; k++) {
      for (let i = 0; i < items.length; i++) {
        const a = process.hrtime.bigint();
        decideContact(items[i].s, items[i].pack);
        lat[k * items.length + i] = Number(process.hrtime.bigint() - a) / 1e6;
      }
    }
    const noText = throughput(items.filter((it) => !it.s.proposed.content), 400);
    const contended = `load average ${load.toFixed(1)} on ${cpus().length} cores during the run (other work shares the CPUs; wall time includes waiting for a core)`;
    return {
      decisionsPerSecond: {
        value: all.median,
        unit: 'decisions/s',
        target: { op: '>=', value: 200_000 },
        note: `median of 400 passes over 256 scenarios, one thread, per CPU-second of this process; 20 % of proposals carry a text (guard verdicts memoised per text); ${contended}`,
      },
      decisionsPerSecondBestPass: { value: all.best, unit: 'decisions/s', note: 'the least disturbed of the 400 passes' },
      decisionsPerSecondColdCache: { value: coldRun.median, unit: 'decisions/s', note: '4,000 scenarios (about 120,000 events) rotating, median of 25 passes, per CPU-second' },
      decisionsPerSecondWall: { value: all.wall, unit: 'decisions/s', note: `the same loop by wall-clock time; ${contended}` },
      p99LatencyMs: { value: quantile(lat, 0.99), unit: 'ms', target: { op: '<=', value: 1 }, note: 'wall time per decision, including preemption' },
      p50LatencyMs: { value: quantile(lat, 0.5), unit: 'ms' },
      decisionsPerSecondWithoutText: { value: noText.median, unit: 'decisions/s', note: 'calls without a script, per CPU-second' },
      blockedShare: { value: blocked / items.length, unit: 'ratio' },
    };
  },
};
