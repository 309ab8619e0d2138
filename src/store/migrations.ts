import type Dexie from 'dexie';

/**
 * The schema ladder. One block per version, never edited once released: a device that skipped
 * releases upgrades through every block in order. Add a version, never change one.
 */
export function declareVersions(db: Dexie): void {
  db.version(1).stores({
    applications: 'id, status, updatedAt',
    outbox: 'id, queuedSeq',
  });
}
