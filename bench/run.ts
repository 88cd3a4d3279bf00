/**
 * `npm run bench [-- NAME ...]`: discovers `src/**\/*.bench.ts`, runs the named ones (all by
 * default) one after another and writes `bench/results/NAME.json`. Prints a summary table
 * to stderr and the list of result files to stdout. Exits 0 even when a target is missed:
 * a missed target is a finding to report, not a crash.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { judge, machine, type BenchResult, type Benchmark } from '../src/platform/bench.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function findBenches(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await findBenches(p)));
    else if (e.name.endsWith('.bench.ts')) out.push(p);
  }
  return out;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const benches: Benchmark[] = [];
  for (const f of (await findBenches(join(root, 'src'))).sort()) {
    const mod = (await import(pathToFileURL(f).href)) as { benchmark?: Benchmark };
    if (mod.benchmark) benches.push(mod.benchmark);
  }
  const unknown = wanted.filter((w) => !benches.some((b) => b.name === w));
  if (unknown.length) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${benches.map((b) => b.name).join(', ')}\n`);
    process.exit(2);
  }
  const chosen = wanted.length ? benches.filter((b) => wanted.includes(b.name)) : benches;
  await mkdir(join(root, 'bench', 'results'), { recursive: true });
  for (const b of chosen) {
    process.stderr.write(`\n== ${b.name}: ${b.description}\n`);
    const log = (m: string) => process.stderr.write(`  ${m}\n`);
    const metrics = await b.run({ log });
    const result: BenchResult = { name: b.name, at: new Date().toISOString(), machine: machine(), metrics: {} };
    for (const [k, m] of Object.entries(metrics)) result.metrics[k] = judge(m);
    const file = join(root, 'bench', 'results', `${b.name}.json`);
    await writeFile(file, JSON.stringify(result, null, 2) + '\n');
    for (const [k, m] of Object.entries(result.metrics)) {
      const target = m.target ? ` (target ${m.target.op} ${m.target.value}: ${m.met ? 'met' : 'MISSED'})` : '';
      const ratio = m.ratio !== undefined ? ` ratio ${m.ratio.toFixed(2)}× vs ${m.peer?.name}` : '';
      process.stderr.write(`  ${k}: ${round(m.value)} ${m.unit}${target}${ratio}\n`);
    }
    process.stdout.write(file + '\n');
  }
}

function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(4);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack}\n`);
  process.exit(1);
});
