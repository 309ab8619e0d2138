/**
 * One assister's data key, stored only wrapped: once by the key derived from their PIN (or
 * passphrase) and once by a recovery key that the server holds and releases after an online
 * sign-in, so a forgotten PIN costs a sign-in and no draft (DESIGN.md §6, security-ux.md K3).
 *
 * NOTE: the data key exists in extractable form only inside createKeyring and rewrap, for the
 * few awaits it takes to wrap it; what leaves this module is always non-extractable.
 */
import { fromBase64Url, subtle, toBase64Url } from './bytes';
import { UnlockFailedError } from './errors';
import { deriveWrappingKey, isAcceptableIterationCount, newSalt, PBKDF2_ITERATIONS } from './kdf';
import { KEYRING_FORMAT } from './keyring-shape';

export { isKeyring, KEYRING_FORMAT } from './keyring-shape';

/** What the assister types to unlock: a 6+ digit PIN, or the longer passphrase option. */
export type SecretKind = 'pin' | 'passphrase';

/** The stored, wrapped form of a data key: safe to keep in IndexedDB, holds no key in clear. */
export interface Keyring {
  format: typeof KEYRING_FORMAT;
  secretKind: SecretKind;
  kdf: { name: 'PBKDF2-SHA-256'; iterations: number; salt: string };
  /** AES-KW (RFC 3394) of the raw data key under the PIN-derived key, base64url. */
  bySecret: string;
  /** AES-KW of the raw data key under the server-held recovery key, base64url. */
  byRecovery: string;
}

/** An unlocked data key and the keyring to store (which changes when the PIN does). */
export interface Unlocked {
  keyring: Keyring;
  dataKey: CryptoKey;
}

export interface KeyringOptions {
  /** Only tests lower this; production keyrings use PBKDF2_ITERATIONS. */
  iterations?: number;
}

/** Raw length of a recovery key: AES-256. */
export const RECOVERY_KEY_BYTES = 32;

const DATA_KEY_ALGORITHM = { name: 'AES-GCM', length: 256 } as const;
const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

/**
 * The recovery key as the server releases it (32 random bytes, base64url) → a non-extractable
 * AES-KW key. Drop it once the keyring is created or reset: the device never stores it.
 */
export async function importRecoveryKey(rawBase64Url: string): Promise<CryptoKey> {
  const raw = fromBase64Url(rawBase64Url);
  if (raw === null || raw.length !== RECOVERY_KEY_BYTES) {
    throw new TypeError('A recovery key is 32 bytes, base64url');
  }
  return subtle().importKey('raw', raw, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
}

/** A new random data key for an assister, wrapped by their secret and by the recovery key. */
export async function createKeyring(
  secret: string,
  secretKind: SecretKind,
  recoveryKey: CryptoKey,
  options: KeyringOptions = {},
): Promise<Unlocked> {
  const fresh = await subtle().generateKey(DATA_KEY_ALGORITHM, true, DATA_KEY_USAGES);
  const byRecovery = toBase64Url(
    new Uint8Array(await subtle().wrapKey('raw', fresh, recoveryKey, 'AES-KW')),
  );
  return wrapForSecret(fresh, byRecovery, secret, secretKind, options);
}

/** The data key, given the right PIN or passphrase; otherwise UnlockFailedError, nothing more. */
export async function unlockWithSecret(keyring: Keyring, secret: string): Promise<CryptoKey> {
  const salt = fromBase64Url(keyring.kdf.salt);
  if (salt === null || !isAcceptableIterationCount(keyring.kdf.iterations)) {
    throw new UnlockFailedError();
  }
  const wrappingKey = await deriveWrappingKey(secret, salt, keyring.kdf.iterations);
  return unwrapDataKey(keyring.bySecret, wrappingKey, false);
}

/** The data key, given the server's recovery key (the forgotten-PIN path, before a new PIN). */
export async function unlockWithRecovery(
  keyring: Keyring,
  recoveryKey: CryptoKey,
): Promise<CryptoKey> {
  return unwrapDataKey(keyring.byRecovery, recoveryKey, false);
}

/**
 * Forgotten PIN: after an online sign-in the server releases the recovery key; the same data key
 * (so every draft stays readable) is wrapped under the new secret with a new salt.
 */
export async function resetSecretWithRecovery(
  keyring: Keyring,
  recoveryKey: CryptoKey,
  newSecret: string,
  newKind: SecretKind,
  options: KeyringOptions = {},
): Promise<Unlocked> {
  const extractable = await unwrapDataKey(keyring.byRecovery, recoveryKey, true);
  return wrapForSecret(extractable, keyring.byRecovery, newSecret, newKind, options);
}

/**
 * Change the PIN (or switch PIN ↔ passphrase) knowing the current one. Also the way to raise the
 * iteration count of an old keyring: call it with the same secret (see keyringNeedsUpgrade).
 */
export async function changeSecret(
  keyring: Keyring,
  currentSecret: string,
  newSecret: string,
  newKind: SecretKind,
  options: KeyringOptions = {},
): Promise<Unlocked> {
  const salt = fromBase64Url(keyring.kdf.salt);
  if (salt === null || !isAcceptableIterationCount(keyring.kdf.iterations)) {
    throw new UnlockFailedError();
  }
  const current = await deriveWrappingKey(currentSecret, salt, keyring.kdf.iterations);
  const extractable = await unwrapDataKey(keyring.bySecret, current, true);
  return wrapForSecret(extractable, keyring.byRecovery, newSecret, newKind, options);
}

/** True when the keyring was wrapped with fewer iterations than today's PBKDF2_ITERATIONS. */
export function keyringNeedsUpgrade(keyring: Keyring): boolean {
  return keyring.kdf.iterations < PBKDF2_ITERATIONS;
}

/** Wraps an extractable data key for a secret, then hands back a non-extractable copy only. */
async function wrapForSecret(
  extractable: CryptoKey,
  byRecovery: string,
  secret: string,
  secretKind: SecretKind,
  options: KeyringOptions,
): Promise<Unlocked> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = newSalt();
  const wrappingKey = await deriveWrappingKey(secret, salt, iterations);
  const wrapped = new Uint8Array(await subtle().wrapKey('raw', extractable, wrappingKey, 'AES-KW'));
  const keyring: Keyring = {
    format: KEYRING_FORMAT,
    secretKind,
    kdf: { name: 'PBKDF2-SHA-256', iterations, salt: toBase64Url(salt) },
    bySecret: toBase64Url(wrapped),
    byRecovery,
  };
  return { keyring, dataKey: await unwrapDataKey(keyring.bySecret, wrappingKey, false) };
}

/** AES-KW unwrap; any failure (wrong key, tampered, truncated, not base64url) is one error. */
async function unwrapDataKey(
  wrappedBase64Url: string,
  wrappingKey: CryptoKey,
  extractable: boolean,
): Promise<CryptoKey> {
  const wrapped = fromBase64Url(wrappedBase64Url);
  if (wrapped === null) throw new UnlockFailedError();
  try {
    return await subtle().unwrapKey(
      'raw',
      wrapped,
      wrappingKey,
      'AES-KW',
      DATA_KEY_ALGORITHM,
      extractable,
      DATA_KEY_USAGES,
    );
  } catch {
    throw new UnlockFailedError();
  }
}
