/**
 * What a stored keyring looks like, checked with no WebCrypto and nothing else of src/crypto: the
 * lock screen reads the profiles before the store's code has loaded (store/profile-read.ts), in
 * the first screen's chunk (issue 8). keyring.ts and kdf.ts re-export all of it.
 */
import type { Keyring } from './keyring';

export const KEYRING_FORMAT = 1;

/**
 * Ceiling for an iteration count read back from storage: ~17× today's figure, so a corrupted or
 * hostile record cannot make an unlock take hours.
 */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

/** True for an iteration count this module will run (a positive integer up to the ceiling). */
export function isAcceptableIterationCount(iterations: number): boolean {
  return Number.isInteger(iterations) && iterations >= 1 && iterations <= PBKDF2_MAX_ITERATIONS;
}

/** A stored value read back from IndexedDB has the Keyring shape (it may still fail to unlock). */
export function isKeyring(value: unknown): value is Keyring {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Keyring>;
  const kdf = v.kdf as Partial<Keyring['kdf']> | undefined;
  return (
    v.format === KEYRING_FORMAT &&
    (v.secretKind === 'pin' || v.secretKind === 'passphrase') &&
    typeof kdf === 'object' &&
    kdf !== null &&
    kdf.name === 'PBKDF2-SHA-256' &&
    typeof kdf.iterations === 'number' &&
    isAcceptableIterationCount(kdf.iterations) &&
    typeof kdf.salt === 'string' &&
    typeof v.bySecret === 'string' &&
    typeof v.byRecovery === 'string'
  );
}
