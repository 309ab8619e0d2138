/**
 * Sealing for the exchange: a payload encrypted so that only the exchange can read it, with a
 * fresh AES-GCM-256 key per payload wrapped by the exchange's RSA-OAEP-256 public key (from
 * GET /api/v1/config). Once sealed, a queued application needs no key of ours to be sent: a locked
 * app or the service worker sends it as it is, and a stolen outbox is unreadable (DESIGN.md §6).
 */
import { type Bytes, fromBase64Url, randomBytes, subtle, toBase64Url, utf8Encode } from './bytes';
import { ExchangeKeyError } from './errors';
import { IV_BYTES, TAG_BITS } from './records';

/** NIST SP 800-57 Part 1: RSA-2048 gives 112-bit strength, the floor for new keys today. */
export const MIN_RSA_MODULUS_BITS = 2048;

/**
 * The sealed form of a payload, every binary field base64url.
 * NOTE: to be matched field for field to src/schema/sealed.ts once the server track lands it.
 */
export interface SealedEnvelope {
  /** The exchange key's `kid`, when its JWK has one: lets the exchange rotate keys. */
  keyId?: string;
  /** RSA-OAEP-256 encryption of the raw 32-byte AES key. */
  wrappedKey: string;
  /** 96-bit AES-GCM IV. */
  iv: string;
  /** AES-GCM ciphertext followed by its 128-bit tag. */
  ciphertext: string;
}

/** The exchange's public key as /api/v1/config sends it (the DOM's JsonWebKey type lacks kid). */
export type ExchangeJwk = JsonWebKey & { kid?: string };

/** The exchange's public key, imported once and reused for every payload. */
export interface ExchangeKey {
  key: CryptoKey;
  keyId?: string;
}

const RSA_OAEP_256 = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;

/**
 * Imports the exchange's public JWK. Only the public members are read (a `d` sent by mistake is
 * ignored, never imported) and the key is refused unless it is RSA-OAEP-256 of 2048+ bits.
 */
export async function importExchangePublicKey(jwk: ExchangeJwk): Promise<ExchangeKey> {
  if (jwk.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') {
    throw new ExchangeKeyError('not-rsa');
  }
  if (jwk.alg !== undefined && jwk.alg !== 'RSA-OAEP-256') {
    throw new ExchangeKeyError('wrong-algorithm');
  }
  // Checked here because engines differ: Node imports an empty modulus or exponent as a key.
  const modulus = fromBase64Url(jwk.n);
  const exponent = fromBase64Url(jwk.e);
  if (modulus === null || exponent === null || !isUsableExponent(exponent)) {
    throw new ExchangeKeyError('unreadable');
  }
  if (bitLength(modulus) < MIN_RSA_MODULUS_BITS) throw new ExchangeKeyError('too-short');
  let key: CryptoKey;
  try {
    const publicOnly = { kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RSA-OAEP-256', ext: true };
    key = await subtle().importKey('jwk', publicOnly, RSA_OAEP_256, false, ['wrapKey']);
  } catch {
    throw new ExchangeKeyError('unreadable');
  }
  return typeof jwk.kid === 'string' ? { key, keyId: jwk.kid } : { key };
}

/** Bits of a big-endian unsigned integer, leading zero bytes ignored. */
function bitLength(bytes: Uint8Array): number {
  const first = bytes.findIndex((b) => b !== 0);
  if (first === -1) return 0;
  return (bytes.length - first - 1) * 8 + (32 - Math.clz32(bytes[first]!));
}

/** An RSA public exponent: odd, at least 3, at most 32 bits (65537 in practice). */
function isUsableExponent(bytes: Uint8Array): boolean {
  if (bitLength(bytes) > 32) return false;
  const value = bytes.reduce((acc, b) => acc * 256 + b, 0);
  return value >= 3 && value % 2 === 1;
}

/** Seals bytes for the exchange. A fresh AES key and IV per call; the AES key is then dropped. */
export async function sealBytes(
  exchangeKey: ExchangeKey | ExchangeJwk,
  bytes: Uint8Array,
): Promise<SealedEnvelope> {
  const { key, keyId } = isImported(exchangeKey)
    ? exchangeKey
    : await importExchangePublicKey(exchangeKey);
  // Extractable only so that wrapKey can export it into the RSA envelope; never stored.
  const payloadKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
  ]);
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, tagLength: TAG_BITS },
    payloadKey,
    copyBytes(bytes),
  );
  const wrappedKey = await subtle().wrapKey('raw', payloadKey, key, RSA_OAEP_256);
  const envelope: SealedEnvelope = {
    wrappedKey: toBase64Url(new Uint8Array(wrappedKey)),
    iv: toBase64Url(iv),
    ciphertext: toBase64Url(new Uint8Array(ciphertext)),
  };
  return keyId === undefined ? envelope : { keyId, ...envelope };
}

/** Seals a JSON value (UTF-8 of JSON.stringify) for the exchange. */
export async function sealJson(
  exchangeKey: ExchangeKey | ExchangeJwk,
  value: unknown,
): Promise<SealedEnvelope> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('Only JSON values can be sealed');
  return sealBytes(exchangeKey, utf8Encode(json));
}

function isImported(value: ExchangeKey | ExchangeJwk): value is ExchangeKey {
  return 'key' in value;
}

/** WebCrypto wants an ArrayBuffer-backed view; a caller's view may sit on a shared buffer. */
function copyBytes(bytes: Uint8Array): Bytes {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}
