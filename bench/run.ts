// `npm run bench`: runs every suite in bench/suites/*.ts, prints each figure beside its budget,
// and writes bench/results.json. Figures are reported, never asserted: machines differ.
// `npm run bench -- browser screener` runs only the suites with those file names; the others keep
// their last figures in results.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Figure, Suite } from './harness';

const SUITES_DIR = fileURLToPath(new URL('./suites/', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

function budgetText(f: Figure): string {
  if (!f.budget) return 'no budget';
  const value = f.budget.at === 'p95' ? f.p95 : f.median;
  const within = 'max' in f.budget ? value <= f.budget.max : value >= f.budget.min;
  const limit = 'max' in f.budget ? `≤ ${f.budget.max}` : `≥ ${f.budget.min}`;
  const at = f.budget.at === 'p95' ? ' at p95' : '';
  return `budget ${limit} ${f.unit}${at}: ${within ? 'within' : 'OVER'}`;
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3));

type SuiteResult = { suite: string; file: string; ranAt: string; figures: Figure[] };

const wanted = process.argv.slice(2);
const all = readdirSync(SUITES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const files = wanted.length ? all.filter((f) => wanted.includes(f.replace(/\.ts$/, ''))) : all;
if (files.length === 0) {
  console.error(`no suite named ${wanted.join(', ')}; suites: ${all.join(', ')}`);
  process.exit(2);
}
const previous: SuiteResult[] = existsSync(RESULTS)
  ? ((JSON.parse(readFileSync(RESULTS, 'utf8')) as { results?: SuiteResult[] }).results ?? [])
  : [];
const results: SuiteResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(`${SUITES_DIR}${file}`).href)) as { suite: Suite };
  const figures = await mod.suite.run();
  results.push({ suite: mod.suite.name, file, ranAt: new Date().toISOString(), figures });
  console.log(`\n${mod.suite.name}`);
  for (const f of figures) {
    console.log(
      `  ${f.name.padEnd(44)} median ${fmt(f.median).padStart(9)} ${f.unit.padEnd(6)} p95 ${fmt(f.p95).padStart(9)}   (${f.samples} samples; ${budgetText(f)})`,
    );
  }
}
const machine = {
  node: process.version,
  platform: platform(),
  arch: arch(),
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
};
// Suites not run this time keep their last figures (with the time they ran), in file order.
const merged = all.flatMap((file) => {
  const fresh = results.find((r) => r.file === file);
  const kept = previous.find((r) => r.file === file);
  return fresh ? [fresh] : kept ? [kept] : [];
});
writeFileSync(RESULTS, `${JSON.stringify({ machine, results: merged }, null, 2)}\n`);
console.log(`\nwrote ${RESULTS}`);
