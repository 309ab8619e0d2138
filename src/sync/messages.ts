/** Message a page posts to the service worker (or the worker to a page) to ask for a drain. */
export const DRAIN_MESSAGE = 'drain-outbox';
/** Background Sync tag: Chromium wakes the service worker with it once a network is back. */
export const SYNC_TAG = 'outbox';
