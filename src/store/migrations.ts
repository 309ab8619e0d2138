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
  // 2: the assister's session (issue 5): the bearer token the outbox sends with, one row.
  db.version(2).stores({
    session: 'id',
  });
  // 3 (issue 4): `meta` holds the device id, the shared retry gate and the reconciliation
  // cursor; `sent` is the ledger of submissions the exchange acknowledged, kept for a while so
  // that reconciliation can resend one the exchange lost. Existing rows need no change.
  db.version(3).stores({
    meta: 'key',
    sent: 'id, receivedAt, storedAtMs',
  });
  // 4 (issue 7): one profile per assister who set a PIN on this device: their data key, wrapped
  // (src/crypto keyring), and their wrong-PIN count. No personal data of applicants.
  // The exchange's public sealing key from GET /api/v1/config, kept for queueing offline.
  db.version(4).stores({
    profiles: 'assisterId',
    exchange: 'id',
  });
  // 5 (issue 8): the list of an assister's applications, newest first, read through an index on
  // [owner+updatedAt]: a page of 50 and the count touch only their own records, not all 5,000 on a
  // shared tablet. Records with no owner (drafts made before PINs) are not in it: adopted at unlock.
  db.version(5).stores({
    applications: 'id, status, updatedAt, [owner+updatedAt]',
  });
  // 6 (issue 7): the audit log (store/audit.ts): who, what, when, which application, no personal
  // data. `unsent` and `auth` are sparse indexes of what the exchange does not have yet.
  db.version(6).stores({
    audit: 'id, applicationId, unsent, auth',
  });
  // 7 (issue 8): the queue in its order (queuedSeq, then id) as one index, so that a pass takes the
  // entry after its position in one request. Through queuedSeq alone it read every key queued in
  // the same millisecond at each claim: a reconciliation that requeues a thousand at once (one
  // time for all) made their drain read about half a million keys (counted, not measured).
  db.version(7).stores({
    outbox: 'id, queuedSeq, [queuedSeq+id]',
  });
}
