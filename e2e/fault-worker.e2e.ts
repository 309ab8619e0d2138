import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFaultSuite } from './support/fault-suite';
import { expectNothingLostNothingDoubled } from './support/proof';
import { TEST_BUILD_DIR } from './support/server';
import { textNow } from './support/session';

// Fault matrix rows 15 (a new service worker while a send is in flight and a form is
// half-filled) and 16 (a reload or a killed worker between "the exchange stored it" and "the
// device recorded it"), in real Chromium with the real service worker.

const LANDS_WITHIN_MS = 45_000;

let appDir = '';

beforeAll(() => {
  // A copy of the build the test can redeploy (a changed sw.js), served by the real server.
  appDir = mkdtempSync(join(tmpdir(), 'ea-app-'));
  cpSync(TEST_BUILD_DIR, appDir, { recursive: true });
});
// Registered after the copy, so the server starts on it; its afterAll runs before the removal.
afterAll(() => rmSync(appDir, { recursive: true, force: true }));
const suite = useFaultSuite({ staticDir: () => appDir });

/** Deploys "a new version": the same app with a service worker that differs by a byte. */
function deployNewWorker(tag: string): void {
  const sw = join(appDir, 'sw.js');
  writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// deployed ${tag}\n`);
}

const registration = () =>
  suite.session.page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return {
      active: Boolean(reg?.active),
      waiting: Boolean(reg?.waiting),
      controlled: Boolean(navigator.serviceWorker.controller),
    };
  });

