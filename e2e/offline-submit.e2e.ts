import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistPage } from './page-models/assist-page';
import { ANA_AND_LEO, WizardPage } from './page-models/wizard-page';
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
    await app.reload();
    await expect.poll(() => app.heading.textContent()).toBe('Applications');
    await expect.poll(() => app.status.textContent()).toMatch(/^Offline/);
    expect(await browser.page.evaluate(() => navigator.onLine)).toBe(false);

    // It works, not merely renders: an application can be started and typed into.
    const wizard = new WizardPage(browser.page);
    await wizard.startNew();
    const givenBy = browser.page.getByLabel('Name of the person giving permission');
    await givenBy.fill('Ana Diaz');
    await wizard.waitUntilSaved();
    await app.reload();
    await wizard.waitForStep('authorization');
    expect(await givenBy.inputValue()).toBe('Ana Diaz');
    expect(await axeViolations(browser.page)).toEqual([]);
  });

  it('[E2E-2] typed offline, it survives reloads and reaches the exchange exactly once when the network returns', async () => {
    const app = new AssistPage(browser.page);
    await app.open(server.url);
    await waitForServiceWorkerControl(browser.page);
    await browser.context.setOffline(true);

    const wizard = new WizardPage(browser.page);
    const id = await wizard.startNew();
    const [authorization, ...rest] = ANA_AND_LEO;
    if (!authorization) throw new Error('empty script');
    await wizard.complete([authorization], { keyboard: false });
    await wizard.waitForStep('household');
    await app.reload();
    await wizard.waitForStep('household');
    await wizard.complete(rest, { keyboard: false });

    await expect.poll(() => app.state().textContent()).toBe('Waiting to be sent');
    await expect.poll(() => app.status.textContent()).toContain('1 application waiting to be sent');
    await app.reload();
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
    await browser.page.getByRole('link', { name: 'Back to all applications' }).click();
    await browser.page.locator('#list-heading').waitFor();
    expect(await app.row('Ana Diaz').textContent()).toContain(confirmation);
    await server.stop();
    expect(await server.countRows(id)).toBe(1);
    expect(await server.countRows()).toBe(1);
  });
});
