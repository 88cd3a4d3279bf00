/**
 * The benchmark contract. A benchmark is a `*.bench.ts` file under `src/` exporting
 * `benchmark: Benchmark`. `npm run bench` runs all, `npm run bench -- NAME` one; each
 * writes `bench/results/NAME.json` in the form below. A missed target is reported as
 * missed (`met: false`), never re-targeted.
 */
import { cpus, totalmem } from 'node:os';

export type Metric = {
  value: number;
  unit: string;
  /** The bar the issue names, e.g. `{ op: '>=', value: 100000 }`. */
  target?: { op: '>=' | '<='; value: number };
  /** The same measurement of the named peer, in the same run. */
  peer?: { name: string; value: number } | { name: string; missing: string };
  /** ours / peer (or peer / ours for "lower is better" units); > 1 means we are better. */
  ratio?: number;
  /** Whether the target is met (absent when there is no target). */
  met?: boolean;
  note?: string;
};

export type BenchResult = {
  name: string;
  at: string;
  machine: { cpus: number; memGiB: number; node: string; cpuModel: string };
  metrics: Record<string, Metric>;
};

export type Benchmark = {
  name: string;
  description: string;
  /** Runs the measurement; log progress to stderr via `log`. */
  run: (ctx: { log: (m: string) => void }) => Promise<Record<string, Metric>>;
};

/** Fills `met` from the target. */
export function judge(metric: Metric): Metric {
  if (!metric.target) return metric;
  const met = metric.target.op === '>=' ? metric.value >= metric.target.value : metric.value <= metric.target.value;
  return { ...metric, met };
}

/** Describes this machine for the result file. */
export function machine(): BenchResult['machine'] {
  return {
    cpus: cpus().length,
    memGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    cpuModel: cpus()[0]?.model ?? 'unknown',
  };
}

/** Times an async function once, in milliseconds. */
export async function timeMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The q-quantile (0..1) of a numeric sample (sorts a copy). */
export function quantile(sample: ArrayLike<number>, q: number): number {
  const s = Float64Array.from(sample).sort();
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
