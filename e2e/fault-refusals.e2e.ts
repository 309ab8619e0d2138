import { describe, expect, it } from 'vitest';
import { useFaultSuite } from './support/fault-suite';
import { expectNothingLostNothingDoubled } from './support/proof';
import { textNow } from './support/session';

// Fault matrix rows 5, 6 and 10: the exchange refuses content, wants sign-in, or already holds
// another version under the key. Real Chromium against the real server in fault mode.

const LANDS_WITHIN_MS = 45_000;

const suite = useFaultSuite();

const postsFor = async (id: string) =>
  (await suite.faults.log()).filter((e) => e.route === 'applications' && e.key === id);

async function statuses(ids: readonly string[]) {
  const apps = await suite.session.hooks.applications();
  return ids.map((id) => apps.find((a) => a.id === id)?.status);
}

describe('refusals', () => {
  it('[row 5] a 422 sets only that application aside with its field errors; the others land; it is not retried', async () => {
    const { app, hooks, browser } = suite.session;
    await browser.context.setOffline(true);
    const ids = await hooks.seedQueued(3, 'Batch');
    const poison = ids[1] as string;
    await suite.faults.script({
      rules: [
        {
          key: poison,
          action: {
            kind: 'status',
            status: 422,
            body: {
              errors: [
                {
                  path: 'application.address.zip',
                  code: 'zip_not_served',
                  message: 'ZIP code 02118 is outside this exchange’s service area',
                },
              ],
            },
          },
        },
      ],
    });
    await browser.context.setOffline(false);
    await expect
      .poll(() => statuses(ids), { timeout: LANDS_WITHIN_MS })
      .toEqual(['submitted', 'needs_attention', 'submitted']);

    // Not retried on its own, nor by another pass: it left the outbox.
    await hooks.send('manual');
    expect(await postsFor(poison)).toHaveLength(1);

    // What the assister sees: the application opens at the refused field, with the reason on it,
    // editable again.
    await browser.page.getByRole('link', { name: 'Batch1 Diaz' }).click();
    await browser.page.waitForURL(/\/contact#f-address-zip$/);
    await browser.page.getByRole('heading', { level: 2, name: 'Needs attention' }).waitFor();
    expect(await app.fieldError('address.zip').textContent()).toContain(
      'The exchange did not accept this: ZIP code 02118 is outside this exchange’s service area',
    );
    expect(await app.input('address.zip').getAttribute('aria-invalid')).toBe('true');

    // Corrected and submitted again: the exchange stored nothing under the key, so it lands.
    await app.input('address.zip').fill('02119');
    await app.waitUntilSaved();
    // The screen reads the store at most five times a second: the complaint goes within that.
    await expect.poll(() => textNow(app.fieldError('address.zip'))).toBe('');
    expect(await app.input('address.zip').getAttribute('aria-invalid')).not.toBe('true');
    await app.goToStep('review', 'Review and submit');
    await app.submit();
    await app.confirmationNumber().waitFor({ timeout: LANDS_WITHIN_MS });
    expect(await postsFor(poison)).toHaveLength(2);
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: ids });
  });

  it('[row 6] a 401 mid-drain pauses sending, drops nothing, and resumes when asked', async () => {
    const { app, hooks, browser } = suite.session;
    await browser.context.setOffline(true);
    const ids = await hooks.seedQueued(3, 'Auth');
    await suite.faults.script({
      rules: [{ skip: 1, times: 1000, action: { kind: 'status', status: 401 } }],
    });
    await browser.context.setOffline(false);
    await expect
      .poll(() => textNow(app.status), { timeout: LANDS_WITHIN_MS })
      .toBe(
        'Online · 2 applications waiting to be sent · Sending is paused until you sign in again. Sign in to send',
      );
    expect(await statuses(ids)).toEqual(['submitted', 'queued', 'queued']);
    const during = (await suite.faults.log()).filter((e) => e.route === 'applications').length;
    // Neither the network coming back nor the page becoming visible sends while paused.
    await browser.context.setOffline(true);
    await browser.context.setOffline(false);
    await hooks.send('visible');
    expect((await suite.faults.log()).filter((e) => e.route === 'applications').length).toBe(
      during,
    );
    await browser.page.getByRole('link', { name: 'Auth1 Diaz' }).click();
    expect(await app.lastAttempt().textContent()).toMatch(/, sign-in needed \(1 attempt\)$/);

    // Signed in again (here the exchange simply stops refusing): Send now resumes.
    await suite.faults.script({});
    await app.backToList();
    await app.sendNow();
    await expect
      .poll(() => statuses(ids), { timeout: LANDS_WITHIN_MS })
      .toEqual(['submitted', 'submitted', 'submitted']);
    await expect.poll(() => textNow(app.healthQueue())).toBe('All sent — safe to close.');
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: ids });
  });

  it('[row 10] a waiting application cannot be edited; if its body changes anyway, the exchange refuses the key and a correction supersedes it', async () => {
    const { app, hooks, browser } = suite.session;
    // The assister's side: once submitted, the form is read-only.
    const id = await app.startNew();
    await app.fill();
    await browser.context.setOffline(true);
    await app.submit();
    await expect.poll(() => textNow(app.state())).toBe('Waiting to be sent');
    expect(await browser.page.getByRole('textbox').count()).toBe(0);
    expect(
      await textNow(browser.page.getByText('This application can no longer be changed.')),
    ).not.toBe('');

    // The exchange stores it but the answer is lost; then a bug changes the waiting body, and the
    // receipts list is down so reconciliation cannot notice first. Until the body has changed, any
    // retry of it is shed (503, before it reaches the store): a reconnect trigger that arrives
    // during the first pass ('online' after the worker's or the probe's) runs a second pass at
    // once, its backoff forgotten, and in CI (2026-12-04) that landed the unchanged body 81 ms
    // after the loss, before the test could change it. Two 'online' requests at once make that
    // second pass happen every time here.
    const receiptsDown = {
      route: 'receipts' as const,
      times: 1000,
      action: { kind: 'status' as const, status: 500 },
    };
    await suite.faults.script({
      rules: [
        { action: { kind: 'drop', when: 'after_commit' } },
        {
          skip: 1,
          times: 1000,
          action: { kind: 'status', status: 503, retryAfter: '60' },
        },
        receiptsDown,
      ],
    });
    await browser.context.setOffline(false);
    await Promise.all([hooks.send('online'), hooks.send('online')]);
    await expect
      .poll(async () => (await postsFor(id)).length, { timeout: LANDS_WITHIN_MS })
      .toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await hooks.app(id)).status).toBe('queued');
    await hooks.corruptQueued(id);
    // The first post stored (its answer dropped), any retry shed before the store.
    const before = (await postsFor(id)).map((p) => p.status);
    expect(before[0]).toBeNull();
    expect(before.slice(1).every((status) => status === 503)).toBe(true);
    await suite.faults.script({ rules: [receiptsDown] }); // (which also starts a new log)
    await hooks.send('manual');
    await expect
      .poll(async () => (await hooks.app(id)).status, { timeout: LANDS_WITHIN_MS })
      .toBe('needs_attention');
    expect((await postsFor(id)).map((p) => p.status)).toEqual([422]);
    await expect
      .poll(async () => (await browser.page.getByRole('alert').allTextContents()).join(' '))
      .toContain('The exchange already has a different application with this identifier.');
    expect(await browser.page.getByRole('textbox').count()).toBe(0);

    // The way out: a correction, a new application that supersedes it.
    await browser.page.getByRole('button', { name: 'Correct this application' }).click();
    await browser.page.getByRole('link', { name: 'View the earlier application' }).waitFor();
    await app.goToStep('household', 'Household');
    expect(await app.firstName().inputValue()).toBe('Ana');
    await app.goToStep('review', 'Review and submit');
    await app.submit();
    await app.confirmationNumber().waitFor({ timeout: LANDS_WITHIN_MS });
    const correction = (await hooks.applications()).find((a) => a.supersedes === id);
    const rows = await suite.faults.rows({ device: await hooks.deviceId() });
    expect(rows.map((r) => [r.id, r.supersedes]).sort()).toEqual(
      [
        [id, null],
        [correction?.id, id],
      ].sort(),
    );
    expect(rows.find((r) => r.id === correction?.id)?.confirmation_number).toBe(
      correction?.confirmationNumber,
    );
    expect(await hooks.audit()).toEqual([]);
  });
});
