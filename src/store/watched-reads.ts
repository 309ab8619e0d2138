import { TABLES } from './db-name';
import type { TableName } from './live';

/**
 * The tables each read the screens watch touches: its watch (live.ts) runs it again after a change
 * to one of these and to no other. A table missing here would leave a screen showing old data, so
 * watched-reads.test.ts runs each read in a transaction of only these tables, which Dexie refuses
 * to let reach any other. Kept apart from the repos so that the screens' chunk names them without
 * importing Dexie's modules through this one.
 */
export const WATCHED_READS = {
  /** OutboxRepo.waitingCount: the status line's count. */
  waitingCount: [TABLES.outbox],
  /** OutboxRepo.summary: the device health panel's queue. */
  queueSummary: [TABLES.applications, TABLES.outbox],
  /** SessionRepo.current: who is signed in. */
  session: [TABLES.session],
  /** ProfilesRepo.list: the assisters with a PIN here (the lock screen). */
  profiles: [TABLES.profiles],
  /** ApplicationsRepo.get: the application on screen. */
  application: [TABLES.applications],
  /** ApplicationsRepo.listPage: the list. */
  listPage: [TABLES.applications],
  /** ApplicationsRepo.history: an application's timeline. */
  history: [TABLES.audit],
  /** MetaRepo.reconciliation: the last check with the exchange. */
  reconciliation: [TABLES.meta],
} as const satisfies Record<string, readonly TableName[]>;
