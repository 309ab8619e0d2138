import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA } from './page-models/assist-page';
import { useFaultSuite } from './support/fault-suite';
import { expectNothingLostNothingDoubled } from './support/proof';
import { openTab, textNow } from './support/session';

// Fault matrix rows 8 and 9: two tabs and the service worker on one device.

const LANDS_WITHIN_MS = 60_000;

const suite = useFaultSuite();

/** A second tab of the same browser profile: same IndexedDB, same service worker. */
function secondTab(url: string) {
  return openTab(suite.session, url);
}

interface LockSnapshot {
  held: (string | undefined)[];
  pending: (string | undefined)[];
}

const outboxLocks = (page: Page) =>
  page.evaluate(async (): Promise<LockSnapshot> => {
    const state = await navigator.locks.query();
    const mine = (l: LockInfo) => l.name === 'enrollment-assist:outbox-sender';
    return {
      held: (state.held ?? []).filter(mine).map((l) => l.clientId),
      pending: (state.pending ?? []).filter(mine).map((l) => l.clientId),
    };
  });

describe('one sender across tabs and the service worker', () => {
  it('[row 8] two tabs and the worker all try to send: they queue on one lock, and each key is posted once', async () => {
    const a = suite.session;
    const b = await secondTab(suite.server.url);
    await a.browser.context.setOffline(true);
    const ids = await a.hooks.seedQueued(12, 'Tabs');

    // Tab A takes the lock; tab B and the worker (woken by Background Sync) must wait for it.
    await a.hooks.holdLock();
    await a.browser.context.setOffline(false);
    await b.page.evaluate(async () => {
      const reg = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
        sync: { register(tag: string): Promise<void> };
      };
      await reg.sync.register('outbox');
    });
    await b.hooks.trigger('manual');
    // Waiting besides tab A (whose own sender also queued behind its hold): two other
    // contexts, tab B and the service worker.
    const others = (l: LockSnapshot) => new Set(l.pending.filter((c) => !l.held.includes(c)));
    await expect
      .poll(async () => others(await outboxLocks(a.page)).size, { timeout: 20_000 })
      .toBe(2);
    const snapshot = await outboxLocks(a.page);
    expect(snapshot.held).toHaveLength(1);
    expect(snapshot).toEqual(await outboxLocks(b.page));
    expect((await suite.faults.log()).filter((e) => e.route === 'applications')).toEqual([]);

    // The server holds every request 150 ms and answers 409 to a same-key request in flight: if
    // two senders ever overlapped on a key, the log would show it.
    await suite.faults.script({
      inFlight409: true,
      rules: [{ times: 1000, action: { kind: 'delay', ms: 150, when: 'before_commit' } }],
    });
    await a.hooks.releaseLock();
    await expect
      .poll(
        async () => (await a.hooks.applications()).filter((x) => x.status === 'submitted').length,
        { timeout: LANDS_WITHIN_MS },
      )
      .toBe(ids.length);
    const perKey = await suite.faults.postsPerKey();
    expect([...perKey.values()]).toEqual(ids.map(() => 1));
    expect((await suite.faults.log()).some((e) => e.status === 409)).toBe(false);
    await expectNothingLostNothingDoubled(suite.faults, a.hooks, { landed: ids });
    await expect.poll(() => textNow(b.app.status)).toBe('Online · All applications sent');
  });

  it('[row 9] the same draft open in two tabs, Submit pressed in both: one application, one row', async () => {
    const a = suite.session;
    const id = await a.app.startNew();
    await a.app.fill();
    const b = await secondTab(`${suite.server.url}/applications/${id}/review`);
    await b.page.getByRole('heading', { level: 1, name: 'Review and submit' }).waitFor();
    expect(await b.page.getByText(`${ANA.firstName} ${ANA.lastName}`).count()).toBeGreaterThan(0);

    const submit = (page: Page) =>
      page.getByRole('button', { name: 'Submit application' }).click({ timeout: 5_000 });
    const clicks = await Promise.allSettled([submit(a.page), submit(b.page)]);
    // Both tabs end showing the same sent application with the same number.
    for (const tab of [a.app, b.app]) {
      await tab.confirmationNumber().waitFor({ timeout: LANDS_WITHIN_MS });
    }
    const numbers = [
      await a.app.confirmationNumber().textContent(),
      await b.app.confirmationNumber().textContent(),
    ];
    expect(numbers[0]).toBe(numbers[1]);
    // The tab that lost the race was told, or its screen had already turned into the receipt:
    // never a second application, and never both told. (A click Playwright reports as done can
    // land just after the other tab's submit turned the screen: on a loaded machine it did, and
    // that tab showed the receipt, untold, which is right: its Submit was never pressed.)
    const told = await Promise.all(
      [a.page, b.page].map((p) => textNow(p.getByText(/already submitted from another tab/))),
    );
    expect(clicks.some((c) => c.status === 'fulfilled')).toBe(true);
    expect(told.filter(Boolean).length).toBeLessThan(2);
    // Two posts of the key came under load (stops 12 and 15): the second tab's Submit landed while
    // the first tab's attempt was in flight and queued the application again under it (fixed in
    // the store: only a draft is submitted). Say when each post came and how many attempts the
    // device counted: two senders' posts come milliseconds apart, one sender's retry after its
    // timeout, and two attempts on the device mean it claimed the application twice.
    const posts = (await suite.faults.log()).filter((e) => e.key === id);
    const timing = posts.map((p) => `#${p.seq} +${p.at - (posts[0]?.at ?? 0)} ms ${p.status}`);
    const stored = (await a.hooks.applications()).find((x) => x.id === id);
    expect(
      posts.length,
      `posts of the key: ${timing.join(', ')}; attempts on the device: ${stored?.attempts}`,
    ).toBe(1);
    expect(await suite.faults.postsPerKey()).toEqual(new Map([[id, 1]]));
    await expectNothingLostNothingDoubled(suite.faults, a.hooks, { landed: [id] });
  });
});
