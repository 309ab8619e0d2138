import type { Session } from '../../../src/schema/session';
import { assisterName } from '../../../src/schema/session';
import { findAssister, rehashPassword } from '../db/assisters';
import type { Db } from '../db/client';
import { createSession } from '../db/sessions';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './passwords';
import { newSecret, tokenHash } from './tokens';

/**
 * CMS ARS 3.1 AC-7, Moderate baseline (security-ux.md S4): 5 consecutive failed sign-ins within
 * 120 minutes lock the account for at least an hour. The lock applies to the name, known or not,
 * so that it reveals nothing about which accounts exist; an administrator can lift it early
 * (`npm run assister -- unlock NAME`).
 */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_SECONDS = 120 * 60;
export const SIGN_IN_LOCK_SECONDS = 60 * 60;

export type SignInResult =
  | { kind: 'ok'; session: Session; assisterId: string }
  | { kind: 'failed' }
  | { kind: 'locked'; until: Date };

/** Checks a name and password and opens a session, or counts a failure and locks when due. */
export async function signIn(
  db: Db,
  args: { name: string; password: string; ttlSeconds: number },
): Promise<SignInResult> {
  // A name that is not even well-formed is counted under its raw lower-case form.
  const parsed = assisterName.safeParse(args.name);
  const name = parsed.success ? parsed.data : args.name.trim().toLowerCase().slice(0, 256);

  const lockedUntil = await currentLock(db, name);
  if (lockedUntil) return { kind: 'locked', until: lockedUntil };

  const account = parsed.success ? await findAssister(db, name) : null;
  const usable = account !== null && account.disabled_at === null;
  // Always one scrypt, so an unknown name takes as long as a wrong password.
  const matches = await verifyPassword(
    args.password,
    usable ? account.password_hash : await dummyHash(),
  );
  if (!usable || !matches) return recordFailure(db, name);

  const token = newSecret();
  const expiresAt = await db.transaction(async (tx) => {
    await tx.query('DELETE FROM sign_in_failures WHERE name = $1', [name]);
    return createSession(tx, {
      tokenHash: tokenHash(token),
      assisterId: account.id,
      ttlSeconds: args.ttlSeconds,
    });
  });
  if (needsRehash(account.password_hash)) {
    await rehashPassword(db, account.id, await hashPassword(args.password));
  }
  return {
    kind: 'ok',
    assisterId: account.id,
    session: {
      token,
      tokenType: 'Bearer',
      expiresAt: expiresAt.toISOString(),
      assister: { id: account.id, name: account.name, role: account.role },
      recoveryKey: account.recovery_key,
    },
  };
}

async function currentLock(db: Db, name: string): Promise<Date | null> {
  const rows = await db.query<{ locked_until: Date }>(
    'SELECT locked_until FROM sign_in_locks WHERE name = $1 AND locked_until > now()',
    [name],
  );
  return rows[0] ? new Date(rows[0].locked_until) : null;
}

/** One more failure; the one that makes five in the window locks the name at once. */
function recordFailure(db: Db, name: string): Promise<SignInResult> {
  return db.transaction(async (tx) => {
    await tx.query('INSERT INTO sign_in_failures (name) VALUES ($1)', [name]);
    const recent = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sign_in_failures
        WHERE name = $1 AND failed_at > now() - make_interval(secs => $2)`,
      [name, SIGN_IN_WINDOW_SECONDS],
    );
    if ((recent[0]?.n ?? 0) < SIGN_IN_MAX_FAILURES) return { kind: 'failed' } as const;
    const locked = await tx.query<{ locked_until: Date }>(
      `INSERT INTO sign_in_locks (name, locked_until) VALUES ($1, now() + make_interval(secs => $2))
       ON CONFLICT (name) DO UPDATE SET locked_until = EXCLUDED.locked_until
       RETURNING locked_until`,
      [name, SIGN_IN_LOCK_SECONDS],
    );
    await tx.query('DELETE FROM sign_in_failures WHERE name = $1', [name]);
    return { kind: 'locked', until: new Date(locked[0]?.locked_until ?? Date.now()) } as const;
  });
}
