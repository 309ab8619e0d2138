import Dexie from 'dexie';
import type { TABLES } from './db-name';

export type TableName = (typeof TABLES)[keyof typeof TABLES];

export interface Subscription {
  unsubscribe(): void;
}

/**
 * How often, at most, a watched read runs again while the database keeps changing. A drain writes
 * twice per application, four applications at a time: re-reading (and re-drawing) the list after
 * every write made a 1,000-application drain take minutes, and even five reads a second kept the
 * tablet's CPU (the page, and the browser process that serves IndexedDB) a third busier than the
 * sending itself (a 1,000-application drain with the list on screen, one run each with a profiler
 * attached: 41 s at 200 ms, 34 s at 1 s; `npm run bench -- drain` now measures 27 s). The first
 * change is still answered at once; only a burst is followed once a second.
 */
export const WATCH_THROTTLE_MS = 1000;

export interface WatchOptions {
  /** At most one read per this many ms while changes keep coming (WATCH_THROTTLE_MS). */
  throttleMs?: number;
  /**
   * The tables the read touches (watched-reads.ts, where a test proves each list complete): a
   * change to any other table does not run it again. Every change does when absent. A key typed
   * in the wizard saves an application; without this it also re-read the session (twice), the
   * profiles and the queue: 6 IndexedDB transactions per key instead of 2 (keys 1.2 s apart, past
   * every throttle; the field change's latency did not move measurably, issue 8).
   */
  tables?: readonly TableName[];
}

/**
 * Re-runs a read whenever the database changes, in this tab, another tab or the service worker
 * (Dexie's `storagemutated`, which it carries across contexts), at most once per `throttleMs`
 * (WATCH_THROTTLE_MS unless the read is cheap enough to run more often): the first change is
 * answered at once, a burst ends with one more read, so the last value is always the current one.
 * The UI watches the store through this, never through Dexie.
 */
export function watch<T>(
  read: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
  options: WatchOptions = {},
): Subscription {
  const { throttleMs = WATCH_THROTTLE_MS, tables } = options;
  let closed = false;
  let running = false;
  let dirty = false;
  let lastRun = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = async () => {
    running = true;
    dirty = false;
    lastRun = Date.now();
    try {
      const value = await read();
      if (!closed) onValue(value);
    } catch (error) {
      if (!closed) onError(error);
    } finally {
      running = false;
      if (dirty) schedule();
    }
  };
  const schedule = () => {
    if (closed || timer !== null) return;
    if (running) {
      dirty = true; // read again once this one is done: it may have missed the change
      return;
    }
    const wait = Math.max(0, lastRun + throttleMs - Date.now());
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, wait);
  };

  const onChange = (parts: Record<string, unknown>) => {
    if (tables === undefined || touchesAny(parts, tables)) schedule();
  };
  Dexie.on('storagemutated', onChange);
  void run();
  return {
    unsubscribe() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onChange);
    },
  };
}

/**
 * Whether a change names one of `tables`. Dexie names what a transaction changed by parts
 * `idb://<database>/<table>/<index>` (`''` for the primary key, `':dels'` for deletions; every part
 * of every table when it creates the database), so the table is the second segment from the end;
 * an index name holds no slash. A part in another shape counts as a change, to be safe.
 */
export function touchesAny(parts: Record<string, unknown>, tables: readonly string[]): boolean {
  return Object.keys(parts).some(
    (part) => !part.startsWith('idb://') || tables.includes(part.split('/').at(-2) ?? ''),
  );
}
