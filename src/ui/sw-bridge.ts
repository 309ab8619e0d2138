import { DRAIN_MESSAGE } from '../sync/messages';

/**
 * Registers the service worker in prompt mode: a new version waits until the page agrees (the
 * update banner comes with the UI issue; until then a new worker simply waits for every tab to
 * close). Messages from the worker asking the page to drain are passed to `onDrainRequest`.
 */
export function registerServiceWorker(onDrainRequest: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === DRAIN_MESSAGE) onDrainRequest();
  });
  void import('virtual:pwa-register').then(({ registerSW }) => {
    registerSW({ immediate: true });
  });
}
