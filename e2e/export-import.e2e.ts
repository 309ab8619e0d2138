import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PWA_CSP, PWA_CSP_META } from '../src/schema/content-security-policy';
import { type ImportReport, importReport } from '../src/schema/sealed';
import { cspViolationEvents, launchBrowser, recordCspViolations } from './support/browser';
import { useFaultSuite } from './support/fault-suite';
import { expectNothingLostNothingDoubled } from './support/proof';
import { E2E_ASSISTER } from './support/server';
import { textNow } from './support/session';

// Issue 7 in Chromium: the export of waiting applications, imported by the exchange twice, and the
// Content-Security-Policy the whole way.

const LANDS_WITHIN_MS = 45_000;
/** What the test types for each applicant (app.fill's sample draft): none of it may be in the file. */
const PII = ['Diaz', '234-56-7890', '1990-04-12', 'Tremont'];

const suite = useFaultSuite();

/** A bearer token for the exchange's own staff, who run the import (the test assister's account). */
async function apiToken(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(E2E_ASSISTER),
  });
  return ((await res.json()) as { token: string }).token;
}

/** `POST /api/v1/imports` with the file's bytes exactly as the device saved them. */
async function importFile(url: string, token: string, body: string): Promise<ImportReport> {
  const res = await fetch(`${url}/api/v1/imports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body,
  });
  expect(res.status).toBe(200);
  return importReport.parse(await res.json());
}

describe('export of waiting applications, in Chromium', () => {
  it('[E2E-9] two applications queued offline go to one sealed file; the exchange imports it twice, one row each; the device, online later, doubles nothing; no CSP violation on the way', async () => {
    const { app, hooks, page, browser } = suite.session;
    await recordCspViolations(browser.context);
    await app.reload();
    await hooks.ready();

    // Two applications submitted with no network: they wait on the device.
    await browser.context.setOffline(true);
    const ids: string[] = [];
    for (const name of ['Ana', 'Mei']) {
      ids.push(await app.startNew());
      await app.authorize();
      await app.fill(name);
      await app.submit();
      await expect.poll(() => textNow(app.state())).toBe('Waiting to be sent');
      await app.backToList();
    }
    await expect.poll(() => textNow(app.healthQueue())).toBe('2 applications waiting to be sent');

    // The export, from the home screen's device panel: one file, named by date and count.
    const download = await app.exportWaiting();
    expect(download.suggestedFilename()).toMatch(
      /^enrollment-assist-waiting-\d{4}-\d\d-\d\dT\d\d-\d\d-2-applications\.json$/,
    );
    const text = readFileSync(await download.path(), 'utf8');
    for (const value of PII) expect(text).not.toContain(value);
    const file = JSON.parse(text) as { items: { id: string; sealed?: unknown }[] };
    expect(file.items.map((item) => item.id)).toEqual(ids);
    expect(file.items.every((item) => item.sealed !== undefined)).toBe(true);
    expect(await page.getByTestId('export-message').textContent()).toContain(
      download.suggestedFilename(),
    );

    // The exchange imports the file as it is, twice: created, then replayed; one row each.
    const token = await apiToken(suite.server.url);
    const first = await importFile(suite.server.url, token, text);
    const second = await importFile(suite.server.url, token, text);
    expect(first.counts).toMatchObject({ created: 2, replayed: 0, refused: 0 });
    expect(second.counts).toMatchObject({ created: 0, replayed: 2, refused: 0 });
    expect(second.items.map((i) => i.receipt)).toEqual(first.items.map((i) => i.receipt));
    const rows = await suite.faults.rows({ ids });
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());

    // Online again. The device's receipts list would find them received before any send; with it
    // failing, the device sends each one, and the exchange replays the import's receipt: same
    // numbers, no new row.
    await suite.faults.script({
      rules: [{ route: 'receipts', times: 1000, action: { kind: 'status', status: 500 } }],
    });
    await browser.context.setOffline(false);
    await hooks.trigger('online');
    await expect
      .poll(
        async () =>
          (await hooks.applications()).filter((a) => ids.includes(a.id) && a.confirmationNumber)
            .length,
        { timeout: LANDS_WITHIN_MS },
      )
      .toBe(2);
    for (const item of first.items) {
      expect((await hooks.app(item.id as string)).confirmationNumber).toBe(
        item.receipt?.confirmationNumber,
      );
    }
    const posts = (await suite.faults.log()).filter((e) => e.route === 'applications');
    expect([...new Set(posts.map((e) => e.key))].sort()).toEqual([...ids].sort());
    expect(posts.map((e) => e.status)).toEqual(posts.map(() => 200));
    await expectNothingLostNothingDoubled(suite.faults, hooks, { landed: ids });
    expect(await suite.faults.rows({ ids })).toHaveLength(2);

    // The Content-Security-Policy let all of that run, and it is on: an inline script is refused.
    expect(await cspViolationEvents(page)).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__eaInlineRan = true';
      document.head.append(script);
      return (window as { __eaInlineRan?: boolean }).__eaInlineRan === true;
    });
    expect(ran).toBe(false);
    // Refused twice: by the header the server sent and by the policy the page sets for itself.
    await expect.poll(async () => (await cspViolationEvents(page)).length).toBe(2);
    const refusals = await cspViolationEvents(page);
    expect(refusals.map((v) => `${v.directive} ${v.blocked}`)).toEqual([
      'script-src-elem inline',
      'script-src-elem inline',
    ]);
    expect(refusals.map((v) => v.policy).sort()).toEqual([PWA_CSP, PWA_CSP_META].sort());
  });

  it('[E2E-10] the page sets the policy itself: served with no CSP header, it still runs no inline script', async () => {
    const bare = await launchBrowser({ serviceWorkers: 'block' });
    try {
      await recordCspViolations(bare.context);
      // A host that sends no header: the document arrives without Content-Security-Policy.
      await bare.page.route('**/*', async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers['content-security-policy'];
        return route.fulfill({ response, headers });
      });
      const response = await bare.page.goto(suite.server.url);
      expect(response?.headers()['content-security-policy']).toBeUndefined();
      await bare.page.getByRole('button', { name: 'English', exact: true }).waitFor();
      expect(
        await bare.page
          .locator('meta[http-equiv="Content-Security-Policy"]')
          .getAttribute('content'),
      ).toBe(PWA_CSP_META);
      expect(await cspViolationEvents(bare.page)).toEqual([]);
      const ran = await bare.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__eaInlineRan = true';
        document.head.append(script);
        return (window as { __eaInlineRan?: boolean }).__eaInlineRan === true;
      });
      expect(ran).toBe(false);
      await expect
        .poll(() => cspViolationEvents(bare.page))
        .toEqual([{ directive: 'script-src-elem', blocked: 'inline', policy: PWA_CSP_META }]);
    } finally {
      await bare.close();
    }
  });
});
