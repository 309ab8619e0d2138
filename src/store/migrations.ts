import type Dexie from 'dexie';

/**
 * The schema as of its latest version. Dexie (since 3.0) upgrades from the schema a device has
 * installed, read from IndexedDB itself, to the one declared here, adding the stores and indexes it
 * lacks; an older version needs a block of its own only to move data (an `.upgrade()`), and none
 * has yet. One block instead of the seven it took to get here: a new device's store was built
 * through every one of them, and declaring them was about half of the store's construction on a
 * 4× slower CPU (issue 8, the new device's blocking time). A new version copies this block under
 * the next number, changed; `.upgrade()` on a version is kept for as long as a device may skip it.
 *
 * How it got here (each version still opens: migrations.test.ts):
 * 1: applications and the outbox.
 * 2 (issue 5): the assister's session, the bearer token the outbox sends with, one row.
 * 3 (issue 4): `meta` holds the device id, the shared retry gate and the reconciliation cursor;
 *    `sent` is the ledger of submissions the exchange acknowledged, kept for a while so that
 *    reconciliation can resend one the exchange lost.
 * 4 (issue 7): one profile per assister who set a PIN on this device (their wrapped data key and
 *    wrong-PIN count; no personal data of applicants), and the exchange's public sealing key from
 *    GET /api/v1/config, kept for queueing offline.
 * 5 (issue 8): the list of an assister's applications, newest first, through an index on
 *    [owner+updatedAt]: a page of 50 and the count touch only their own records, not all 5,000 on a
 *    shared tablet. Records with no owner (drafts made before PINs) are not in it: adopted at unlock.
 * 6 (issue 7): the audit log (store/audit.ts): who, what, when, which application, no personal
 *    data. `unsent` and `auth` are sparse indexes of what the exchange does not have yet.
 * 7 (issue 8): the queue in its order (queuedSeq, then id) as one index, so that a pass takes the
 *    entry after its position in one request. Through queuedSeq alone it read every key queued in
 *    the same millisecond at each claim: a reconciliation that requeues a thousand at once (one
 *    time for all) made their drain read about half a million keys (counted, not measured).
 */
export function declareVersions(db: Dexie): void {
  db.version(7).stores(SCHEMA);
}

const SCHEMA = {
  applications: 'id, status, updatedAt, [owner+updatedAt]',
  outbox: 'id, queuedSeq, [queuedSeq+id]',
  session: 'id',
  meta: 'key',
  sent: 'id, receivedAt, storedAtMs',
  profiles: 'assisterId',
  exchange: 'id',
  audit: 'id, applicationId, unsent, auth',
} as const;
