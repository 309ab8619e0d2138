import { isKeyring } from '../crypto/keyring-shape';
import { MAX_FAILED_UNLOCKS, parseUnlockAttempts } from '../crypto/lock-policy';
import type { ProfileRecord } from './records';

/*
 * How a stored profile is read back, apart from the profiles table (profiles.ts) so that the
 * lock screen's first read (lock-screen-read.ts) shares it from the first screen's chunk, without
 * Dexie or the rest of src/crypto (imported module by module for that reason).
 */

/** A profile as read back: the stored shape checked, failing closed (disabled) when it is off. */
export function readProfile(value: ProfileRecord | undefined): ProfileRecord | undefined {
  if (!value) return undefined;
  const attempts = parseUnlockAttempts(value.attempts);
  const disabled =
    value.disabled !== false ||
    attempts.failures >= MAX_FAILED_UNLOCKS ||
    !isKeyring(value.keyring);
  return { ...value, attempts, disabled };
}

/** Every stored profile, read back, by name: what the lock screen offers (also lock-screen-read.ts). */
export function readProfiles(stored: readonly ProfileRecord[]): ProfileRecord[] {
  return stored
    .map((p) => readProfile(p))
    .filter((p): p is ProfileRecord => p !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}
