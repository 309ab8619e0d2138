import type { Receipt } from '../schema/receipt';
import { logEvent } from './audit';
import { type Clock, systemClock } from './clock';
import type { AssistDb } from './db';
import { moved } from './lifecycle';
import { readMetadataOnly } from './metadata-only';
import { moveToSent } from './outbox';
import { STATUS } from './records';
import { withReopen } from './reopen';

/** What one reconciliation changed on the device; each id is also told on its application. */
export interface ReconciliationReport {
  /** Waiting applications the exchange already had: now submitted with its receipt, not resent. */
  recovered: string[];
  /** Sent applications the exchange had no record of: queued again with the same key. */
  resent: string[];
  /** Receipts for applications this device no longer holds (storage cleared, or another copy). */
  unknown: number;
}

/**
 * The device's ledger compared with the exchange's (DESIGN.md §4, research §4.2): both directions
 * in one transaction, so that a reload half-way leaves either the old state or the new one.
 */
export class LedgerRepo {
  constructor(
    private readonly db: AssistDb,
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * The oldest receivedAt the sent ledger still holds a submission for: a reconciliation from
   * there checks every sent application the device could still resend.
   */
  oldestRetained(): Promise<string | null> {
    return withReopen(
      this.db,
      async () => (await this.db.sent.orderBy('receivedAt').first())?.receivedAt ?? null,
    );
  }

  /**
   * Applies the exchange's list of this device's receipts received in [since, through):
   * - a waiting application among them is marked submitted with that receipt (its answer had been
   *   lost on the way);
   * - a sent application whose receipt falls in the window but is not among them is queued again,
   *   with the exact submission it was sent with, under the same key.
   */
  apply(
    receipts: readonly Receipt[],
    since: string,
    through: string,
  ): Promise<ReconciliationReport> {
    const db = this.db;
    return withReopen(db, () =>
      db.transaction('rw', [db.applications, db.outbox, db.sent, db.audit], async () => {
        // Status, notice and receipt only: the personal part stays sealed as it is. Decrypting
        // every application a receipt names cost up to 1.1 s per reconciliation late in a faulted
        // drain of 1,000 (the gaps in the exchange's request log).
        readMetadataOnly();
        const now = this.clock.now();
        const report: ReconciliationReport = { recovered: [], resent: [], unknown: 0 };
        const held = new Set(receipts.map((r) => r.id));
        const apps = await db.applications.bulkGet(receipts.map((r) => r.id));
        for (const [i, receipt] of receipts.entries()) {
          const app = apps[i];
          if (!app) {
            report.unknown += 1;
            continue;
          }
          if (app.status !== STATUS.queued && app.status !== STATUS.sending) continue;
          await db.applications.put(
            moved(
              app,
              STATUS.submitted,
              { receipt, notice: 'receipt_recovered' },
              now.toISOString(),
            ),
          );
          await moveToSent(db, await db.outbox.get(app.id), receipt, now.getTime());
          await logEvent(db, 'receipt_received', now.toISOString(), { app });
          report.recovered.push(app.id);
        }
        const [from, to] = [Date.parse(since), Date.parse(through)];
        // Ids first: the ledger's records carry whole submissions, and nearly all are held.
        const inWindow = (await db.sent
          .where('receivedAt')
          .between(since, through, true, true)
          .primaryKeys()) as string[];
        for (const id of inWindow) {
          if (held.has(id)) continue;
          const sent = await db.sent.get(id);
          if (!sent) continue;
          const at = Date.parse(sent.receivedAt);
          if (at < from || at >= to) continue;
          const app = await db.applications.get(sent.id);
          if (app?.status !== STATUS.submitted) continue;
          const changes = { notice: 'resent_missing_on_server' as const };
          const next = moved(app, STATUS.queued, changes, now.toISOString());
          if (app.receipt) next.previousReceipt = app.receipt;
          delete next.receipt;
          await db.applications.put(next);
          await db.outbox.put({
            id: sent.id,
            submission: sent.submission,
            queuedAt: now.toISOString(),
            queuedSeq: now.getTime(),
          });
          await db.sent.delete(sent.id);
          report.resent.push(sent.id);
        }
        return report;
      }),
    );
  }
}
