import type { AssistDb } from './db';
import { DatabaseUpgradedElsewhereError, isConnectionLost } from './errors';

/**
 * Runs one storage operation; if the browser closed the connection under it, reopens the database
 * and runs it once more (research/offline-sync.md #23: enketo PR #1576, obsidian-air-sync PR #16).
 * Every repository method goes through here. Each operation is one IndexedDB transaction, so a
 * failed first run changed nothing and the retry cannot apply anything twice.
 */
export async function withReopen<T>(db: AssistDb, op: () => Promise<T>): Promise<T> {
  if (db.upgradedElsewhere) throw new DatabaseUpgradedElsewhereError();
  try {
    return await op();
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    if (db.upgradedElsewhere) throw new DatabaseUpgradedElsewhereError();
    if (db.isOpen()) db.close({ disableAutoOpen: false });
    await db.open();
    return op();
  }
}
