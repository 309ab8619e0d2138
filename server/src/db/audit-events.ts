import type { AuditEvent } from '../../../src/schema/audit';
import type { Db } from './client';

/**
 * Stores a batch of audit events in one transaction (all or none). An event already stored (same
 * id) is counted as a duplicate and left as it was: a device resending after a lost answer adds
 * nothing.
 */
export async function storeAuditEvents(
  db: Db,
  args: { events: readonly AuditEvent[]; sentBy: string; deviceId: string | null },
): Promise<{ stored: number; duplicates: number }> {
  return db.transaction(async (tx) => {
    let stored = 0;
    for (const event of args.events) {
      const rows = await tx.query(
        `INSERT INTO audit_events (id, who, what, occurred_at, application_id, sent_by, device_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO NOTHING
         RETURNING 1`,
        [
          event.id,
          event.who,
          event.what,
          event.when,
          event.applicationId ?? null,
          args.sentBy,
          args.deviceId,
        ],
      );
      stored += rows.length;
    }
    return { stored, duplicates: args.events.length - stored };
  });
}

/** One application's events in time order (the server side of the timeline). */
export async function auditEventsOf(
  db: Db,
  applicationId: string,
): Promise<Array<{ who: string; what: string; when: Date; sentBy: string }>> {
  const rows = await db.query<{ who: string; what: string; occurred_at: Date; sent_by: string }>(
    `SELECT who, what, occurred_at, sent_by FROM audit_events
      WHERE application_id = $1 ORDER BY occurred_at, id`,
    [applicationId],
  );
  return rows.map((r) => ({
    who: r.who,
    what: r.what,
    when: new Date(r.occurred_at),
    sentBy: r.sent_by,
  }));
}
