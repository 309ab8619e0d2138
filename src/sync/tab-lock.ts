/** The Web Lock every sender takes: page tabs and the service worker alike (DESIGN.md §4). */
export const OUTBOX_LOCK = 'enrollment-assist:outbox-sender';

/**
 * Runs `fn` while holding the outbox lock, so that one sender at a time, across tabs and the
 * service worker, sends. Without Web Locks (old browsers) it runs anyway: the idempotency key still
 * prevents duplicates; the lock only prevents wasted requests.
 */
export async function withOutboxLock<T>(fn: () => Promise<T>): Promise<T> {
  // Page and service worker alike: both have navigator.locks where the browser has Web Locks.
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return fn();
  return locks.request(OUTBOX_LOCK, { mode: 'exclusive' }, fn) as Promise<T>;
}
