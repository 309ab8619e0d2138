import { useEffect, useState } from 'preact/hooks';

/**
 * What happens when part of the app fails to load: a lazily imported chunk (the assister's
 * screens) or the services (the store, the sender). Without this the screen stayed blank for good:
 * a browser keeps a failed `import()` in its module map, so the same import never succeeds again in
 * that page (whatwg/html#6768). It happens when a flaky connection drops a chunk before the service
 * worker has cached it, or when the browser stops the worker while it is serving the page.
 *
 * The answer is a reload, which fetches the chunk afresh. The page reloads itself once if a reload
 * can work (a service worker serves the app, or the device is online) and it has not just done so;
 * otherwise, or if that reload fails too, it says what happened and offers the reload button.
 * Nothing typed is at risk: a failure happens before the assister's screens exist.
 */

/** A page that reloaded itself less than this long ago shows the problem instead of looping. */
export const SELF_RELOAD_INTERVAL_MS = 60_000;
const LAST_SELF_RELOAD_KEY = 'ea.lastSelfReload';

/** Pure: whether a page whose load failed should reload itself now. */
export function shouldReloadItself(input: {
  now: number;
  lastSelfReloadAt: number | null;
  /** A service worker controls the page, or the browser thinks it is online. */
  reloadCanWork: boolean;
}): boolean {
  if (!input.reloadCanWork) return false;
  if (input.lastSelfReloadAt === null) return true;
  const since = input.now - input.lastSelfReloadAt;
  // A clock set back (since < 0) must not allow a loop either.
  return since < 0 ? false : since >= SELF_RELOAD_INTERVAL_MS;
}

type Listener = (failed: boolean) => void;
let failed = false;
const listeners = new Set<Listener>();

let reloading = false;

/**
 * Records a failed load: reloads the page when that can help, otherwise shows the problem. True
 * when the page is reloading itself: nothing should be fetched again in it (the reload will).
 */
export function reportLoadFailure(error: unknown): boolean {
  console.error('The app did not finish loading:', error);
  if (reloading) return true;
  if (failed) return false;
  const now = Date.now();
  if (
    shouldReloadItself({
      now,
      lastSelfReloadAt: readLastSelfReload(),
      reloadCanWork: Boolean(navigator.serviceWorker?.controller) || navigator.onLine,
    })
  ) {
    try {
      sessionStorage.setItem(LAST_SELF_RELOAD_KEY, String(now));
      reloading = true;
      location.reload();
      return true;
    } catch {
      // No session storage (a locked-down browser): without a record a reload could loop.
    }
  }
  failed = true;
  for (const listener of listeners) listener(true);
  return false;
}

/** True once a load has failed and the page did not reload itself. */
export function useLoadFailure(): boolean {
  const [state, setState] = useState(failed);
  useEffect(() => {
    listeners.add(setState);
    setState(failed);
    return () => {
      listeners.delete(setState);
    };
  }, []);
  return state;
}

/** For tests: forget a reported failure (and a reload jsdom does not perform). */
export function resetLoadFailure(): void {
  failed = false;
  reloading = false;
  for (const listener of listeners) listener(false);
}

function readLastSelfReload(): number | null {
  try {
    const raw = sessionStorage.getItem(LAST_SELF_RELOAD_KEY);
    const value = raw === null ? Number.NaN : Number(raw);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}
