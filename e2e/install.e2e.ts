import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistPage } from './page-models/assist-page';
import { launchBrowser, type TestBrowser, waitForServiceWorkerControl } from './support/browser';
import { ServerProcess } from './support/server';

// The web app manifest is linked by the app once its first screen is painted, not by index.html
// (src/ui/web-manifest.ts: Chromium's installability check competed with the first screen). What
// that must not cost: the app stays installable, in Chromium's own judgement, on a new device and
// on a returning one started offline.

let server: ServerProcess;
let browser: TestBrowser;

beforeEach(async () => {
  server = await ServerProcess.start();
  browser = await launchBrowser();
  // Whether the document had a manifest link when it was parsed (before any of the app's work).
  await browser.page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as { __manifestAtParse?: boolean }).__manifestAtParse =
        document.querySelector('link[rel="manifest"]') !== null;
    });
  });
});
afterEach(async () => {
  await browser?.close();
  await server?.dispose();
});

interface AppManifest {
  url: string;
  errors: { message: string }[];
  data?: string;
}

/** Chromium's view: the manifest it found for the page, and why it would not install the app. */
async function installability(): Promise<{ manifest: AppManifest; errors: string[] }> {
  const cdp = await browser.context.newCDPSession(browser.page);
  const manifest = (await cdp.send('Page.getAppManifest')) as unknown as AppManifest;
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  await cdp.detach();
  return { manifest, errors: installabilityErrors.map((e) => e.errorId) };
}

const manifestLinked = () =>
  browser.page.locator('link[rel="manifest"]').waitFor({ state: 'attached' });
const linkedAtParse = () =>
  browser.page.evaluate(() => (window as { __manifestAtParse?: boolean }).__manifestAtParse);

describe('installing the app', () => {
  it('is offered on a new device once its first screen is drawn, and not before', async () => {
    await browser.page.goto(server.url);
    await browser.page.locator('#first-run-heading').waitFor();
    expect(await linkedAtParse()).toBe(false);
    await manifestLinked();
    await waitForServiceWorkerControl(browser.page);
    const { manifest, errors } = await installability();
    expect(manifest.url).toBe(`${server.url}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
      name: 'Enrollment Assist',
      start_url: '/',
      display: 'standalone',
    });
    expect(errors).toEqual([]);
  });

  it('stays installable when a returning device starts offline at its lock screen', async () => {
    const app = new AssistPage(browser.page);
    await app.open(server.url);
    await waitForServiceWorkerControl(browser.page);
    await browser.context.setOffline(true);
    await browser.page.reload();
    await browser.page.locator('#unlock-heading').waitFor();
    expect(await linkedAtParse()).toBe(false);
    await manifestLinked();
    const { manifest, errors } = await installability();
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Enrollment Assist' });
    expect(errors).toEqual([]);
  });
});
