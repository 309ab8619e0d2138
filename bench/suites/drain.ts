// Outbox drain speed (issue 4): how long a tablet takes to send a backlog of 1,000 queued
// applications to the local reference server, in real Chromium with the real service worker,
// store and sender — cleanly, and with 10% of requests faulted by the server's fault mode. Figures
// are printed, never asserted. A fresh browser profile (a fresh device) per run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM } from '../../e2e/support/browser';
import { FaultControl } from '../../e2e/support/faults';
import { ServerProcess } from '../../e2e/support/server';
import { openSession, textNow } from '../../e2e/support/session';
import type { FaultScriptInput } from '../../server/src/faults';
import { type Figure, figure, type Suite } from '../harness';

const ROOT = resolve(import.meta.dirname, '..', '..');
const COUNT = 1000;
/** Runs per figure; `BENCH_DRAIN_RUNS` changes it (each faulted run takes minutes). */
const RUNS = Number(process.env.BENCH_DRAIN_RUNS ?? 3);
const FAULT_RATE = 0.1;
/** Issue 8's budgets, in seconds: clean, and with FAULT_RATE of requests faulted. */
const CLEAN_BUDGET_S = 20;
const FAULTED_BUDGET_S = 40;
/** An upper bound, not a budget: a faulted drain waits a backoff after each fault. */
const DRAIN_LIMIT_MS = 15 * 60 * 1000;

/** What a flaky network and a struggling exchange do, one of these to each faulted request. */
const FAULT_MIX: FaultScriptInput = {
  random: {
    rate: FAULT_RATE,
    seed: 42,
    actions: [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503, retryAfter: '1' },
      { kind: 'drop', when: 'before_commit' },
      { kind: 'drop', when: 'after_commit' },
      { kind: 'portal' },
    ],
  },
};

/** Milliseconds from the network coming back to "All applications sent", for one fresh device. */
async function drainOnce(server: ServerProcess, faults: FaultControl, script: FaultScriptInput) {
  const s = await openSession(server);
  try {
    await s.browser.context.setOffline(true);
    await s.hooks.seedQueued(COUNT, 'Bench', 250);
    await faults.script(script);
    const started = performance.now();
    await s.browser.context.setOffline(false);
    const deadline = Date.now() + DRAIN_LIMIT_MS;
    while ((await textNow(s.app.status)) !== 'Online · All applications sent') {
      if (Date.now() > deadline) throw new Error('drain did not finish');
      await new Promise((r) => setTimeout(r, 100));
    }
    const ms = performance.now() - started;
    const rows = await faults.rows({ device: await s.hooks.deviceId() });
    if (rows.length !== COUNT) throw new Error(`expected ${COUNT} rows, found ${rows.length}`);
    const faulted = (await faults.log()).filter((e) => e.fault !== null).length;
    return { ms, faulted };
  } finally {
    await s.browser.close();
  }
}

export const suite: Suite = {
  name: 'drain',
  async run(): Promise<Figure[]> {
    if (!existsSync(CHROMIUM)) {
      console.log(`  (drain: skipped, no Chromium at ${CHROMIUM})`);
      return [];
    }
    // Always the current code: a stale dist-test/ would measure an older app.
    const built = spawnSync('npm', ['run', 'build:test'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    if (built.status !== 0) throw new Error('drain: npm run build:test failed');
    const server = await ServerProcess.start({ faults: true });
    const faults = new FaultControl(server.url);
    try {
      const clean: number[] = [];
      const faulty: number[] = [];
      let injected = 0;
      for (let i = 0; i < RUNS; i += 1) clean.push((await drainOnce(server, faults, {})).ms);
      for (let i = 0; i < RUNS; i += 1) {
        const run = await drainOnce(server, faults, FAULT_MIX);
        faulty.push(run.ms);
        injected += run.faulted;
      }
      const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
      const perApp = (xs: number[]) => sorted(xs.map((ms) => ms / COUNT));
      console.log(
        `  (drain: ${(injected / RUNS).toFixed(1)} faults injected per faulted run, on average)`,
      );
      return [
        figure(`drain ${COUNT} queued applications`, 's', sorted(clean), 1 / 1000, {
          max: CLEAN_BUDGET_S,
        }),
        figure('  per application', 'ms', perApp(clean), 1),
        figure(
          `drain ${COUNT}, ${FAULT_RATE * 100}% of requests faulted`,
          's',
          sorted(faulty),
          1 / 1000,
          { max: FAULTED_BUDGET_S },
        ),
        figure('  per application', 'ms', perApp(faulty), 1),
      ];
    } finally {
      await server.dispose();
    }
  },
};
