import type { ApplicationsRepo } from './applications';
import { TABLES } from './db-name';
import type { TableName } from './live';
import type { MetaRepo } from './meta';
import type { OutboxRepo } from './outbox';
import type { ProfilesRepo } from './profiles';
import type { SessionRepo } from './session';

/**
 * A read the screens watch, defined with the tables it touches: its watch (live.ts) runs it again
 * after a change to one of these and to no other. The screens call it with its arguments
 * (useWatched), so no screen pairs a read with a table list by hand.
 */
export interface WatchedRead<A extends readonly unknown[], T> {
  readonly tables: readonly TableName[];
  readonly read: (...args: A) => Promise<T>;
}

function watched<A extends readonly unknown[], T>(
  tables: readonly TableName[],
  read: (...args: A) => Promise<T>,
): WatchedRead<A, T> {
  return { tables, read };
}

/**
 * Every read the screens watch. A table missing from a list would leave a screen showing old data,
 * so watched-reads.test.ts runs each read in a transaction of only its tables, which Dexie refuses
 * to let reach any other. Kept apart from the repos (their types only) so that the screens' chunk
 * names these without importing Dexie's modules through this one.
 */
export const WATCHED_READS = {
  /** The status line's count. */
  waitingCount: watched([TABLES.outbox], (outbox: OutboxRepo) => outbox.waitingCount()),
  /** The device health panel's queue. */
  queueSummary: watched([TABLES.applications, TABLES.outbox], (outbox: OutboxRepo) =>
    outbox.summary(),
  ),
  /** Who is signed in. */
  session: watched([TABLES.session], (session: SessionRepo) => session.current()),
  /** The assisters with a PIN here (the lock screen). */
  profiles: watched([TABLES.profiles], (profiles: ProfilesRepo) => profiles.list()),
  /** The application on screen. */
  application: watched([TABLES.applications], (applications: ApplicationsRepo, id: string) =>
    applications.get(id),
  ),
  /** A page of the list. */
  listPage: watched(
    [TABLES.applications],
    (applications: ApplicationsRepo, ...page: Parameters<ApplicationsRepo['listPage']>) =>
      applications.listPage(...page),
  ),
  /** An application's timeline. */
  history: watched([TABLES.audit], (applications: ApplicationsRepo, id: string) =>
    applications.history(id),
  ),
  /** The last check with the exchange (Services.reconciliation: MetaRepo's). */
  reconciliation: watched([TABLES.meta], (reconciliation: MetaRepo['reconciliation']) =>
    reconciliation(),
  ),
};
