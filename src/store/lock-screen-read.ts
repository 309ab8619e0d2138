import { DB_NAME, TABLES } from './db-name';
import { readProfiles } from './profile-read';
import type { ProfileRecord, SessionRecord } from './records';

/** What a returning device's first screen, the lock screen, shows: who may unlock, who first. */
export interface LockScreenData {
  /** As ProfilesRepo.list() reads them: checked (failing closed) and by name. */
  profiles: ProfileRecord[];
  /** The signed-in assister, offered first (null when no one is signed in). */
  preferred: string | null;
  /** Their sign-in name, for "Sign out (name)" (null when no one is signed in). */
  signedInAs: string | null;
}

/** After this long the read is given up and the store's own path draws the screen. */
export const LOCK_SCREEN_READ_TIMEOUT_MS = 1000;

/**
 * Reads the lock screen's two rows straight from IndexedDB, before the store's code (Dexie, zod,
 * the sender: the services chunk) has been fetched and run. On a 4x slower CPU the lock screen
 * waited for that chunk's evaluation, the store's construction and three round trips queued
 * behind them (issue 8, the offline warm start); this read needs none of them.
 *
 * Read-only, and it gives way: it never creates the database (a new device has none; Dexie
 * creates it with its versions), closes its connection as soon as the read is done or an upgrade
 * asks for it, and answers null whenever it cannot answer exactly (no database, a store missing,
 * an error, too slow): the store's own path then draws the screen as before.
 */
export function readLockScreen(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name: string = DB_NAME,
  timeoutMs: number = LOCK_SCREEN_READ_TIMEOUT_MS,
): Promise<LockScreenData | null> {
  return new Promise((resolve) => {
    let db: IDBDatabase | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let answered = false;
    const done = (data: LockScreenData | null) => {
      answered = true;
      clearTimeout(timer);
      db?.close();
      resolve(data);
    };
    timer = setTimeout(() => done(null), timeoutMs);
    let request: IDBOpenDBRequest;
    try {
      if (!factory) return done(null);
      request = factory.open(name);
    } catch {
      return done(null);
    }
    // No database yet: abort the creation, which leaves none behind.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      done(null);
    };
    request.onsuccess = () => {
      db = request.result;
      // Opened after the time was up: nothing waits for it any more.
      if (answered) return db.close();
      db.onversionchange = () => done(null);
      const { profiles: profileStore, session: sessionStore } = TABLES;
      if (
        !db.objectStoreNames.contains(profileStore) ||
        !db.objectStoreNames.contains(sessionStore)
      ) {
        return done(null);
      }
      try {
        const tx = db.transaction([profileStore, sessionStore], 'readonly');
        const profiles = tx.objectStore(profileStore).getAll();
        // SessionRepo's one row.
        const session = tx.objectStore(sessionStore).get('current');
        tx.oncomplete = () => {
          try {
            const signedIn = (session.result as SessionRecord | undefined)?.assister;
            done({
              profiles: readProfiles(profiles.result as ProfileRecord[]),
              preferred: signedIn?.id ?? null,
              signedInAs: signedIn?.name ?? null,
            });
          } catch {
            // A row the store could not read either: its own path says so (LoadProblem).
            done(null);
          }
        };
        tx.onabort = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}
