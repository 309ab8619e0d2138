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
  // Registered by hand: vite-plugin-pwa's registerSW (workbox-window, 3 KB gzip of the budget)
  // did only this in prompt mode. A version that finishes installing while another controls the
  // page waits (`registration.waiting`) until the assister agrees in the update banner.
  void navigator.serviceWorker.register(SW_URL, { scope: '/' }).then((registration) => {
    const offer = () => {
      if (isUpdateWaiting(registration)) setWaitingWorker(registration.waiting);
    };
    offer();
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer();
      });
    });
  }, reportRegistrationFailure);
}

/**
 * A new version waits only behind an active one. The first install also passes through
 * "installed", with `registration.waiting` set for that moment, on its way to activating: it is no
 * update. Offered, it showed a new device "A new version of this app is ready" over its first
 * screen, a 93 px shift of the page (Lighthouse's layout shift 0.027 → 0.106).
 */
export function isUpdateWaiting(
  registration: Pick<ServiceWorkerRegistration, 'active' | 'waiting'>,
): registration is ServiceWorkerRegistration & { waiting: ServiceWorker } {
  return registration.waiting !== null && registration.active !== null;
}

/** The worker vite-plugin-pwa builds from src/sw.ts (vite.config.ts: filename). */
const SW_URL = '/sw.js';

function reportRegistrationFailure(error: unknown): void {
  // The app works without it (no offline start, no background send): say so, do not throw.
  console.warn('The service worker could not be registered:', error);
}
