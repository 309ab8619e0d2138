import { AssistPage } from '../page-models/assist-page';
import { AppHooks } from './app-hooks';
import { launchBrowser, type TestBrowser, waitForServiceWorkerControl } from './browser';
import type { ServerProcess } from './server';

export interface Session {
  browser: TestBrowser;
  page: TestBrowser['page'];
  app: AssistPage;
  hooks: AppHooks;
}

/**
 * A fresh Chromium profile with the app loaded from the real server, its service worker in
 * control (so Background Sync and the worker's sender take part, as on a real tablet), and the
 * test hooks ready.
 */
export async function openSession(server: ServerProcess): Promise<Session> {
  const browser = await launchBrowser({ testHooks: true });
  try {
    const app = new AssistPage(browser.page);
    await app.open(server.url);
    await waitForServiceWorkerControl(browser.page);
    const hooks = new AppHooks(browser.page);
    await hooks.ready();
    return { browser, page: browser.page, app, hooks };
  } catch (error) {
    // No session to close after a failed start: close it here, which also records what the page
    // showed (printed with the failure), and leaves no Chromium running into the next test.
    await browser.close();
    throw error;
  }
}

/** A locator's text right now, or '' when it is not on screen: for polling, never waits. */
export async function textNow(locator: import('playwright-core').Locator): Promise<string> {
  return (await locator.count()) > 0 ? ((await locator.first().textContent()) ?? '') : '';
}

/**
 * Another tab of the session's browser profile (same IndexedDB, same service worker) at `url`,
 * unlocked with the PIN (each tab holds its own data key: issue 7), with the app's screen up and
 * its test hooks ready.
 */
export async function openTab(
  session: Session,
  url: string,
): Promise<{ page: Session['page']; app: AssistPage; hooks: AppHooks }> {
  const page = await session.browser.context.newPage();
  await page.goto(url);
  const app = new AssistPage(page);
  await app.unlockIfLocked();
  await app.heading.waitFor();
  const hooks = new AppHooks(page);
  await hooks.ready();
  return { page, app, hooks };
}
