import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; test tools cannot download browsers on these machines. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Without the background-networking flags Chromium knocks at Google hosts the sandbox refuses. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Console reports of anything the Content-Security-Policy blocked on the page. */
  cspViolations: string[];
  /** Errors of every page of the context (console, uncaught, failed requests), in order. */
  diagnostics: string[];
  close(): Promise<void>;
}

/** Chromium's preference value for "never predict or preconnect" (chrome/common/pref_names). */
const NETWORK_PREDICTION_NEVER = 2;

/**
 * A fresh profile (empty IndexedDB, no service worker) in headless Chromium. With `testHooks`, every
 * page of the context gets `window.__eaTest` (src/sync/test-hooks.ts): the app's own store and
 * sender code, reachable from `page.evaluate`.
 */
export async function launchBrowser(
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    testHooks?: boolean;
    /** Block service workers (a test about the page alone, e.g. with a DevTools quota). */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'ea-chromium-'));
  // No preconnected sockets: Chromium silently resends a POST that fails on a socket it opened
  // ahead of time (as on any reused one), which hides a scripted connection drop from the app.
  // What the browser does on a reused socket has its own test (fault-network.e2e.ts, keep-alive).
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ net: { network_prediction_options: NETWORK_PREDICTION_NEVER } }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: options.viewport ?? { width: 1024, height: 768 },
    locale: options.locale ?? 'en-US',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  // Playwright waits 30 s for a screen by default. The browser suite runs two files at once on
  // 2 cores, where a page takes longer; a wait still ends the moment its screen appears.
  context.setDefaultTimeout(60_000);
  if (options.testHooks) {
    await context.addInitScript(() => {
      (window as { __EA_TEST_HOOKS__?: boolean }).__EA_TEST_HOOKS__ = true;
    });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const diagnostics = recordDiagnostics(context);
  return {
    context,
    page,
    cspViolations,
    diagnostics,
    async close() {
      await snapshotPages(context, diagnostics);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The errors a person would not see but a failing test needs: console errors and warnings, uncaught
 * exceptions and failed requests of every page of the context, with the time since launch. Kept in
 * `launched` too, so that e2e/support/setup.ts prints them when a test fails.
 */
function recordDiagnostics(context: BrowserContext): string[] {
  const started = Date.now();
  const lines: string[] = [];
  launched.push(lines);
  const add = (line: string) => lines.push(`+${Date.now() - started} ms ${line}`);
  const watch = (page: Page) => {
    const where = () => new URL(page.url() || 'about:blank').pathname;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        add(`${where()} console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => add(`${where()} uncaught: ${e.message}`));
    page.on('requestfailed', (r) =>
      add(`${where()} request failed: ${r.url()} ${r.failure()?.errorText}`),
    );
    page.on('load', () => add(`${where()} loaded`));
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
  return lines;
}

/**
 * What each page shows as the browser closes (its path, whether the app's test hooks loaded, the
 * main region's text), so that a failed test says whether the screen was blank and why.
 */
async function snapshotPages(context: BrowserContext, lines: string[]): Promise<void> {
  for (const page of context.pages()) {
    const state = page
      .evaluate(async () => ({
        path: location.pathname,
        hooks: Boolean((window as { __eaTest?: unknown }).__eaTest),
        controlled: Boolean(navigator.serviceWorker?.controller),
        databases: (await indexedDB.databases()).map((d) => `${d.name}@${d.version}`),
        main: (document.getElementById('main')?.innerText ?? '(no #main)').slice(0, 200),
      }))
      .then((s) => JSON.stringify(s));
    const timeout = new Promise<string>((ok) =>
      setTimeout(() => ok('(page did not answer)'), 2000),
    );
    lines.push(
      `at close: ${await Promise.race([state.catch((e: unknown) => String(e)), timeout])}`,
    );
  }
}

/** The diagnostics of every browser launched since the last `takeDiagnostics()`. */
const launched: string[][] = [];

export function takeDiagnostics(): string[][] {
  return launched.splice(0);
}

/**
 * Waits until a service worker controls the page: from then on it opens with no network. Fails
 * after `timeoutMs` with the registration's state, rather than hanging until the test's timeout.
 */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 30_000): Promise<void> {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: timeoutMs,
    });
  } catch (error) {
    const state = await page
      .evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return JSON.stringify({
          registered: Boolean(reg),
          installing: reg?.installing?.state ?? null,
          waiting: reg?.waiting?.state ?? null,
          active: reg?.active?.state ?? null,
        });
      })
      .catch((e: unknown) => String(e));
    throw new Error(`no service worker controls the page after ${timeoutMs} ms: ${state}`, {
      cause: error,
    });
  }
}

/**
 * WCAG 2.1 AA violations axe finds on the page as it is now. Legacy mode runs `axe.run` in the page
 * itself: the default opens a blank page in the test's browser for every check to merge the frames'
 * results (the app has no frames), which made a check 1.3–2 s instead of 0.7 s and added a page
 * to the context under test.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode()
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** Smallest target for a finger, in CSS px (the app's rule; WCAG 2.5.5 AAA, above 2.5.8's 24). */
export const MIN_TARGET_PX = 44;

/**
 * Layout problems a person would hit: the page scrolling sideways (WCAG 1.4.10 reflow; at 360 px
 * this is also 200% zoom of a 720 px window), and controls smaller than a finger. A radio button or
 * checkbox counts with its label, which is its target; links inside sentences are exempt.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`scrolls sideways: ${root.scrollWidth}px in ${root.clientWidth}px`);
    }
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input:not([type=radio]):not([type=checkbox]), textarea, a.ds-c-button, .ds-c-choice + label',
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.height < min - 0.5) {
        const name = el.textContent?.trim().slice(0, 40) || el.id || el.tagName;
        problems.push(`${el.tagName.toLowerCase()} "${name}" is ${Math.round(box.height)}px tall`);
      }
    }
    return problems;
  }, MIN_TARGET_PX);
}

/** One `securitypolicyviolation` event: the directive, what it blocked, the policy that did. */
export interface CspViolation {
  directive: string;
  /** A URL, or `inline` for an inline script or style. */
  blocked: string;
  policy: string;
}

type CspRecorded = Window & { __eaCspViolations?: CspViolation[] };

/**
 * Records every `securitypolicyviolation` event of every page the context opens from now on (in
 * `window.__eaCspViolations`): what the Content-Security-Policy refused, told by the browser
 * itself rather than by the wording of a console message.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: CspViolation[] = [];
    (window as CspRecorded).__eaCspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        policy: e.originalPolicy,
      });
    });
  });
}

/** The violations recorded on this page (recordCspViolations); throws if none is recording. */
export function cspViolationEvents(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => {
    const seen = (window as CspRecorded).__eaCspViolations;
    if (!seen) throw new Error('recordCspViolations was not installed before this page loaded');
    return [...seen];
  });
}
