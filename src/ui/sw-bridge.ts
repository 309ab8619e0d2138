import { DRAIN_MESSAGE } from '../sync/messages';
import { setWaitingWorker } from './update-state';

/**
 * Registers the service worker in prompt mode: a new version waits until the assister agrees in
 * the update banner (components/UpdateBanner.tsx). Messages from the worker asking the page to
 * drain the outbox go to `onDrainRequest`.
 */
export function registerServiceWorker(onDrainRequest: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === DRAIN_MESSAGE) onDrainRequest();
  });
  void import('virtual:pwa-register').then(({ registerSW }) => {
    registerSW({
      immediate: true,
      onNeedRefresh() {
        void navigator.serviceWorker.getRegistration().then((registration) => {
          setWaitingWorker(registration?.waiting ?? null);
        });
      },
    });
  });
}
