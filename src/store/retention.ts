import { type Clock, systemClock } from './clock';
import type { AssistDb } from './db';
import { type ApplicationRecord, STATUS } from './records';
import { withReopen } from './reopen';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long after its receipt a submitted application's personal data stays on the device (issue 7,
 * docs/security.md §3): the sealed body in the `sent` ledger, and the record's encrypted fields.
 * 30 days by default, and never more: long enough for the daily full reconciliation to resend one
 * the exchange lost (its ledger row is the body it resends) and for the assister to start a
 * correction in the weeks after an event; short enough that a stolen tablet, or a raw copy of its
 * storage, holds at most a month of sent applications. The receipt stays for good.
 */
export const RETENTION_MAX_MS = 30 * DAY_MS;
/**
 * A deployment may choose less (VITE_PURGE_AFTER_DAYS), but not less than a day: a full
 * reconciliation runs once a day (sync/reconcile.ts), and it needs the ledger row to resend.
 */
export const RETENTION_MIN_MS = DAY_MS;

/** The window for a deployment's setting in days: 30 by default, never more, at least 1. */
export function retentionWindowMs(configuredDays?: number): number {
  if (configuredDays === undefined || !Number.isFinite(configuredDays) || configuredDays <= 0) {
    return RETENTION_MAX_MS;
  }
  return Math.min(RETENTION_MAX_MS, Math.max(RETENTION_MIN_MS, configuredDays * DAY_MS));
}

/** What one purge removed. */
export interface PurgeReport {
  /** Submitted applications whose personal data left the device (their receipts stay). */
  applications: number;
  /** Sealed bodies dropped from the sent ledger. */
  sent: number;
}

/** The stored form of a record (draft-encryption.ts): its ciphertext beside the clear metadata. */
type StoredRow = ApplicationRecord & { sealed?: unknown };

/**
 * The retention purge. A submitted application is due when its receipt was stored on this device
 * (the record's `updatedAt`: moving to `submitted` is its last change, draft-encryption keeps it)
 * longer ago than the window, by the device's clock, as the sent ledger's `storedAtMs` is.
 *
 * Idempotent and safe to run anywhere, any time: it reads rows as stored (a cursor, so nothing is
 * decrypted and no key is needed: a locked page and the service worker purge alike), writes in one
 * transaction, and touches only what holds a receipt: a waiting, sending, refused or draft
 * application, and its outbox entry, are never read for it. Run it holding the outbox lock
 * (sync/tab-lock.ts), as reconciliation does, so that no sender moves a row under it.
 */
export class RetentionRepo {
  constructor(
    private readonly db: AssistDb,
    private readonly windowMs: number = RETENTION_MAX_MS,
    private readonly clock: Clock = systemClock,
  ) {}

  purge(): Promise<PurgeReport> {
    const { db } = this;
    return withReopen(db, () =>
      db.transaction('rw', db.applications, db.outbox, db.sent, async () => {
        const now = this.clock.now();
        const cutoff = now.getTime() - this.windowMs;
        const due: StoredRow[] = [];
        await db.applications
          .where('status')
          .equals(STATUS.submitted)
          .each((row) => {
            const stored = row as StoredRow;
            if (stored.receipt && !stored.purged && Date.parse(stored.updatedAt) < cutoff) {
              due.push(stored);
            }
          });
        const afterDays = Math.round(this.windowMs / DAY_MS);
        for (const row of due) {
          // The clear metadata and the receipt stay; the ciphertext, the screening and what was
          // typed go. Nothing personal is written, so the encryption middleware needs no key.
          const { sealed: _sealed, screening: _screening, ...kept } = row;
          await db.applications.put({
            ...kept,
            fields: {},
            purged: { at: now.toISOString(), afterDays },
          });
          await db.outbox.delete(row.id);
          await db.sent.delete(row.id);
        }
        const sent = await db.sent.where('storedAtMs').below(cutoff).delete();
        return { applications: due.length, sent };
      }),
    );
  }
}
