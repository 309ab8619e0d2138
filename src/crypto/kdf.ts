/**
 * PIN or passphrase → key-wrapping key, with PBKDF2 (WebCrypto has no Argon2id or scrypt).
 *
 * NOTE: the derived key only ever wraps the data key (AES-KW); it is non-extractable and never
 * stored. Against a raw copy of IndexedDB it buys time per guess, not safety: 10^6 six-digit PINs
 * remain searchable offline (security-ux.md K3), which is what docs/security.md is about.
 */
import { type Bytes, randomBytes, subtle, utf8Encode } from './bytes';
import { isAcceptableIterationCount } from './keyring-shape';

export { isAcceptableIterationCount, PBKDF2_MAX_ITERATIONS } from './keyring-shape';

/**
 * PBKDF2-HMAC-SHA-256 iterations: the OWASP Password Storage Cheat Sheet's figure for FIPS-140
 * settings (security-ux.md K1; Bitwarden's default too, L2). Stored with each keyring so a later
 * rise applies on the next unlock (see keyringNeedsUpgrade) without stranding old keyrings.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** 128-bit random salt per profile: NIST SP 800-132 §5.1 asks for at least 128 bits. */
export const SALT_BYTES = 16;

/** A fresh per-profile salt. */
export function newSalt(): Bytes {
  return randomBytes(SALT_BYTES);
}

/**
 * The secret as the user meant it: NFKC, as NIST SP 800-63B §5.1.1.2 recommends, so the same
 * passphrase typed on two keyboards (composed vs decomposed accents, full-width digits) is one key.
 */
export function normalizeSecret(secret: string): string {
  return secret.normalize('NFKC');
}

/**
 * A non-extractable AES-KW-256 key from a secret and a salt. Costs one PBKDF2 run (hundreds of
 * milliseconds at PBKDF2_ITERATIONS): call it once per unlock, never per record.
 */
export async function deriveWrappingKey(
  secret: string,
  salt: Bytes,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  if (!isAcceptableIterationCount(iterations)) {
    throw new RangeError(`PBKDF2 iteration count out of range: ${iterations}`);
  }
  const material = await subtle().importKey(
    'raw',
    utf8Encode(normalizeSecret(secret)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}
