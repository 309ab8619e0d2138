import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistPage } from './page-models/assist-page';
import { ANA_AND_LEO, WizardPage } from './page-models/wizard-page';
import { launchBrowser, type TestBrowser, waitForServiceWorkerControl } from './support/browser';
import { ServerProcess } from './support/server';

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

describe('the exchange goes down while an application waits', () => {
  it('[E2E-3] keeps retrying without duplicates, and sends it once the server is back', async () => {
    const app = new AssistPage(browser.page);
    await app.open(server.url);
    await waitForServiceWorkerControl(browser.page);
    const wizard = new WizardPage(browser.page);
    const id = await wizard.startNew();
    const review = ANA_AND_LEO.length - 1;
    await wizard.complete(ANA_AND_LEO.slice(0, review), { keyboard: false });
    await wizard.waitForStep('review');

    await server.kill();
    await wizard.next('review', false);
    await browser.page.waitForURL(/\/receipt$/);
    await expect.poll(() => app.state().textContent()).toBe('Waiting to be sent');
    // It says why it has not succeeded yet, and keeps trying on its own (backoff): each retry
    // first asks the exchange for its receipts, so an unreachable exchange costs no resend.
    await expect
      .poll(async () => (await app.lastAttempt().textContent()) ?? '', { timeout: 30_000 })
      .toMatch(/no connection to the exchange \(1 attempt\)/);
    const nextAttempt = () =>
      app.status
        .textContent()
        .then((t) => /Next attempt at (.*) \(no connection/.exec(t ?? '')?.[1]);
    await expect.poll(nextAttempt, { timeout: 30_000 }).toBeTruthy();
    const first = await nextAttempt();
    await expect
      .poll(nextAttempt, { timeout: 30_000 })
      .toSatisfy((t: string | undefined) => Boolean(t) && t !== first);
    expect(await server.countRows()).toBe(0);

    await server.launch();
    await app.confirmationNumber().waitFor({ timeout: 90_000 });
    expect(await app.state().textContent()).toBe('Sent');
    await server.stop();
    expect(await server.countRows(id)).toBe(1);
    expect(await server.countRows()).toBe(1);
  });
});
