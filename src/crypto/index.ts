/**
 * src/crypto: the data-at-rest and sealing core of DESIGN.md §6, on WebCrypto only. Runs
 * unchanged in a window, a service worker and Node 20. Imports nothing from the app.
 * What it protects against, and what it does not: docs/security.md.
 */
export { fromBase64Url, toBase64Url } from './bytes';
export {
  ExchangeKeyError,
  LockedError,
  RecordIntegrityError,
  SealedOpenError,
  UnlockFailedError,
} from './errors';
export { PBKDF2_ITERATIONS } from './kdf';
export { createKeyHolder, type KeyHolder, type LockReason } from './key-holder';
export {
  changeSecret,
  createKeyring,
  importRecoveryKey,
  isKeyring,
  type Keyring,
  type KeyringOptions,
  keyringNeedsUpgrade,
  resetSecretWithRecovery,
  type SecretKind,
  type Unlocked,
  unlockWithRecovery,
  unlockWithSecret,
} from './keyring';
export {
  inactivityLockMs,
  MAX_FAILED_UNLOCKS,
  NO_FAILED_UNLOCKS,
  parseUnlockAttempts,
  recordFailedUnlock,
  type UnlockAttempts,
  type UnlockGate,
  unlockGate,
} from './lock-policy';
export { checkPassphrase, type PassphraseProblem } from './passphrase-policy';
export { checkPin, type PinProblem, type SecretContext } from './pin-policy';
export {
  decryptRecord,
  type EncryptedRecord,
  encryptJson,
  encryptRecord,
  isEncryptedRecord,
  type RecordAad,
} from './records';
export {
  type ExchangeJwk,
  type ExchangeKey,
  importExchangePublicKey,
  type SealedEnvelope,
  sealBytes,
  sealJson,
} from './seal';
