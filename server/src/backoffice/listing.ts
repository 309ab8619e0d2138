import type { ListedApplication } from '../../../src/schema/backoffice';
import type { Role } from '../../../src/schema/session';
import type { Queryable } from '../db/client';

interface ListingRow {
  id: string;
  confirmation_number: string;
  received_at: Date;
  received_exact: string;
  payload_hash: string;
  schema_version: number;
  received_as: ListedApplication['receivedAs'];
  payload: Record<string, unknown> | string;
  assister_name: string | null;
  assister_role: Role | null;
}

/** A page position: the exact (microsecond) received time and id of the last row seen. */
export interface Cursor {
  receivedAt: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.receivedAt, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [receivedAt, id] = value as unknown[];
    if (typeof receivedAt !== 'string' || typeof id !== 'string') return null;
    if (Number.isNaN(Date.parse(receivedAt)) || !/^[0-9a-f-]{36}$/.test(id)) return null;
    return { receivedAt, id };
  } catch {
    return null;
  }
}

/**
 * Applications received at or after `since`, oldest first, after `cursor` when given. Keyset
 * paging on (received_at, id) with the database's own microsecond time, so rows received in the
 * same millisecond are neither skipped nor repeated across pages. (The cursor's time goes in as
 * text: postgres.js would turn a timestamptz parameter into a JS Date, cut to the millisecond.)
 */
export async function listApplications(
  db: Queryable,
  args: { since: Date; cursor: Cursor | null; limit: number },
): Promise<{ applications: ListedApplication[]; last: Cursor | null }> {
  const rows = await db.query<ListingRow>(
    `SELECT a.id, a.confirmation_number, a.received_at, a.payload_hash, a.schema_version,
            a.received_as, a.payload,
            to_char(a.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_exact,
            s.name AS assister_name, s.role AS assister_role
       FROM applications a LEFT JOIN assisters s ON s.id = a.assister_id
      WHERE a.received_at >= $1
        AND ($2::text IS NULL OR (a.received_at, a.id) > ($2::text::timestamptz, $3::uuid))
      ORDER BY a.received_at, a.id
      LIMIT $4`,
    [
      args.since.toISOString(),
      args.cursor?.receivedAt ?? null,
      args.cursor?.id ?? null,
      args.limit,
    ],
  );
  const applications = rows.map(
    (r): ListedApplication => ({
      id: r.id,
      confirmationNumber: r.confirmation_number,
      receivedAt: new Date(r.received_at).toISOString(),
      payloadHash: r.payload_hash,
      schemaVersion: r.schema_version,
      receivedAs: r.received_as,
      submittedBy:
        r.assister_name && r.assister_role
          ? { name: r.assister_name, role: r.assister_role }
          : null,
      submission: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
    }),
  );
  const lastRow = rows.at(-1);
  return {
    applications,
    last: lastRow ? { receivedAt: lastRow.received_exact, id: lastRow.id } : null,
  };
}
