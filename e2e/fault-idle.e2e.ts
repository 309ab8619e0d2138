import { describe, expect, it } from 'vitest';
import { useFaultSuite } from './support/fault-suite';
import { expectNothingLostNothingDoubled } from './support/proof';
import { openTab, textNow } from './support/session';

// Fault matrix rows 1 (the tab killed mid-typing and mid-transaction) and 17 (the exchange comes
// back while the app sits idle), and reconciliation with an exchange that lost rows.

/** The periodic probe runs every 20 s; a send must start within one probe of the server's return. */
const PROBE_MS = 20_000;
const LANDS_WITHIN_MS = 45_000;

const suite = useFaultSuite({ serverPerTest: true });

/** Another tab of the same profile, opened after the first was closed: what "reopening" is. */
function reopen(path = '/') {
  return openTab(suite.session, `${suite.server.url}${path}`);
}

describe('interrupted and idle', () => {
  it('[row 1] the tab is closed between keystrokes and their save: reopening shows what was committed, never a half-written record', async () => {
    const { app, page } = suite.session;
    const id = await app.startNew();
    await app.authorize();
    await app.firstName().fill('Ana');
    await app.waitUntilSaved();
    // Every keystroke is a write; the tab goes away right after the last one, without waiting.
    await app.lastName().pressSequentially('Gonzalez', { delay: 5 });
    await page.close({ runBeforeUnload: false });

    const again = await reopen(`/applications/${id}`);
    const last = await again.app.lastName().inputValue();
    expect('Gonzalez'.startsWith(last), `"${last}" is what some keystroke committed`).toBe(true);
    expect(await again.app.firstName().inputValue()).toBe('Ana');
    expect(await again.hooks.audit()).toEqual([]);
    // What the form said was saved, stays saved.
    await again.app.lastName().fill('Gonzalez');
    await again.app.waitUntilSaved();
    await again.page.close({ runBeforeUnload: false });
    const third = await reopen(`/applications/${id}`);
    expect(await third.app.lastName().inputValue()).toBe('Gonzalez');
  });

  it('[row 1] the tab is closed in the middle of many submit transactions: every application is wholly queued or wholly a draft, and all queued ones land once', async () => {
    const { hooks, page, browser } = suite.session;
    await browser.context.setOffline(true);
    await page.evaluate(() => {
      void (
        window as unknown as { __eaTest: { seedQueued(n: number): Promise<string[]> } }
      ).__eaTest.seedQueued(300);
    });
    await expect
      .poll(async () => (await hooks.applications()).length, { timeout: 20_000 })
      .toBeGreaterThan(20);
    await page.close({ runBeforeUnload: false });

    const again = await reopen();
    expect(await again.hooks.audit()).toEqual([]);
    const apps = await again.hooks.applications();
    expect(apps.length).toBeGreaterThan(20);
    expect(apps.length).toBeLessThan(300);
    const queued = apps.filter((a) => a.status === 'queued').map((a) => a.id);
    expect(apps.every((a) => a.status === 'queued' || a.status === 'draft')).toBe(true);
    await browser.context.setOffline(false);
    await again.hooks.send('online');
    await expect
      .poll(
        async () =>
          (await again.hooks.applications()).filter((a) => a.status === 'submitted').length,
        {
          timeout: LANDS_WITHIN_MS,
        },
      )
      .toBe(queued.length);
    await expectNothingLostNothingDoubled(suite.faults, again.hooks, { landed: queued });
  });

  it('[row 17] the exchange comes back while the app sits idle in a long backoff: the probe sends within one interval, not after the backoff', async () => {
    const { app, hooks, browser } = suite.session;
    await browser.context.setOffline(true);
    const [id] = (await hooks.seedQueued(1, 'Idle')) as [string];
    await suite.server.kill();
    await browser.context.setOffline(false);
    // The app sits in the backoff nine failures in a row lead to: the next retry minutes away.
    await hooks.send('manual');
    expect(await hooks.senderStatus()).toMatchObject({ state: 'waiting', reason: 'offline' });
    const waiting = await hooks.backOff(4 * 60_000);
    expect(waiting).toMatchObject({ state: 'waiting', failures: 9 });
    const retryAt = waiting.state === 'waiting' ? waiting.retryAt : 0;

    await suite.server.launch();
    const back = Date.now();
    await expect
      .poll(async () => (await hooks.app(id)).status, { timeout: PROBE_MS + 15_000 })
      .toBe('submitted');
    const after = Date.now();
    expect(after, 'sent before the backoff would have retried').toBeLessThan(retryAt);
    console.log(`[row 17] sent ${after - back} ms after the exchange came back`);
    await expect.poll(() => textNow(app.healthQueue())).toBe('All sent — safe to close.');
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: [id] });
  });

  it('reconciliation: an application the exchange lost is sent again under its key, and the assister is told', async () => {
    const { app, hooks, page } = suite.session;
    const [id] = (await hooks.seedQueued(1, 'Lost')) as [string];
    await hooks.send('manual');
    await expect.poll(async () => (await hooks.app(id)).status).toBe('submitted');
    const first = (await hooks.app(id)).confirmationNumber;
    expect(await suite.faults.forget([id])).toBe(1);

    // Back online after a while: the app checks its ledger with the exchange's.
    await suite.session.browser.context.setOffline(true);
    await suite.session.browser.context.setOffline(false);
    await expect
      .poll(async () => (await hooks.app(id)).notice, { timeout: LANDS_WITHIN_MS })
      .toBe('resent_missing_on_server');
    await expect
      .poll(async () => (await hooks.app(id)).status, { timeout: LANDS_WITHIN_MS })
      .toBe('submitted');
    await expect
      .poll(() => textNow(page.getByTestId('health-resent')))
      .toBe('1 application sent again: the exchange had no record of it.');
    await page.getByRole('link', { name: 'Lost0 Diaz' }).click();
    await expect
      .poll(() => textNow(app.syncNotice()))
      .toContain(
        `The exchange had no record of this application (earlier confirmation number ${first})`,
      );
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: [id] });
  });
});
