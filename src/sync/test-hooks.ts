import type { ApplicationsRepo } from '../store/applications';
import type { AssistDb } from '../store/db';
import { MetaRepo } from '../store/meta';
import {
  type AppView,
  appViews,
  auditStore,
  closeBehindTheAppsBack,
  corruptQueued,
  inOneTransaction,
  sampleDraft,
} from '../store/test-support';
import type { Trigger } from './gate';
import type { OutboxSender, SenderStatus } from './sender';
import { OUTBOX_LOCK } from './tab-lock';
import type { TransportOptions } from './transport';

/**
 * What the browser tests reach through `window.__eaTest`, installed only in the tests' build
 * (`npm run build:test`; the production build leaves this module out) and only when the page was
 * opened with `window.__EA_TEST_HOOKS__ = true` set before the app's scripts ran (Playwright's
 * addInitScript). Each hook drives the app's own store and sender code, never a copy of it, so a
 * test can seed 1,000 applications in seconds instead of 1,000 form fills.
 */
export interface TestHooks {
  /**
   * Creates and submits `count` applications through the repository; returns their ids. With
   * `perTransaction` > 1, that many go in one transaction (a fast, realistic bulk load: the screen
   * is told once per batch, not once per write).
   */
  seedQueued(count: number, firstName?: string, perTransaction?: number): Promise<string[]>;
  /**
   * Answers every question of the draft `id` at once, through the repository (what a person does
   * in a few minutes of typing), so that a test can go straight to the review and submit there.
   */
  answerAll(id: string, firstName?: string): Promise<void>;
  /** Every application as the device holds it. */
  applications(): Promise<AppView[]>;
  /** The store's invariants; an empty list when they hold. */
  audit(): Promise<string[]>;
  send(trigger: Trigger): Promise<void>;
  senderStatus(): SenderStatus;
  deviceId(): Promise<string>;
  setSendTimeoutMs(ms: number): void;
  /** What iOS does: closes the connection behind the app (`backend`), or fires `close` on it. */
  closeDatabase(how: 'backend' | 'close-event'): void;
  /** Holds the outbox lock from this tab until released: nobody else may send meanwhile. */
  holdLock(): Promise<void>;
  releaseLock(): void;
  /** Changes the body of a waiting submission, as a bug would (fault matrix row 10). */
  corruptQueued(id: string): Promise<void>;
  /**
   * Puts every sender of the device in a backoff of `ms`, as nine failed passes in a row would
   * (the shared gate), and lets this page's sender see it.
   */
  backOff(ms: number): Promise<SenderStatus>;
}

export type { AppView };

export function installTestHooks(deps: {
  db: AssistDb;
  applications: ApplicationsRepo;
  sender: OutboxSender;
  transport: TransportOptions;
}): TestHooks {
  const { db, applications, sender, transport } = deps;
  let release: (() => void) | null = null;
  const hooks: TestHooks = {
    async seedQueued(count, firstName = 'Seed', perTransaction = 1) {
      const ids: string[] = [];
      const one = async (i: number) => {
        const draft = await applications.createDraft({ fields: sampleDraft(`${firstName}${i}`) });
        const result = await applications.submit(draft.id);
        if (!result.ok) throw new Error(`seed ${i} did not validate`);
        ids.push(draft.id);
      };
      for (let start = 0; start < count; start += perTransaction) {
        const end = Math.min(count, start + perTransaction);
        const batch = async () => {
          for (let i = start; i < end; i += 1) await one(i);
        };
        if (perTransaction > 1) await inOneTransaction(db, batch);
        else await batch();
      }
      return ids;
    },
    async answerAll(id, firstName = 'Ana') {
      await applications.updateFields(id, sampleDraft(firstName) as Record<string, string>);
    },
    applications: () => appViews(db),
    audit: () => auditStore(db),
    send: (trigger) => sender.request(trigger),
    senderStatus: () => sender.current,
    deviceId: () => new MetaRepo(db).deviceId(),
    setSendTimeoutMs(ms) {
      transport.timeoutMs = ms;
    },
    closeDatabase: (how) => closeBehindTheAppsBack(db, how),
    holdLock() {
      return new Promise<void>((held) => {
        void navigator.locks.request(OUTBOX_LOCK, { mode: 'exclusive' }, () => {
          held();
          return new Promise<void>((done) => {
            release = done;
          });
        });
      });
    },
    releaseLock() {
      release?.();
      release = null;
    },
    corruptQueued: (id) => corruptQueued(db, id),
    async backOff(ms) {
      const gate = { notBefore: Date.now() + ms, failures: 9, serverSaid: false, paused: false };
      await new MetaRepo(db).setRetryGate({ ...gate, reason: 'offline' });
      await sender.request('visible');
      return sender.current;
    },
  };
  (globalThis as { __eaTest?: TestHooks }).__eaTest = hooks;
  return hooks;
}
