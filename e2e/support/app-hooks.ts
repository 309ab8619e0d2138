import type { Page } from 'playwright-core';
import type { SenderStatus } from '../../src/sync/sender';
import type { AppView, TestHooks } from '../../src/sync/test-hooks';

type Hooked = Window & { __eaTest: TestHooks };

/**
 * The page's own store and sender, reached through `window.__eaTest` (src/sync/test-hooks.ts).
 * Needs a browser launched with `testHooks: true`.
 */
export class AppHooks {
  constructor(readonly page: Page) {}

  /** Waits until the app has installed its hooks (they load in their own chunk). */
  async ready(): Promise<void> {
    await this.page.waitForFunction(() => Boolean((window as Partial<Hooked>).__eaTest));
  }

  seedQueued(count: number, firstName = 'Seed', perTransaction = 1): Promise<string[]> {
    return this.page.evaluate(
      ([n, name, batch]) => (window as unknown as Hooked).__eaTest.seedQueued(n, name, batch),
      [count, firstName, perTransaction] as const,
    );
  }

  answerAll(id: string, firstName = 'Ana'): Promise<void> {
    return this.page.evaluate(
      ([i, name]) => (window as unknown as Hooked).__eaTest.answerAll(i, name),
      [id, firstName] as const,
    );
  }

  applications(): Promise<AppView[]> {
    return this.page.evaluate(() => (window as unknown as Hooked).__eaTest.applications());
  }

  async app(id: string): Promise<AppView> {
    const found = (await this.applications()).find((a) => a.id === id);
    if (!found) throw new Error(`no application ${id} on the device`);
    return found;
  }

  audit(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as Hooked).__eaTest.audit());
  }

  send(trigger: 'manual' | 'online' | 'visible' = 'manual'): Promise<void> {
    return this.page.evaluate((t) => (window as unknown as Hooked).__eaTest.send(t), trigger);
  }

  /** Asks for a pass without waiting for it (it may be queued behind another sender's lock). */
  trigger(trigger: 'manual' | 'online' | 'visible' = 'manual'): Promise<void> {
    return this.page.evaluate((t) => {
      void (window as unknown as Hooked).__eaTest.send(t);
    }, trigger);
  }

  senderStatus(): Promise<SenderStatus> {
    return this.page.evaluate(() => (window as unknown as Hooked).__eaTest.senderStatus());
  }

  deviceId(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as Hooked).__eaTest.deviceId());
  }

  setSendTimeoutMs(ms: number): Promise<void> {
    return this.page.evaluate(
      (v) => (window as unknown as Hooked).__eaTest.setSendTimeoutMs(v),
      ms,
    );
  }

  closeDatabase(how: 'backend' | 'close-event'): Promise<void> {
    return this.page.evaluate((h) => (window as unknown as Hooked).__eaTest.closeDatabase(h), how);
  }

  holdLock(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as Hooked).__eaTest.holdLock());
  }

  releaseLock(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as Hooked).__eaTest.releaseLock());
  }

  backOff(ms: number): Promise<SenderStatus> {
    return this.page.evaluate((v) => (window as unknown as Hooked).__eaTest.backOff(v), ms);
  }

  corruptQueued(id: string): Promise<void> {
    return this.page.evaluate((i) => (window as unknown as Hooked).__eaTest.corruptQueued(i), id);
  }
}
