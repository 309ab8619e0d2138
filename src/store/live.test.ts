import { describe, expect, it } from 'vitest';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { touchesAny, WATCH_THROTTLE_MS, watch } from './live';
import { SessionRepo } from './session';

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('watch', () => {
  it('gives the current value, then the new one after a change', async () => {
    const db = new AssistDb(`test-${crypto.randomUUID()}`);
    const repo = new ApplicationsRepo(db);
    const seen: number[] = [];
    const sub = watch(
      async () => (await repo.list()).length,
      (n) => seen.push(n),
      () => {},
    );
    await until(() => seen.length === 1);
    await repo.createDraft();
    await until(() => seen.at(-1) === 1);
    sub.unsubscribe();
    await repo.createDraft();
    await new Promise((r) => setTimeout(r, WATCH_THROTTLE_MS * 2));
    expect(seen.at(-1)).toBe(1);
  });

  it('sees a change made through another connection (another tab or the worker)', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const here = new ApplicationsRepo(new AssistDb(name));
    const elsewhere = new ApplicationsRepo(new AssistDb(name));
    let count = -1;
    const sub = watch(
      async () => (await here.list()).length,
      (n) => {
        count = n;
      },
      () => {},
    );
    await until(() => count === 0);
    await elsewhere.createDraft();
    await until(() => count === 1);
    sub.unsubscribe();
  });

  it('a burst of writes costs a few reads, not one per write, and ends on the final value', async () => {
    const db = new AssistDb(`test-${crypto.randomUUID()}`);
    const repo = new ApplicationsRepo(db);
    let reads = 0;
    let last = -1;
    const sub = watch(
      async () => {
        reads += 1;
        return (await repo.list()).length;
      },
      (n) => {
        last = n;
      },
      () => {},
    );
    await until(() => last === 0);
    const started = Date.now();
    for (let i = 0; i < 60; i += 1) await repo.createDraft();
    const elapsed = Date.now() - started;
    await until(() => last === 60);
    expect(reads).toBeLessThanOrEqual(3 + Math.ceil(elapsed / WATCH_THROTTLE_MS) + 1);
    expect(reads).toBeLessThan(30);
    sub.unsubscribe();
  });

  it('runs a read that names its tables again for a change to one of them, not to another', async () => {
    const db = new AssistDb(`test-${crypto.randomUUID()}`);
    const repo = new ApplicationsRepo(db);
    const session = new SessionRepo(db);
    // Created first: Dexie names every table as changed when it creates a database.
    await db.open();
    let reads = 0;
    let count = -1;
    const sub = watch(
      async () => {
        reads += 1;
        return db.applications.count();
      },
      (n) => {
        count = n;
      },
      () => {},
      { tables: ['applications'], throttleMs: 0 },
    );
    await until(() => count === 0);
    // Another table: signing out (twice, so a read it caused would have had time to run).
    await session.clear();
    await session.clear();
    await new Promise((r) => setTimeout(r, 50));
    expect(reads).toBe(1);
    await repo.createDraft();
    await until(() => count === 1);
    expect(reads).toBe(2);
    sub.unsubscribe();
  });
});

describe('touchesAny', () => {
  it("finds the table in Dexie's names of what changed", () => {
    const parts = {
      'idb://enrollment-assist/session/': {},
      'idb://enrollment-assist/session/:dels': {},
    };
    expect(touchesAny(parts, ['session'])).toBe(true);
    expect(touchesAny(parts, ['applications', 'outbox'])).toBe(false);
    // An index of the table, and a database name with a slash in it.
    expect(touchesAny({ 'idb://a/b/outbox/[queuedSeq+id]': {} }, ['outbox'])).toBe(true);
    expect(touchesAny({ 'idb://a/b/outbox/[queuedSeq+id]': {} }, ['applications'])).toBe(false);
  });

  it('counts a change it cannot read as a change', () => {
    expect(touchesAny({ 'something-else': {} }, ['applications'])).toBe(true);
  });
});
