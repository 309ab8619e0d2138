/**
 * DO NOT CHANGE THE DATABASE NAME WITHOUT A MIGRATION: the browser finds applications by it, and a
 * renamed database is an empty one (every queued application lost). In a module of its own so that
 * the first screen's chunk can read the lock screen (lock-screen-read.ts) without importing Dexie.
 */
export const DB_NAME = 'enrollment-assist';
