import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistPage } from './page-models/assist-page';
import { ANA_AND_LEO, WizardPage } from './page-models/wizard-page';
import { axeViolations, launchBrowser, type TestBrowser } from './support/browser';
import { E2E_ASSISTER, ServerProcess } from './support/server';

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

/** The token the app keeps on the device, read straight from IndexedDB. */
function storedToken(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((ok, fail) => {
        const open = indexedDB.open('enrollment-assist');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('session').objectStore('session').get('current');
          get.onsuccess = () => {
            ok((get.result as { token?: string } | undefined)?.token ?? null);
            open.result.close();
          };
        };
      }),
  );
}

async function apiToken(): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(E2E_ASSISTER),
  });
  return ((await res.json()) as { token: string }).token;
}

describe('signing in, in Chromium', () => {
  it('[E2E-5] a fresh device asks to sign in; a wrong password is said plainly; the session survives a reload (the PIN unlocks); sign out locks', async () => {
    const app = new AssistPage(browser.page);
    await browser.page.goto(server.url);
    // A new device asks for the language first, then for sign-in.
    await browser.page.getByRole('button', { name: 'English', exact: true }).click();
    await browser.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await axeViolations(browser.page)).toEqual([]);

    await app.signIn(E2E_ASSISTER.name, 'not the password', true);
    expect(await browser.page.getByRole('alert').textContent()).toBe(
      'The user name or the password is not right. Check both and try again.',
    );
    await app.signIn(E2E_ASSISTER.name, E2E_ASSISTER.password);
    expect(await storedToken(browser.page)).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // A reload drops the data key from memory: the PIN set after sign-in unlocks it, offline too.
    await browser.page.reload();
    await browser.page.getByRole('heading', { level: 1, name: 'The app is locked' }).waitFor();
    expect(await axeViolations(browser.page)).toEqual([]);
    await app.unlock();
    await browser.page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    expect(await axeViolations(browser.page)).toEqual([]);

    await browser.page.getByRole('button', { name: `Sign out (${E2E_ASSISTER.name})` }).click();
    // Signing out locks: the lock screen offers this assister's PIN or another assister's sign-in.
    await browser.page.getByRole('heading', { level: 1, name: 'The app is locked' }).waitFor();
    expect(await storedToken(browser.page)).toBeNull();
    // Under the server's Content-Security-Policy the built app loaded and ran with nothing blocked.
    expect(browser.cspViolations).toEqual([]);
  });

  it('[E2E-6] a revoked token pauses the queue with "sign in to send"; signing in sends it, once, under its original key', async () => {
    const app = new AssistPage(browser.page);
    await app.open(server.url);
    await browser.context.setOffline(true);
    const wizard = new WizardPage(browser.page);
    const id = await wizard.startNew();
    await wizard.complete(ANA_AND_LEO, { keyboard: false });
    await expect.poll(() => app.state().textContent()).toBe('Waiting to be sent');

    // The token is revoked while the tablet is offline (an administrator, or an expiry).
    const token = await storedToken(browser.page);
    const revoked = await fetch(`${server.url}/api/v1/sessions/current`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(204);

    await browser.context.setOffline(false);
    await expect
      .poll(() => app.status.textContent(), { timeout: 30_000 })
      .toContain('Sending is paused until you sign in again.');
    // Paused before any send: reconnecting asks the exchange for its receipts first, and its 401
    // stops the pass there, so the application was not sent again without a token.
    expect(await app.state().textContent()).toBe('Waiting to be sent');
    const lookup = await fetch(`${server.url}/api/v1/applications/${id}`, {
      headers: { Authorization: `Bearer ${await apiToken()}` },
    });
    expect(lookup.status).toBe(404);

    await browser.page.getByRole('link', { name: 'Sign in to send' }).click();
    await app.signIn(E2E_ASSISTER.name, E2E_ASSISTER.password);
    await expect
      .poll(async () => (await app.row('Ana Diaz').textContent()) ?? '', { timeout: 30_000 })
      .toMatch(/EA-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/);
    await expect.poll(() => app.status.textContent()).toBe('Online · All applications sent');
    expect(browser.cspViolations).toEqual([]);

    await server.stop();
    expect(await server.countRows(id)).toBe(1);
    expect(await server.countRows()).toBe(1);
  });
});
