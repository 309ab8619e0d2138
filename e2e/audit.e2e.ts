import { PGlite } from '@electric-sql/pglite';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssistPage } from './page-models/assist-page';
import {
  axeViolations,
  launchBrowser,
  type TestBrowser,
  waitForServiceWorkerControl,
} from './support/browser';
import { ServerProcess } from './support/server';

/** Issue 7's leftovers in Chromium: the audit log and the authorization reach the exchange once. */
let server: ServerProcess;
let browser: TestBrowser;

beforeEach(async () => {
  server = await ServerProcess.start();
  browser = await launchBrowser({ testHooks: true });
});
afterEach(async () => {
  await browser?.close();
  await server?.dispose();
});

/** Typed by the assister (authorization) and answered through the hooks (the rest). */
const PII = ['Diaz', '234-56-7890', '1990-04-12'];
/** The receipt's history, oldest first: each line is a date and time, then one of these. */
const TIMELINE = [
  'Application started',
  'Permission to help recorded',
  'Submitted on this device, waiting to be sent',
  'First attempt to send it to the exchange',
  'Received by the exchange, confirmation number',
];
/** Long enough for a pass on a busy 2-core machine; an upper bound, never a sleep. */
const SENT_WITHIN_MS = 45_000;

/** The device's audit log, read raw from IndexedDB. */
function deviceAudit(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((ok, fail) => {
        const open = indexedDB.open('enrollment-assist');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('audit').objectStore('audit').getAll();
          req.onsuccess = () => {
            open.result.close();
            ok(req.result as Array<Record<string, unknown>>);
          };
          req.onerror = () => fail(req.error);
        };
      }),
  );
}

/** Every record of every store, raw, as one string. */
function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('enrollment-assist');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = await Promise.all(
      [...db.objectStoreNames].map(
        (name) =>
          new Promise<unknown[]>((ok, fail) => {
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => ok(req.result as unknown[]);
            req.onerror = () => fail(req.error);
          }),
      ),
    );
    db.close();
    return JSON.stringify(all);
  });
}

/** The server's own tables, read from its data folder (the server must be stopped: PGlite). */
async function serverRows(dataDir: string, applicationId: string) {
  const db = await PGlite.create(dataDir);
  try {
    const events = await db.query<{ id: string; what: string; who: string }>(
      'SELECT * FROM audit_events WHERE application_id = $1',
      [applicationId],
    );
    const all = await db.query<{ id: string }>('SELECT * FROM audit_events');
    const authorizations = await db.query<{ id: string; kind: string }>(
      'SELECT id, kind, record FROM authorization_records WHERE application_id = $1',
      [applicationId],
    );
    return { events: events.rows, all: all.rows, authorizations: authorizations.rows };
  } finally {
    await db.close();
  }
}

describe('the audit log and the authorization, end to end in Chromium', () => {
  it('[E2E-audit] authorized, typed and submitted offline, through a reload: the exchange gets each event and the authorization once, the receipt shows the history, no event holds personal data; a withdrawn permission reaches it too', async () => {
    const { page, context } = browser;
    const app = new AssistPage(page);
    await app.open(server.url);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    const id = await app.startNew();
    await app.authorize();
    await app.fill();
    await app.submit();
    await expect.poll(() => app.state().textContent()).toBe('Waiting to be sent');

    // Offline, the log waits on the device: created, authorized, queued; nothing personal in it.
    const waiting = await deviceAudit(page);
    expect(waiting.filter((e) => e.applicationId === id).map((e) => e.what)).toEqual(
      expect.arrayContaining([
        'application_created',
        'authorization_granted',
        'application_queued',
      ]),
    );
    expect(waiting.every((e) => e.unsent === 1)).toBe(true);
    const offlineDump = await dumpIndexedDb(page);
    for (const value of PII) expect(offlineDump).not.toContain(value);

    // A reload (the PIN again) loses nothing; back online, everything goes out.
    await app.reload();
    await context.setOffline(false);
    await app.confirmationNumber().waitFor({ timeout: SENT_WITHIN_MS });
    const history = page.getByRole('region', { name: 'History' });
    await history
      .getByText('Received by the exchange, confirmation number')
      .waitFor({ timeout: SENT_WITHIN_MS });
    await expect
      .poll(async () => (await deviceAudit(page)).filter((e) => e.unsent || e.auth).length, {
        timeout: SENT_WITHIN_MS,
      })
      .toBe(0);

    const items = await history.getByRole('listitem').allTextContents();
    const number = (await app.confirmationNumber().textContent()) ?? '';
    const said = (item: string) => TIMELINE.find((label) => item.includes(label)) ?? item;
    expect(items.map(said)).toEqual(TIMELINE);
    expect(items.at(-1)).toContain(`confirmation number ${number}`);
    expect(await axeViolations(page)).toEqual([]);

    // What the device keeps: the application's timeline; the lock-screen events were forgotten.
    const kept = await deviceAudit(page);
    expect(kept.every((e) => e.applicationId !== undefined)).toBe(true);
    const deviceDump = await dumpIndexedDb(page);
    for (const value of PII) expect(deviceDump).not.toContain(value);
    expect(browser.cspViolations).toEqual([]);

    // Another applicant gives permission, then takes it back: both records go out at once.
    await app.backToList();
    const withdrawn = await app.startNew();
    await app.authorize();
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'The applicant takes back permission' }).click();
    await page
      .getByRole('button', { name: 'Confirm: take back permission and delete the answers' })
      .click();
    await page.getByRole('heading', { name: 'The applicant takes back permission' }).waitFor();
    await expect
      .poll(
        async () =>
          (await deviceAudit(page)).filter(
            (e) => e.applicationId === withdrawn && !e.unsent && !e.auth,
          ).length,
        { timeout: SENT_WITHIN_MS },
      )
      .toBe(3); // created, granted, revoked: each sent

    await server.stop();
    const revoked = await serverRows(server.dataDir, withdrawn);
    expect(revoked.authorizations.map((a) => a.kind)).toEqual(['granted', 'revoked']);
    const rows = await serverRows(server.dataDir, id);
    const kinds = rows.events.map((e) => e.what).sort();
    expect(kinds).toEqual(
      [
        'application_created',
        'application_queued',
        'application_sent',
        'authorization_granted',
        'receipt_received',
      ].sort(),
    );
    // The same ids as on the device, each once; and the unlock after the reload reached it too.
    expect(rows.events.map((e) => e.id).sort()).toEqual(kept.map((e) => e.id).sort());
    expect(rows.all.map((e) => (e as unknown as { what: string }).what)).toContain('unlocked');
    expect(rows.authorizations.map((a) => a.kind)).toEqual(['granted']);
    expect(rows.authorizations[0]?.id).toBe(
      kept.find((e) => e.what === 'authorization_granted')?.id,
    );
    const serverDump = JSON.stringify(rows.all);
    for (const value of PII) expect(serverDump).not.toContain(value);
    expect(await server.countRows(id)).toBe(1);
  });
});
