// Compares the offline warm start of two builds of the app on a shared, noisy machine: one session
// each (server, Chromium, signed in, PIN set, offline), reloads taken in turn, A then B, so that
// whatever else the machine runs weighs on both alike. Prints each build's median and p95 of the
// first screen painted and of first contentful paint, as bench/suites/browser.ts measures them.
//   npx tsx bench/browser/compare-warm-start.ts DIR_A DIR_B [reloads=20]
// (a build's folder: e.g. `cp -r dist /tmp/dist-after` after `npm run build`).
import { resolve } from 'node:path';
import { waitForServiceWorkerControl } from '../../e2e/support/browser';
import { quantile } from '../harness';
import { firstContentfulPaint, navigateAndWaitForMark } from './instrument';
import { type BenchSession, openSession } from './session';

const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
const reloads = Number(process.argv[4] ?? 20);
if (!dirA || !dirB) throw new Error('usage: compare-warm-start.ts DIR_A DIR_B [reloads]');

async function ready(staticDir: string): Promise<BenchSession> {
  const s = await openSession({ staticDir });
  await waitForServiceWorkerControl(s.browser.page);
  await s.browser.context.setOffline(true);
  return s;
}

async function warmStart(s: BenchSession): Promise<{ screen: number; fcp: number }> {
  const { page } = s.browser;
  await s.throttle();
  const screen = await navigateAndWaitForMark(page, 'firstScreenPaint', () => page.reload());
  const fcp = await firstContentfulPaint(page);
  await s.throttle(1);
  return { screen, fcp };
}

const sessions = [await ready(dirA), await ready(dirB)];
const runs = sessions.map(() => ({ screen: [] as number[], fcp: [] as number[] }));
try {
  for (let i = -1; i < reloads; i++) {
    for (const [k, s] of sessions.entries()) {
      const r = await warmStart(s);
      if (i < 0) continue; // one warmup each, as the bench does
      runs[k]?.screen.push(r.screen);
      runs[k]?.fcp.push(r.fcp);
    }
  }
} finally {
  for (const s of sessions) await s.close();
}
for (const [k, dir] of [dirA, dirB].entries()) {
  const { screen, fcp } = runs[k] ?? { screen: [], fcp: [] };
  const line = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${quantile(s, 0.5).toFixed(0)} p95 ${quantile(s, 0.95).toFixed(0)}`;
  };
  console.log(
    `${dir}: first screen painted ${line(screen)}; FCP ${line(fcp)} (${screen.length} reloads)`,
  );
  console.log(`  ${screen.map((x) => x.toFixed(0)).join(' ')}`);
}
