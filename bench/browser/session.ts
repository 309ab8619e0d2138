// One benchmark session: the built app served by the real server (a fresh data folder and the
// test assister), headless Chromium with a fresh profile, the page probe, and CPU throttling.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { AssistPage } from '../../e2e/page-models/assist-page';
import { launchBrowser, type TestBrowser } from '../../e2e/support/browser';
import { ServerProcess } from '../../e2e/support/server';
import { installProbe } from './instrument';

/** Lighthouse's mobile profile slows the CPU 4× (issue 8 asks the same of every browser figure). */
export const CPU_SLOWDOWN = 4;
/** A cheap 10-inch tablet held upright, in CSS px. */
const TABLET = { width: 800, height: 1280 };
const ROOT = resolve(import.meta.dirname, '..', '..');

export interface BenchSession {
  server: ServerProcess;
  browser: TestBrowser;
  assist: AssistPage;
  /** Applies the CPU slowdown to the page (again: a new document may get a new renderer). */
  throttle(rate?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds the app once per run, so that the figures are of the source as it is (a build left from an
 * earlier checkout was measured as if current): the test build (with the hooks that seed the
 * store) for the sessions, the production one for Lighthouse. About 4 s each.
 */
export function buildOnce(kind: 'test' | 'production' = 'test'): void {
  if (built.has(kind)) return;
  const script = kind === 'test' ? 'build:test' : 'build';
  const result = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
  built.add(kind);
}
const built = new Set<'test' | 'production'>();

/**
 * Starts the server and Chromium, and signs in online as a navigator does before an event.
 * `staticDir` serves another build of the app (compare-warm-start.ts) instead of dist-test/.
 */
export async function openSession(options: { staticDir?: string } = {}): Promise<BenchSession> {
  if (!options.staticDir) buildOnce();
  const server = await ServerProcess.start(
    options.staticDir ? { staticDir: options.staticDir } : {},
  );
  const browser = await launchBrowser({ viewport: TABLET });
  try {
    await installProbe(browser.context);
    const assist = new AssistPage(browser.page);
    await assist.open(server.url);
    let cdp: CDPSession | null = null;
    return {
      server,
      browser,
      assist,
      async throttle(rate = CPU_SLOWDOWN) {
        cdp ??= await browser.context.newCDPSession(browser.page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      },
      async close() {
        await browser.close();
        await server.dispose();
      },
    };
  } catch (error) {
    await browser.close();
    await server.dispose();
    throw error;
  }
}
