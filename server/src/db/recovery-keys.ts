import { newSecret } from '../auth/tokens';
import type { Queryable } from './client';

export interface RecoveryKeyRow {
  recovery_key: string;
  created_at: Date;
}

/**
 * The recovery key of one assister on one device: created on the first call (32 random bytes from
 * the CSPRNG), the same one on every later call. Two devices never share one. Concurrent first
 * calls agree on one key: the insert that loses the race returns nothing, and the row is read.
 */
export async function releaseRecoveryKey(
  db: Queryable,
  args: { assisterId: string; deviceId: string },
): Promise<{ recoveryKey: string; createdAt: Date; created: boolean }> {
  const inserted = await db.query<RecoveryKeyRow>(
    `INSERT INTO recovery_keys (assister_id, device_id, recovery_key)
     VALUES ($1, $2, $3)
     ON CONFLICT (assister_id, device_id) DO NOTHING
     RETURNING recovery_key, created_at`,
    [args.assisterId, args.deviceId, newSecret()],
  );
  if (inserted[0]) {
    return {
      recoveryKey: inserted[0].recovery_key,
      createdAt: new Date(inserted[0].created_at),
      created: true,
    };
  }
  const rows = await db.query<RecoveryKeyRow>(
    `UPDATE recovery_keys SET released_at = now()
      WHERE assister_id = $1 AND device_id = $2
      RETURNING recovery_key, created_at`,
    [args.assisterId, args.deviceId],
  );
  const row = rows[0];
  if (!row) throw new Error('recovery key vanished between insert and read');
  return { recoveryKey: row.recovery_key, createdAt: new Date(row.created_at), created: false };
}
