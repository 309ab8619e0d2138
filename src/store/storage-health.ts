import type { AssistDb } from './db';

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
 */
export function requestPersistenceOnFirstSave(
  db: AssistDb,
  storage: StorageLike | undefined = storageManager(),
): () => void {
  let asked = false;
  const onCreating = () => {
    if (asked || !storage) return;
    asked = true;
    // Outside the write's transaction: the write must not wait on a permission answer.
    setTimeout(() => void storage.persist().catch(() => false), 0);
  };
  db.applications.hook('creating', onCreating);
  return () => db.applications.hook('creating').unsubscribe(onCreating);
}
