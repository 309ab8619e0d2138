import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistPage, E2E_PIN } from './page-models/assist-page';
import { ANA_AND_LEO, WizardPage } from './page-models/wizard-page';
import {
  axeViolations,
  launchBrowser,
  type TestBrowser,
  waitForServiceWorkerControl,
} from './support/browser';
import { E2E_ASSISTER, ServerProcess } from './support/server';

/** Issue 7 in Chromium: the PIN, the lock, the forgotten PIN. */
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

/** Ana's authorization, household and identity steps: her name, date of birth and SSN typed. */
const TYPED = ANA_AND_LEO.slice(0, 3);
const PII = ['Diaz', '234-56-7890', '1990-04-12'];

/** Every record of every IndexedDB store of the app, read raw in the page, as one string. */
function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('enrollment-assist');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const names = [...db.objectStoreNames];
    const all = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((ok, fail) => {
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => ok(req.result as unknown[]);
            req.onerror = () => fail(req.error);
          }),
      ),
    );
    db.close();
    return JSON.stringify({ names, all });
  });
}

const SECOND = { name: 'e2e-second', password: 'lantern orchard 5120' };

describe('PIN, lock and unlock, in Chromium', () => {
  it('[E2E-7] a PIN after sign-in; Lock hides everything; a wrong PIN is refused, then made to wait; a forgotten PIN costs a sign-in and no draft', async () => {
    const { page } = browser;
    const app = new AssistPage(page);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.locator('#sign-in-name').fill(E2E_ASSISTER.name);
    await page.locator('#sign-in-password').fill(E2E_ASSISTER.password);
    await page.locator('#sign-in-password').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Choose a PIN for this device' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await app.setPin('123456');
    expect(await page.getByRole('alert').textContent()).toBe(
      'Do not use a sequence such as 123456.',
    );
    await app.setPin(E2E_PIN);
    await page.locator('#list-heading').waitFor();

    const wizard = new WizardPage(page);
    const id = await wizard.startNew();
    await wizard.complete(TYPED, { keyboard: false });
    await wizard.waitForStep('citizenship');

    await app.lock();
    expect(page.url()).toContain(id);
    const text = (await page.locator('body').textContent()) ?? '';
    for (const value of PII) expect(text).not.toContain(value);
    expect(
      await page
        .locator('input')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['']);
    expect(await axeViolations(page)).toEqual([]);

    // Four wrong PINs cost nothing but a message; the fifth starts the wait.
    for (let i = 1; i <= 4; i += 1) {
      await app.unlock(`90817${i}`, true);
      expect(await page.locator('#unlock-error').textContent()).toBe(
        `That PIN is not right. ${10 - i} tries left before the PIN is disabled.`,
      );
    }
    await app.unlock('908175', true);
    await app.unlock(E2E_PIN, true);
    expect(await page.locator('#unlock-error').textContent()).toMatch(
      /^Too many wrong PINs\. You can try again at /,
    );

    // Forgot PIN: an online sign-in, a new PIN, and the draft is all there.
    await page.getByRole('button', { name: 'I forgot my PIN' }).click();
    await page.locator('#sign-in-heading').waitFor();
    await page.locator('#sign-in-name').fill(E2E_ASSISTER.name);
    await page.locator('#sign-in-password').fill(E2E_ASSISTER.password);
    await page.locator('#sign-in-password').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Choose a new PIN' }).waitFor();
    await app.setPin('739164');
    await page.locator('#list-heading').waitFor();
    await app.row('Ana Diaz').getByRole('link').first().click();
    await wizard.waitForStep('citizenship');
    await page.goto(`${server.url}/applications/${id}/identity`);
    await app.unlockIfLocked('739164');
    await wizard.waitForStep('identity');
    expect(await page.locator('body').textContent()).toContain('7890');

    // The new PIN unlocks after a lock; the old one does not.
    await app.lock();
    await app.unlock(E2E_PIN, true);
    await app.unlock('739164');
    await wizard.waitForStep('identity');
    expect(browser.cspViolations).toEqual([]);
  });

  it('[E2E-8] IndexedDB holds no typed name, SSN or date of birth, drafted or queued; a locked app sends the sealed queue; two assisters each see only their own', async () => {
    await server.stop();
    await server.addAssister(SECOND.name, SECOND.password);
    await server.launch();
    const { page, context } = browser;
    const app = new AssistPage(page);
    const wizard = new WizardPage(page);
    await app.open(server.url);
    await waitForServiceWorkerControl(page);
    const id = await wizard.startNew();
    await wizard.complete(TYPED, { keyboard: false });
    await wizard.waitForStep('citizenship');

    const drafted = await dumpIndexedDb(page);
    expect(drafted).toContain('"applications"');
    expect(drafted).toContain(id);
    for (const value of PII) expect(drafted).not.toContain(value);

    // Queued offline: the outbox holds the application sealed for the exchange, nothing in clear.
    await context.setOffline(true);
    await wizard.complete(ANA_AND_LEO.slice(3), { keyboard: false });
    await expect.poll(() => app.state().textContent()).toBe('Waiting to be sent');
    const queued = await dumpIndexedDb(page);
    expect(queued).toContain('"sealed"');
    for (const value of PII) expect(queued).not.toContain(value);

    // Locked, back online: the queue goes out all the same, and the exchange opens it.
    await app.lock();
    await context.setOffline(false);
    const token = await apiToken(server.url);
    await expect
      .poll(
        async () =>
          (
            await fetch(`${server.url}/api/v1/applications/${id}`, {
              headers: { Authorization: `Bearer ${token}` },
            })
          ).status,
        { timeout: 60_000 },
      )
      .toBe(200);

    // Assister B on the same tablet: switching locks, and B sees nothing of A's.
    await page.getByRole('link', { name: 'Sign in as another assister' }).click();
    await app.signIn(SECOND.name, SECOND.password, false, '615283');
    await page.locator('#list-heading').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Diaz');
    expect(await page.getByText('No applications on this device yet.').count()).toBe(1);
    await page.goto(`${server.url}/applications/${id}/receipt`);
    await app.unlockIfLocked('615283');
    await page.locator('#list-heading').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Diaz');

    // Back to A: pick A on the lock screen, A's PIN, A's receipt at the address B was turned from.
    await app.lock();
    await page.getByLabel('Assister').selectOption({ label: E2E_ASSISTER.name });
    await app.unlock(E2E_PIN);
    await app.confirmationNumber().waitFor();
    expect(await page.locator('main').textContent()).toContain('Diaz');
    expect(browser.cspViolations).toEqual([]);
    await server.stop();
    expect(await server.countRows(id)).toBe(1);
  });
});

/** A bearer token for the test's own API calls (the test assister's account). */
async function apiToken(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(E2E_ASSISTER),
  });
  return ((await res.json()) as { token: string }).token;
}