async function stopWorkers(): Promise<void> {
  const cdp = await suite.session.browser.context.newCDPSession(suite.session.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('service-worker updates and interrupted sends', () => {
  it('[row 15] a new worker arrives while a send is in flight and a form is half-filled: it waits, nothing reloads, everything lands once; after the update the app still works offline', async () => {
    const { app, hooks, page, browser } = suite.session;
    const draft = await app.startNew();
    await app.authorize();
    await app.firstName().fill('Half');
    await app.waitUntilSaved();
    await page.evaluate(() => {
      (window as { sameDocument?: boolean }).sameDocument = true;
    });

    await browser.context.setOffline(true);
    const ids = await hooks.seedQueued(4, 'Update');
    await suite.faults.script({
      rules: [{ times: 1000, action: { kind: 'delay', ms: 800, when: 'before_commit' } }],
    });
    await browser.context.setOffline(false); // the drain starts (online)
    await expect
      .poll(async () => (await suite.faults.log()).length, { timeout: 10_000 })
      .toBeGreaterThan(0);

    deployNewWorker('v2');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect.poll(registration, { timeout: 20_000 }).toEqual({
      active: true,
      waiting: true,
      controlled: true,
    });

    // The drain finishes under the old worker and this page; the page was never reloaded.
    await expect
      .poll(
        async () => (await hooks.applications()).filter((a) => a.status === 'submitted').length,
        {
          timeout: LANDS_WITHIN_MS,
        },
      )
      .toBe(ids.length);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    );
    expect(await app.firstName().inputValue()).toBe('Half');
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: ids });

    // No update offer over a half-filled form (issue 6): the new version waits.
    expect(await page.getByTestId('update-banner').count()).toBe(0);

    // Back on the list, the app offers the update; the assister accepts: the waiting worker takes
    // over and the page reloads onto it (prompt mode: only now, never on its own), with the draft
    // as it was saved.
    await page.getByRole('link', { name: 'Back to all applications' }).click();
    await page.getByTestId('update-banner').waitFor({ timeout: 20_000 });
    await Promise.all([
      page.waitForEvent('load').catch(async (error: unknown) => {
        // Which step did not happen: the new worker's activation, or the page's reload after it.
        const workers = await page.evaluate(async () => {
          const reg = await navigator.serviceWorker.getRegistration();
          const sw = (w: ServiceWorker | null | undefined) =>
            w ? `${w.state} ${w.scriptURL}` : null;
          return JSON.stringify({
            installing: sw(reg?.installing),
            waiting: sw(reg?.waiting),
            active: sw(reg?.active),
            controller: sw(navigator.serviceWorker.controller),
          });
        });
        throw new Error(`no reload after "Reload to update": ${workers}`, { cause: error });
      }),
      page.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    await expect.poll(registration, { timeout: 20_000 }).toEqual({
      active: true,
      waiting: false,
      controlled: true,
    });
    await app.goto(`${suite.server.url}/applications/${draft}`);
    await hooks.ready();
    await app.firstName().waitFor();
    expect(await app.firstName().inputValue()).toBe('Half');

    // The new worker sends (woken by Background Sync), and the app still opens with no network.
    const more = await hooks.seedQueued(2, 'After');
    await page.evaluate(async () => {
      const reg = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
        sync: { register(tag: string): Promise<void> };
      };
      await reg.sync.register('outbox');
    });
    await expect
      .poll(async () => (await suite.faults.rows({ ids: more })).length, {
        timeout: LANDS_WITHIN_MS,
      })
      .toBe(more.length);
    await browser.context.setOffline(true);
    await app.reload();
    await app.firstName().waitFor();
    expect(await app.firstName().inputValue()).toBe('Half');
    await browser.context.setOffline(false);
    await hooks.ready();
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: [...ids, ...more] });
    expect((await hooks.app(draft)).status).toBe('draft');
  });

  it('[row 16] the page reloads after the exchange stored the application but before the device recorded it: same key, same receipt, one row', async () => {
    const { app, hooks, page, browser } = suite.session;
    await browser.context.setOffline(true);
    const [id] = (await hooks.seedQueued(1, 'Reload')) as [string];
    await suite.faults.script({
      rules: [{ action: { kind: 'delay', ms: 5000, when: 'after_commit' } }],
    });
    await browser.context.setOffline(false);
    // Stored by the exchange, its answer still on the way…
    await expect
      .poll(async () => (await suite.faults.rows({ ids: [id] })).length, { timeout: 20_000 })
      .toBe(1);
    expect((await hooks.app(id)).status).toBe('sending');
    // …when the page goes away and every worker is stopped.
    await page.reload();
    await stopWorkers();
    await hooks.ready();
    await app.unlockIfLocked();
    await page.getByRole('link', { name: 'Reload0 Diaz' }).click();
    await app.confirmationNumber().waitFor({ timeout: LANDS_WITHIN_MS });
    const posts = (await suite.faults.log()).filter((e) => e.route === 'applications');
    expect(posts.every((p) => p.key === id)).toBe(true);
    expect(posts.length).toBeLessThanOrEqual(2);
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: [id] });
  });

  it('[row 16] the service worker is stopped in the middle of its own send: the page finishes it, one row', async () => {
    const { hooks, page, browser } = suite.session;
    await browser.context.setOffline(true);
    const [id] = (await hooks.seedQueued(1, 'Worker')) as [string];
    await suite.faults.script({
      rules: [{ action: { kind: 'delay', ms: 5000, when: 'after_commit' } }],
    });
    await browser.context.setOffline(false);
    // Background Sync wakes the worker, which sends.
    await page.evaluate(async () => {
      const reg = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
        sync: { register(tag: string): Promise<void> };
      };
      await reg.sync.register('outbox');
    });
    await expect
      .poll(async () => (await suite.faults.rows({ ids: [id] })).length, { timeout: 20_000 })
      .toBe(1);
    await stopWorkers();
    await hooks.send('manual');
    await expect
      .poll(async () => (await hooks.app(id)).status, { timeout: LANDS_WITHIN_MS })
      .toBe('submitted');
    const posts = (await suite.faults.log()).filter((e) => e.route === 'applications');
    expect(posts.every((p) => p.key === id)).toBe(true);
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: [id] });
    await expect.poll(() => textNow(suite.session.app.status)).toContain('All applications sent');
  });
});
