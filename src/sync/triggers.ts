import { SYNC_TAG } from './messages';
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
 * Asks the browser to wake the service worker when a network is available, so that a queued
 * application is sent even if this tab is closed. Where Background Sync is missing this does
 * nothing, and the page's own triggers carry the queue.
 */
export async function registerBackgroundSync(): Promise<boolean> {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  // No worker controls the page (first visit, tests): `ready` would never resolve.
  if (!sw?.controller) return false;
  try {
    const reg = (await sw.ready) as ServiceWorkerRegistration & {
      sync?: { register(tag: string): Promise<void> };
    };
    if (!reg.sync) return false;
    await reg.sync.register(SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}
