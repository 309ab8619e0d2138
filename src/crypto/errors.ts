/**
 * Typed errors of src/crypto. Messages are for logs and developers; the UI translates the class
 * (and `reason`), never the message. No message ever carries a secret, a key or a plaintext.
 */

/**
 * A PIN, passphrase or recovery key did not open the wrapped data key. Deliberately one class,
 * one message and no cause for every way this can fail (wrong secret, wrong salt, tampered or
 * truncated wrap), so a caller cannot tell a near miss from garbage.
 */
export class UnlockFailedError extends Error {
  constructor() {
    super('The data key could not be unlocked');
    this.name = 'UnlockFailedError';
  }
}

/** Why a stored record could not be decrypted. */
export type RecordIntegrityReason =
  /** Not the shape encryptRecord writes (missing field, bad base64url, wrong IV length). */
  | 'malformed'
  /** GCM authentication failed: tampered, truncated, torn, moved to another id/kind, other key. */
  | 'authentication-failed'
  /** Authentic bytes that are not JSON: written by something other than encryptRecord. */
  | 'not-json';

/**
 * A stored record failed its integrity check. It is reported (with the record's kind and id, which
 * are not personal data) so the store can flag it; it must never crash a list or a drain.
 */
export class RecordIntegrityError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly reason: RecordIntegrityReason,
  ) {
    super(`Record ${kind}/${id} failed its integrity check (${reason})`);
    this.name = 'RecordIntegrityError';
  }
}

/** Why the exchange's public key was refused. */
export type ExchangeKeyReason = 'not-rsa' | 'wrong-algorithm' | 'too-short' | 'unreadable';

/** The exchange's public key (from /api/v1/config) is not an RSA-OAEP-256 key we can seal with. */
export class ExchangeKeyError extends Error {
  constructor(readonly reason: ExchangeKeyReason) {
    super(`The exchange public key was refused (${reason})`);
    this.name = 'ExchangeKeyError';
  }
}

/** A sealed envelope could not be opened: wrong private key, tampered or malformed. */
export class SealedOpenError extends Error {
  constructor() {
    super('The sealed payload could not be opened');
    this.name = 'SealedOpenError';
  }
}

/** The data key was asked for while the app is locked. */
export class LockedError extends Error {
  constructor() {
    super('The app is locked: unlock with the PIN first');
    this.name = 'LockedError';
  }
}
