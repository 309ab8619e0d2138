import { randomUUID } from 'node:crypto';
import type { Role } from '../../../src/schema/session';
import { newSecret } from '../auth/tokens';
import type { Db, Queryable } from './client';

export interface AssisterRow {
  id: string;
  name: string;
  role: Role;
  password_hash: string;
  recovery_key: string;
  created_at: Date;
  disabled_at: Date | null;
}

/** The account already exists (names are unique, case-insensitively). */
export class AssisterExistsError extends Error {
  constructor(readonly assisterName: string) {
    super(`An account named "${assisterName}" already exists`);
    this.name = 'AssisterExistsError';
  }
}

export class AssisterNotFoundError extends Error {
  constructor(readonly assisterName: string) {
    super(`No account named "${assisterName}"`);
    this.name = 'AssisterNotFoundError';
  }
}

/** Creates an account; the name must already be normalised (src/schema/session.ts assisterName). */
export async function createAssister(
  db: Queryable,
  args: { name: string; role: Role; passwordHash: string },
): Promise<AssisterRow> {
  const rows = await db.query<AssisterRow>(
    `INSERT INTO assisters (id, name, role, password_hash, recovery_key)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (name) DO NOTHING
     RETURNING *`,
    [randomUUID(), args.name, args.role, args.passwordHash, newSecret()],
  );
  if (!rows[0]) throw new AssisterExistsError(args.name);
  return rows[0];
}

export async function findAssister(db: Queryable, name: string): Promise<AssisterRow | null> {
  const rows = await db.query<AssisterRow>('SELECT * FROM assisters WHERE name = $1', [name]);
  return rows[0] ?? null;
}

export async function listAssisters(db: Queryable): Promise<AssisterRow[]> {
  return db.query<AssisterRow>('SELECT * FROM assisters ORDER BY name');
}

async function updateOne(
  db: Queryable,
  name: string,
  sql: string,
  params: unknown[],
): Promise<string> {
  const rows = await db.query<{ id: string }>(sql, [name, ...params]);
  if (!rows[0]) throw new AssisterNotFoundError(name);
  return rows[0].id;
}

/**
 * A new password ends every session of the account (a password change is what one does after a
 * suspected compromise), and clears a lockout.
 */
export function setPassword(db: Db, name: string, passwordHash: string): Promise<void> {
  return db.transaction(async (tx) => {
    const id = await updateOne(
      tx,
      name,
      'UPDATE assisters SET password_hash = $2, password_changed_at = now() WHERE name = $1 RETURNING id',
      [passwordHash],
    );
    await revokeAllSessions(tx, id);
    await clearSignInFailures(tx, name);
  });
}

/** Keeps a stronger hash of the same password (parameters raised since it was made). */
export async function rehashPassword(
  db: Queryable,
  id: string,
  passwordHash: string,
): Promise<void> {
  await db.query('UPDATE assisters SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
}

/** Disabling ends every session at once; the account's applications stay. */
export function setDisabled(db: Db, name: string, disabled: boolean): Promise<void> {
  return db.transaction(async (tx) => {
    const id = await updateOne(
      tx,
      name,
      `UPDATE assisters SET disabled_at = ${disabled ? 'now()' : 'NULL'} WHERE name = $1 RETURNING id`,
      [],
    );
    if (disabled) await revokeAllSessions(tx, id);
  });
}

export async function revokeAllSessions(db: Queryable, assisterId: string): Promise<number> {
  const rows = await db.query(
    'UPDATE sessions SET revoked_at = now() WHERE assister_id = $1 AND revoked_at IS NULL RETURNING 1',
    [assisterId],
  );
  return rows.length;
}

/** Ends a lockout and forgets the failures (an administrator's decision). */
export async function clearSignInFailures(db: Queryable, name: string): Promise<void> {
  await db.query('DELETE FROM sign_in_failures WHERE name = $1', [name]);
  await db.query('DELETE FROM sign_in_locks WHERE name = $1', [name]);
}
