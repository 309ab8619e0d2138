import Dexie, { type ObservabilitySet } from 'dexie';
import { type AssistDb, TABLES } from './db';

/** How safe the device's storage is, as far as the browser says (DESIGN.md §4). */
export interface StorageHealth {
  /** Whether the browser promised not to evict this origin's data; null when it cannot say. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

type StorageLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function storageManager(): StorageLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageLike } }).navigator?.storage;
}

/** Reads persistence and usage. Never throws: an unknown is shown as unknown. */
export async function readStorageHealth(
  storage: StorageLike | undefined = storageManager(),
): Promise<StorageHealth> {
  const health: StorageHealth = { persisted: null, usageBytes: null, quotaBytes: null };
  if (!storage) return health;
  try {
    health.persisted = await storage.persisted();
  } catch {
    // Some browsers refuse in private mode: unknown.
  }
  try {
    const estimate = await storage.estimate();
    health.usageBytes = estimate.usage ?? null;
    health.quotaBytes = estimate.quota ?? null;
  } catch {
    // unknown
  }
  return health;
}

/**
 * Asks the browser to keep this origin's data (`navigator.storage.persist()`) when the first
 * application is saved in this session. Best effort: headless Chromium and many browsers say no
 * without engagement or installation, and the answer only changes what the health panel shows.
 *
 * NOTE: told by Dexie after the write commits (`storagemutated`), never by a table hook: a
 * `creating` hook made Dexie read every application before each `put` to it (to tell a creation
 * from an update), one more IndexedDB round trip, and a decryption, at every keystroke saved
 * (issue 8, the field change).
 */
export function requestPersistenceOnFirstSave(
  db: AssistDb,
  storage: StorageLike | undefined = storageManager(),
): () => void {
  if (!storage) return () => undefined;
  const part = `idb://${db.name}/${TABLES.applications}/`;
  const stop = () => Dexie.on('storagemutated').unsubscribe(onMutated);
  const onMutated = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((name) => name.startsWith(part))) return;
    stop();
    // Outside the event: nothing here may stand in the way of the next write.
    setTimeout(() => void storage.persist().catch(() => false), 0);
  };
  let stopped = false;
  // Once open: a database's creation is told as a change of every store, not a save.
  db.open().then(
    () => stopped || Dexie.on('storagemutated', onMutated),
    () => undefined, // the store reports a database that does not open; nothing to ask then
  );
  return () => {
    stopped = true;
    stop();
  };
}
