/**
 * DO NOT CHANGE THE DATABASE OR TABLE NAMES WITHOUT A MIGRATION: the browser finds applications by
 * these names, and a renamed database is an empty one (every queued application lost). In a module
 * of their own so that the first screen's chunk can read the lock screen (lock-screen-read.ts)
 * without importing Dexie; db.ts re-exports them.
 */
export const DB_NAME = 'enrollment-assist';
export const TABLES = {
  applications: 'applications',
  outbox: 'outbox',
  session: 'session',
  meta: 'meta',
  sent: 'sent',
  profiles: 'profiles',
  exchange: 'exchange',
  audit: 'audit',
} as const;
