// `npm test`: every check CI runs, cheapest first, then one plain summary line for CI:
// "N passed, N failed" summing every suite. Each non-test check (lint, types, build) counts as one.
// A skipped, focused-away or todo test counts as failed: a test that does not run proves nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.ci/reports';
mkdirSync(REPORTS, { recursive: true });
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const bin = (name) => `node_modules/.bin/${name}`;

/** Runs a command with its output shown; true when it exits 0. */
function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  return ok;
}

/** Counts from a Vitest JSON report; a missing report (a crash) is one failure. */
function vitestCounts(label, report, exitedOk) {
  if (!existsSync(report)) return { label, passed: 0, failed: 1, note: 'no report (crashed?)' };
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const notRun = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  const failed = r.numFailedTests + notRun + (exitedOk || r.numFailedTests > 0 ? 0 : 1);
  const note = notRun ? `${notRun} skipped or todo` : exitedOk ? '' : 'runner failed';
  return { label, passed: r.numPassedTests, failed, note };
}

function vitest(label, configArgs, report) {
  rmSync(report, { force: true });
  const ok = run(label, bin('vitest'), [
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  return vitestCounts(label, report, ok);
}

const check = (label, ok) => ({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, note: '' });
const results = [];

results.push(
  check('format + lint + import arrows', run('lint', bin('biome'), ['ci', '--colors=off', '.'])),
);
const typeConfigs = ['core', 'app', 'sw', 'server'].map((c) => `tsconfig.${c}.json`);
const typesOk = [...typeConfigs, 'tsconfig.json']
  .map((config) => run(`typecheck ${config}`, bin('tsc'), ['-p', config]))
  .every(Boolean);
results.push(check('typecheck', typesOk));
// The server suite runs on PGlite always and on PostgreSQL when TEST_DATABASE_URL names a server
// (vitest.config.ts adds the server-postgres project then; bash .ci/run sets one up). Without it,
// say so plainly; in CI it is a failure, since CI must prove both engines.
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
results.push(
  vitest(
    `unit + component + server tests (${withPostgres ? 'PGlite and PostgreSQL' : 'PGlite'})`,
    [],
    `${REPORTS}/unit.json`,
  ),
);
if (!withPostgres) {
  const note =
    'not run: needs PostgreSQL (set TEST_DATABASE_URL=postgres://…, or run bash .ci/run, which sets one up)';
  console.log(`\n⚠ server tests on PostgreSQL: ${note}`);
  results.push({
    label: 'server tests on PostgreSQL',
    passed: 0,
    failed: process.env.CI ? 1 : 0,
    note,
  });
}
const productionBuilt = run('build', bin('vite'), ['build']);
results.push(check('build', productionBuilt));
if (productionBuilt) {
  results.push(check('JavaScript budget', run('budget', 'node', ['scripts/bundle-budget.mjs'])));
}
// The browser tests run against the same build plus the test hooks (package.json "build:test"),
// which the production build above leaves out.
const built = run('build for the browser tests', 'npm', ['run', 'build:test']);
results.push(check('build for the browser tests', built));
// The browser suite runs two files at a time (vitest.e2e.config.ts), except these, which run
// alone afterwards. Fault row 15 (a new service worker while sends are in flight): on a loaded
// machine Chromium keeps the new worker waiting after "Reload to update" for over a minute (5 of
// 7 runs beside the 1,000-application drain in stop 13, rarely alone). Instrumented (stop 13):
// the waiting worker got the message and called skipWaiting(); the old worker had no event in
// flight, and had been started 0.2 s later. With Chromium's speculative warm-up of service
// workers (on links under the pointer) turned off, 3 of 3 passed: a worker warming up counts as
// work, so the activation check fails, and Chromium checks again only when the old worker reports
// idle or after 5 min.
// Fault rows 8 and 9 (two tabs and the worker sending) run alone too: under load row 9 saw its key
// posted twice (stops 12 and 15). Found in stop 16: the second tab's Submit, landing while the
// first tab's attempt was in flight, queued the application again (fixed in the store).
const E2E_ALONE = ['e2e/fault-worker.e2e.ts', 'e2e/fault-tabs.e2e.ts'];
if (built) {
  const config = ['-c', 'vitest.e2e.config.ts'];
  results.push(
    vitest(
      'browser tests (Chromium), two files at a time',
      [...config, ...E2E_ALONE.flatMap((file) => ['--exclude', file])],
      `${REPORTS}/e2e.json`,
    ),
    vitest(
      'browser tests (Chromium), alone',
      [...config, '--maxWorkers=1', ...E2E_ALONE],
      `${REPORTS}/e2e-alone.json`,
    ),
  );
} else {
  results.push({
    label: 'browser tests (Chromium)',
    passed: 0,
    failed: 1,
    note: 'not run: no build',
  });
}

console.log('\nSummary');
for (const r of results) {
  console.log(
    `  ${r.failed ? '✘' : r.passed ? '✔' : '–'} ${r.label}: ${r.passed} passed, ${r.failed} failed ${r.note}`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
