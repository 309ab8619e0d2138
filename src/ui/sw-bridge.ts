import { CLAIM_MESSAGE } from '../sw/messages';
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
  // A page left uncontrolled by the first install's claim (sw/messages.ts) asks for it once the
  // worker is active. A page that an older worker controls is left alone: updates wait (prompt).
  void navigator.serviceWorker.ready.then((registration) => {
    if (!navigator.serviceWorker.controller)
      registration.active?.postMessage({ type: CLAIM_MESSAGE });
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
