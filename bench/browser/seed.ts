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

/** Stores `count` applications in the app's database in this page; returns how many it holds. */
export async function seedApplications(page: Page, count: number): Promise<number> {
  bundle ??= buildSeeder();
  const code = await bundle;
  return (await page.evaluate(
    `(() => { ${code}; return EaBenchSeed.seed(${count}); })()`,
  )) as number;
}
