import { describe, expect, it } from 'vitest';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { readStorageHealth, requestPersistenceOnFirstSave } from './storage-health';

function fakeStorage(answers: { persisted?: boolean; usage?: number; quota?: number } = {}) {
  const calls = { persist: 0 };
  return {
    calls,
    storage: {
      persist: async () => {
        calls.persist += 1;
        return false; // what headless Chromium answers
      },
      persisted: async () => answers.persisted ?? false,
      estimate: async () => ({ usage: answers.usage ?? 0, quota: answers.quota ?? 0 }),
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('storage health', () => {
  it('asks for persistent storage at the first save of the session, once', async () => {
    const db = new AssistDb(`test-${crypto.randomUUID()}`);
    const { storage, calls } = fakeStorage();
    requestPersistenceOnFirstSave(db, storage);
    const repo = new ApplicationsRepo(db);
    await tick();
    expect(calls.persist).toBe(0);
    await repo.createDraft();
    await repo.createDraft();
    await tick();
    expect(calls.persist).toBe(1);
  });

  it("another database's saves, and this one's other stores, do not count as the first save", async () => {
    const db = new AssistDb(`test-${crypto.randomUUID()}`);
    const other = new AssistDb(`test-${crypto.randomUUID()}`);
    const { storage, calls } = fakeStorage();
    const stop = requestPersistenceOnFirstSave(db, storage);
    await new ApplicationsRepo(other).createDraft();
    await db.meta.put({ key: 'probe', value: 1 });
    await tick();
    expect(calls.persist).toBe(0);
    await new ApplicationsRepo(db).createDraft();
    await tick();
    expect(calls.persist).toBe(1);
    stop();
  });

  it('a refusal changes nothing about saving', async () => {
    const db = new AssistDb(`test-${crypto.randomUUID()}`);
    requestPersistenceOnFirstSave(db, fakeStorage().storage);
    const draft = await new ApplicationsRepo(db).createDraft();
    expect(await db.applications.get(draft.id)).toBeDefined();
  });

  it('reads persistence and usage, and says unknown where the browser cannot', async () => {
    const { storage } = fakeStorage({ persisted: true, usage: 5_000, quota: 1_000_000 });
    expect(await readStorageHealth(storage)).toEqual({
      persisted: true,
      usageBytes: 5_000,
      quotaBytes: 1_000_000,
    });
    const broken = {
      persist: async () => false,
      persisted: () => Promise.reject(new Error('private mode')),
      estimate: () => Promise.reject(new Error('private mode')),
    };
    expect(await readStorageHealth(broken)).toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
    expect(await readStorageHealth(undefined)).toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
  });
});
