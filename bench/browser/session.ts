// One benchmark session: the built app served by the real server (a fresh data folder and the
// test assister), headless Chromium with a fresh profile, the page probe, and CPU throttling.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { AssistPage } from '../../e2e/page-models/assist-page';
import { launchBrowser, type TestBrowser } from '../../e2e/support/browser';
import { PRODUCTION_BUILD_DIR, ServerProcess, TEST_BUILD_DIR } from '../../e2e/support/server';
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
 * Builds the app when a build is missing, so `npm run bench` works on a fresh clone: the test
 * build (with the hooks that seed the store) for the sessions, the production one for Lighthouse.
 */
export function ensureBuilt(kind: 'test' | 'production' = 'test'): void {
  const dir = kind === 'test' ? TEST_BUILD_DIR : PRODUCTION_BUILD_DIR;
  if (existsSync(join(dir, 'index.html'))) return;
  const script = kind === 'test' ? 'build:test' : 'build';
  const result = spawnSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

/**
 * Starts the server and Chromium, and signs in online as a navigator does before an event.
 * `staticDir` serves another build of the app (compare-warm-start.ts) instead of dist-test/.
 */
export async function openSession(options: { staticDir?: string } = {}): Promise<BenchSession> {
  if (!options.staticDir) ensureBuilt();
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
