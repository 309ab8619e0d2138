import { SKIP_WAITING_MESSAGE } from '../sw/messages';

type Listener = (ready: boolean) => void;
let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();

/** A new version of the app is installed and waits (sw-bridge.ts tells us). */
export function setWaitingWorker(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const listener of listeners) listener(waiting !== null);
}

/** Is a new version waiting? Calls back now and on every change. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  listener(waiting !== null);
  return () => listeners.delete(listener);
}

/**
 * The assister agreed to reload: the waiting worker takes over, then the page reloads once it
 * controls the page. (The plugin's own `updateSW` sends a message name our worker does not use.)
 */
export function applyUpdate(): void {
  if (!waiting) return;
  // The page reloads once the new worker controls it (no service worker API: nothing to reload).
  navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: SKIP_WAITING_MESSAGE });
}
