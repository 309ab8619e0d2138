import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from './support/browser';
import { ServerProcess } from './support/server';
import { styleChangesWith, stylesheetCutChanges } from './support/stylesheet';

// The build cuts the stylesheet to the rules the app can match (vite.config.ts); the wizard runs
// and the check's test compare each screen drawn with the cut sheet and with the whole one. That
// comparison is only worth something if it can fail: here, on a page with a rule taken out.
let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGE = `<!doctype html><html lang="en"><head><title>t</title>
  <style>.a{color:rgb(1,2,3)}.b::before{content:"x"}@media (min-width:1px){.c{margin:7px}}</style>
  </head><body><p class="a">a</p><p class="b">b</p><p class="c">c</p></body></html>`;
const OWN = '.a{color:rgb(1,2,3)}.b::before{content:"x"}@media (min-width:1px){.c{margin:7px}}';

describe('the stylesheet comparison the browser tests use', () => {
  it('names what a sheet without some of the rules draws differently, down to ::before', async () => {
    const { page } = browser;
    await page.setContent(PAGE);
    const changes = await styleChangesWith(page, () => true, '.a{color:rgb(1,2,3)}');
    expect(changes).toEqual(
      expect.arrayContaining(['p.b::before content: "x" → none', 'p.c margin-top: 7px → 16px']),
    );
    // The page has its own sheet back.
    expect(await page.locator('.c').evaluate((el) => getComputedStyle(el).marginTop)).toBe('7px');
  });

  it('finds nothing when the other sheet only adds rules that match nothing', async () => {
    const { page } = browser;
    await page.setContent(PAGE);
    expect(await styleChangesWith(page, () => true, `${OWN}.unused{color:red}`)).toEqual([]);
  });

  it('leaves an offline page offline, and its return online still fires `online`', async () => {
    const { page, context } = browser;
    await page.setContent(PAGE);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as Window & { seen?: string[] }).seen = seen;
      addEventListener('online', () => seen.push('online'));
      addEventListener('offline', () => seen.push('offline'));
    });
    const seen = () => page.evaluate(() => (window as Window & { seen?: string[] }).seen);
    await context.setOffline(true);
    try {
      await expect.poll(seen).toEqual(['offline']);
      await styleChangesWith(page, () => true, OWN);
      await styleChangesWith(page, () => true, OWN);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    } finally {
      await context.setOffline(false);
    }
    await expect.poll(seen).toEqual(['offline', 'online']);
  });

  it("finds nothing between the app's cut sheet and the whole one on a new device's first screen", async () => {
    const server = await ServerProcess.start();
    try {
      const { page } = browser;
      await page.goto(server.url);
      await page.locator('#first-run-heading').waitFor();
      expect(await stylesheetCutChanges(page)).toEqual([]);
    } finally {
      await server.dispose();
    }
  });
});
