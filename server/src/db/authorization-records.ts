import type { AuthorizationRecord } from '../../../src/schema/consent-record';
import { payloadHash } from '../payload-hash';
import type { Queryable } from './client';

export type StoreAuthorizationResult =
  | { kind: 'created' | 'replayed'; receivedAt: Date }
  | { kind: 'id_reused' };

/**
 * Keeps one authorization record under its id. The same record again is a replay (nothing added);
 * another record under the same id is refused, never overwritten: the first word stays.
 */
export async function storeAuthorizationRecord(
  db: Queryable,
  args: { record: AuthorizationRecord; assisterId: string; deviceId: string | null },
): Promise<StoreAuthorizationResult> {
  const { record } = args;
  const hash = payloadHash(record);
  // `$4::text::jsonb`: as in applications.ts, so postgres.js does not store a JSON string.
  const inserted = await db.query<{ received_at: Date }>(
    `INSERT INTO authorization_records
       (id, application_id, kind, record, record_hash, assister_id, device_id)
     VALUES ($1, $2, $3, $4::text::jsonb, $5, $6, $7)
     ON CONFLICT (id) DO NOTHING
     RETURNING received_at`,
    [
      record.id,
      record.applicationId,
      record.kind,
      JSON.stringify(record),
      hash,
      args.assisterId,
      args.deviceId,
    ],
  );
  if (inserted[0]) return { kind: 'created', receivedAt: new Date(inserted[0].received_at) };
  const rows = await db.query<{ record_hash: string; received_at: Date }>(
    'SELECT record_hash, received_at FROM authorization_records WHERE id = $1',
    [record.id],
  );
  const row = rows[0];
  if (!row || row.record_hash !== hash) return { kind: 'id_reused' };
  return { kind: 'replayed', receivedAt: new Date(row.received_at) };
}

/** Every record of one application, oldest first (for the exchange's staff and for tests). */
export async function authorizationRecordsOf(
  db: Queryable,
  applicationId: string,
): Promise<Array<{ kind: string; record: AuthorizationRecord; assisterId: string }>> {
  const rows = await db.query<{ kind: string; record: AuthorizationRecord; assister_id: string }>(
    `SELECT kind, record, assister_id FROM authorization_records
      WHERE application_id = $1 ORDER BY received_at, id`,
    [applicationId],
  );
  return rows.map((r) => ({ kind: r.kind, record: r.record, assisterId: r.assister_id }));
}
