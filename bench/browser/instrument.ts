// What the browser benchmarks read inside the page: probe.js, installed before the app's own
// scripts on every navigation. It watches from outside, so the app carries no bench code:
// - `firstScreen`: when the screen's heading (`main h1`) is in the document, and
//   `firstScreenPaint` the end of the frame that painted it;
// - `firstListItem` / `firstListItemPaint`: the same for the first row of the list of applications;
// - `inputs` and `commits`: the time of each `input` event and of each completed read-write
//   IndexedDB transaction, so a field change can be followed until it is durable.
// All times are ms since navigation start (performance.now() and Event.timeStamp share it).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

type Mark = 'firstScreen' | 'firstScreenPaint' | 'firstListItem' | 'firstListItemPaint';

export interface PageProbe {
  marks: Partial<Record<Mark, number>>;
  inputs: number[];
  commits: number[];
}

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE });
}

/** Waits until a read-write transaction has completed at or after the last input event. */
export async function waitForCommitAfterLastInput(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const probe = (window as unknown as { __eaBench?: PageProbe }).__eaBench;
    const input = probe?.inputs.at(-1);
    return input !== undefined && (probe?.commits.some((t) => t >= input) ?? false);
  });
}

export function readProbe(page: Page): Promise<PageProbe> {
  return page.evaluate('window.__eaBench') as Promise<PageProbe>;
}

/**
 * Runs `navigate` (a reload, a goto) and returns `mark` of the document it loads (ms since its
 * navigation start). Nothing is evaluated in the page until the mark is painted: Playwright's
 * first evaluation in a document (waitForMark's polling) injects its own script, 45 ms of the
 * page's main thread with the CPU slowed 4×, which then lands inside the figure it measures. The
 * probe says it on the console instead, which the DevTools protocol reports with no page script.
 */
export async function navigateAndWaitForMark(
  page: Page,
  mark: Extract<Mark, 'firstScreenPaint' | 'firstListItemPaint'>,
  navigate: () => Promise<unknown>,
): Promise<number> {
  const logged = page.waitForEvent('console', {
    predicate: (message) => message.text() === `ea-bench:${mark}`,
  });
  await navigate();
  await logged;
  return waitForMark(page, mark);
}

/** Waits until the probe has `mark`, and returns it (ms since navigation start). */
export async function waitForMark(page: Page, mark: Mark): Promise<number> {
  // A function, not a string: the app's CSP forbids eval, which a string predicate needs.
  const handle = await page.waitForFunction(
    (name) => (window as unknown as { __eaBench?: PageProbe }).__eaBench?.marks[name],
    mark,
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Clicks the link matching `link` in the page and returns the ms until an element matching
 * `target` is painted. Both the click and the timing happen in the page: no protocol round trip.
 */
export async function clickAndTime(page: Page, link: string, target: string): Promise<number> {
  return (await page.evaluate(
    `window.__eaBench.clickAndTime(${JSON.stringify(link)}, ${JSON.stringify(target)})`,
  )) as number;
}

/** First contentful paint of the current document, ms since navigation start. */
export async function firstContentfulPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  );
  return (await handle.jsonValue()) as number;
}
