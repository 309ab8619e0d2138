import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANA, AssistPage } from './page-models/assist-page';
import {
  axeViolations,
  launchBrowser,
  type TestBrowser,
  waitForServiceWorkerControl,
} from './support/browser';
import { ServerProcess } from './support/server';

/** "Within seconds": the online event must start the send; no page refresh, no long backoff. */
const SENT_WITHIN_MS = 10_000;

let server: ServerProcess;
let browser: TestBrowser;

beforeEach(async () => {
  server = await ServerProcess.start();
  browser = await launchBrowser();
});
afterEach(async () => {
  await browser?.close();
  await server?.dispose();
});

describe('the promise, end to end in Chromium', () => {
  it('[E2E-1] loaded once online, the app reloads and works with no network', async () => {
    const app = new AssistPage(browser.page);
    await app.open(server.url);
    await waitForServiceWorkerControl(browser.page);

    await browser.context.setOffline(true);
    await browser.page.reload();
    await expect.poll(() => app.heading.textContent()).toBe('Applications');
    await expect.poll(() => app.status.textContent()).toMatch(/^Offline/);
    expect(await browser.page.evaluate(() => navigator.onLine)).toBe(false);

    // It works, not merely renders: an application can be started and typed into.
    await app.startNew();
    await browser.page.getByLabel('First name').fill('Ana');
    await app.waitUntilSaved();
    await browser.page.reload();
    expect(await browser.page.getByLabel('First name').inputValue()).toBe('Ana');
    expect(await axeViolations(browser.page)).toEqual([]);
  });

  it('[E2E-2] typed offline, it survives reloads and reaches the exchange exactly once when the network returns', async () => {
    const app = new AssistPage(browser.page);
    await app.open(server.url);
    await waitForServiceWorkerControl(browser.page);
    await browser.context.setOffline(true);

    const id = await app.startNew();
    await app.fill(ANA);
    await browser.page.reload();
    expect(await app.values()).toEqual(ANA);

    await app.submit();
    await expect.poll(() => app.state().textContent()).toBe('Waiting to be sent');
    await expect.poll(() => app.status.textContent()).toContain('1 application waiting to be sent');
    await browser.page.reload();
    await expect.poll(() => app.state().textContent()).toBe('Waiting to be sent');
    expect(await axeViolations(browser.page)).toEqual([]);

    const online = Date.now();
    await browser.context.setOffline(false);
    await app.confirmationNumber().waitFor({ timeout: SENT_WITHIN_MS });
    const sentAfterMs = Date.now() - online;
    const confirmation = await app.confirmationNumber().textContent();
    expect(confirmation).toMatch(/^EA-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await app.state().textContent()).toBe('Sent');
    await expect.poll(() => app.status.textContent()).toBe('Online · All applications sent');
    console.log(`[E2E-2] sent ${sentAfterMs} ms after the network returned`);

    // The list shows the same confirmation number, and the server holds exactly one row.
    await app.backToList();
    expect(await app.row('Ana Diaz').textContent()).toContain(confirmation);
    await server.stop();
    expect(await server.countRows(id)).toBe(1);
    expect(await server.countRows()).toBe(1);
  });
});
