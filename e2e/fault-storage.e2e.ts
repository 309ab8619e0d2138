import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANA } from './page-models/assist-page';
import { useFaultSuite } from './support/fault-suite';
import { expectNothingLostNothingDoubled } from './support/proof';
import { textNow } from './support/session';

// Fault matrix rows 12 (storage full) and 13 (the database closed behind the app's back), in
// real Chromium: its IndexedDB, its quota, its connection handling.

const LANDS_WITHIN_MS = 45_000;

const suite = useFaultSuite();

/**
 * Chromium's quota for this origin, through DevTools: the origin is given as its storage key
 * (with a trailing slash), and the override lasts only while the DevTools session stays attached.
 * NOTE: set it only once the service worker is installed: a worker installing under a tiny quota
 * brought this Chromium down, and a crashing Chromium here signals every process on the machine.
 */
async function setQuota(bytes: number | null): Promise<void> {
  const cdp = await suite.session.browser.context.newCDPSession(suite.session.page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: `${suite.server.url}/`,
    ...(bytes === null ? {} : { quotaSize: bytes }),
  });
}

/**
 * Whether a small IndexedDB write in a scratch database commits now. Chromium lets an open
 * database keep using the space it last learned of for up to 30 s (IndexedDB BucketContext::
 * kBucketSpaceCacheTimeLimit), so a new quota is observed by polling this, never by sleeping.
 */
function scratchWrite(): Promise<'committed' | 'full' | string> {
  return suite.session.page.evaluate(
    () =>
      new Promise<string>((done) => {
        const open = indexedDB.open('quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => {
          const tx = open.result.transaction('s', 'readwrite');
          tx.objectStore('s').put('x'.repeat(2048), Math.random());
          const close = (r: string) => {
            open.result.close();
            done(r);
          };
          tx.oncomplete = () => close('committed');
          tx.onabort = () =>
            close(tx.error?.name === 'QuotaExceededError' ? 'full' : String(tx.error));
        };
        open.onerror = () => done(String(open.error));
      }),
  );
}

/** Chromium enforces the quota of a session-long override within about 30 s. */
const QUOTA_SEEN_WITHIN_MS = 45_000;

describe('storage suite.faults', () => {
  it('[row 12] storage full: a clear message, the typing kept on screen and exportable, nothing saved touched', async () => {
    const { app, hooks, page, browser } = suite.session;
    // One application already waiting, and a draft being typed.
    await browser.context.setOffline(true);
    const [waiting] = await hooks.seedQueued(1, 'Saved');
    const id = await app.startNew();
    await app.authorize();
    await app.firstName().fill('Ana');
    await app.waitUntilSaved();

    await setQuota(1);
    await expect.poll(scratchWrite, { timeout: QUOTA_SEEN_WITHIN_MS, interval: 1000 }).toBe('full');
    await app.lastName().fill('Diaz');
    const alert = page.getByTestId('storage-full');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("This device's storage is full");
    expect(await app.lastName().inputValue()).toBe('Diaz');
    expect(await textNow(page.getByTestId('save-state'))).toBe('');

    // The export: the waiting application and what could not be saved.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export waiting applications and this form' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^enrollment-assist-waiting-.*\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file.items.map((a: { id: string }) => a.id)).toEqual([waiting]);
    expect(file.unsaved).toEqual({ applicationId: id, fields: { 'member.m1.lastName': 'Diaz' } });

    // Nothing already saved was touched.
    const apps = await hooks.applications();
    expect(apps.find((a) => a.id === waiting)?.status).toBe('queued');
    expect(await hooks.audit()).toEqual([]);

    // Room again: the same typing is saved, and survives a reload.
    await setQuota(null);
    await expect
      .poll(scratchWrite, { timeout: QUOTA_SEEN_WITHIN_MS, interval: 1000 })
      .toBe('committed');
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await app.waitUntilSaved();
    expect(await alert.count()).toBe(0);
    await app.reload();
    await app.lastName().waitFor();
    expect(await app.lastName().inputValue()).toBe('Diaz');
    expect(await app.firstName().inputValue()).toBe('Ana');

    // And the waiting application still goes.
    await hooks.ready();
    await browser.context.setOffline(false);
    await expect
      .poll(async () => (await hooks.app(waiting as string)).status, { timeout: LANDS_WITHIN_MS })
      .toBe('submitted');
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: [waiting as string] });
  });

  it('[row 13] the browser closes the database behind the app: the next write reopens it and succeeds', async () => {
    const { app, hooks, page } = suite.session;
    const id = await app.startNew();
    await app.authorize();
    await app.firstName().fill('Ana');
    await app.waitUntilSaved();

    // iOS-style: the connection is closed under Dexie's feet, with no event.
    await hooks.closeDatabase('backend');
    await app.lastName().fill('Diaz');
    await app.waitUntilSaved();
    // …and the browser's own `close` event on the connection.
    await hooks.closeDatabase('close-event');
    await app.dateOfBirth().fill(ANA.dateOfBirth);
    await app.waitUntilSaved();
    expect(await textNow(page.getByRole('alert'))).toBe('');

    await app.reload();
    await hooks.ready();
    await app.firstName().waitFor();
    expect(await app.values()).toMatchObject({ firstName: 'Ana', lastName: 'Diaz' });
    await app.fill();
    // Closed again just before the submit and the send: both reopen and go through.
    await hooks.closeDatabase('backend');
    await app.submit();
    await app.confirmationNumber().waitFor({ timeout: LANDS_WITHIN_MS });
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: [id] });
  });
});
