/**
 * `npm run bench -- demo-generate`: how fast the demo generator writes a portfolio (the
 * first `npm start` generates and imports 10,000 accounts within 15 s, so generation
 * must take well under 2 s), its throughput at 100,000 accounts, and that memory stays
 * flat as the portfolio grows (rows stream to disk).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quantile, timeMs, type Benchmark } from '../platform/bench.ts';
import { generatePortfolio } from './generate-portfolio.ts';

export const benchmark: Benchmark = {
  name: 'demo-generate',
  description: 'demo portfolio generator: 10,000 accounts wall time, 100,000 accounts throughput and memory',
  run: async ({ log }) => {
    const dir = mkdtempSync(join(tmpdir(), 'recoup-demo-bench-'));
    try {
      const gen = (accounts: number, seed: number) => generatePortfolio({ accounts, seed, asOf: '2026-11-22', outDir: join(dir, String(seed)) });
      await gen(2000, 0);
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const c0 = process.cpuUsage();
        times.push(await timeMs(() => gen(10_000, i)));
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }
      log(`10k runs (ms): ${times.map((t) => Math.round(t)).join(', ')}; cpu (ms): ${cpu.map((t) => Math.round(t)).join(', ')}`);
      global.gc?.();
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const t0 = process.hrtime.bigint();
      const s = await generatePortfolio({
        accounts: 100_000, seed: 99, asOf: '2026-11-22', outDir: join(dir, 'big'),
        onProgress: () => {
          peak = Math.max(peak, process.memoryUsage().rss);
        },
      });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const rows = Object.values(s.files).reduce((x, f) => x + f.rows, 0);
      log(`100k accounts: ${Math.round(ms)} ms, ${rows} rows written`);
      return {
        generate10kMs: { value: Math.round(quantile(times, 0.5)), unit: 'ms', target: { op: '<=', value: 2000 }, note: 'wall clock, median of 5 runs, 10,000 accounts, all files' },
        generate10kCpuMs: { value: Math.round(quantile(cpu, 0.5)), unit: 'ms', note: 'CPU time (user + system) of the same runs: unaffected by other processes on the machine' },
        accountsPerSecond100k: { value: Math.round(100_000 / (ms / 1000)), unit: 'accounts/s' },
        rowsPerSecond100k: { value: Math.round(rows / (ms / 1000)), unit: 'rows/s', note: 'all CSV rows of all files' },
        rssGrowth100kMiB: { value: Math.round(((peak - rssBefore) / 2 ** 20) * 10) / 10, unit: 'MiB', note: 'peak RSS growth while writing 100,000 accounts (streaming: should stay small)' },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
