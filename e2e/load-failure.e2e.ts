import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistPage } from './page-models/assist-page';
import { axeViolations, launchBrowser, type TestBrowser } from './support/browser';
import { ServerProcess } from './support/server';

// A chunk the network drops (event Wi-Fi, or a service worker the browser stops mid-load) must
// never leave a blank app (src/ui/load-failure.ts). The service worker is blocked here so that
// every request of the page goes through the test's routes.
const ASSIST_CHUNK = '**/assets/AssistArea-*.js';

let server: ServerProcess;
let browser: TestBrowser;

beforeEach(async () => {
  server = await ServerProcess.start();
  browser = await launchBrowser({ serviceWorkers: 'block' });
});
afterEach(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('a part of the app that fails to load', () => {
  it("the assister's screens fail once: the page reloads itself and they appear", async () => {
    const app = new AssistPage(browser.page);
    await app.open(server.url);
    let fetches = 0;
    await browser.page.route(ASSIST_CHUNK, (route) => {
      fetches += 1;
      return fetches === 1 ? route.abort('connectionreset') : route.continue();
    });
    await browser.page.reload();
    // A reload drops the data key, and the lock screen is drawn before the assister's screens
    // load (it is read without the store: main.tsx): their chunk fails behind it, and the page
    // reloads itself with no one touching it. The PIN is asked again on that page.
    await expect.poll(() => fetches, { timeout: 30_000 }).toBe(2);
    await browser.page.waitForLoadState('load');
    await app.unlockIfLocked();
    await browser.page.locator('#list-heading').waitFor();
    expect(fetches).toBe(2);
    expect(await browser.page.getByRole('alert').count()).toBe(0);
  });

  it('they keep failing: after one reload of its own, the page says so and offers a reload that works once the network does', async () => {
    const app = new AssistPage(browser.page);
    await app.open(server.url, { lang: 'es' });
    let fetches = 0;
    await browser.page.route(ASSIST_CHUNK, (route) => {
      fetches += 1;
      return route.abort('internetdisconnected');
    });
    let loads = 0;
    browser.page.on('load', () => {
      loads += 1;
    });
    await browser.page.reload();
    const alert = browser.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('no terminó de cargar');
    // The test's reload and the page's own, then no loop (Chromium may fetch the chunk again
    // within one page: it no longer keeps a failed import).
    expect(loads).toBe(2);
    expect(fetches).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(browser.page)).toEqual([]);

    await browser.page.unroute(ASSIST_CHUNK);
    await browser.page.getByRole('button', { name: 'Volver a cargar' }).click();
    await app.unlockIfLocked();
    await browser.page.locator('#list-heading').waitFor();
    expect(await browser.page.getByRole('alert').count()).toBe(0);
  });
});
