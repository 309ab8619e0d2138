/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { messageType, SKIP_WAITING_MESSAGE } from './sw/messages';
import { drainFromWorker } from './sw/outbox';
import { DRAIN_MESSAGE, SYNC_TAG } from './sync/messages';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PrecacheEntry)[];
};

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

// The app shell: every built file, served from the cache so the app opens with no network.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Any navigation (reload, deep link to an application) gets the cached shell; the API never does.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }),
);

// First install takes the open page at once, so it works offline from the first visit. Later
// versions wait (prompt mode) until the page sends SKIP_WAITING after the assister agrees.
clientsClaim();

self.addEventListener('message', (event) => {
  const type = messageType(event.data);
  if (type === SKIP_WAITING_MESSAGE) void self.skipWaiting();
  if (type === DRAIN_MESSAGE) event.waitUntil(drainFromWorker('message').catch(() => undefined));
});

// Background Sync (Chromium): the browser wakes us when a network is back, even with no tab open.
self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === SYNC_TAG) sync.waitUntil(drainFromWorker('sync'));
});
