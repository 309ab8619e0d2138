import type { Role } from '../../../src/schema/session';
import type { Queryable } from './client';

/** Who a valid token belongs to. */
export interface SessionOwner {
  assisterId: string;
  name: string;
  role: Role;
  /** When this session was created (database clock): how fresh the sign-in behind it is. */
  signedInAt: Date;
}

export async function createSession(
  db: Queryable,
  args: { tokenHash: string; assisterId: string; ttlSeconds: number },
): Promise<Date> {
  const rows = await db.query<{ expires_at: Date }>(
    `INSERT INTO sessions (token_hash, assister_id, expires_at)
     VALUES ($1, $2, now() + make_interval(secs => $3))
     RETURNING expires_at`,
    [args.tokenHash, args.assisterId, args.ttlSeconds],
  );
  return new Date(rows[0]?.expires_at ?? Date.now());
}

/**
 * The owner of a token that is known, unexpired, unrevoked and whose account is enabled; else null.
 * Expiry is decided by the database's clock, never a device's.
 */
export async function findSessionOwner(
  db: Queryable,
  tokenHash: string,
): Promise<SessionOwner | null> {
  const rows = await db.query<{ id: string; name: string; role: Role; created_at: Date }>(
    `SELECT a.id, a.name, a.role, s.created_at
       FROM sessions s JOIN assisters a ON a.id = s.assister_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        AND a.disabled_at IS NULL`,
    [tokenHash],
  );
  const row = rows[0];
  return row
    ? {
        assisterId: row.id,
        name: row.name,
        role: row.role,
        signedInAt: new Date(row.created_at),
      }
    : null;
}

/** Ends one session (sign out). True if it was live. */
export async function revokeSession(db: Queryable, tokenHash: string): Promise<boolean> {
  const rows = await db.query(
    'UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING 1',
    [tokenHash],
  );
  return rows.length > 0;
}
