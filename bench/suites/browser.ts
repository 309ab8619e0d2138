// Browser figures (issue 8), in headless Chromium with the CPU slowed 4× as Lighthouse's mobile
// profile does, against the built app served by the real server:
// - offline warm start: a reload with no network, served by the service worker, until the first
//   screen is painted (with issue 7, the PIN screen: a reload drops the data key); first
//   contentful paint beside it;
// - a field change durable in IndexedDB: a key typed in a wizard field until the read-write
//   transaction that saves it completes;
// - the list of 5,000 stored applications: from the click on "Home" until its first row is painted
//   (and, without a budget, reopening the app with that list stored: its first screen painted);
// - Lighthouse mobile scores of the first screen.
import { waitForServiceWorkerControl } from '../../e2e/support/browser';
import { PRODUCTION_BUILD_DIR, ServerProcess } from '../../e2e/support/server';
import {
  clickAndTime,
  firstContentfulPaint,
  navigateAndWaitForMark,
  type PageProbe,
  readProbe,
  waitForCommitAfterLastInput,
} from '../browser/instrument';
import { LIGHTHOUSE_CATEGORIES, type LighthouseScores, lighthouse } from '../browser/lighthouse';
import { seedApplications, waitForAdoption } from '../browser/seed';
import { type BenchSession, buildOnce, openSession } from '../browser/session';
import { type Figure, figure, type Suite } from '../harness';

const WARM_START_BUDGET_MS = 300;
const FIELD_DURABLE_BUDGET_MS = 50;
const LIST_BUDGET_MS = 200;
const LIGHTHOUSE_MIN_SCORE = 95;
const LIST_SIZE = 5000;
const WARM_STARTS = 10;
// A p95 of 30 keys was their second slowest, and one build read 35.6 and 49.6 ms in two runs
// minutes apart; Lighthouse's score of one build spread from 90 to 98 over five runs in an hour.
const KEYSTROKES = 60;
const LIST_RUNS = 7;
const LIGHTHOUSE_RUNS = 5;
const WARMUP = 1;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

async function warmStart(s: BenchSession): Promise<Figure[]> {
  const { page, context } = s.browser;
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const screen: number[] = [];
  const fcp: number[] = [];
  for (let i = -WARMUP; i < WARM_STARTS; i++) {
    // Set before the navigation: the slowdown stays with the page's renderer across a reload.
    await s.throttle();
    const painted = await navigateAndWaitForMark(page, 'firstScreenPaint', () => page.reload());
    const contentful = await firstContentfulPaint(page);
    await s.throttle(1);
    if (i < 0) continue;
    screen.push(painted);
    fcp.push(contentful);
  }
  return [
    figure('offline warm start: first screen painted', 'ms', sorted(screen), 1, {
      max: WARM_START_BUDGET_MS,
    }),
    figure('offline warm start: first contentful paint', 'ms', sorted(fcp), 1, {
      max: WARM_START_BUDGET_MS,
    }),
  ];
}

async function fieldChange(s: BenchSession): Promise<Figure[]> {
  const { page } = s.browser;
  await s.assist.goto(`${s.server.url}/`);
  await page.locator('#list-heading').waitFor();
  await page.getByRole('button', { name: 'Start a new application' }).click();
  const field = page.locator('#f-authorization-givenBy');
  await field.waitFor();
  await field.focus();
  await s.throttle();
  const latencies: number[] = [];
  const text = 'Ana Maria Diaz de la Cruz Silva Oliveira';
  for (let i = -WARMUP; i < KEYSTROKES; i++) {
    await page.keyboard.type(text[(i + WARMUP) % text.length] ?? 'a');
    // Not merely the next commit: another write (the vault, a watch's bookkeeping) may land first.
    await waitForCommitAfterLastInput(page);
    const probe: PageProbe = await readProbe(page);
    const input = probe.inputs.at(-1);
    const commit = probe.commits.find((t) => input !== undefined && t >= input);
    if (input === undefined || commit === undefined) throw new Error('no input or no commit seen');
    if (i >= 0) latencies.push(commit - input);
  }
  await s.throttle(1);
  return [
    figure('field change durable in IndexedDB', 'ms', sorted(latencies), 1, {
      max: FIELD_DURABLE_BUDGET_MS,
      at: 'p95',
    }),
  ];
}

async function bigList(s: BenchSession): Promise<Figure[]> {
  const { page } = s.browser;
  const stored = await seedApplications(page, LIST_SIZE);
  const open: number[] = [];
  const home: number[] = [];
  for (let i = -WARMUP; i < LIST_RUNS; i++) {
    await s.throttle();
    const painted = await navigateAndWaitForMark(page, 'firstScreenPaint', () =>
      page.goto(`${s.server.url}/`),
    );
    // The PIN is typed at full speed: PBKDF2's 600,000 rounds are the lock's cost, not the list's.
    await s.throttle(1);
    await s.assist.unlockIfLocked();
    await page.locator('#list-heading').waitFor();
    if (i < 0) await waitForAdoption(page);
    await s.throttle();
    await page.locator('a[href="/languages"]').first().click();
    await page.locator('#list-heading').waitFor({ state: 'detached' });
    const click = await clickAndTime(page, '.app-nav a[href="/"]', 'li[data-application-id]');
    await s.throttle(1);
    if (i < 0) continue;
    open.push(painted);
    home.push(click);
  }
  return [
    figure(`list of ${stored}: Home to first row painted`, 'ms', sorted(home), 1, {
      max: LIST_BUDGET_MS,
    }),
    figure(`reopening with ${stored} stored: first screen (PIN) painted`, 'ms', sorted(open), 1),
  ];
}

async function lighthouseScores(url: string): Promise<Figure[]> {
  const runs: LighthouseScores[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouse(url));
  return LIGHTHOUSE_CATEGORIES.map((category) => {
    // A score is better high: its "p95" is the low end, as for a rate (bench/harness.ts).
    const scores = runs.map((r) => r[category]).sort((a, b) => b - a);
    return figure(`Lighthouse mobile ${category}`, 'score', scores, 1, {
      min: LIGHTHOUSE_MIN_SCORE,
    });
  });
}

/**
 * `BENCH_BROWSER=warm-start npm run bench -- browser` runs only the warm start (a quick before and
 * after while working on it); results.json then holds only those figures for this suite.
 */
const ONLY_WARM_START = process.env.BENCH_BROWSER === 'warm-start';

export const suite: Suite = {
  name: 'browser (headless Chromium, CPU 4× slower)',
  async run() {
    const s = await openSession();
    let figures: Figure[];
    try {
      if (ONLY_WARM_START) return await warmStart(s);
      figures = [...(await warmStart(s)), ...(await fieldChange(s)), ...(await bigList(s))];
    } finally {
      await s.close();
    }
    // Lighthouse last, on a server of its own with the session's Chromium closed: run beside it
    // (its page open on the list of 5,000), the two browsers shared 2 cores and Lighthouse read
    // 92 where it read 94-99 alone (2026-12-03, same build).
    // The production build: what users load (the same code, without the test hooks' chunk).
    buildOnce('production');
    const server = await ServerProcess.start({ staticDir: PRODUCTION_BUILD_DIR });
    try {
      figures.push(...(await lighthouseScores(server.url)));
    } finally {
      await server.dispose();
    }
    return figures;
  },
};
