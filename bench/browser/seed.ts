// Builds seed-entry.ts for the browser (Vite's library mode, in memory) and runs it in the page.
// Playwright evaluates through the DevTools protocol, which the page's Content-Security-Policy does
// not govern, so the app's CSP stays as it ships.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build, type Rollup } from 'vite';

let bundle: Promise<string> | null = null;

async function buildSeeder(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL('./seed-entry.ts', import.meta.url)),
        formats: ['iife'],
        name: 'EaBenchSeed',
      },
    },
  });
  const result = (Array.isArray(output) ? output[0] : output) as Rollup.RollupOutput;
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('the seeder did not build');
  return chunk.code;
}

async function runSeeder<T>(page: Page, call: string): Promise<T> {
  bundle ??= buildSeeder();
  const code = await bundle;
  return (await page.evaluate(`(() => { ${code}; return EaBenchSeed.${call}; })()`)) as T;
}

/** Stores `count` applications in the app's database in this page; returns how many it holds. */
export function seedApplications(page: Page, count: number): Promise<number> {
  return runSeeder(page, `seed(${count})`);
}

const ADOPTION_POLL_MS = 250;
const ADOPTION_TIMEOUT_MS = 300_000;

/**
 * Waits until the app has adopted every seeded application (the first unlock encrypts them under
 * the assister's key), so that the timed runs read the list as a device holds it, not during that.
 */
export async function waitForAdoption(page: Page): Promise<void> {
  const until = Date.now() + ADOPTION_TIMEOUT_MS;
  while ((await runSeeder<number>(page, 'unowned()')) > 0) {
    if (Date.now() > until) throw new Error('the app did not adopt the seeded applications');
    await new Promise((r) => setTimeout(r, ADOPTION_POLL_MS));
  }
}
