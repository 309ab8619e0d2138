import { DRAIN_MESSAGE, SYNC_TAG } from './messages';
import type { OutboxSender } from './sender';

/**
 * Wires the page's triggers (DESIGN.md §4): start, `online`, the page becoming visible, and
 * messages from the service worker. Foreground triggers must be enough on their own, because
 * Safari and Firefox have no Background Sync. Returns a function that unwires them.
 */
export function attachPageTriggers(sender: OutboxSender, win: Window): () => void {
  const onOnline = () => void sender.request('online');
  const onVisible = () => {
    if (win.document.visibilityState === 'visible') void sender.request('visible');
  };
  win.addEventListener('online', onOnline);
  win.document.addEventListener('visibilitychange', onVisible);
  void sender.request('start');
  return () => {
    win.removeEventListener('online', onOnline);
    win.document.removeEventListener('visibilitychange', onVisible);
  };
}

/**
 * Hands the queue to the service worker too, so that a queued application is sent even if this
 * tab is closed: a Background Sync registration where the browser has one (Chromium wakes the
 * worker once a network is back), else a message asking the worker to drain now. Either way the
 * page's own triggers keep working, and the outbox lock keeps the two from sending at once.
 */
export async function requestWorkerDrain(): Promise<'sync' | 'message' | 'none'> {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  // No worker controls the page (first visit, tests): `ready` would never resolve.
  if (!sw?.controller) return 'none';
  try {
    const reg = (await sw.ready) as ServiceWorkerRegistration & {
      sync?: { register(tag: string): Promise<void> };
    };
    if (reg.sync) {
      await reg.sync.register(SYNC_TAG);
      return 'sync';
    }
  } catch {
    // Background Sync refused (permissions, private mode): fall back to asking directly.
  }
  sw.controller.postMessage({ type: DRAIN_MESSAGE });
  return 'message';
}
