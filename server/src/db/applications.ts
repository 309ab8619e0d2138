import type { Receipt } from '../../../src/schema/receipt';
import type { Submission } from '../../../src/schema/submission';
import type { Db, Queryable } from './client';

interface ReceiptRow {
  id: string;
  confirmation_number: string;
  received_at: Date;
  payload_hash: string;
}

const RECEIPT_COLUMNS = 'id, confirmation_number, received_at, payload_hash';

/** How an application reached the exchange. */
export type ReceivedAs = 'plain' | 'sealed' | 'import';

export type InsertResult =
  | { kind: 'created'; receipt: Receipt }
  | { kind: 'existing'; receipt: Receipt }
  | { kind: 'confirmation_taken' };

function toReceipt(row: ReceiptRow): Receipt {
  return {
    id: row.id,
    confirmationNumber: row.confirmation_number,
    receivedAt: new Date(row.received_at).toISOString(),
    payloadHash: row.payload_hash,
  };
}

/**
 * Stores a submission once per idempotency key. The insert and the conflict are decided by the
 * database in one statement; the caller compares payload hashes to tell a replay from a reuse.
 */
export async function insertApplication(
  db: Db,
  args: {
    key: string;
    submission: Submission;
    payloadHash: string;
    confirmationNumber: string;
    assisterId: string | null;
    receivedAs: ReceivedAs;
    /** The X-Device-Id it came from; null when the client sent none. A replay keeps the first. */
    deviceId?: string | null;
  },
): Promise<InsertResult> {
  const { key, submission, payloadHash, confirmationNumber } = args;
  // NOTE: `$5::text::jsonb`: the JSON goes in as text and PostgreSQL parses it. Without the cast,
  // postgres.js sees a jsonb parameter and JSON-encodes the string again, storing a JSON string
  // instead of an object (PGlite does not), and the two engines would disagree.
  const inserted = await db.query<ReceiptRow>(
    `INSERT INTO applications
       (id, idempotency_key, payload_hash, schema_version, payload, supersedes, confirmation_number,
        assister_id, received_as, device_id)
     VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9, $10)
     ON CONFLICT DO NOTHING
     RETURNING ${RECEIPT_COLUMNS}`,
    [
      submission.id,
      key,
      payloadHash,
      submission.schemaVersion,
      JSON.stringify(submission),
      submission.supersedes ?? null,
      confirmationNumber,
      args.assisterId,
      args.receivedAs,
      args.deviceId ?? null,
    ],
  );
  if (inserted[0]) return { kind: 'created', receipt: toReceipt(inserted[0]) };
  const existing = await db.query<ReceiptRow>(
    `SELECT ${RECEIPT_COLUMNS} FROM applications WHERE idempotency_key = $1 OR id = $2`,
    [key, submission.id],
  );
  // No row under this key or id: the conflict was on the confirmation number. Draw again.
  if (!existing[0]) return { kind: 'confirmation_taken' };
  return { kind: 'existing', receipt: toReceipt(existing[0]) };
}

export async function findReceipt(db: Queryable, id: string): Promise<Receipt | null> {
  const rows = await db.query<ReceiptRow>(
    `SELECT ${RECEIPT_COLUMNS} FROM applications WHERE id = $1`,
    [id],
  );
  return rows[0] ? toReceipt(rows[0]) : null;
}

/**
 * One page of the receipts of a device's applications received at or after `since`, oldest first,
 * and the server's clock read in the same transaction. A full page ends at its last receipt's time.
 */
export async function listReceiptsForDevice(
  db: Db,
  args: { deviceId: string; since: Date; limit: number },
): Promise<{ receipts: Receipt[]; serverTime: string }> {
  return db.transaction(async (tx) => {
    const clock = await tx.query<{ now: Date }>('SELECT now() AS now');
    const rows = await tx.query<ReceiptRow>(
      `SELECT ${RECEIPT_COLUMNS} FROM applications
        WHERE device_id = $1 AND received_at >= $2
        ORDER BY received_at, id
        LIMIT $3`,
      [args.deviceId, args.since.toISOString(), args.limit],
    );
    const receipts = rows.map(toReceipt);
    const last = receipts.at(-1);
    const full = receipts.length === args.limit && last !== undefined;
    const serverTime = full ? last.receivedAt : new Date(clock[0]?.now ?? Date.now()).toISOString();
    return { receipts, serverTime };
  });
}
